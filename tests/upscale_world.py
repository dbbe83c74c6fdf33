"""A tiny synthetic predictor world and a model trained on it, for the upscaling tests: small
enough to upscale in a second, large enough for several windows per period."""
import datetime as dt
import os

import numpy as np

PERIODS = [dt.date(2005, 1, 1), dt.date(2005, 1, 9), dt.date(2005, 1, 17), dt.date(2005, 1, 25)]
WIDTH, HEIGHT = 600, 520  # 3 x 3 tiles of 256
CELL = 0.05
WEST, NORTH = 130.0, 40.0


def transform():
    from affine import Affine

    return Affine(CELL, 0.0, WEST, 0.0, -CELL, NORTH)


def land_mask():
    rows, cols = np.mgrid[0:HEIGHT, 0:WIDTH]
    island = ((rows - 260) / 200.0) ** 2 + ((cols - 300) / 260.0) ** 2 < 1.0
    island &= ~(((rows - 100) / 40.0) ** 2 + ((cols - 200) / 40.0) ** 2 < 1.0)  # a bay
    return island


def _smooth(rng, scale):
    coarse = rng.normal(size=(HEIGHT // 40 + 2, WIDTH // 40 + 2))
    from scipy.ndimage import zoom

    field = zoom(coarse, 40, order=3)[:HEIGHT, :WIDTH]
    return field * scale


def write(path, array, nodata=-9999.0, dtype="float32", tags=None):
    import rasterio

    os.makedirs(os.path.dirname(path), exist_ok=True)
    with rasterio.open(path, "w", driver="GTiff", width=WIDTH, height=HEIGHT, count=1,
                       dtype=dtype, crs="EPSG:4326", transform=transform(), nodata=nodata,
                       tiled=True, blockxsize=256, blockysize=256) as out:
        out.write(np.asarray(array, dtype=dtype), 1)
        if tags:
            out.update_tags(**tags)


def truth(lst, ndvi, soil_t, landcover):
    return (0.8 * np.exp(0.07 * soil_t) * (0.5 + ndvi) + 0.01 * (lst - 280.0)
            + 0.2 * (landcover == 4)).astype(np.float32)


def build_world(root, seed=7, lst_in_celsius=False):
    """Predictor folder ``root/predictors`` (generic names, static land cover) and the true
    SR per period; returns {period: truth array (NaN off land)}."""
    rng = np.random.default_rng(seed)
    land = land_mask()
    landcover = np.where(land, np.where(_smooth(rng, 1.0) > 0, 4, 10), 0).astype("uint8")
    write(os.path.join(root, "predictors", "static", "landcover.tif"), landcover, nodata=255,
          dtype="uint8")
    base_t = _smooth(rng, 3.0)
    truths = {}
    for k, period in enumerate(PERIODS):
        label = f"{period.year}{period.timetuple().tm_yday:03d}"
        soil_t = 5.0 + 2.0 * k + base_t + _smooth(rng, 1.0)
        lst = 273.15 + soil_t + 3.0 + _smooth(rng, 1.0)
        ndvi = np.clip(0.4 + _smooth(rng, 0.15), 0.0, 0.9)
        clouds = _smooth(rng, 1.0) > 1.6
        lst_file = np.where(land & ~clouds, lst - (273.15 if lst_in_celsius else 0.0), -9999.0)
        write(os.path.join(root, "predictors", f"lst_day_doy{label}.tif"), lst_file)
        write(os.path.join(root, "predictors", f"ndvi_doy{label}.tif"),
              np.where(land, ndvi, -9999.0))
        write(os.path.join(root, "predictors", f"soil_temperature_doy{label}.tif"),
              np.where(land, soil_t, -9999.0))
        truths[period] = np.where(land, truth(lst, ndvi, soil_t, landcover), np.nan)
    return truths


PREDICTORS = ["lst_day", "ndvi", "soil_temperature_site", "landcover", "doy_sin", "doy_cos"]


def train_bundle(root, path, n_trees=40, seed=3):
    """A real ModelBundle trained on pixels sampled from the world, saved at ``path``."""
    from soil_resp_plugin.core import model as M
    from soil_resp_plugin.core.applicability import AreaOfApplicability
    from soil_resp_plugin.core.catalog import PredictorCatalog
    from soil_resp_plugin.core.periods import doy_features

    catalog = PredictorCatalog.from_folder(os.path.join(root, "predictors"))
    rng = np.random.default_rng(seed)
    rows = []
    targets = []
    land = land_mask()
    ys, xs = np.nonzero(land)
    for period in PERIODS:
        pick = rng.choice(len(ys), 400, replace=False)
        r, c = ys[pick], xs[pick]
        lst = catalog.read("lst_day", period)[r, c]
        ndvi = catalog.read("ndvi", period)[r, c]
        soil = catalog.read("soil_temperature", period)[r, c]
        lc = catalog.read("landcover", period)[r, c]
        doy = doy_features(period)
        X = np.column_stack([lst, ndvi, soil, lc, np.full(len(r), doy["doy_sin"]),
                             np.full(len(r), doy["doy_cos"])])
        keep = np.isfinite(X).all(axis=1)
        rows.append(X[keep])
        targets.append(truth(lst, ndvi, soil, lc)[keep])
    X = np.vstack(rows).astype(float)
    y = np.concatenate(targets).astype(float)
    forest = M.fit_forest(X, y, {"n_estimators": n_trees, "max_features": 1.0 / 3.0,
                                 "min_samples_leaf": 3, "max_depth": None}, seed)
    folds = np.arange(len(y)) % 4
    aoa = AreaOfApplicability.fit(X, PREDICTORS, {p: 1.0 for p in PREDICTORS}, folds,
                                  categorical=["landcover"])
    metadata = {
        "model": "rs_insitu", "label": "test model", "target": "sr",
        "target_unit": M.TARGET_UNIT, "predictors": PREDICTORS,
        "catalog_variables": [M.catalog_variable(p) for p in PREDICTORS],
        "units": {p: M.predictor_unit(p) for p in PREDICTORS},
        "categorical_predictors": ["landcover"], "synthetic": True,
        "aoa": {"threshold": aoa.threshold},
    }
    bundle = M.ModelBundle(forest, metadata, aoa)
    bundle.save(path)
    return M.ModelBundle.load(path)


DEMO_PREDICTORS = ["lst_day", "lst_night", "ndvi", "evi", "lai", "gpp", "landcover", "doy_sin",
                   "doy_cos", "soil_temperature", "soil_moisture"]


def demo_folders(demo_dir):
    return [str(demo_dir / "predictors"), str(demo_dir / "static"), str(demo_dir / "insitu")]


def train_demo_bundle(demo_dir, path, year=2005, n_pixels=300, n_trees=60, seed=5):
    """A forest trained on the demo's true SR at random land pixels of every 4th period of
    ``year`` (what perfect, dense observations would give), saved as a real bundle."""
    import rasterio

    from soil_resp_plugin.core import model as M
    from soil_resp_plugin.core.applicability import AreaOfApplicability
    from soil_resp_plugin.core.catalog import PredictorCatalog
    from soil_resp_plugin.core.periods import doy_features, period_label, periods_of_year

    catalog = PredictorCatalog.from_files(demo_folders(demo_dir))
    rng = np.random.default_rng(seed)
    rows, targets = [], []
    for period in periods_of_year(year)[::4]:
        with rasterio.open(demo_dir / "truth" / f"sr_true_doy{period_label(period)}.tif") as f:
            truth = f.read(1)
        ys, xs = np.nonzero(truth != -9999)
        pick = rng.choice(len(ys), n_pixels, replace=False)
        r, c = ys[pick], xs[pick]
        doy = doy_features(period)
        columns = [doy[v] * np.ones(len(r)) if v in doy else catalog.read(v, period)[r, c]
                   for v in DEMO_PREDICTORS]
        X = np.column_stack(columns)
        keep = np.isfinite(X).all(axis=1)
        rows.append(X[keep])
        targets.append(truth[r, c][keep])
    X, y = np.vstack(rows), np.concatenate(targets).astype(float)
    forest = M.fit_forest(X, y, {"n_estimators": n_trees, "max_features": 1.0 / 3.0,
                                 "min_samples_leaf": 3, "max_depth": None}, seed)
    aoa = AreaOfApplicability.fit(X, DEMO_PREDICTORS, {p: 1.0 for p in DEMO_PREDICTORS},
                                  np.arange(len(y)) % 5, categorical=["landcover"])
    metadata = {
        "model": "rs_insitu", "label": "demo truth model", "target": "sr",
        "target_unit": M.TARGET_UNIT, "predictors": DEMO_PREDICTORS,
        "catalog_variables": list(DEMO_PREDICTORS),
        "units": {p: M.predictor_unit(p) for p in DEMO_PREDICTORS},
        "categorical_predictors": ["landcover"], "synthetic": True,
        "aoa": {"threshold": aoa.threshold},
    }
    M.ModelBundle(forest, metadata, aoa).save(path)
    return path


def demo_model_file(demo_dir, tmp_path_factory):
    """Model file trained on the demo truth, for a module-scoped fixture."""
    path = tmp_path_factory.mktemp("demo_model") / "truth_forest.joblib"
    return str(train_demo_bundle(demo_dir, path))


def extend_world(root, n_periods):
    """Give the world of :func:`build_world` ``n_periods`` consecutive 8-day periods (from
    2005-01-01) by reusing the four built ones in turn: a run long enough to interrupt.
    Returns the period starts."""
    import shutil

    from soil_resp_plugin.core import periods as P

    folder = os.path.join(root, "predictors")
    starts = P.periods_between(PERIODS[0], PERIODS[0] + dt.timedelta(days=8 * (n_periods - 1)))
    for k, period in enumerate(starts[len(PERIODS):], start=len(PERIODS)):
        model = PERIODS[k % len(PERIODS)]
        for name in ("lst_day", "ndvi", "soil_temperature"):
            source = os.path.join(folder, f"{name}_doy{model.year}{model.timetuple().tm_yday:03d}.tif")
            target = os.path.join(folder,
                                  f"{name}_doy{period.year}{period.timetuple().tm_yday:03d}.tif")
            if not os.path.exists(target):
                shutil.copyfile(source, target)
    return list(starts)
