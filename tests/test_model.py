"""Model training and honest validation (core): real COSORE sites, the synthetic demo region
with its known truth, the area of applicability, the model bundle and bad input."""
import datetime as dt
import json
import pathlib
import re

import numpy as np
import pandas as pd
import pytest

from soil_resp_plugin.core import model as core_model
from soil_resp_plugin.core import report as core_report
from soil_resp_plugin.core import validation
from soil_resp_plugin.core.applicability import AreaOfApplicability, fivenum, upper_whisker
from soil_resp_plugin.core.errors import InputError
from soil_resp_plugin.core.periods import (
    composite16_start,
    doy_features,
    period_label,
    period_start,
)

DATA = pathlib.Path(__file__).parent / "data" / "training"
COSORE_TABLE = DATA / "cosore_teshio_hokuroku_8day.csv"
INSITU_SITE = ["soil_temperature_site", "soil_moisture_site", "doy_sin", "doy_cos"]
SMALL = {"n_estimators": 60}


def cosore_table():
    return pd.read_csv(COSORE_TABLE)


# -- a training table from the synthetic demo, built independently of the plugin's extraction
_DEMO_FILES = {  # variable -> (folder, file pattern, scale, fill test)
    "lst_day": ("predictors", "MOD11A2.061_LST_Day_1km_doy{label}_aid0001.tif", 0.02,
                lambda v: v == 0),
    "lst_night": ("predictors", "MOD11A2.061_LST_Night_1km_doy{label}_aid0001.tif", 0.02,
                  lambda v: v == 0),
    "ndvi": ("predictors", "MOD13A2.061__1_km_16_days_NDVI_doy{label16}_aid0001.tif", 1e-4,
             lambda v: v == -3000),
    "evi": ("predictors", "MOD13A2.061__1_km_16_days_EVI_doy{label16}_aid0001.tif", 1e-4,
            lambda v: v == -3000),
    "lai": ("predictors", "MOD15A2H.061_Lai_500m_doy{label}_aid0001.tif", 0.1, lambda v: v >= 249),
    "gpp": ("predictors", "MOD17A2HGF.061_Gpp_500m_doy{label}_aid0001.tif", 1e-4,
            lambda v: v >= 32761),
    "soil_temperature": ("insitu", "soil_temperature_doy{label}.tif", 1.0, lambda v: v == -9999),
    "soil_moisture": ("insitu", "soil_moisture_doy{label}.tif", 1.0, lambda v: v == -9999),
    "sr_true": ("truth", "sr_true_doy{label}.tif", 1.0, lambda v: v == -9999),
}


def demo_training_table(demo_dir):
    """Site x 8-day table from the demo's observations (QC: no negative fluxes, no spikes above
    3x the site-period median) and its rasters sampled at the sites' cells, plus the truth."""
    import rasterio

    demo_dir = pathlib.Path(demo_dir)
    sites = pd.read_csv(demo_dir / "observations" / "sites.csv")
    obs = pd.read_csv(demo_dir / "observations" / "all_sites.csv")
    local = pd.to_datetime(obs["timestamp"], utc=True).dt.tz_convert("Etc/GMT-9")
    obs["day"] = local.dt.date
    obs["period_start"] = [period_start(d) for d in obs["day"]]
    obs = obs[obs["flux_umol"] >= 0]
    median = obs.groupby(["site_id", "period_start"])["flux_umol"].transform("median")
    obs = obs[obs["flux_umol"] <= 3 * median]
    grouped = obs.groupby(["site_id", "period_start"])
    table = grouped.agg(sr=("flux_umol", "mean"), n_records=("flux_umol", "size"),
                        n_days=("day", "nunique"), soil_temperature_site=("soil_temperature", "mean"),
                        soil_moisture_site=("soil_moisture", "mean")).reset_index()
    table = table[table["n_days"] >= 2].rename(columns={"site_id": "site"})
    table["sr"] *= 12.011e-6 * 86400
    table = table.merge(sites.rename(columns={"site_id": "site"}), on="site")
    with rasterio.open(demo_dir / "static" / "MCD12C1_IGBP_landcover.tif") as src:
        cells = {s.site: src.index(s.lon, s.lat) for s in sites.rename(
            columns={"site_id": "site"}).itertuples()}
        landcover = src.read(1)
    table["landcover"] = [float(landcover[cells[s]]) for s in table["site"]]
    values = {name: [] for name in _DEMO_FILES}
    for row in table.itertuples():
        r, c = cells[row.site]
        label = period_label(row.period_start)
        label16 = period_label(composite16_start(row.period_start))
        for name, (folder, pattern, scale, is_fill) in _DEMO_FILES.items():
            path = demo_dir / folder / pattern.format(label=label, label16=label16)
            with rasterio.open(path) as src:
                stored = src.read(1, window=((r, r + 1), (c, c + 1)))[0, 0]
            values[name].append(np.nan if is_fill(stored) else float(stored) * scale)
    for name, column in values.items():
        table[name] = column
    for name in ("doy_sin", "doy_cos"):
        table[name] = [doy_features(p)[name] for p in table["period_start"]]
    table["period_start"] = [p.isoformat() for p in table["period_start"]]
    return table.reset_index(drop=True)


