"""soilresp:trainmodel and soilresp:describemodel through the real QGIS: qgis_process on the
real COSORE table (numbers recomputed independently), an in-process run on the demo region,
bad input and tampered model files."""
import html as html_module
import json
import pathlib

import numpy as np
import pandas as pd
import pytest
from test_model import COSORE_TABLE, INSITU_SITE, demo_training_table


def _metrics(path):
    return pd.read_csv(path)


@pytest.fixture(scope="module")
def cosore_run(qgis_process, tmp_path_factory):
    out = tmp_path_factory.mktemp("cosore_models")
    result = qgis_process.run(
        "soilresp:trainmodel", INPUT=COSORE_TABLE, MODELS=3,
        PREDICTORS=";".join(INSITU_SITE), N_TREES=80, SEED=11,
        OUTPUT_FOLDER=out / "models", REPORT=out / "report.html",
        CV_PREDICTIONS=out / "cv.gpkg", METRICS=out / "metrics.csv")
    return out, result


def test_cosore_models_metrics_and_report_match_plain_sklearn(cosore_run):
    from sklearn.ensemble import RandomForestRegressor
    from sklearn.metrics import r2_score

    out, result = cosore_run
    results = result["results"]
    model_path = pathlib.Path(results["MODEL_CUSTOM"])
    assert model_path == out / "models" / "sr_custom.joblib" and model_path.exists()
    assert pathlib.Path(str(model_path) + ".json").exists()
    metrics = _metrics(out / "metrics.csv")
    # the default scheme is now leave-one-location-out (id 'location'); TSE and FHK are
    # 900 km apart, so each is its own location and the folds are those of leave-one-site-out
    metrics = metrics[metrics.model == "custom"]
    loso = metrics[(metrics.scheme == "location")].set_index(["group", "group_value"])
    print("\nCOSORE (real) in-situ model via qgis_process, leave-one-location-out:")
    print(loso[["n", "r2", "rmse", "mae", "bias", "slope"]].round(3).to_string())

    table = pd.read_csv(COSORE_TABLE)
    for held_out, other in (("FHK", "TSE"), ("TSE", "FHK")):
        forest = RandomForestRegressor(n_estimators=80, max_features=1 / 3, min_samples_leaf=5,
                                       random_state=11)
        train, test = table[table.site == other], table[table.site == held_out]
        # rows weigh their days of observation (n_days) in the fit and in the metrics
        forest.fit(train[INSITU_SITE].to_numpy(), train["sr"].to_numpy(),
                   sample_weight=train["n_days"].to_numpy(float))
        r2 = r2_score(test["sr"], forest.predict(test[INSITU_SITE].to_numpy()),
                      sample_weight=test["n_days"])
        assert loso.loc[("site", held_out), "r2"] == pytest.approx(r2, abs=1e-9)

    html = (out / "report.html").read_text(encoding="utf-8")
    pooled = pd.read_html(html, attrs={"id": "metrics-pooled"})[0]
    shown = pooled[pooled["CV scheme"] == "leave-one-location-out"].iloc[0]
    assert shown["R2 [1]"] == pytest.approx(loso.loc[("pooled", "all"), "r2"], abs=6e-4)
    assert shown[
        "RMSE [g C m-2 d-1]"] == pytest.approx(loso.loc[("pooled", "all"), "rmse"], abs=6e-4)
    assert "random k-fold (optimistic)" in list(pooled["CV scheme"])
    assert "synthetic-banner" not in html


def test_cv_predictions_layer_has_every_held_out_row(cosore_run):
    from qgis.core import QgsVectorLayer

    out, _ = cosore_run
    layer = QgsVectorLayer(str(out / "cv.gpkg"), "cv", "ogr")
    assert layer.isValid()
    # rows x (LOLO, LOYO, random k-fold, OOB) of the model, and rows x 4 baselines (mean, day
    # of year, Q10, Lloyd-Taylor) x the 3 schemes with folds (out-of-bag has none)
    assert layer.featureCount() == 154 * 4 + 154 * 4 * 3
    names = [f.name() for f in layer.fields()]
    for column in ("site", "location", "period_start", "observed", "predicted", "weight",
                   "model", "scheme"):
        assert column in names
    feature = next(layer.getFeatures())
    point = feature.geometry().asPoint()
    assert (round(point.x(), 3), round(point.y(), 3)) in {(142.107, 45.056), (138.765, 35.444)}


