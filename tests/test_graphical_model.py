"""The shipped graphical-modeler chains (.model3): import -> extraction -> training, and the
whole chain (observations -> training table -> models -> maps -> totals -> intercomparison),
both registered in the toolbox as soilresp:trainingchain / soilresp:fullchain."""
import csv
import json
import os

import numpy as np
import pytest
from conftest import ROOT
from safety import assert_folder_unchanged, snapshot

MODELS = ROOT / "resources" / "models"
MODEL = MODELS / "sr_training_chain.model3"
FULL_CHAIN = MODELS / "sr_full_chain.model3"
#: January and February 2005: 8 periods keep the whole chain to seconds
FIRST, LAST = "2005-01-01", "2005-02-28"
PERIODS = ["2005001", "2005009", "2005017", "2005025", "2005033", "2005041", "2005049",
           "2005057"]


def full_chain_parameters(demo_dir, out):
    return {
        "observations": str(demo_dir / "observations"),
        "predictors": str(demo_dir),
        "cosore_timestamps": 1,
        "n_trees": 40,
        "first_day": FIRST,
        "last_day": LAST,
        "other_product": str(demo_dir / "global_product" / "synthetic_global_rs_monthly_0p5deg.nc"),
        "extract:training table": str(out / "training.gpkg"),
        "train:models": str(out / "models"),
        "train:training report": str(out / "report.html"),
        "upscale:maps": str(out / "maps"),
        "totals:totals": str(out / "totals"),
        "totals:totals table": str(out / "totals.gpkg"),
        "compare:comparison statistics": str(out / "statistics.gpkg"),
        "compare:difference other - ours": str(out / "difference.tif"),
        "compare:comparison report": str(out / "comparison.html"),
    }


def check_full_chain_outputs(out, demo_dir):
    """Everything the whole chain promises, with known answers from the demo's truth."""
    import rasterio

    assert {p.name for p in (out / "models").glob("*.joblib")} == {"sr_rs.joblib",
                                                                    "sr_rs_insitu.joblib"}
    assert "leave-one-location-out" in (out / "report.html").read_text()
    maps = sorted(p.name for p in (out / "maps").glob("sr_???????.tif"))
    assert maps == [f"sr_{label}.tif" for label in PERIODS]
    for prefix in ("sr_sd", "aoa", "di"):  # uncertainty and applicability are on
        assert len(list((out / "maps").glob(f"{prefix}_???????.tif"))) == len(PERIODS)
    # the mapped model is the remote-sensing + in-situ one, close to the synthetic truth
    errors = []
    for label in PERIODS:
        with rasterio.open(out / "maps" / f"sr_{label}.tif") as ours, rasterio.open(
                demo_dir / "truth" / f"sr_true_doy{label}.tif") as truth:
            a, b = ours.read(1), truth.read(1)
        ok = (a != ours.nodata) & (b != -9999)
        assert ok.sum() > 5000
        errors.append(a[ok] - b[ok])
    rmse = float(np.sqrt(np.mean(np.concatenate(errors) ** 2)))
    assert rmse < 0.5, rmse  # g C m-2 d-1; winter SR is ~0.4-1.4
    with open(out / "totals" / "monthly_totals.csv", newline="") as handle:
        months = {(r["year"], r["month"]): float(r["total_TgC"]) for r in csv.DictReader(handle)}
    assert set(months) == {("2005", "1"), ("2005", "2")}
    assert all(10 < total < 60 for total in months.values())  # Tg C per month over Japan
    comparison = (out / "comparison.html").read_text()
    assert "synthetic_global_rs_monthly_0p5deg.nc" in comparison
    assert (out / "difference.tif").exists() and (out / "statistics.gpkg").exists()


