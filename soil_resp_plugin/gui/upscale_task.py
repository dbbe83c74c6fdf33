"""Upscaling from the desktop as a cancellable background ``QgsTask``; when it is done the maps
are loaded as layer groups (SR, and on request uncertainty, dissimilarity and applicability)
whose layers carry their 8-day time ranges, so the Temporal Controller animates the series one
period per frame (``temporal_layers``). The dialog is in ``upscale_dialog``.

The task runs the same core engine as ``soilresp:upscale`` (in the task's worker thread: no
GUI calls there); everything that touches the project happens in ``finished`` on the main
thread.
"""
import dataclasses
import datetime as dt
import traceback

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProject,
    QgsTask,
)

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
    #: load the uncertainty, dissimilarity and applicability maps as their own time series
    load_extra: bool = True
    threads: int = None
    dask_scheduler: str = None
    window_tiles: int = None
    #: fill predictor gaps in time, as soilresp:upscale does by default
    fill_gaps: bool = True
    max_fill_gap: int = 3

    def outputs(self):
        return ["sr"] + (["sd"] if self.uncertainty else []) + (
            ["di"] if self.dissimilarity else []) + (["aoa"] if self.applicability else [])

    def prefixes_to_load(self):
        """File prefixes of the series loaded into the project when the run is done."""
        from ..core.engine import KINDS

        kinds = self.outputs() if self.load_extra else ["sr"]
        return tuple(KINDS[kind].prefix for kind in kinds)


class TaskReporter(Reporter):
    """Core reporter for a QgsTask: log to the message log, progress and cancel via the task."""

    def __init__(self, task):
        self.task = task
        self.lines = []

    def log(self, message):
        self.lines.append(message)
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Info)

    def warn(self, message):
        self.lines.append(f"WARNING: {message}")
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)

    def progress(self, fraction):
        self.task.setProgress(100.0 * max(0.0, min(1.0, fraction)))

    def is_cancelled(self):
        return self.task.isCanceled()


class UpscaleTask(QgsTask):
    """Runs one upscaling request; on success loads the maps into ``project``."""

    def __init__(self, request, project=None, iface=None, on_finished=None):
        super().__init__(tr("Upscaling soil respiration"), QgsTask.Flag.CanCancel)
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
        self.loaded = {}
        self.done = False

    def run(self):
        from ..core import engine
        from ..core import periods as P
        from ..core.catalog import PredictorCatalog
        from ..core.errors import Cancelled, InputError
        from ..core.model import ModelBundle
        from .upscale_dialog import labels

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
                fill_gaps=request.fill_gaps, max_fill_gap=request.max_fill_gap,
                keep_prepared=True,
                reporter=self.reporter, resume_hint=tr("'{}' ticked").format(
                    labels()["RESUME"]), **options)
            self.result = upscaler.run()
            return True
        except Cancelled as error:
            self.cancelled = True
            self.cancel_summary = error.summary or tr(
                "Cancelled before any map was finished; no unfinished file was left.")
            self.reporter.log(f"Upscaling cancelled. {self.cancel_summary}")
            return False
        except InputError as error:  # named by the dialog's label, as the user saw it
            self.error = dialog_message(error)
            QgsMessageLog.logMessage(f"Upscaling failed: {self.error}", LOG_TAG, Qgis.MessageLevel.Critical)
            return False
        except Exception as error:  # shown to the user in finished(); never crash QGIS
            self.error = tr("Upscaling failed: {}").format(error)
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            return False

    def finished(self, ok):  # main thread; an exception escaping here would abort QGIS
        try:
            self._finish(ok)
        except Exception as error:  # logged with its traceback, shown in the message bar
            self.error = tr("Loading the maps failed: {}").format(error)
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
        finally:
            self.done = True
            _running.discard(self)
            if self.on_finished is not None:
                self.on_finished(self)

    def _finish(self, ok):
        if ok and self.result is not None and self.project is not None:
            from .temporal_layers import load_series

            self.loaded = load_series(self.result.folder, self.project,
                                      self.request.prefixes_to_load(), iface=self.iface)
            self.layers = self.loaded.get("sr", [])
        if self.iface is not None:
            bar = self.iface.messageBar()
            if ok:
                text = tr("Upscaling done: {} maps in {}").format(
                    len(self.layers), self.request.output_folder)
                level = Qgis.MessageLevel.Success
            elif self.error:
                text, level = self.error, Qgis.MessageLevel.Critical
            else:
                text = self.cancel_summary or tr("Upscaling cancelled; finished maps are kept.")
                level = Qgis.MessageLevel.Warning
            bar.pushMessage(tr("Soil respiration"), text, level, 0 if level == Qgis.MessageLevel.Critical else 10)


def dialog_message(error):
    """An InputError as the dialog's user reads it: the dialog's label, not a parameter ID."""
    from .upscale_dialog import labels

    text = str(error.args[0]) if error.args else str(error)
    label = labels().get(error.parameter)
    if error.path and error.path not in text:
        text = f"{text} ({error.path})"
    return f"'{label}': {text}" if label else text


def start(request, project=None, iface=None, on_finished=None):
    """Queue an upscaling task in QGIS's task manager and return it."""
    task = UpscaleTask(request, project if project is not None else QgsProject.instance(),
                       iface, on_finished)
    _running.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def load_time_series(folder, project, prefix="sr", iface=None, controller=None):
    """The maps ``<prefix>_YYYYDDD.tif`` of ``folder`` as a temporal layer group (see
    ``temporal_layers``); returns the layers in time order."""
    from .temporal_layers import load_time_series as load

    return load(folder, project, prefix, iface=iface, controller=controller)


def open_dialog(iface):
    """Ask for the parameters, then start the task (menu 'Upscale in background…'). The
    dialog stays open until its values pass the checks; Cancel starts nothing."""
    from .upscale_dialog import UpscaleDialog

    dialog = UpscaleDialog(iface.mainWindow())
    if dialog.exec():
        request = dialog.request()
        start(request, QgsProject.instance(), iface)
        iface.messageBar().pushMessage(
            tr("Soil respiration"),
            tr("Upscaling started in the background (see the task manager; cancel there)."),
            Qgis.MessageLevel.Info, 10)