def test_bundle_loads_in_a_fresh_qgis_process(cosore_run, qgis_process):
    out, _ = cosore_run
    model = out / "models" / "sr_custom.joblib"
    described = qgis_process.run("soilresp:describemodel", MODEL=model)["results"]
    sidecar = json.loads(pathlib.Path(str(model) + ".json").read_text())
    assert described["PREDICTORS"] == ",".join(INSITU_SITE)
    assert described["CATALOG_VARIABLES"] == "soil_temperature,soil_moisture,doy_sin,doy_cos"
    assert described["LOSO_R2"] == pytest.approx(sidecar["cv"]["pooled"]["site"]["r2"])
    # read from 'location' (leave-one-location-out); LOSO_* are the old ids of the same values
    assert described["LOLO_R2"] == pytest.approx(sidecar["cv"]["pooled"]["location"]["r2"])
    assert described["LOLO_RMSE"] == described["LOSO_RMSE"] == pytest.approx(
        sidecar["cv"]["pooled"]["location"]["rmse"])
    assert described["AOA_THRESHOLD"] == pytest.approx(sidecar["aoa"]["threshold"])
    assert "Teshio" not in described["SUMMARY"] and "FHK, TSE" in described["SUMMARY"]


def test_tampered_or_foreign_version_models_are_refused(cosore_run, qgis_process, tmp_path):
    import shutil

    out, _ = cosore_run
    for name in ("sr_custom.joblib", "sr_custom.joblib.json"):
        shutil.copy(out / "models" / name, tmp_path / name)
    model = tmp_path / "sr_custom.joblib"
    sidecar_path = tmp_path / "sr_custom.joblib.json"
    sidecar = json.loads(sidecar_path.read_text())
    # a bundle written before leave-one-location-out has only cv.pooled.site
    old = json.loads(sidecar_path.read_text())
    expected = old["cv"]["pooled"].pop("location")
    old["cv"]["pooled"]["site"] = dict(expected, r2=0.25)
    sidecar_path.write_text(json.dumps(old))
    described = qgis_process.run("soilresp:describemodel", MODEL=model)["results"]
    assert described["LOLO_R2"] == described["LOSO_R2"] == pytest.approx(0.25)
    sidecar["versions"]["sklearn"] = "1.5.0"
    sidecar_path.write_text(json.dumps(sidecar))
    done = qgis_process.run("soilresp:describemodel", check=False, MODEL=model)
    text = done.stdout + done.stderr
    assert done.returncode != 0
    assert "scikit-learn 1.5.0" in text and "Retrain" in text and str(model) in text
    sidecar_path.unlink()
    done = qgis_process.run("soilresp:describemodel", check=False, MODEL=model)
    assert done.returncode != 0 and "has no sidecar" in done.stdout + done.stderr


def test_one_site_table_fails_with_a_clear_message(qgis_process, tmp_path):
    table = pd.read_csv(COSORE_TABLE)
    one_site = tmp_path / "teshio.csv"
    table[table.site == "TSE"].to_csv(one_site, index=False)
    done = qgis_process.run("soilresp:trainmodel", check=False, INPUT=one_site, MODELS=3,
                            PREDICTORS=";".join(INSITU_SITE), N_TREES=10,
                            OUTPUT_FOLDER=tmp_path / "m", REPORT=tmp_path / "r.html")
    assert done.returncode != 0
    assert "at least 2 sites; the table has 1 (TSE)" in done.stdout + done.stderr
    assert not (tmp_path / "m" / "sr_custom.joblib").exists()


