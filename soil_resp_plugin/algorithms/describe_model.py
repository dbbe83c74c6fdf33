"""Processing algorithm ``soilresp:describemodel``: check a saved model and show its sidecar."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
)

from .base import SoilRespAlgorithm


class DescribeModelAlgorithm(SoilRespAlgorithm):
    ALGORITHM_ID = "describemodel"
    DISPLAY_NAME = "Describe soil respiration model"
    GROUP = "Modelling"
    GROUP_ID = "modelling"
    REQUIRES = ("numpy", "pandas", "sklearn", "joblib")
    HELP = (
        "Loads a model file written by soilresp:trainmodel the way upscaling will (checking "
        "its .json sidecar, SHA-256 and the scikit-learn version) and prints what it needs and "
        "how well it validated: predictors in order with units and the map (catalog variable) "
        "each is upscaled with, training sites, period and region, hyperparameters, "
        "cross-validation metrics, area-of-applicability threshold and library versions. "
        "A model file is a pickle: loading it runs code, so open only models you trust."
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            "MODEL", self.tr("Model file"), extension="joblib"))
        for name, label in (("PREDICTORS", "Predictors (comma-separated, in order)"),
                            ("CATALOG_VARIABLES", "Catalog variables (comma-separated)"),
                            ("SKLEARN_VERSION", "scikit-learn version"),
                            ("SUMMARY", "Summary")):
            self.addOutput(QgsProcessingOutputString(name, self.tr(label)))
        for name, label in (("LOSO_R2", "Leave-one-site-out R2"),
                            ("LOSO_RMSE", "Leave-one-site-out RMSE (g C m-2 d-1)"),
                            ("AOA_THRESHOLD", "Area-of-applicability DI threshold")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def execute(self, parameters, context, reporter):
        from ..core.model import ModelBundle

        path = self.parameterAsFile(parameters, "MODEL", context)
        bundle = ModelBundle.load(path, reporter=reporter)
        lines = bundle.summary()
        for line in lines:
            reporter.log(line)
        if bundle.synthetic:
            reporter.warn("This model was trained on SYNTHETIC demo data.")
        loso = bundle.metadata.get("cv", {}).get("pooled", {}).get("site", {})
        return {
            "PREDICTORS": ",".join(bundle.predictors),
            "CATALOG_VARIABLES": ",".join(bundle.catalog_variables),
            "SKLEARN_VERSION": bundle.metadata["versions"]["sklearn"],
            "SUMMARY": "\n".join(lines),
            "LOSO_R2": loso.get("r2"),
            "LOSO_RMSE": loso.get("rmse"),
            "AOA_THRESHOLD": bundle.aoa.threshold if bundle.aoa is not None else None,
        }
