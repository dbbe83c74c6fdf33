"""Processing provider ``soilresp``. Algorithms are discovered from ``algorithms/`` (one per
file), so adding an algorithm never touches this file."""
import importlib
import pkgutil

from qgis.core import QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import tr
from .resources import resource_path

ICON_PATH = str(resource_path("icon.svg"))

#: graphical-modeler chains shipped in resources/models (made by scripts/make_example_model.py):
#: file name -> algorithm name, so that qgis_process runs them as soilresp:<name>
SHIPPED_MODELS = {
    "sr_training_chain.model3": "trainingchain",
    "sr_full_chain.model3": "fullchain",
}


def shipped_model_names():
    """Translated toolbox names of the shipped models (the .model3 holds the English one)."""
    return {
        "trainingchain": tr("Train soil respiration models from COSORE folders"),
        "fullchain": tr("Whole chain: observations to maps, totals and intercomparison"),
    }


class ShippedModel(QgsProcessingModelAlgorithm):
    """A shipped .model3 under a stable id (soilresp:<name>), in the first toolbox group."""

    #: what the chains' steps need (the same as the algorithms')
    REQUIRES = ("numpy", "pandas", "sklearn", "rasterio", "joblib")

    def __init__(self, path, name):
        super().__init__()
        self._path = str(path)
        self._name = name
        self.loaded = self.fromFile(self._path)
        self.setSourceFilePath(self._path)
        self._file_name = super().name()

    def name(self):
        return self._name

    def displayName(self):  # noqa: N802
        return shipped_model_names().get(self._name, self._file_name)

    def group(self):
        return tr("0. Complete workflows")

    def groupId(self):  # noqa: N802
        return "workflows"

    def canExecute(self):  # noqa: N802
        from . import dependencies

        missing = dependencies.missing(self.REQUIRES)
        if missing:
            return False, dependencies.install_instructions(missing)
        return True, ""

    def createInstance(self):  # noqa: N802
        return ShippedModel(self._path, self._name)


def shipped_models():
    """The shipped models that load; a damaged file is logged and left out of the toolbox."""
    models = []
    for file_name, name in SHIPPED_MODELS.items():
        try:
            path = resource_path(f"models/{file_name}")
        except FileNotFoundError as error:
            QgsMessageLog.logMessage(str(error), "Soil respiration")
            continue
        model = ShippedModel(path, name)
        if model.loaded:
            models.append(model)
        else:
            QgsMessageLog.logMessage(f"Could not read the shipped model {path}",
                                     "Soil respiration")
    return models


def algorithm_classes():
    from . import algorithms
    from .algorithms.base import SoilRespAlgorithm

    classes = []
    for info in sorted(pkgutil.iter_modules(algorithms.__path__), key=lambda i: i.name):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{algorithms.__name__}.{info.name}")
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, SoilRespAlgorithm)
                and obj.__module__ == module.__name__
                and getattr(obj, "ALGORITHM_ID", None)
            ):
                classes.append(obj)
    return classes


class SoilRespProvider(QgsProcessingProvider):
    def id(self):
        return "soilresp"

    def name(self):
        return tr("Soil respiration")

    def longName(self):  # noqa: N802
        return tr("Soil respiration upscaling")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802
        return ICON_PATH

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        for model in shipped_models():
            self.addAlgorithm(model)
