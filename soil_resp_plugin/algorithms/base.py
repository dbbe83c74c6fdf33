"""Shared base for the plugin's Processing algorithms.

Subclasses declare ``ALGORITHM_ID``, ``DISPLAY_NAME``, ``GROUP_ID``, ``HELP`` and
``REQUIRES``, implement ``initAlgorithm`` and ``execute``; this class checks dependencies and
parameter ranges, refuses outputs that would destroy inputs or earlier results (before any
work), turns core :class:`InputError` into a ``QgsProcessingException`` that names the
parameter by its label and id, and turns SIGTERM into a cancel so an interrupted run cleans up.
"""
import html
import os
import signal
import threading

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QIcon

from .. import dependencies
from ..compat import NumberType, ParameterFlag, SourceType
from ..core import output_safety
from ..core.errors import Cancelled, InputError
from ..core.reporting import Reporter
from ..i18n import tr
from ..provider import ICON_PATH
from .sources import file_of_source

OVERWRITE = "OVERWRITE"


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
    GROUP_ID = "observations"
    HELP = ""
    REQUIRES = ("numpy", "pandas", "sklearn", "rasterio", "joblib")

    def tr(self, text):
        return tr(text)

    def name(self):
        return self.ALGORITHM_ID

    def displayName(self):  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        """Toolbox groups are sorted by name: numbered so they follow the workflow."""
        return {
            "observations": self.tr("1. Observations and predictors"),
            "models": self.tr("2. Models"),
            "maps": self.tr("3. Maps and totals"),
            "intercomparison": self.tr("4. Intercomparison"),
            "demo": self.tr("5. Synthetic demo data"),
        }[self.GROUP_ID]

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self):  # noqa: N802
        """QGIS renders help as HTML: escape it (file patterns such as <variable>_doy<YYYYDDD>
        would vanish) and keep the paragraphs."""
        return html.escape(self.tr(self.HELP), quote=False).replace("\n", "<br>")

    def icon(self):
        return QIcon(ICON_PATH)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def canExecute(self):  # noqa: N802
        missing = dependencies.missing(self.REQUIRES)
        if missing:
            return False, dependencies.install_instructions(missing)
        return True, ""

    # ------------------------------------------------------------------ parameters
    def addParameterWithHelp(self, parameter, help_text):  # noqa: N802
        """Add a parameter with its help, shown as its tooltip in the dialog (QGIS 3.16+)."""
        parameter.setHelp(help_text)
        return self.addParameter(parameter)

    def addAdvancedParameters(self, parameters):  # noqa: N802
        """Add (parameter, help) pairs under the dialog's 'Advanced parameters'."""
        for parameter, help_text in parameters:
            parameter.setFlags(parameter.flags() | ParameterFlag.Advanced)
            self.addParameterWithHelp(parameter, help_text)

    def addOverwriteParameter(self):  # noqa: N802
        """The explicit switch for replacing earlier results (never inputs)."""
        self.addParameterWithHelp(QgsProcessingParameterBoolean(
            OVERWRITE, self.tr("Replace existing output files (never an input)"),
            defaultValue=False), self.tr(
            "Off by default: a run stops before any work when an output file already exists. "
            "Tick it to replace the results of an earlier run; input files are never "
            "replaced."))

    def describe_parameter(self, name):
        """How messages name a parameter: the label users see in the dialog and its id."""
        definition = self.parameterDefinition(name) if name else None
        if definition is None:
            return name or ""
        return f"'{definition.description()}' ({name})"

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            return ok, message
        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if not definition.checkValueIsAcceptable(value, context):
                return False, self.invalid_value_message(definition, value)
        return ok, message

    def invalid_value_message(self, definition, value):
        """A message for a value Processing refuses: the parameter's label, id and range."""
        name = self.describe_parameter(definition.name())
        if isinstance(definition, QgsProcessingParameterNumber):
            whole = definition.dataType() == NumberType.Integer
            low, high = definition.minimum(), definition.maximum()
            low, high = (int(low), int(high)) if whole else (low, high)
            has_low, has_high = low > -1e300, high < 1e300
            if has_low and has_high:
                text = self.tr("{name}: {value} is not allowed; give a value from {low} to "
                               "{high}.")
            elif has_low:
                text = self.tr("{name}: {value} is not allowed; give a value of at least {low}.")
            else:
                text = self.tr("{name}: {value} is not allowed; give a value of at most {high}.")
            return text.format(name=name, value=value, low=low, high=high)
        if value in (None, "") and not definition.flags() & definition.FlagOptional:
            return self.tr("{name} is required.").format(name=name)
        if definition.type() in ("source", "vector", "raster", "layer", "multilayer"):
            why = self.unreadable_layer(value)
            if why:
                return f"{name}: {why}"
        if isinstance(definition, QgsProcessingParameterFile):
            return self.tr("{name}: {value} was not found or is not a {kind}.").format(
                name=name, value=value,
                kind=self.tr("folder") if definition.behavior() == definition.Folder
                else self.tr("file"))
        return self.tr("{name}: the value {value} is not valid.").format(name=name, value=value)

    def unreadable_layer(self, value):
        """Why QGIS cannot open a layer given as a file path (missing, 0 bytes, a folder, not a
        format it reads), or None when the value is not a file path."""
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            if not isinstance(item, str) or not item:
                continue
            path, _ = file_of_source(item, must_exist=False)
            if not path:
                continue
            if not os.path.exists(path):
                return self.tr("{path} was not found.").format(path=path)
            if os.path.isfile(path) and os.path.getsize(path) == 0:
                return self.tr("{path} is empty (0 bytes): it holds no header, no records and "
                               "no raster. Export or download it again.").format(path=path)
            if os.path.isdir(path):
                return self.tr("{path} is a folder; give a file here.").format(path=path)
        if len(values) == 1 and isinstance(values[0], str) and values[0]:
            return self.tr(
                "QGIS cannot open {path} as a layer (not a format GDAL/OGR reads, or a damaged "
                "file).").format(path=values[0])
        return None

    def thread_count(self, parameters, name, context, reporter):
        """THREADS as given, 0 meaning all cores; more threads than cores only add overhead."""
        cores = os.cpu_count() or 1
        threads = self.parameterAsInt(parameters, name, context) or cores
        if threads > cores:
            reporter.warn(f"{self.describe_parameter(name)} = {threads} is more than this "
                          f"machine's {cores} core(s); using {cores}.")
            threads = cores
        return threads

    # ------------------------------------------------------------------ output safety
    def planned_files(self, name, folder, parameters, context):
        """Files a run writes into the folder destination ``name`` (so they are checked like
        file outputs), or None when the algorithm manages that folder itself."""
        return None

    def _input_locations(self, parameters, context):
        locations = []
        for definition in self.parameterDefinitions():
            name = definition.name()
            if definition.isDestination() or parameters.get(name) in (None, "", []):
                continue
            label = self.describe_parameter(name)
            kind = definition.type()
            if kind == "file":
                path = self.parameterAsFile(parameters, name, context)
                locations.append(output_safety.Location(name, label, path,
                                                        folder=os.path.isdir(path)))
            elif kind == "multilayer":
                if definition.layerType() == SourceType.File:
                    paths = self.parameterAsFileList(parameters, name, context)
                else:
                    paths = [layer.source() for layer in
                             self.parameterAsLayerList(parameters, name, context) or []]
                for source in paths:
                    path, layer = file_of_source(source)
                    if path:
                        locations.append(output_safety.Location(
                            name, label, path, folder=os.path.isdir(path), layer=layer))
            elif kind in ("source", "vector", "raster", "layer", "mesh", "pointcloud"):
                path, layer = file_of_source(self._source_string(parameters[name], context))
                if path:
                    locations.append(output_safety.Location(name, label, path, layer=layer))
        return locations

    @staticmethod
    def _source_string(value, context):
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        if hasattr(value, "source") and callable(value.source):  # a layer object
            return value.source()
        text = str(value)
        if os.path.exists(text.split("|")[0]):
            return text
        layer = QgsProcessingUtils.mapLayerFromString(text, context)  # project layer id/name
        return layer.source() if layer is not None else text

    def _output_locations(self, parameters, context):
        temporary = QgsProcessingUtils.tempFolder()
        locations = []
        for definition in self.destinationParameterDefinitions():
            name = definition.name()
            if parameters.get(name) in (None, ""):
                continue  # an optional output the user skipped
            label = self.describe_parameter(name)
            if definition.type() == "folderDestination":
                folder = self.parameterAsString(parameters, name, context)
                if not folder or output_safety.inside(folder, temporary):
                    continue
                locations.append(output_safety.Location(name, label, folder, folder=True))
                for path in self.planned_files(name, folder, parameters, context) or []:
                    locations.append(output_safety.Location(name, label, path))
                continue
            if definition.type() == "fileDestination":
                destination = self.parameterAsFileOutput(parameters, name, context)
            else:
                destination = self.parameterAsOutputLayer(parameters, name, context)
            path, layer = file_of_source(destination, must_exist=False)
            if path and not output_safety.inside(path, temporary):
                locations.append(output_safety.Location(name, label, path, layer=layer))
        return locations

    def check_outputs(self, parameters, context):
        """Refuse outputs that replace inputs or earlier results, or cannot be written."""
        offers_overwrite = self.parameterDefinition(OVERWRITE) is not None
        overwrite = offers_overwrite and self.parameterAsBool(parameters, OVERWRITE, context)
        outputs = self._output_locations(parameters, context)
        output_safety.check_outputs(
            self._input_locations(parameters, context), outputs, overwrite=overwrite,
            overwrite_parameter=self.describe_parameter(OVERWRITE) if offers_overwrite else None)
        for output in outputs:  # a table inside an existing GeoPackage or similar
            if output.layer and not overwrite and os.path.isfile(output.path) and QgsVectorLayer(
                    f"{output.path}|layername={output.layer}", "", "ogr").isValid():
                raise InputError(
                    f"{output.path} already holds a layer '{output.layer}' that {output.name} "
                    "would replace. Choose another layer name"
                    + (f", or tick {self.describe_parameter(OVERWRITE)}." if offers_overwrite
                       else "."), parameter=output.parameter, path=output.path)

    # ------------------------------------------------------------------ running
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        warning = dependencies.gdal_mismatch_warning()
        if warning and feedback is not None:
            feedback.pushWarning(warning)
        reporter = FeedbackReporter(feedback)
        try:
            with _terminate_cancels(feedback):
                self.check_outputs(parameters, context)
                return self.execute(parameters, context, reporter)
        except InputError as error:
            raise QgsProcessingException(self.error_message(error)) from None
        except Cancelled as error:
            raise QgsProcessingException(
                error.summary or self.tr("Cancelled: no output was finalised; outputs from earlier runs are "
                        "untouched.")) from None
        finally:
            if dependencies.is_available("rasterio"):
                from ..core.catalog import close_datasets

                close_datasets()  # this worker thread's cached GDAL handles

    def error_message(self, error):
        """An :class:`InputError` as users read it: the parameter's label and id first, then
        what was found and what to do, then the file when the text does not name it."""
        text = Exception.__str__(error)
        if error.parameter:
            text = f"{self.describe_parameter(error.parameter)}: {text}"
        if error.path and error.path not in text:
            text += f" [{error.path}]"
        return text

    def execute(self, parameters, context, reporter):
        """The algorithm's work. (Not ``run``: that is QgsProcessingAlgorithm.run, which
        processing.run and the batch dialog call.)"""
        raise NotImplementedError


class _terminate_cancels:  # noqa: N801 (a context manager used like a function)
    """While an algorithm runs on the main thread (qgis_process), SIGTERM cancels it like the
    Cancel button, so partial files and locks are cleaned up; Python cannot take signals on
    the desktop's worker threads, where the Cancel button does this."""

    def __init__(self, feedback):
        self.feedback = feedback
        self.previous = None

    def __enter__(self):
        if self.feedback is not None and threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, self._cancel)
        return self

    def _cancel(self, signum, frame):
        self.feedback.pushWarning("Terminated (SIGTERM): stopping and cleaning up.")
        self.feedback.cancel()

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)
        return False
