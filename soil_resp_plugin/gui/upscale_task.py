"""Upscaling from the desktop as a cancellable background ``QgsTask``; when it is done the maps
are loaded as a layer group whose layers carry their 8-day time ranges, so the Temporal
Controller animates the series.

The task runs the same core engine as ``soilresp:upscale`` (in the task's worker thread: no
GUI calls there); everything that touches the project happens in ``finished`` on the main
thread.
"""
import dataclasses
import datetime as dt
import os

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDateTimeRange,
    QgsMessageLog,
    QgsProject,
    QgsRasterLayer,
    QgsRasterLayerTemporalProperties,
    QgsTask,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..core.reporting import Reporter
from ..i18n import tr

LOG_TAG = "Soil respiration"
_running = set()  # Python references keep running tasks alive


@dataclasses.dataclass
class UpscaleRequest:
    model: str
    predictors: list
    start: dt.date
    end: dt.date
    output_folder: str
    uncertainty: bool = False
    dissimilarity: bool = False
    applicability: bool = False
    resume: bool = False
    threads: int = None
    dask_scheduler: str = None
    window_tiles: int = None

    def outputs(self):
        return ["sr"] + (["sd"] if self.uncertainty else []) + (
            ["di"] if self.dissimilarity else []) + (["aoa"] if self.applicability else [])


class TaskReporter(Reporter):
    """Core reporter for a QgsTask: log to the message log, progress and cancel via the task."""

    def __init__(self, task):
        self.task = task
        self.lines = []

    def log(self, message):
        self.lines.append(message)
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.Info)

    def warn(self, message):
        self.lines.append(f"WARNING: {message}")
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.Warning)

    def progress(self, fraction):
        self.task.setProgress(100.0 * max(0.0, min(1.0, fraction)))

    def is_cancelled(self):
        return self.task.isCanceled()


class UpscaleTask(QgsTask):
    """Runs one upscaling request; on success loads the maps into ``project``."""

    def __init__(self, request, project=None, iface=None, on_finished=None):
        super().__init__(tr("Upscaling soil respiration"), QgsTask.CanCancel)
        self.request = request
        self.project = project
        self.iface = iface
        self.on_finished = on_finished
        self.reporter = TaskReporter(self)
        self.result = None
        self.error = None
        self.cancelled = False
        self.cancel_summary = None
        self.layers = []
        self.done = False

    def run(self):
        from ..core import engine
        from ..core import periods as P
        from ..core.catalog import PredictorCatalog
        from ..core.errors import Cancelled
        from ..core.model import ModelBundle

        request = self.request
        try:
            bundle = ModelBundle.load(request.model, reporter=self.reporter)
            catalog = PredictorCatalog.from_files(request.predictors, reporter=self.reporter)
            options = {}
            if request.window_tiles:
                options["window_tiles"] = request.window_tiles
            upscaler = engine.Upscaler(
                bundle, catalog, request.output_folder,
                P.periods_between(request.start, request.end), outputs=request.outputs(),
                resume=request.resume, threads=request.threads,
                dask_scheduler=request.dask_scheduler, model_path=request.model,
                reporter=self.reporter, resume_hint=tr(
                    "'Resume: keep complete maps in the output folder' ticked"), **options)
            self.result = upscaler.run()
            return True
        except Cancelled as error:
            self.cancelled = True
            self.cancel_summary = error.summary or tr(
                "Cancelled before any map was finished; no unfinished file was left.")
            self.reporter.log(f"Upscaling cancelled. {self.cancel_summary}")
            return False
        except Exception as error:  # shown to the user in finished(); never crash QGIS
            self.error = str(error)
            QgsMessageLog.logMessage(f"Upscaling failed: {error}", LOG_TAG, Qgis.Critical)
            return False

    def finished(self, ok):  # main thread; an exception escaping here would abort QGIS
        try:
            self._finish(ok)
        except Exception as error:
            import traceback

            self.error = f"Loading the maps failed: {error}"
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.Critical)
        finally:
            self.done = True
            _running.discard(self)
            if self.on_finished is not None:
                self.on_finished(self)

    def _finish(self, ok):
        if ok and self.result is not None and self.project is not None:
            self.layers = load_time_series(self.result.folder, self.project, iface=self.iface)
        if self.iface is not None:
            bar = self.iface.messageBar()
            if ok:
                text = tr("Upscaling done: {} maps in {}").format(
                    len(self.layers), self.request.output_folder)
                level = Qgis.Success
            elif self.error:
                text, level = self.error, Qgis.Critical
            else:
                text = self.cancel_summary or tr("Upscaling cancelled; finished maps are kept.")
                level = Qgis.Warning
            bar.pushMessage(tr("Soil respiration"), text, level, 0 if level == Qgis.Critical else 10)