def _memory_layer(frame):
    """A point memory layer holding ``frame`` (numbers as doubles, the rest as text)."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("Point?crs=EPSG:4326", "training", "memory")
    provider = layer.dataProvider()
    numeric = [c for c in frame.columns if frame[c].dtype.kind in "fiu"]
    provider.addAttributes([QgsField(c, QVariant.Double if c in numeric else QVariant.String)
                            for c in frame.columns])
    layer.updateFields()
    features = []
    for row in frame.itertuples(index=False):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([None if (isinstance(v, float) and np.isnan(v)) else
                               (float(v) if c in numeric else str(v))
                               for c, v in zip(frame.columns, row)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.lon, row.lat)))
        features.append(feature)
    provider.addFeatures(features)
    return layer


def _run_in_process(algorithm_class, parameters):
    """Run an algorithm in this QGIS process through the C++ ``QgsProcessingAlgorithm.run``
    (what the Processing dialog and the modeler use). ``processing.run`` cannot be used here:
    it calls the Python attribute ``alg.run``, which our base class's ``run(parameters,
    context, reporter)`` hook shadows. The algorithm is not registered in a provider, so the
    registry stays as the plugin tests expect."""
    from qgis.core import QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingFeedback

    algorithm = algorithm_class().create()
    context = QgsProcessingContext()
    results, ok = QgsProcessingAlgorithm.run(algorithm, parameters, context,
                                             QgsProcessingFeedback())
    assert ok, results
    for key, value in list(results.items()):  # memory outputs live in the context
        if isinstance(value, str) and context.temporaryLayerStore().mapLayer(value):
            results[key] = context.temporaryLayerStore().mapLayer(value).clone()
    return results


def test_demo_region_both_models_through_processing(qgis_processing, demo_dir, tmp_path):
    from soil_resp_plugin.algorithms.train_model import TrainModelAlgorithm

    table = demo_training_table(demo_dir)
    layer = _memory_layer(table.drop(columns=["sr_true"]))
    result = _run_in_process(TrainModelAlgorithm, {
        "INPUT": layer, "MODELS": [0, 1], "SCHEMES": [0, 2], "N_TREES": 100, "SEED": 42,
        "OUTPUT_FOLDER": str(tmp_path / "models"), "REPORT": str(tmp_path / "report.html"),
        "CV_PREDICTIONS": "memory:", "METRICS": "memory:",
    })
    assert pathlib.Path(result["MODEL_RS"]).name == "sr_rs.joblib"
    assert pathlib.Path(result["MODEL_RS_INSITU"]).name == "sr_rs_insitu.joblib"
    metrics_layer = result["METRICS"]
    rows = [dict(zip(metrics_layer.fields().names(), f.attributes()))
            for f in metrics_layer.getFeatures()]
    metrics = pd.DataFrame(rows)
    pooled = metrics[metrics.group == "pooled"].set_index(["model", "scheme"])
    print("\nDemo region through the Processing framework (in process):")
    print(pooled[["n", "r2", "rmse", "bias"]].to_string())
    # SCHEMES=0 (leave-one-site-out before, leave-one-location-out now) keeps working
    assert pooled.loc[("rs_insitu", "location"), "rmse"] < pooled.loc[("rs", "location"), "rmse"]
    assert pooled.loc[("rs", "random"), "r2"] > pooled.loc[("rs", "location"), "r2"]
    # baselines under the same folds, and skill against them on the models' pooled rows
    assert {"baseline_mean", "baseline_doy", "baseline_q10", "baseline_lloyd_taylor"} <= set(
        metrics["model"])
    both = pooled.loc[("rs_insitu", "location")]
    base = pooled.loc[("baseline_doy", "location")]
    assert both["skill_doy"] == pytest.approx(1 - both["rmse"] ** 2 / base["rmse"] ** 2)
    # 8 demo sites > 5 locations: 90 % bootstrap intervals around the pooled value
    assert both["r2_lo"] <= both["r2"] <= both["r2_hi"]
    assert both["rmse_lo"] <= both["rmse"] <= both["rmse_hi"]
    sidecar = json.loads(pathlib.Path(result["MODEL_RS_INSITU"] + ".json").read_text())
    assert sidecar["synthetic"] is True
    assert sidecar["training"]["n_sites"] == 8
    assert sidecar["catalog_variables"][-2:] == ["soil_temperature", "soil_moisture"]
    html = pathlib.Path(result["REPORT"]).read_text(encoding="utf-8")
    assert 'id="synthetic-banner"' in html
    shown = pd.read_html(html, attrs={"id": "metrics-pooled"})[0]
    assert len(shown) == 4


# -- QC provenance of the observation import (issue 10, item 8) ------------------------------
COSORE = pathlib.Path(__file__).parent / "data" / "cosore"


@pytest.fixture(scope="module")
def imported(qgis_processing, tmp_path_factory):
    """The real COSORE subsets imported with their QC table (processing.run, in process).
    Fuji-Hokuroku has only NEE-labelled ports: listed in NEE_AS_RS."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    from soil_resp_plugin.provider import SoilRespProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("soilresp") is None:
        provider = SoilRespProvider()
        registry.addProvider(provider)
        imported.provider = provider  # keep the Python side alive
    out = tmp_path_factory.mktemp("qc_import")
    processing.run("soilresp:importobservations", {
        "INPUT": str(COSORE), "NEE_AS_RS": "d20200328_UEYAMA_HOKUROKU",
        "OUTPUT": str(out / "observations.gpkg"), "QC_TABLE": str(out / "qc.csv"),
    }, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
    return out


def _training_run(run_algorithm, observations, out, **extra):
    return run_algorithm("trainmodel", {
        "INPUT": str(observations), "MODELS": [3],
        "PREDICTORS": ["soil_temperature_site", "soil_moisture_site"], "SCHEMES": [0],
        "N_TREES": 30, "N_BOOT": 100, "SEED": 3, "OUTPUT_FOLDER": str(out / "models"),
        "REPORT": str(out / "report.html"), **extra})


def test_report_shows_the_qc_of_a_real_import(run_algorithm, imported, tmp_path):
    from safety import assert_unchanged, snapshot

    qc = pd.read_csv(imported / "qc.csv", dtype={"site": str, "chamber": str})
    observations = imported / "observations.gpkg"
    before = snapshot(imported, COSORE)
    _training_run(run_algorithm, observations, tmp_path, QC_TABLE=str(imported / "qc.csv"))
    assert_unchanged(before)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'id="qc-unknown"' not in html
    shown = pd.read_html(html, attrs={"id": "qc-sites"})[0].set_index("site")
    assert set(shown.index) == {"d20200328_UEYAMA_TESHIO", "d20200328_UEYAMA_HOKUROKU"}
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(observations), "obs", "ogr")
    periods = pd.Series([f["site"] for f in layer.getFeatures()]).value_counts()
    for site, rows in qc.groupby("site"):
        row = shown.loc[site]
        # independent sums over the QC table as the import wrote it
        assert row["records in [records]"] == rows.loc[rows.step == "input records",
                                                       "count"].sum()
        counted = rows[~rows.step.isin(["input records", "time zone", "ports"])]
        for step, part in counted.groupby("step"):
            unit = part["unit"].iloc[0]
            assert row[f"{step} [{unit}]"] == part["count"].sum(), (site, step)
        # the import's provenance rows are shown as text: time basis and ports per site
        for step in ("time zone", "ports"):
            detail = rows.loc[rows.step == step, "detail"].iloc[0]
            assert html_module.escape(detail, quote=False) in html, (site, step)
        last = rows[rows.unit == "records"].iloc[-1]  # 'negative flux', the last record step
        assert last.step == "negative flux"
        assert row["remaining [records]"] == last.remaining
        assert row["remaining [periods]"] == rows.loc[rows.step == "periods with too few days",
                                                      "remaining"].item() == periods[site]
        assert row["training rows [rows]"] == periods[site]
    # Teshio's one spike and one short period, Hokuroku's missing fluxes (real faults)
    assert shown.loc["d20200328_UEYAMA_TESHIO", "spikes [records]"] == 1
    assert shown.loc["d20200328_UEYAMA_HOKUROKU", "missing flux [records]"] > 0
    chambers = pd.read_html(html, attrs={"id": "qc-chambers"})[0]
    chambers["chamber"] = chambers["chamber"].astype(str)
    chambers = chambers.set_index(["site", "chamber"])
    per_chamber = qc[qc.chamber != "all"]
    assert len(chambers) == len(per_chamber.groupby(["site", "chamber"]))
    for (site, chamber, step), part in per_chamber.groupby(["site", "chamber", "step"]):
        unit = part["unit"].iloc[0]
        assert chambers.loc[(site, chamber), f"{step} [{unit}]"] == part["count"].sum()
    tests = pd.read_html(html, attrs={"id": "qc-tests"})[0].set_index("step")
    assert tests.loc["spikes", "setting / what was tested"].startswith("|flux - median| > 5 x")
    assert tests.loc["implausible Q10", "counted in"] == "records flagged, kept"
    # the import records the time basis and the ports (NEE_AS_RS) in the QC table
    assert "not recorded in this QC table" not in html
    assert "days in local time Etc/GMT-9" in html and "excluded 4 (NEE measurement" in html
    sidecar = json.loads((tmp_path / "models" / "sr_custom.joblib.json").read_text())
    recorded = sidecar["qc_provenance"]
    assert recorded["known"] is True and recorded["source"] == str(imported / "qc.csv")
    teshio = recorded["sites"]["d20200328_UEYAMA_TESHIO"]
    assert teshio["records in [records]"] == 3990 and teshio["spikes [records]"] == 1
    assert {t["step"] for t in recorded["tests"]} >= {"stuck flux", "diel phase", "level shift",
                                                       "implausible Q10"}


