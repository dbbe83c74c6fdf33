"""Processing provider ``soilresp``. Algorithms are discovered from ``algorithms/`` (one per
file), so adding an algorithm never touches this file."""
import importlib
import pkgutil

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import tr
from .resources import resource_path

ICON_PATH = str(resource_path("icon.svg"))


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