def start(request, project=None, iface=None, on_finished=None):
    """Queue an upscaling task in QGIS's task manager and return it."""
    task = UpscaleTask(request, project if project is not None else QgsProject.instance(),
                       iface, on_finished)
    _running.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def _time_range(period):
    from ..core import periods as P

    end = P.period_end(period) + dt.timedelta(days=1)
    return QgsDateTimeRange(
        QDateTime(QDate(period.year, period.month, period.day), QTime(0, 0)),
        QDateTime(QDate(end.year, end.month, end.day), QTime(0, 0)), True, False)


def load_time_series(folder, project, prefix="sr", group_name=None, iface=None):
    """Add the complete maps ``<prefix>_YYYYDDD.tif`` of ``folder`` as a layer group, each with
    a fixed temporal range [period start, day after period end) and one shared colour scale;
    returns the layers in time order."""
    from ..core import engine
    from ..core import periods as P

    entries = []
    for name in sorted(os.listdir(folder)):
        match = engine.OUTPUT_NAME.match(name)
        if match and match.group("prefix") == prefix:
            entries.append((P.parse_period_label(match.group("label")),
                            os.path.join(folder, name)))
    if not entries:
        return []
    root = project.layerTreeRoot()
    title = group_name or tr("Soil respiration {} to {}").format(
        entries[0][0].isoformat(), P.period_end(entries[-1][0]).isoformat())
    group = root.insertGroup(0, title)
    maximum = _shared_maximum([path for _, path in entries])
    layers = []
    for period, path in entries:
        layer = QgsRasterLayer(path, f"{prefix} {period.isoformat()}", "gdal")
        if not layer.isValid():
            continue
        properties = layer.temporalProperties()
        properties.setMode(QgsRasterLayerTemporalProperties.ModeFixedTemporalRange)
        properties.setFixedTemporalRange(_time_range(period))
        properties.setIsActive(True)
        _style(layer, maximum)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        layers.append(layer)
    for node in group.children()[1:]:
        node.setItemVisibilityChecked(True)
    first, last = _time_range(entries[0][0]), _time_range(entries[-1][0])
    project.timeSettings().setTemporalRange(QgsDateTimeRange(first.begin(), last.end()))
    if iface is not None:
        _animate_by_period(iface)
    return layers


def _shared_maximum(paths):
    """Largest STATISTICS_MAXIMUM over the maps (written by the engine), for one colour scale."""
    import rasterio

    best = 0.0
    for path in paths:
        try:
            with rasterio.open(path) as dataset:
                best = max(best, float(dataset.tags(1).get("STATISTICS_MAXIMUM", 0.0)))
        except Exception:
            continue
    return best or 10.0


def _style(layer, maximum):
    from qgis.core import (
        QgsColorRampShader,
        QgsRasterShader,
        QgsSingleBandPseudoColorRenderer,
        QgsStyle,
    )

    ramp = QgsStyle.defaultStyle().colorRamp("Viridis")
    shader_function = QgsColorRampShader(0.0, maximum)
    shader_function.setColorRampType(QgsColorRampShader.Interpolated)
    if ramp is not None:
        shader_function.setSourceColorRamp(ramp)
        shader_function.classifyColorRamp(5, -1)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(maximum)
    layer.setRenderer(renderer)