@pytest.fixture(scope="module")
def demo_table(demo_dir):
    return demo_training_table(demo_dir)


@pytest.fixture(scope="module")
def cosore_result():
    spec = core_model.ModelSpec("rs_insitu", "remote sensing + in-situ", INSITU_SITE)
    return core_model.train_models(cosore_table(), [spec], hyperparameters=SMALL, seed=7)


# -- real data -------------------------------------------------------------------------------
def test_cosore_leave_one_site_out_fold_recomputed_with_plain_sklearn(cosore_result):
    from sklearn.ensemble import RandomForestRegressor
    from sklearn.metrics import r2_score

    metrics = cosore_result.metrics
    shown = metrics[(metrics.scheme == "location")].set_index(["group", "group_value"])
    print("\nCOSORE Teshio + Fuji-Hokuroku, in-situ model, leave-one-location-out:")
    print(metrics[metrics.group != "season"][["scheme", "group", "group_value", "n", "r2", "rmse",
                                              "bias"]].round(3).to_string(index=False))
    table = cosore_table()
    train, test = table[table.site == "TSE"], table[table.site == "FHK"]
    forest = RandomForestRegressor(n_estimators=60, max_features=1 / 3, min_samples_leaf=5,
                                   random_state=7)
    # rows weigh the days they represent (n_days), in the fit and in the metric
    forest.fit(train[INSITU_SITE].to_numpy(), train["sr"].to_numpy(),
               sample_weight=train["n_days"].to_numpy(float))
    r2 = r2_score(test["sr"], forest.predict(test[INSITU_SITE].to_numpy()),
                  sample_weight=test["n_days"])
    assert shown.loc[("site", "FHK"), "r2"] == pytest.approx(r2, abs=1e-12)
    assert shown.loc[("site", "FHK"), "n"] == 53
    assert shown.loc[("pooled", "all"), "n"] == 154
    # two sites with disjoint moisture ranges: leave-one-site-out is far worse than random CV
    pooled = metrics[metrics.group == "pooled"].set_index("scheme")
    assert pooled.loc["location", "r2"] < 0 < pooled.loc["random", "r2"]


def test_same_seed_same_model_other_seed_differs():
    spec = core_model.ModelSpec("insitu", "in-situ", INSITU_SITE)
    runs = [core_model.train_models(cosore_table(), [spec], hyperparameters=SMALL, seed=s,
                                    schemes=("site", "random"))
            for s in (3, 3, 4)]
    pd.testing.assert_frame_equal(runs[0].predictions, runs[1].predictions)
    pd.testing.assert_frame_equal(runs[0].metrics, runs[1].metrics)
    X = cosore_table()[INSITU_SITE].to_numpy()
    a, b, c = (r.models[0].bundle.predict(X) for r in runs)
    np.testing.assert_array_equal(a, b)
    assert not np.allclose(a, c)