def test_model3_chain_trains_both_models_on_the_demo(soilresp_provider, demo_dir, tmp_path):
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsVectorLayer,
    )

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    ok, message = model.checkParameterValues({}, QgsProcessingContext())
    assert not ok  # inputs are required
    outputs = {p.name() for p in model.destinationParameterDefinitions()}
    assert {"train:models", "train:report", "extract:training table"} <= outputs

    results = processing.run(model, {
        "observations": str(demo_dir / "observations"),
        "predictors": str(demo_dir),
        "cosore_timestamps": 1,
        "n_trees": 40,
        "extract:training table": str(tmp_path / "training.gpkg"),
        "train:models": str(tmp_path / "models"),
        "train:report": str(tmp_path / "report.html"),
    }, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())

    table = QgsVectorLayer(results["extract:training table"], "training", "ogr")
    assert table.isValid() and table.featureCount() > 400
    assert "truth" not in " ".join(table.fields().names())  # truth/ never becomes a predictor
    sidecars = {p.name: json.loads(p.read_text()) for p in (tmp_path / "models").glob("*.json")}
    assert set(sidecars) == {"sr_rs.joblib.json", "sr_rs_insitu.joblib.json"}
    for sidecar in sidecars.values():
        assert sidecar["hyperparameters"]["n_estimators"] == 40
    report = (tmp_path / "report.html").read_text()
    assert "leave-one-location-out" in report
    # the chain hands the import's QC table to training: QC provenance per site in the report
    assert 'id="qc-sites"' in report and 'id="qc-unknown"' not in report
    for sidecar in sidecars.values():
        assert sidecar["qc_provenance"]["known"] is True
        assert len(sidecar["qc_provenance"]["sites"]) == 8


def test_shipped_models_are_in_the_toolbox(soilresp_provider):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for algorithm_id, path in (("soilresp:trainingchain", MODEL),
                               ("soilresp:fullchain", FULL_CHAIN)):
        algorithm = registry.algorithmById(algorithm_id)
        assert algorithm is not None, algorithm_id
        assert algorithm.provider().id() == "soilresp"
        assert algorithm.group() == "0. Complete workflows"  # first group: sorted by name
        assert algorithm.displayName() != algorithm.name()  # the model's own, readable name
        assert algorithm.canExecute()[0]
        instance = algorithm.create()  # what the toolbox runs: same id, same model
        assert instance.id() == algorithm_id
        assert os.path.realpath(instance.sourceFilePath()) == os.path.realpath(path)
    full = registry.algorithmById("soilresp:fullchain")
    children = {c.algorithmId() for c in full.childAlgorithms().values()}
    assert children == {"soilresp:importobservations", "soilresp:extracttrainingdata",
                        "soilresp:trainmodel", "soilresp:upscale", "soilresp:aggregatetime",
                        "soilresp:compareproducts"}


@pytest.fixture(scope="module")
def inputs_before(demo_dir):
    return snapshot(demo_dir)


def test_full_chain_runs_from_the_toolbox(soilresp_provider, demo_dir, tmp_path, inputs_before):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    results = processing.run("soilresp:fullchain", full_chain_parameters(demo_dir, tmp_path),
                             context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
    assert results["upscale:maps"] == str(tmp_path / "maps")
    check_full_chain_outputs(tmp_path, demo_dir)
    assert_folder_unchanged(demo_dir, inputs_before)


def test_full_chain_runs_from_qgis_process_by_id(qgis_process, demo_dir, tmp_path,
                                                 inputs_before):
    result = qgis_process.run("soilresp:fullchain", **full_chain_parameters(demo_dir, tmp_path))
    assert result["results"]["compare:comparison report"] == str(tmp_path / "comparison.html")
    check_full_chain_outputs(tmp_path, demo_dir)
    assert_folder_unchanged(demo_dir, inputs_before)


def test_full_chain_without_inputs_names_them(qgis_process, tmp_path):
    done = qgis_process.run("soilresp:fullchain", check=False, **{
        "upscale:maps": str(tmp_path / "maps")})
    assert done.returncode != 0
    text = done.stdout + done.stderr
    assert "observations" in text and "other_product" in text
    assert not (tmp_path / "maps").exists()
