#!/usr/bin/env python3
"""Build ``resources/models/sr_training_chain.model3``: a graphical-modeler chain of
import observations -> extract predictors -> train models. Run with QGIS's Python.

The model is generated rather than drawn so that it stays in step with parameter names; the
test suite runs the committed file.
"""
import os
import pathlib
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)
from qgis.core import (  # noqa: E402
    QgsProcessingModelChildParameterSource as Source,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402


def child(model, algorithm_id, child_id, description, x, sources, outputs=()):
    algorithm = QgsProcessingModelChildAlgorithm(algorithm_id)
    algorithm.setChildId(child_id)
    algorithm.setDescription(description)
    algorithm.setPosition(QPointF(x, 200))
    for name, source in sources.items():
        algorithm.addParameterSources(name, [source])
    model_outputs = {}
    for name, label in outputs:
        output = QgsProcessingModelOutput(label)
        output.setChildId(child_id)
        output.setChildOutputName(name)
        model_outputs[label] = output
    algorithm.setModelOutputs(model_outputs)
    model.addChildAlgorithm(algorithm)


def build():
    model = QgsProcessingModelAlgorithm(
        "Train soil respiration models from COSORE folders", "Soil respiration", "soilresp"
    )
    model.setHelpContent({
        "ALG_DESC": "Imports COSORE chamber folders, extracts MODIS and in-situ predictors at "
        "the sites for every 8-day period and trains the remote-sensing and remote-sensing + "
        "in-situ random forests with leave-one-location-out validation (sites within 1 km or "
        "sharing an id held out together); the report shows the import's quality control."
    })
    inputs = [
        (QgsProcessingParameterFile("observations", "COSORE dataset folder(s)",
                                    QgsProcessingParameterFile.Folder), 100),
        (QgsProcessingParameterFile("predictors", "Predictor folder (scanned recursively)",
                                    QgsProcessingParameterFile.Folder), 250),
        (QgsProcessingParameterEnum("cosore_timestamps", "COSORE data.csv timestamps are in",
                                    ["UTC (COSORE releases)", "the site's local time"],
                                    defaultValue=0), 400),
        (QgsProcessingParameterNumber("n_trees", "Number of trees",
                                      QgsProcessingParameterNumber.Integer, 500, False, 10), 550),
    ]
    for parameter, x in inputs:
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(x, 60))
        model.addModelParameter(parameter, component)
    child(model, "soilresp:importobservations", "import", "Import observations", 100, {
        "INPUT": Source.fromModelParameter("observations"),
        "COSORE_TIMESTAMPS": Source.fromModelParameter("cosore_timestamps"),
        "OUTPUT": Source.fromStaticValue("TEMPORARY_OUTPUT"),
        "QC_TABLE": Source.fromStaticValue("TEMPORARY_OUTPUT"),
    })
    child(model, "soilresp:extracttrainingdata", "extract", "Extract predictors at sites", 300, {
        "OBSERVATIONS": Source.fromChildOutput("import", "OUTPUT"),
        "PREDICTORS": Source.fromModelParameter("predictors"),
        "OUTPUT": Source.fromStaticValue("TEMPORARY_OUTPUT"),
    }, outputs=[("OUTPUT", "training table")])
    child(model, "soilresp:trainmodel", "train", "Train soil respiration models", 500, {
        "INPUT": Source.fromChildOutput("extract", "OUTPUT"),
        "N_TREES": Source.fromModelParameter("n_trees"),
        # QC provenance in the report and the sidecars
        "QC_TABLE": Source.fromChildOutput("import", "QC_TABLE"),
    }, outputs=[("OUTPUT_FOLDER", "models"), ("REPORT", "report"),
                ("MODEL_RS", "remote sensing model"),
                ("MODEL_RS_INSITU", "remote sensing + in-situ model")])
    return model


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from soil_resp_plugin.provider import SoilRespProvider

    QgsApplication.processingRegistry().addProvider(SoilRespProvider())
    model = build()
    path = ROOT / "resources" / "models" / "sr_training_chain.model3"
    if not model.toFile(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


if __name__ == "__main__":
    main()