def test_report_without_qc_table_says_provenance_is_unknown(cosore_run):
    out, _ = cosore_run
    html = (out / "report.html").read_text(encoding="utf-8")
    assert 'id="qc-unknown"' in html and 'id="qc-sites"' not in html
    assert "QC provenance unknown: no quality-control table of the observation import" in html
    sidecar = json.loads((out / "models" / "sr_custom.joblib.json").read_text())
    assert sidecar["qc_provenance"]["known"] is False
    assert "QC_TABLE" in sidecar["qc_provenance"]["note"]


def test_a_table_that_is_not_a_qc_table_is_refused(run_algorithm, imported, tmp_path):
    from qgis.core import QgsProcessingException

    label = "'Quality-control table of the observation import' (QC_TABLE)"
    observations = imported / "observations.gpkg"
    # the observation table instead of its QC table
    with pytest.raises(QgsProcessingException) as caught:
        _training_run(run_algorithm, observations, tmp_path, QC_TABLE=str(observations))
    message = str(caught.value)
    assert label in message and "no column step, count, remaining" in message
    assert "QC_TABLE output of the import" in message
    # the QC table of another import: no site in common with the training table
    other = tmp_path / "other_qc.csv"
    qc = pd.read_csv(imported / "qc.csv", dtype=str)
    qc.assign(site="SOMEWHERE_ELSE").to_csv(other, index=False)
    with pytest.raises(QgsProcessingException) as caught:
        _training_run(run_algorithm, observations, tmp_path, QC_TABLE=str(other))
    message = str(caught.value)
    assert label in message and "describes the sites SOMEWHERE_ELSE, none of which" in message
    # a damaged count (of a counted step, not a provenance row)
    qc.loc[qc.index[qc["step"] == "spikes"][0], "count"] = "lots"
    qc.to_csv(other, index=False)
    with pytest.raises(QgsProcessingException) as caught:
        _training_run(run_algorithm, observations, tmp_path, QC_TABLE=str(other))
    assert label in str(caught.value) and "'lots'" in str(caught.value)
    assert not (tmp_path / "models" / "sr_custom.joblib").exists()
