"""The shipped graphical-modeler chain (.model3) runs import -> extraction -> training."""
import json

from conftest import ROOT

MODEL = ROOT / "resources" / "models" / "sr_training_chain.model3"


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
