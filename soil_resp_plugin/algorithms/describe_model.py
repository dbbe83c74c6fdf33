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
    GROUP_ID = "models"
    REQUIRES = ("numpy", "pandas", "sklearn", "joblib")
    HELP = (
        "Loads a model file written by soilresp:trainmodel the way upscaling will (checking "
        "its .json sidecar, SHA-256 and the scikit-learn version) and prints what it needs and "
        "how well it validated: predictors in order with units and the map (catalog variable) "
        "each is upscaled with, training sites, period and region, hyperparameters, "
        "cross-validation metrics (LOLO_R2, LOLO_RMSE: leave-one-location-out; LOSO_R2, "
        "LOSO_RMSE: the same values under the ids of earlier versions), area-of-applicability "
        "threshold and library versions. "
        "A model file is a pickle: loading it runs code, so open only models you trust."
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameterWithHelp(QgsProcessingParameterFile(
            "MODEL", self.tr("Model file"), extension="joblib"), self.tr(
            "A .joblib model written by 'Train soil respiration models', with its .json "
            "sidecar next to it. Loading a model runs code: open only models you trust."))
        for name, label in (("PREDICTORS", "Predictors (comma-separated, in order)"),
                            ("CATALOG_VARIABLES", "Catalog variables (comma-separated)"),
                            ("SKLEARN_VERSION", "scikit-learn version"),
                            ("SUMMARY", "Summary")):
            self.addOutput(QgsProcessingOutputString(name, self.tr(label)))
        # LOSO_* are the ids of earlier versions (leave-one-site-out), kept for scripts and
        # models; they give the same leave-one-location-out values as LOLO_*
        for name, label in (("LOLO_R2", "Leave-one-location-out R2"),
                            ("LOLO_RMSE", "Leave-one-location-out RMSE (g C m-2 d-1)"),
                            ("LOSO_R2", "Leave-one-location-out R2 (old id LOSO_R2)"),
                            ("LOSO_RMSE",
                             "Leave-one-location-out RMSE (g C m-2 d-1) (old id LOSO_RMSE)"),
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
        pooled = bundle.metadata.get("cv", {}).get("pooled", {})
        # 'location' since leave-one-location-out; bundles written before have only 'site'
        lolo = pooled.get("location") or pooled.get("site") or {}
        return {
            "PREDICTORS": ",".join(bundle.predictors),
            "CATALOG_VARIABLES": ",".join(bundle.catalog_variables),
            "SKLEARN_VERSION": bundle.metadata["versions"]["sklearn"],
            "SUMMARY": "\n".join(lines),
            "LOLO_R2": lolo.get("r2"),
            "LOLO_RMSE": lolo.get("rmse"),
            "LOSO_R2": lolo.get("r2"),
            "LOSO_RMSE": lolo.get("rmse"),
            "AOA_THRESHOLD": bundle.aoa.threshold if bundle.aoa is not None else None,
        }
