#!/usr/bin/env python3
"""Build the graphical-modeler chains shipped in ``resources/models/``. Run with QGIS's Python:

- ``sr_training_chain.model3`` (``soilresp:trainingchain``): import observations -> extract
  predictors -> train models;
- ``sr_full_chain.model3`` (``soilresp:fullchain``): the whole chain, observations -> training
  table -> models -> 8-day maps -> monthly/annual totals -> intercomparison with another
  product and the sites.

The provider registers both in the toolbox (group "Workflows"). The models are generated rather
than drawn so that they stay in step with parameter names; the test suite runs the committed
files (tests/test_graphical_model.py).
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
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)
from qgis.core import (  # noqa: E402
    QgsProcessingModelChildParameterSource as Source,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402

MODELS = ROOT / "resources" / "models"
GROUP = "0. Complete workflows"  # the provider shows the shipped models in this group
# ids in the toolbox: soil_resp_plugin/provider.py SHIPPED_MODELS (file -> name after "soilresp:")


def child(model, algorithm_id, child_id, description, x, sources, outputs=(), y=200,
          depends=()):
    algorithm = QgsProcessingModelChildAlgorithm(algorithm_id)
    algorithm.setChildId(child_id)
    algorithm.setDescription(description)
    algorithm.setPosition(QPointF(x, y))
    for name, source in sources.items():
        algorithm.addParameterSources(name, [source])
    model_outputs = {}
    for name, label in outputs:
        output = QgsProcessingModelOutput(label)
        output.setChildId(child_id)
        output.setChildOutputName(name)
        model_outputs[label] = output
    algorithm.setModelOutputs(model_outputs)
    if depends:
        algorithm.setDependencies(list(depends))
    model.addChildAlgorithm(algorithm)


def add_inputs(model, inputs):
    for parameter, x in inputs:
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(x, 60))
        model.addModelParameter(parameter, component)


def common_inputs():
    return [
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


def training_steps(model, outputs_of_train):
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
    }, outputs=outputs_of_train)


def build_training_chain():
    model = QgsProcessingModelAlgorithm(
        "Train soil respiration models from COSORE folders", GROUP, "soilresp")
    model.setHelpContent({
        "ALG_DESC": "Imports COSORE chamber folders, extracts MODIS and in-situ predictors at "
        "the sites for every 8-day period and trains the remote-sensing and remote-sensing + "
        "in-situ random forests with leave-one-location-out validation (sites within 1 km or "
        "sharing an id held out together); the report shows the import's quality control."
    })
    add_inputs(model, common_inputs())
    training_steps(model, [("OUTPUT_FOLDER", "models"), ("REPORT", "report"),
                           ("MODEL_RS", "remote sensing model"),
                           ("MODEL_RS_INSITU", "remote sensing + in-situ model")])
    return model


def build_full_chain():
    model = QgsProcessingModelAlgorithm(
        "Whole chain: observations to maps, totals and intercomparison", GROUP, "soilresp")
    model.setHelpContent({
        "ALG_DESC": "The whole chain in one run: imports COSORE chamber folders, extracts the "
        "predictors at the sites for every 8-day period, trains the remote-sensing and "
        "remote-sensing + in-situ random forests (leave-one-location-out validation, report), "
        "maps soil respiration with the remote-sensing + in-situ model for every 8-day period "
        "from the first to the last day (with the trees' standard deviation and the area of "
        "applicability), sums the maps to monthly and annual totals and compares them with "
        "another product (netCDF or GeoTIFF, unit and variable from its metadata) and with the "
        "observations at the sites.",
        "first_day": "First day to map (its 8-day period is the first map); empty: the "
        "predictors' first period.",
        "last_day": "Last day to map (its 8-day period is the last map); empty: the "
        "predictors' last period. Complete calendar years give annual totals.",
        "other_product": "Soil respiration product to compare with, e.g. a global 0.5 degree "
        "monthly netCDF; its unit and variable come from its metadata.",
    })
    add_inputs(model, common_inputs() + [
        (QgsProcessingParameterDateTime("first_day", "First day to map",
                                        QgsProcessingParameterDateTime.Date, optional=True),
         700),
        (QgsProcessingParameterDateTime("last_day", "Last day to map",
                                        QgsProcessingParameterDateTime.Date, optional=True),
         850),
        (QgsProcessingParameterFile("other_product", "Other SR product to compare with "
                                    "(netCDF or GeoTIFF)", QgsProcessingParameterFile.File,
                                    fileFilter="netCDF or GeoTIFF (*.nc *.nc4 *.tif *.tiff)"),
         1000),
    ])
    training_steps(model, [("OUTPUT_FOLDER", "models"), ("REPORT", "training report")])
    child(model, "soilresp:upscale", "upscale", "Upscale to 8-day maps", 700, {
        "MODEL": Source.fromChildOutput("train", "MODEL_RS_INSITU"),
        "PREDICTORS": Source.fromModelParameter("predictors"),
        "START_DATE": Source.fromModelParameter("first_day"),
        "END_DATE": Source.fromModelParameter("last_day"),
        "UNCERTAINTY": Source.fromStaticValue(True),
        "AOA": Source.fromStaticValue(1),
    }, outputs=[("OUTPUT_FOLDER", "maps")])
    child(model, "soilresp:aggregatetime", "totals", "Monthly and annual totals", 900, {
        "INPUT": Source.fromChildOutput("upscale", "OUTPUT"),
    }, outputs=[("OUTPUT_FOLDER", "totals"), ("OUTPUT_TABLE", "totals table")], y=120)
    child(model, "soilresp:compareproducts", "compare", "Compare with the product and the sites",
          900, {
              "OUR_MAPS": Source.fromChildOutput("upscale", "OUTPUT"),
              "OTHER_PRODUCT": Source.fromModelParameter("other_product"),
              "OBSERVATIONS": Source.fromChildOutput("import", "OUTPUT"),
          }, outputs=[("STATISTICS", "comparison statistics"),
                      ("DIFFERENCE", "difference other - ours"),
                      ("REPORT", "comparison report")], y=300)
    return model


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from soil_resp_plugin.provider import SoilRespProvider

    QgsApplication.processingRegistry().addProvider(SoilRespProvider())
    for name, model in (("sr_training_chain.model3", build_training_chain()),
                        ("sr_full_chain.model3", build_full_chain())):
        path = MODELS / name
        if not model.toFile(str(path)):
            raise SystemExit(f"could not write {path}")
        print(path)


if __name__ == "__main__":
    main()
