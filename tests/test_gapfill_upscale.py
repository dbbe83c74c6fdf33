"""Gap filling of predictors in time during upscaling (soilresp:upscale FILL_GAPS /
MAX_FILL_GAP), with known answers: a small world of three years whose LST and NDVI have
constructed cloud gaps of 1..3 periods (interpolated) and of 4 periods (climatology); the maps
equal the forest's prediction from predictors filled independently here with numpy, the
companion flag maps have exactly the right bits, and with FILL_GAPS off the gaps stay nodata.
Last, the demo's maps cover every land pixel of every period with gap filling on."""
import datetime as dt
import os

import numpy as np
import pytest
import rasterio
import upscale_world as W
from affine import Affine
from safety import assert_unchanged, snapshot

from soil_resp_plugin.core import engine
from soil_resp_plugin.core import periods as P

WIDTH, HEIGHT = 40, 30
YEARS = (2005, 2006, 2007)
N_PERIODS = 8  # per year, from 1 January
PREDICTORS = ["lst_day", "ndvi", "doy_sin", "doy_cos"]
SEA_COLS = slice(34, 40)  # no data in every predictor: stays unmapped

# (rows, cols) of the gap blocks, the predictor and the 2005 period indices missing
GAPS = {
    "lst1": ((slice(2, 5), slice(2, 5)), "lst_day", [3]),  # 1 period: interpolated
    "lst3": ((slice(10, 13), slice(5, 8)), "lst_day", [3, 4, 5]),  # 3 = MAX_FILL_GAP
    "lst4": ((slice(20, 23), slice(10, 13)), "lst_day", [2, 3, 4, 5]),  # 4: climatology
    "ndvi2": ((slice(2, 5), slice(3, 6)), "ndvi", [3, 4]),  # overlaps lst1 in columns 3-4
}


def year_periods(year):
    return [dt.date(year, 1, 1) + dt.timedelta(days=8 * k) for k in range(N_PERIODS)]


def true_field(var, period):
    """The complete (gap-free) predictor field of one period."""
    rows, cols = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float64)
    k = (period - dt.date(period.year, 1, 1)).days / 8.0
    year = period.year - 2005
    if var == "lst_day":
        return 272.0 + 0.3 * cols + 0.2 * rows + 1.7 * k + 0.8 * year + 0.5 * np.sin(rows + k)
    return 0.2 + 0.01 * rows + 0.005 * cols + 0.03 * k + 0.02 * year


def observed_field(var, period):
    """The field as the files hold it (float32): NaN over the sea and in the gaps."""
    field = true_field(var, period).astype(np.float32).astype(np.float64)
    field[:, SEA_COLS] = np.nan
    if period.year == 2005:
        k = year_periods(2005).index(period)
        for (rows, cols), gap_var, missing in GAPS.values():
            if gap_var == var and k in missing:
                field[rows, cols] = np.nan
    return field


def write_tif(path, array):
    with rasterio.open(path, "w", driver="GTiff", width=WIDTH, height=HEIGHT, count=1,
                       dtype="float32", crs="EPSG:4326",
                       transform=Affine(0.05, 0, 135.0, 0, -0.05, 36.0), nodata=-9999.0) as out:
        out.write(np.where(np.isfinite(array), array, -9999.0).astype(np.float32), 1)