def test_metrics_match_sklearn_and_numpy():
    from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

    rng = np.random.default_rng(1)
    observed = rng.gamma(2.0, 1.5, 200)
    predicted = observed * 0.8 + rng.normal(0.3, 0.5, 200)
    m = validation.regression_metrics(observed, predicted)
    assert m["n"] == 200
    assert m["r2"] == pytest.approx(r2_score(observed, predicted))
    assert m["rmse"] == pytest.approx(mean_squared_error(observed, predicted) ** 0.5)
    assert m["mae"] == pytest.approx(mean_absolute_error(observed, predicted))
    assert m["bias"] == pytest.approx(np.mean(predicted - observed))
    assert m["slope"] == pytest.approx(np.polyfit(observed, predicted, 1)[0])
    assert np.isnan(validation.regression_metrics([1.0], [2.0])["r2"])


def test_group_folds_never_share_sites_or_years():
    table = cosore_table()
    for scheme, key in (("site", table["site"]),
                        ("year", pd.to_datetime(table["period_start"]).dt.year)):
        labels = validation.fold_labels(scheme, sites=table["site"],
                                        period_starts=table["period_start"])
        splits = validation.splits(labels)
        assert len(splits) == key.nunique()
        for _, train, test in splits:
            assert not set(key.iloc[train]) & set(key.iloc[test])
    assert list(validation.seasons(["2005-01-01", "2005-02-26", "2005-06-02", "2005-11-29"])) == [
        "DJF", "MAM", "JJA", "DJF"]


def test_permutation_importance_equals_a_plain_loop(cosore_result):
    """The batched held-out permutation importance equals the obvious loop over folds."""
    table = cosore_table()
    X = table[INSITU_SITE].to_numpy(float)
    y = table["sr"].to_numpy(float)
    labels = validation.fold_labels("site", sites=table["site"])
    _, fold_models, _ = core_model.cross_validate(X, y, labels, "site", {
        **core_model.DEFAULT_HYPERPARAMETERS, **SMALL}, seed=7)
    batched = core_model.held_out_permutation_importance(fold_models, X, y, n_repeats=3, seed=5)
    rng = np.random.RandomState(5)
    perms = [rng.permutation(len(y)) for _ in range(3)]

    def pooled_mse(matrix):
        predicted = np.empty(len(y))
        for _, test, forest in fold_models:
            predicted[test] = forest.predict(matrix[test])
        return np.mean((predicted - y) ** 2)

    base = pooled_mse(X)
    for j in range(X.shape[1]):
        increases = []
        for perm in perms:
            shuffled = X.copy()
            shuffled[:, j] = X[perm, j]
            increases.append(pooled_mse(shuffled) - base)
        assert batched["mse_increase"][j] == pytest.approx(np.mean(increases), rel=1e-10)


# -- synthetic table with a known response (clearly synthetic, no files) ---------------------
def synthetic_table(n_sites=6, n_periods=40, seed=0):
    """SYNTHETIC: sr = 1.5 * 2^((T-10)/10) * moisture response; 'lst_day' tracks T, the
    remote-sensing proxy 'ndvi' is noise, moisture varies independently."""
    rng = np.random.default_rng(seed)
    rows = []
    for s in range(n_sites):
        for k in range(n_periods):
            start = dt.date(2005, 1, 1) + dt.timedelta(days=8 * k)
            t = 10 + 10 * np.sin(2 * np.pi * (k / 46.0 - 0.25)) + rng.normal(0, 2)
            theta = rng.uniform(0.1, 0.45)
            sr = 1.5 * 2 ** ((t - 10) / 10) * max(0.2, 1 - ((theta - 0.3) / 0.25) ** 2)
            rows.append({"site": f"S{s}", "site_name": f"site {s} (synthetic)",
                         "lon": 135 + s, "lat": 35 + s / 2, "period_start": start.isoformat(),
                         "sr": sr * rng.lognormal(0, 0.05), "lst_day": 273.15 + t + rng.normal(0, 1),
                         "ndvi": rng.uniform(0.2, 0.8), "soil_moisture": theta,
                         **doy_features(start)})
    return pd.DataFrame(rows)