def _animate_by_period(iface):
    """Set the Temporal Controller to animate in 8-day frames over the project's range."""
    try:
        from qgis.core import QgsInterval, QgsTemporalNavigationObject, QgsUnitTypes

        controller = iface.mapCanvas().temporalController()
        if not isinstance(controller, QgsTemporalNavigationObject):
            return
        controller.setNavigationMode(QgsTemporalNavigationObject.Animated)
        controller.setFrameDuration(QgsInterval(8, QgsUnitTypes.TemporalDays))
        controller.setTemporalExtents(QgsProject.instance().timeSettings().temporalRange())
    except Exception:  # an older or mocked interface: the layers still carry their ranges
        pass


def _dialog_class():
    from qgis.gui import QgsFileWidget
    from qgis.PyQt.QtWidgets import (
        QCheckBox,
        QDateEdit,
        QDialog,
        QDialogButtonBox,
        QFileDialog,
        QFormLayout,
        QHBoxLayout,
        QPlainTextEdit,
        QPushButton,
        QVBoxLayout,
    )

    class UpscaleDialog(QDialog):
        """The few parameters of a background run; the Processing algorithm has them all."""

        def __init__(self, parent=None):
            super().__init__(parent)
            self.setWindowTitle(tr("Upscale soil respiration in the background"))
            form = QFormLayout()
            self.model = QgsFileWidget()
            self.model.setFilter(tr("Model bundle (*.joblib)"))
            form.addRow(tr("Model file"), self.model)
            self.folders = QPlainTextEdit()
            self.folders.setPlaceholderText(tr("One predictor folder per line"))
            add = QPushButton(tr("Add folder…"))
            add.clicked.connect(self._add_folder)
            row = QHBoxLayout()
            row.addWidget(self.folders)
            row.addWidget(add)
            form.addRow(tr("Predictor folders"), row)
            self.start = QDateEdit(QDate(2005, 1, 1))
            self.end = QDateEdit(QDate(2005, 12, 31))
            for edit in (self.start, self.end):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("yyyy-MM-dd")
            form.addRow(tr("First day"), self.start)
            form.addRow(tr("Last day"), self.end)
            self.output = QgsFileWidget()
            self.output.setStorageMode(QgsFileWidget.GetDirectory)
            form.addRow(tr("Output folder"), self.output)
            self.uncertainty = QCheckBox(tr("Uncertainty (SD of the trees)"))
            self.dissimilarity = QCheckBox(tr("Dissimilarity index"))
            self.applicability = QCheckBox(tr("Area-of-applicability mask"))
            self.resume = QCheckBox(tr("Resume: keep complete maps in the output folder"))
            for box in (self.uncertainty, self.dissimilarity, self.applicability, self.resume):
                form.addRow("", box)
            buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)
            layout = QVBoxLayout(self)
            layout.addLayout(form)
            layout.addWidget(buttons)

        def _add_folder(self):
            folder = QFileDialog.getExistingDirectory(self, tr("Predictor folder"))
            if folder:
                self.folders.appendPlainText(folder)

        def request(self):
            folders = [line.strip() for line in self.folders.toPlainText().splitlines()
                       if line.strip()]
            return UpscaleRequest(
                model=self.model.filePath(), predictors=folders,
                start=self.start.date().toPyDate(), end=self.end.date().toPyDate(),
                output_folder=self.output.filePath(), uncertainty=self.uncertainty.isChecked(),
                dissimilarity=self.dissimilarity.isChecked(),
                applicability=self.applicability.isChecked(), resume=self.resume.isChecked())

    return UpscaleDialog


def open_dialog(iface):
    """Ask for the parameters, then start the task (menu 'Upscale in background…')."""
    dialog = _dialog_class()(iface.mainWindow())
    if dialog.exec_():
        request = dialog.request()
        start(request, QgsProject.instance(), iface)
        iface.messageBar().pushMessage(
            tr("Soil respiration"),
            tr("Upscaling started in the background (see the task manager; cancel there)."),
            Qgis.Info, 10)