def independent_filled(var, period, max_gap=3):
    """(values, filled mask) of ``var`` in ``period`` filled with plain numpy: np.interp
    between the observed neighbours when the run of missing periods is <= ``max_gap``, else
    the mean of the other years' observed values in the same period of the year."""
    series = year_periods(period.year)
    k = series.index(period)
    stack = np.stack([observed_field(var, p) for p in series])
    days = np.array([p.toordinal() for p in series], dtype=float)
    values = stack[k].copy()
    filled = np.zeros(values.shape, dtype=bool)
    for r, c in zip(*np.nonzero(~np.isfinite(values))):
        column = stack[:, r, c]
        ok = np.isfinite(column)
        before, after = np.flatnonzero(ok[:k]), np.flatnonzero(ok[k + 1:]) + k + 1
        if len(before) and len(after) and after[0] - before[-1] - 1 <= max_gap:
            values[r, c] = np.interp(days[k], days[ok], column[ok])
            filled[r, c] = True
            continue
        others = [observed_field(var, dt.date(y, period.month, period.day))[r, c]
                  for y in YEARS]
        others = [v for v in others if np.isfinite(v)]
        if others:
            values[r, c] = np.mean(others)
            filled[r, c] = True
    return values, filled


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from soil_resp_plugin.core import model as M
    from soil_resp_plugin.core.applicability import AreaOfApplicability

    root = tmp_path_factory.mktemp("gapworld")
    folder = root / "predictors"
    folder.mkdir()
    rows, targets = [], []
    rng = np.random.default_rng(1)
    for year in YEARS:
        for period in year_periods(year):
            lst, ndvi = (true_field(v, period) for v in ("lst_day", "ndvi"))
            for var in ("lst_day", "ndvi"):
                write_tif(folder / f"{var}_doy{P.period_label(period)}.tif",
                          observed_field(var, period))
            doy = P.doy_features(period)
            pick = rng.choice(HEIGHT * 34, 60, replace=False)
            r, c = pick // 34, pick % 34
            X = np.column_stack([lst[r, c], ndvi[r, c], np.full(len(r), doy["doy_sin"]),
                                 np.full(len(r), doy["doy_cos"])])
            rows.append(X)
            targets.append(0.05 * (X[:, 0] - 270.0) * (0.5 + X[:, 1]))
    X, y = np.vstack(rows), np.concatenate(targets)
    forest = M.fit_forest(X, y, {"n_estimators": 15, "max_features": 0.5,
                                 "min_samples_leaf": 2, "max_depth": None}, 4)
    aoa = AreaOfApplicability.fit(X, PREDICTORS, {p: 1.0 for p in PREDICTORS},
                                  np.arange(len(y)) % 4)
    metadata = {
        "model": "rs_insitu", "label": "gap world model", "target": "sr",
        "target_unit": M.TARGET_UNIT, "predictors": PREDICTORS,
        "catalog_variables": list(PREDICTORS),
        "units": {p: M.predictor_unit(p) for p in PREDICTORS}, "synthetic": True,
        "aoa": {"threshold": aoa.threshold},
    }
    model = root / "model.joblib"
    bundle = M.ModelBundle(forest, metadata, aoa)
    bundle.save(str(model))
    return {"root": root, "predictors": str(folder), "model": str(model),
            "forest": M.ModelBundle.load(str(model)).estimator}


def upscale(run_algorithm, world, folder, **extra):
    parameters = {"MODEL": world["model"], "PREDICTORS": [world["predictors"]],
                  "START_DATE": "2005-01-01", "END_DATE": "2005-02-26",
                  "OUTPUT_FOLDER": str(folder), **extra}
    return run_algorithm("upscale", parameters)


def read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1), dataset.tags(), dataset.nodata


_RUNS = {}


@pytest.fixture
def filled_run(world, tmp_path_factory, soilresp_provider):
    """One run with the defaults (gap filling on), made once per module."""
    if "filled" not in _RUNS:
        _RUNS["filled"] = _filled_run(world, tmp_path_factory)
    return _RUNS["filled"]