def test_insitu_model_beats_remote_sensing_on_known_synthetic_response():
    table = synthetic_table()
    specs = core_model.model_specs(table.columns, ("rs", "rs_insitu"))
    assert specs[1].predictors == ["lst_day", "ndvi", "doy_sin", "doy_cos", "soil_moisture"]
    result = core_model.train_models(table, specs, hyperparameters=SMALL, seed=1,
                                     schemes=("site",))
    pooled = result.metrics[result.metrics.group == "pooled"].set_index("model")
    assert pooled.loc["rs_insitu", "rmse"] < 0.8 * pooled.loc["rs", "rmse"]
    assert result.synthetic  # site names say '(synthetic)'
    importance = result.models[1].importance.set_index("predictor")["mse_increase"]
    assert importance["soil_moisture"] > importance["ndvi"]
    assert importance["lst_day"] > importance["ndvi"]


def test_grid_search_is_nested_and_recorded():
    table = synthetic_table(n_sites=4, n_periods=20)
    spec = core_model.ModelSpec("custom", "custom", ["lst_day", "soil_moisture"])
    grid = core_model.parse_grid("min_samples_leaf=1,8; max_features=1.0")
    assert grid == [{"min_samples_leaf": 1, "max_features": 1.0},
                    {"min_samples_leaf": 8, "max_features": 1.0}]
    result = core_model.train_models(table, [spec], hyperparameters={"n_estimators": 30},
                                     grid=grid, schemes=("site",), seed=2)
    meta = result.models[0].bundle.metadata
    assert meta["grid_search"]["trees_per_candidate"] == 30
    assert len(meta["grid_search"]["scores"]) == 2
    assert [c["fold"] for c in meta["grid_search"]["nested_cv_choices"]["location"]] == [
        "S0", "S1", "S2", "S3"]
    best = min(meta["grid_search"]["scores"], key=lambda s: s["rmse"])
    assert meta["hyperparameters"]["min_samples_leaf"] == best["min_samples_leaf"]
    with pytest.raises(InputError, match="not tunable"):
        core_model.parse_grid("n_estimators=10,20")


# -- demo region with its known truth ----------------------------------------------------------
def test_demo_region_insitu_beats_remote_sensing_and_tracks_the_truth(demo_table, tmp_path):
    specs = core_model.model_specs(demo_table.columns, ("rs", "rs_insitu"))
    assert "soil_moisture" in specs[1].predictors and "landcover" in specs[0].predictors
    result = core_model.train_models(demo_table, specs, hyperparameters={"n_estimators": 100},
                                     seed=42, schemes=("site", "random"))
    assert result.synthetic
    pooled = result.metrics[result.metrics.group == "pooled"].set_index(["model", "scheme"])
    print("\nDemo region, pooled metrics:")
    print(pooled[["n", "r2", "rmse", "bias"]].round(3).to_string())
    rs, both = pooled.loc[("rs", "location")], pooled.loc[("rs_insitu", "location")]
    assert both["rmse"] < rs["rmse"] and both["r2"] > rs["r2"]
    assert both["r2"] > 0.5
    # against the known truth at the site cells
    truth = demo_table[["site", "period_start", "sr_true"]].assign(
        period_start=lambda f: pd.to_datetime(f["period_start"]).dt.date)
    merged = result.predictions.merge(truth, on=["site", "period_start"])
    loso = merged[merged.scheme == "location"]
    rmse_truth = {m: validation.regression_metrics(p["sr_true"], p["predicted"])["rmse"]
                  for m, p in loso.groupby("model")}
    print(f"LOSO RMSE against the truth: {rmse_truth}")
    assert rmse_truth["rs_insitu"] < rmse_truth["rs"]
    noise = validation.regression_metrics(demo_table["sr_true"], demo_table["sr"])
    assert noise["r2"] > 0.9  # the observations are the truth plus chamber noise
    html = core_report.render(result)
    assert 'id="synthetic-banner"' in html


