"""soilresp:trainmodel and soilresp:describemodel through the real QGIS: qgis_process on the
real COSORE table (numbers recomputed independently), an in-process run on the demo region,
bad input and tampered model files."""
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
