"""Shared base for the plugin's Processing algorithms.

Subclasses declare ``ALGORITHM_ID``, ``DISPLAY_NAME``, ``GROUP``/``GROUP_ID``, ``HELP`` and
``REQUIRES``, implement ``initAlgorithm`` and ``execute``; this class turns core
:class:`InputError` into a ``QgsProcessingException`` and checks dependencies.
"""
from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from .. import dependencies
from ..core.errors import Cancelled, InputError
from ..core.reporting import Reporter
from ..i18n import tr
from ..provider import ICON_PATH


class FeedbackReporter(Reporter):
    """Adapts ``QgsProcessingFeedback`` to the core's reporter interface."""

    def __init__(self, feedback):
        self.feedback = feedback

    def log(self, message):
        if self.feedback is not None:
            self.feedback.pushInfo(message)

    def warn(self, message):
        if self.feedback is not None:
            self.feedback.pushWarning(message)

    def progress(self, fraction):
        if self.feedback is not None:
            self.feedback.setProgress(100.0 * max(0.0, min(1.0, fraction)))

    def is_cancelled(self):
        return self.feedback is not None and self.feedback.isCanceled()


class SoilRespAlgorithm(QgsProcessingAlgorithm):
    ALGORITHM_ID = None
    DISPLAY_NAME = ""
    GROUP = "Data"
    GROUP_ID = "data"
    HELP = ""
    REQUIRES = ("numpy", "pandas", "sklearn", "rasterio", "joblib")

    def tr(self, text):
        return tr(text)

    def name(self):
        return self.ALGORITHM_ID

    def displayName(self):  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP)

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self):  # noqa: N802
        return self.tr(self.HELP)

    def icon(self):
        return QIcon(ICON_PATH)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def canExecute(self):  # noqa: N802
        missing = dependencies.missing(self.REQUIRES)
        if missing:
            return False, dependencies.install_instructions(missing)
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        warning = dependencies.gdal_mismatch_warning()
        if warning and feedback is not None:
            feedback.pushWarning(warning)
        reporter = FeedbackReporter(feedback)
        try:
            return self.execute(parameters, context, reporter)
        except InputError as error:
            raise QgsProcessingException(str(error)) from None
        except Cancelled:
            raise QgsProcessingException(
                self.tr("Cancelled: no output was finalised; outputs from earlier runs are untouched.")
            ) from None
        finally:
            if dependencies.is_available("rasterio"):
                from ..core.catalog import close_datasets

                close_datasets()  # this worker thread's cached GDAL handles

    def execute(self, parameters, context, reporter):
        """The algorithm's work. (Not ``run``: that is QgsProcessingAlgorithm.run, which
        processing.run and the batch dialog call.)"""
        raise NotImplementedError