# -- area of applicability ---------------------------------------------------------------------
def cast_reference(train, weights, folds):
    """CAST's trainDI loop written out plainly (scale, weight, per-point distances)."""
    scaled = (train - train.mean(0)) / train.std(0, ddof=1) * weights
    n = len(scaled)
    distances = np.sqrt(((scaled[:, None, :] - scaled[None, :, :]) ** 2).sum(-1))
    mean_distance = np.mean([np.mean(np.delete(distances[i], i)) for i in range(n)])
    minimum = np.array([distances[i][folds != folds[i]].min() for i in range(n)])
    return mean_distance, minimum / mean_distance


def test_area_of_applicability_matches_cast_reference():
    rng = np.random.default_rng(3)
    train = rng.normal(size=(120, 3)) * [1.0, 5.0, 0.1]
    folds = np.repeat(["a", "b", "c", "d"], 30)
    weights = {"x": 2.0, "y": 0.5, "z": -1.0}
    aoa = AreaOfApplicability.fit(train, ["x", "y", "z"], weights, folds)
    mean_distance, train_di = cast_reference(train, np.array([2.0, 0.5, 0.0]), folds)
    assert aoa.mean_distance == pytest.approx(mean_distance, rel=1e-10)
    np.testing.assert_allclose(aoa.train_di, train_di, rtol=1e-10)
    # R: fivenum(c(1,2,3,4,100)) = 1 2 3 4 100; boxplot.stats(...)$stats[5] = 4
    np.testing.assert_array_equal(fivenum([1, 2, 3, 4, 100]), [1, 2, 3, 4, 100])
    assert upper_whisker([1, 2, 3, 4, 100]) == 4
    assert aoa.threshold == pytest.approx(upper_whisker(train_di), rel=1e-12)
    assert np.allclose(aoa.dissimilarity(train), 0.0, atol=1e-6)
    far = train.mean(0) + 50 * train.std(0)
    new = np.vstack([train[:3] + 0.01, far, [np.nan, 0, 0]])
    di = aoa.dissimilarity(new)
    assert di[3] > aoa.threshold and np.isnan(di[4])
    assert list(aoa.inside(new)) == [True, True, True, False, False]


def test_area_of_applicability_is_vectorised_and_fast():
    import time

    rng = np.random.default_rng(4)
    train = rng.normal(size=(800, 10))
    train[:, 9] = rng.integers(1, 6, 800)  # a categorical land-cover-like column
    names = [f"p{i}" for i in range(9)] + ["landcover"]
    aoa = AreaOfApplicability.fit(train, names, {n: 1.0 for n in names},
                                  np.arange(800) % 8, categorical=["landcover"])
    pixels = rng.normal(size=(1_000_000, 10))
    pixels[:, 9] = rng.integers(1, 8, len(pixels))  # classes 6 and 7 never seen in training
    start = time.perf_counter()
    di = aoa.dissimilarity(pixels)
    seconds = time.perf_counter() - start
    print(f"\nDI of 1e6 pixels against 800 training rows: {seconds:.1f} s")
    assert seconds < 20
    # brute force on a subset: one-hot land cover, scaled, weighted
    subset = pixels[:500]
    expanded = lambda x: np.hstack([x[:, :9], (x[:, 9:10] == np.arange(1, 6)).astype(float)])  # noqa: E731
    t = expanded(train)
    centre, scale = t.mean(0), t.std(0, ddof=1)
    a, b = (expanded(subset) - centre) / scale, (t - centre) / scale
    nearest = np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(-1)).min(1)
    np.testing.assert_allclose(di[:500], nearest / aoa.mean_distance, rtol=1e-6, atol=1e-6)