def _filled_run(world, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    folder = tmp_path_factory.mktemp("filled") / "maps"
    before = snapshot(world["predictors"], world["model"])
    messages = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            messages.append(info)
            super().pushInfo(info)

    result = processing.run(
        "soilresp:upscale",
        {"MODEL": world["model"], "PREDICTORS": [world["predictors"]],
         "START_DATE": "2005-01-01", "END_DATE": "2005-02-26", "OUTPUT_FOLDER": str(folder)},
        context=QgsProcessingContext(), feedback=Feedback())
    assert_unchanged(before)
    return {"folder": folder, "result": result, "messages": messages}


def test_gaps_are_filled_as_an_independent_interpolation_or_climatology(world, filled_run):
    folder = filled_run["folder"]
    land = np.ones((HEIGHT, WIDTH), dtype=bool)
    land[:, SEA_COLS] = False
    for period in year_periods(2005):
        label = P.period_label(period)
        sr, _, _ = read(folder / f"sr_{label}.tif")
        lst, lst_filled = independent_filled("lst_day", period)
        ndvi, ndvi_filled = independent_filled("ndvi", period)
        doy = P.doy_features(period)
        X = np.column_stack([lst[land], ndvi[land], np.full(land.sum(), doy["doy_sin"]),
                             np.full(land.sum(), doy["doy_cos"])]).astype(np.float32)
        assert ((sr != engine.NODATA) == land).all(), f"{label}: all land mapped, no sea"
        np.testing.assert_allclose(sr[land], world["forest"].predict(X), rtol=1e-5, atol=1e-6)
        flags, tags, nodata = read(folder / f"filled_{label}.tif")
        expected = (lst_filled.astype(np.uint32) | (ndvi_filled.astype(np.uint32) << 1))
        assert nodata == engine.FILLED_NODATA and (flags[~land] == engine.FILLED_NODATA).all()
        assert np.array_equal(flags[land], expected[land]), f"{label}: flag bits"
        assert tags["FILLED_BIT_0"] == "lst_day" and tags["FILLED_BIT_1"] == "ndvi"
        assert tags["FILLED_LEGEND"] == "1=lst_day;2=ndvi"
    # the constructed cases: which bits, and which method (interpolated vs climatology)
    k3 = year_periods(2005)[3]
    flags, _, _ = read(folder / f"filled_{P.period_label(k3)}.tif")
    assert (flags[2:5, 3:5] == 3).all() and (flags[2:5, 2] == 1).all() and (flags[2:5, 5] == 2).all()
    assert (flags[10:13, 5:8] == 1).all() and (flags[20:23, 10:13] == 1).all()
    lst, _ = independent_filled("lst_day", k3)
    climate = np.mean([observed_field("lst_day", dt.date(y, k3.month, k3.day))[21, 11]
                       for y in (2006, 2007)])
    assert lst[21, 11] == pytest.approx(climate)  # 4-period gap: climatology of 2006/2007
    truth = true_field("lst_day", k3)
    assert lst[11, 6] != pytest.approx(climate) and abs(lst[11, 6] - truth[11, 6]) < 1.0
    outside = np.ones(flags.shape, dtype=bool)
    for (rows, cols), _, _ in GAPS.values():
        outside[rows, cols] = False
    assert (flags[outside & land] == 0).all(), "nothing flagged outside the gaps"


def test_the_log_gives_the_share_of_filled_pixels_and_a_vrt_lists_the_flag_maps(filled_run):
    k3 = P.period_label(year_periods(2005)[3])
    assert any(f"{year_periods(2005)[3].isoformat()}: gap filling: " in m and "lst_day" in m
               and "climatology" in m and f"filled_{k3}.tif" in m
               for m in filled_run["messages"]), filled_run["messages"]
    with rasterio.open(filled_run["folder"] / "filled.vrt") as vrt:
        assert vrt.count == N_PERIODS and vrt.dtypes[0] == "uint32"
        assert vrt.tags()["FILLED_LEGEND"] == "1=lst_day;2=ndvi"
        assert vrt.nodata == engine.FILLED_NODATA


def test_without_gap_filling_the_gaps_stay_nodata_and_other_pixels_are_identical(
        world, filled_run, run_algorithm, tmp_path):
    folder = tmp_path / "off"
    upscale(run_algorithm, world, folder, FILL_GAPS=False)
    assert not [n for n in os.listdir(folder) if n.startswith("filled")]
    for period in year_periods(2005):
        label = P.period_label(period)
        off, tags, _ = read(folder / f"sr_{label}.tif")
        on, _, _ = read(filled_run["folder"] / f"sr_{label}.tif")
        observed = np.isfinite(observed_field("lst_day", period)) & np.isfinite(
            observed_field("ndvi", period))
        assert ((off != engine.NODATA) == observed).all(), f"{label}: gaps stay nodata"
        assert np.array_equal(off[observed], on[observed]), "observed pixels: same values"
        assert "GAP_FILLING" not in tags


def test_max_fill_gap_zero_uses_the_climatology_and_resume_needs_the_flag_maps(
        world, run_algorithm, tmp_path):
    folder = tmp_path / "clim"
    upscale(run_algorithm, world, folder, MAX_FILL_GAP=0, END_DATE="2005-01-25")
    period = year_periods(2005)[3]
    flags, _, _ = read(folder / f"filled_{P.period_label(period)}.tif")
    sr, _, _ = read(folder / f"sr_{P.period_label(period)}.tif")
    lst, _ = independent_filled("lst_day", period, max_gap=0)
    expected = np.mean([observed_field("lst_day", dt.date(y, 1, 25))[3, 3]
                        for y in (2006, 2007)])
    assert lst[3, 3] == pytest.approx(expected) and flags[3, 3] == 3 and sr[3, 3] != -9999
    # a folder whose maps lack the flag maps (FILL_GAPS off before): resume recomputes
    os.remove(folder / f"filled_{P.period_label(period)}.tif")
    result = upscale(run_algorithm, world, folder, MAX_FILL_GAP=0, END_DATE="2005-01-25",
                     RESUME=True)
    assert result["N_PERIODS"] == 1 and result["N_RESUMED"] == 3
    assert (folder / f"filled_{P.period_label(period)}.tif").is_file()


def test_demo_maps_cover_all_land_in_every_period_with_gap_filling(demo_dir, tmp_path_factory,
                                                                   run_algorithm):
    model = W.demo_model_file(demo_dir, tmp_path_factory)
    folder = tmp_path_factory.mktemp("demo_fill") / "maps"
    start, end = dt.date(2005, 6, 18), dt.date(2005, 8, 5)  # rainy season: many clouds
    result = run_algorithm("upscale", {
        "MODEL": model, "PREDICTORS": W.demo_folders(demo_dir),
        "START_DATE": start.isoformat(), "END_DATE": end.isoformat(),
        "OUTPUT_FOLDER": str(folder)})
    periods = P.periods_between(start, end)
    assert result["N_PERIODS"] == len(periods)
    some_filled = 0
    for period in periods:
        label = P.period_label(period)
        sr, _, _ = read(folder / f"sr_{label}.tif")
        truth, _, _ = read(demo_dir / "truth" / f"sr_true_doy{label}.tif")
        land = truth != -9999
        mapped = sr != engine.NODATA
        assert mapped.sum() == land.sum() and (mapped == land).all(), (
            f"{label}: {land.sum() - (mapped & land).sum()} land pixels unmapped")
        flags, _, _ = read(folder / f"filled_{label}.tif")
        some_filled += int(((flags != 0) & land).sum())
    assert some_filled > 0, "the demo's clouds were filled somewhere"


def test_dask_fills_the_same_gaps_also_when_workers_write(world, filled_run, tmp_path):
    """The filling runs inside the tasks on the workers (catalog and plan pickled): same maps
    and flag maps as the threads of processing.run, in both dask modes."""
    distributed = pytest.importorskip("distributed")
    from soil_resp_plugin.core.catalog import PredictorCatalog
    from soil_resp_plugin.core.model import ModelBundle

    catalog = PredictorCatalog.from_folder(world["predictors"])
    bundle = ModelBundle.load(world["model"])
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        for workers_write in (False, True):
            folder = tmp_path / f"dask_{workers_write}"
            result = engine.Upscaler(
                bundle, catalog, folder, year_periods(2005), model_path=world["model"],
                dask_scheduler=cluster.scheduler_address, workers_write=workers_write,
                fill_gaps=True).run()
            assert result.backend == "dask" and len(result.files["filled"]) == N_PERIODS
            for period in year_periods(2005):
                for prefix in ("sr", "filled"):
                    name = f"{prefix}_{P.period_label(period)}.tif"
                    mine, _, _ = read(folder / name)
                    reference, _, _ = read(filled_run["folder"] / name)
                    assert np.array_equal(mine, reference), (workers_write, name)