# -- bundle --------------------------------------------------------------------------------
def test_bundle_round_trip_sidecar_and_security_checks(cosore_result, tmp_path):
    bundle = cosore_result.models[0].bundle
    path = bundle.save(tmp_path / "models" / "sr_rs_insitu.joblib")
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "sr_rs_insitu.joblib", "sr_rs_insitu.joblib.json"]  # no temporary files left
    sidecar = json.loads((tmp_path / "models" / "sr_rs_insitu.joblib.json").read_text())
    assert sidecar["predictors"] == INSITU_SITE
    assert sidecar["catalog_variables"] == ["soil_temperature", "soil_moisture", "doy_sin",
                                            "doy_cos"]
    assert sidecar["units"]["soil_moisture_site"] == "m3 m-3"
    assert sidecar["target_unit"] == "g C m-2 d-1"
    assert sidecar["training"]["sites"] == ["FHK", "TSE"]
    assert sidecar["training"]["period_first"] == "2012-09-29"
    assert sidecar["training"]["bbox"] == pytest.approx([138.7647222, 35.4435278, 142.107222,
                                                         45.055833])
    assert sidecar["versions"]["sklearn"] == __import__("sklearn").__version__
    assert sidecar["synthetic"] is False
    assert "runs code" in sidecar["security"]
    loso = cosore_result.metrics.query("scheme == 'location' and group == 'pooled'").iloc[0]
    assert sidecar["cv"]["pooled"]["location"]["rmse"] == pytest.approx(loso["rmse"])
    # the old scheme id stays readable (soilresp:describemodel, scripts)
    assert sidecar["cv"]["pooled"]["site"] == sidecar["cv"]["pooled"]["location"]

    loaded = core_model.ModelBundle.load(path)
    X = cosore_table()[INSITU_SITE]
    np.testing.assert_array_equal(loaded.predict(X), bundle.predict(X))
    np.testing.assert_array_equal(loaded.aoa.dissimilarity(X), bundle.aoa.dissimilarity(X))
    assert loaded.aoa.threshold == bundle.aoa.threshold
    assert loaded.catalog_variables[0] == "soil_temperature"

    # a different sklearn version in the sidecar: the hash still matches, the version check fires
    edited = dict(sidecar, versions={**sidecar["versions"], "sklearn": "0.24.2"})
    (tmp_path / "models" / "sr_rs_insitu.joblib.json").write_text(json.dumps(edited))
    with pytest.raises(InputError) as error:
        core_model.ModelBundle.load(path)
    text = str(error.value)
    assert error.value.parameter == "MODEL" and "0.24.2" in text
    assert __import__("sklearn").__version__ in text and "Retrain" in text
    assert str(path) in text

    # the model file changed after training: refused before unpickling
    (tmp_path / "models" / "sr_rs_insitu.joblib.json").write_text(json.dumps(sidecar))
    with open(path, "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(InputError, match="does not match its sidecar") as error:
        core_model.ModelBundle.load(path)
    assert error.value.parameter == "MODEL"

    # no sidecar: refused
    other = bundle.save(tmp_path / "copy.joblib")
    (tmp_path / "copy.joblib.json").unlink()
    with pytest.raises(InputError, match="no sidecar") as error:
        core_model.ModelBundle.load(other)
    assert error.value.parameter == "MODEL"


# -- bad input -------------------------------------------------------------------------------
def _train(table, predictors=INSITU_SITE, **kwargs):
    spec = core_model.ModelSpec("custom", "custom", list(predictors))
    kwargs.setdefault("hyperparameters", {"n_estimators": 10})
    kwargs.setdefault("schemes", ("site",))
    return core_model.train_models(table, [spec], **kwargs)


def test_one_site_is_refused_for_leave_one_site_out():
    table = cosore_table()
    with pytest.raises(InputError, match="at least 2 sites; the table has 1 \\(TSE\\)") as error:
        _train(table[table.site == "TSE"])
    assert error.value.parameter == "SCHEMES"


def test_constant_and_all_missing_predictors_are_refused():
    table = cosore_table().assign(lai=2.0, gpp=np.nan)
    with pytest.raises(InputError, match="'lai' is constant"):
        _train(table, INSITU_SITE + ["lai"])
    with pytest.raises(InputError, match="'gpp' has no values"):
        _train(table, INSITU_SITE + ["gpp"])


def test_missing_predictor_values_dropped_or_filled_with_counts():
    table = cosore_table()
    table.loc[[0, 1, 2], "soil_moisture_site"] = np.nan
    table.loc[[2, 3], "soil_temperature_site"] = np.nan
    dropped = _train(table)
    assert dropped.summary["used_rows"] == 150
    assert "4 row(s) with missing predictor values dropped" in dropped.notes[0]
    assert "soil_temperature_site: 2" in dropped.notes[0]
    assert "soil_moisture_site: 3" in dropped.notes[0]
    filled = _train(table, nan_policy="median")
    assert filled.summary["used_rows"] == 154
    expected = table["soil_moisture_site"].median()
    fill = filled.models[0].bundle.metadata["training"]["fill_values"]
    assert fill["soil_moisture_site"] == pytest.approx(expected)
    assert filled.models[0].bundle.metadata["training"]["missing_values"] == {
        "soil_temperature_site": 2, "soil_moisture_site": 3}


def test_non_numeric_fields_and_implausible_targets_are_refused():
    table = cosore_table()
    with pytest.raises(InputError, match="'igbp' is not numeric") as error:
        _train(table, INSITU_SITE + ["igbp"])
    assert error.value.parameter == "PREDICTORS"
    as_text = table.astype({"soil_temperature_site": str})  # numbers stored as text are fine
    assert _train(as_text).summary["used_rows"] == 154
    negative = table.copy()
    negative.loc[5, "sr"] = -0.4
    with pytest.raises(InputError, match="1 negative value") as error:
        _train(negative)
    assert error.value.parameter == "TARGET" and "TSE" in str(error.value)
    in_umol = table.assign(sr=table["sr"] * 44.0095 / 12.011 * 1000 / 24)  # mg CO2 m-2 h-1
    with pytest.raises(InputError, match="above 50 g C m-2 d-1"):
        _train(in_umol)
    with pytest.raises(InputError, match="Target field 'flux'"):
        _train(table, target="flux")


def test_report_numbers_match_an_independent_recomputation(cosore_result, tmp_path):
    from sklearn.metrics import mean_squared_error, r2_score

    path = core_report.write_report(cosore_result, tmp_path / "report.html")
    html = pathlib.Path(path).read_text(encoding="utf-8")
    assert "synthetic-banner" not in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # nothing fetched from a network
    assert html.count("data:image/png;base64,") >= 6
    pooled = pd.read_html(html, attrs={"id": "metrics-pooled"})[0]
    preds = cosore_result.predictions
    for scheme_label, scheme in (("leave-one-location-out", "location"),
                                 ("random k-fold (optimistic)", "random")):
        row = pooled[pooled["CV scheme"] == scheme_label].iloc[0]
        part = preds[preds.scheme == scheme]
        days = cosore_table().set_index(["site", "period_start"])["n_days"]
        w = days.loc[list(zip(part.site, part.period_start.astype(str)))].to_numpy(float)
        assert row["R2 [1]"] == pytest.approx(
            r2_score(part.observed, part.predicted, sample_weight=w), abs=6e-4)
        assert row["RMSE [g C m-2 d-1]"] == pytest.approx(
            mean_squared_error(part.observed, part.predicted, sample_weight=w) ** 0.5, abs=6e-4)
        assert row["n [rows]"] == 154
    sites = pd.read_html(html, attrs={"id": "data-sites"})[0]
    assert list(sites["site"]) == ["FHK", "TSE"]
    assert list(sites["periods [rows]"]) == [53, 101]


def test_single_year_table_skips_leave_one_year_out_with_a_note():
    table = synthetic_table(n_sites=3, n_periods=30)  # 2005 only
    spec = core_model.ModelSpec("custom", "custom", ["lst_day", "soil_moisture"])
    result = core_model.train_models(table, [spec], hyperparameters={"n_estimators": 20},
                                     schemes=("site", "year", "oob"), seed=1)
    assert result.schemes == ["location", "oob"]  # the old id 'site' is read as 'location'
    assert any("single year" in note for note in result.notes)
    assert set(result.metrics["scheme"]) == {"location", "oob"}


# -- report figures fit for a paper ------------------------------------------------------------
GENERIC_ALTS = {"", "figure", "image", "plot", "chart", "graph", "img", "picture"}


def report_images(html):
    """(alt, PNG bytes) of every embedded figure of a report."""
    import base64

    images = re.findall(r"<img\b[^>]*>", html)
    found = []
    for tag in images:
        alt = re.search(r'\balt="([^"]*)"', tag)
        data = re.search(r"data:image/png;base64,([A-Za-z0-9+/=]+)", tag)
        assert data, tag[:200]
        found.append((alt.group(1) if alt else None, base64.b64decode(data.group(1))))
    return found


def assert_figures_fit_for_a_paper(html, expected_min):
    """Every figure: >= 200 dpi (pHYs), an alt text describing it, no two the same."""
    from soil_resp_plugin.core.figures import png_dpi

    images = report_images(html)
    assert len(images) >= expected_min
    alts = [alt for alt, _ in images]
    for alt, data in images:
        assert alt is not None
        assert alt.strip().lower() not in GENERIC_ALTS and len(alt) > 60, alt
        dpi = png_dpi(data)
        assert dpi is not None and min(dpi) >= 199.5, dpi
    assert len(set(alts)) == len(alts), "two figures share an alt text"


@pytest.fixture(scope="module")
def two_model_result():
    table = synthetic_table(n_sites=4, n_periods=30)
    specs = core_model.model_specs(table.columns, ("rs", "rs_insitu"))
    return core_model.train_models(table, specs, hyperparameters={"n_estimators": 20}, seed=1,
                                   schemes=("site",))


def test_report_figures_are_200_dpi_with_alt_texts(two_model_result):
    html = core_report.render(two_model_result)
    assert_figures_fit_for_a_paper(html, expected_min=7)
    alts = [alt for alt, _ in report_images(html)]
    assert any(alt.startswith("Time series of observed soil respiration") and "S0" in alt
               for alt in alts)
    assert any("Partial dependence plots of remote sensing + in-situ" in alt for alt in alts)


def test_site_panels_share_the_date_axis(two_model_result):
    figure, alt = core_report.time_series_figure(two_model_result, "location")
    limits = {tuple(axis.get_xlim()) for axis in figure.axes}
    assert len(figure.axes) == 4 and len(limits) == 1
    dates = pd.to_datetime(two_model_result.predictions["period_start"])
    import matplotlib.dates as mdates

    low, high = limits.pop()
    assert mdates.num2date(low).date() < dates.min().date()
    assert mdates.num2date(high).date() > dates.max().date()
    assert "same dates" in alt


def test_partial_dependence_on_one_y_scale_for_every_model(two_model_result):
    shared = core_report.partial_dependence_limits(two_model_result.models)
    limits = set()
    for m in two_model_result.models:
        figure, alt = core_report.partial_dependence_figure(m, shared)
        assert len(figure.axes) == len(m.partial_dependence) > 1
        limits |= {tuple(np.round(axis.get_ylim(), 9)) for axis in figure.axes}
        lows = [min(c["average"]) for c in m.partial_dependence]
        highs = [max(c["average"]) for c in m.partial_dependence]
        assert shared[0] <= min(lows) and shared[1] >= max(highs)  # no curve is cut off
        assert "same y-scale" in alt
    assert limits == {tuple(np.round(shared, 9))}


def test_units_on_figures_have_superscripts(two_model_result):
    from soil_resp_plugin.core.figures import unit

    assert unit("g C m-2 d-1") == r"g C m$^{-2}$ d$^{-1}$"
    assert unit("(g C m-2 d-1)2") == r"(g C m$^{-2}$ d$^{-1}$)$^{2}$"
    assert unit("m3 m-3") == r"m$^{3}$ m$^{-3}$"
    assert unit("kg C m-2 8d-1") == r"kg C m$^{-2}$ (8 d)$^{-1}$"
    assert unit("degC") == "°C" and unit("K") == "K" and unit("1") == "1"
    figure, _ = core_report.scatter_figure(two_model_result, "location")
    labels = [axis.get_xlabel() for axis in figure.axes] + [figure.axes[0].get_ylabel()]
    assert all(r"m$^{-2}$ d$^{-1}$" in label for label in labels), labels
    assert all("m-2" not in label for label in labels)
    # readable: no text under 8 pt
    from matplotlib.text import Text

    sizes = [t.get_fontsize() for t in figure.findobj(Text) if t.get_text().strip()]
    assert min(sizes) >= 8
