"""The dialog of menu 'Upscale in background…': the few parameters of a background run (the
Processing algorithm has them all). It checks everything it can before a task starts and
keeps itself open with the list of problems; dates default to the predictors' coverage; the
values are remembered between uses (QgsSettings)."""
import datetime as dt
import html
import logging
import os

from qgis.core import QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ..i18n import tr

LOG = logging.getLogger(__name__)
SETTINGS = "soil_resp_plugin/upscale_dialog/"


def labels():
    """Dialog labels by the Processing parameter they stand for (errors name these)."""
    return {
        "MODEL": tr("Model file"),
        "PREDICTORS": tr("Predictor folders"),
        "START_DATE": tr("First day"),
        "END_DATE": tr("Last day"),
        "OUTPUT_FOLDER": tr("Output folder"),
        "UNCERTAINTY": tr("Uncertainty (SD of the trees)"),
        "DISSIMILARITY": tr("Dissimilarity index"),
        "AOA": tr("Area-of-applicability mask"),
        "RESUME": tr("Resume: keep complete maps in the output folder"),
        "LOAD_EXTRA": tr("Load uncertainty and applicability maps as their own time series"),
    }


def predictor_coverage(folders):
    """(first day, last day, number of time-varying variables) where every time-varying
    predictor has data, from the catalog of ``folders``; raises the catalog's InputError."""
    from ..core import periods as P
    from ..core.catalog import PredictorCatalog

    catalog = PredictorCatalog.from_files(folders)
    variables = catalog.dynamic_variables()
    if not variables:
        return None, None, 0
    first = max(catalog.periods(v)[0] for v in variables)
    last = min(catalog.periods(v)[-1] for v in variables)
    if first > last:
        return None, None, len(variables)
    return first, P.period_end(last), len(variables)


class UpscaleDialog(QDialog):
    def __init__(self, parent=None, settings=None):
        super().__init__(parent)
        self.settings = settings if settings is not None else QgsSettings()
        self.coverage = (None, None, 0)
        self._coverage_of = None
        self._dates_edited = False
        names = labels()
        self.setWindowTitle(tr("Upscale soil respiration in the background"))
        form = QFormLayout()
        self.model = QgsFileWidget()
        self.model.setFilter(tr("Model bundle (*.joblib)"))
        form.addRow(names["MODEL"], self.model)
        self.folders = QPlainTextEdit()
        self.folders.setPlaceholderText(tr("One predictor folder per line"))
        self.folders.setMaximumHeight(90)
        add = QPushButton(tr("Add folder…"))
        add.clicked.connect(self._add_folder)
        row = QHBoxLayout()
        row.addWidget(self.folders)
        row.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(names["PREDICTORS"], row)
        self.coverage_label = QLabel()
        self.coverage_label.setWordWrap(True)
        form.addRow("", self.coverage_label)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_touched)
        form.addRow(names["START_DATE"], self.start)
        form.addRow(names["END_DATE"], self.end)
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.GetDirectory)
        form.addRow(names["OUTPUT_FOLDER"], self.output)
        self.uncertainty = QCheckBox(names["UNCERTAINTY"])
        self.dissimilarity = QCheckBox(names["DISSIMILARITY"])
        self.applicability = QCheckBox(names["AOA"])
        self.load_extra = QCheckBox(names["LOAD_EXTRA"])
        self.resume = QCheckBox(names["RESUME"])
        for box in (self.uncertainty, self.dissimilarity, self.applicability, self.load_extra,
                    self.resume):
            form.addRow("", box)
        for box in (self.uncertainty, self.dissimilarity, self.applicability):
            box.toggled.connect(self._update_load_extra)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setStyleSheet("QLabel { color: #b00020; }")
        self.problems.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._restore()
        self.folders.textChanged.connect(self._folders_changed)
        self._update_load_extra()

    # -- remembered values
    def _restore(self):
        value = self.settings.value
        self.model.setFilePath(value(SETTINGS + "model", "", type=str))
        self.folders.setPlainText("\n".join(value(SETTINGS + "predictors", [], type=list)))
        self.output.setFilePath(value(SETTINGS + "output_folder", "", type=str))
        for key, box in self._boxes().items():
            box.setChecked(value(SETTINGS + key, key == "load_extra", type=bool))
        self.refresh_coverage()
        start = QDate.fromString(value(SETTINGS + "start", "", type=str), Qt.DateFormat.ISODate)
        end = QDate.fromString(value(SETTINGS + "end", "", type=str), Qt.DateFormat.ISODate)
        first, last, _ = self.coverage
        if start.isValid() and end.isValid() and (
                first is None or (first <= start.toPyDate() and end.toPyDate() <= last)):
            self._set_dates(start.toPyDate(), end.toPyDate())
        elif first is None:
            today = dt.date.today()
            self._set_dates(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
        self._dates_edited = False

    def remember(self):
        set_value = self.settings.setValue
        set_value(SETTINGS + "model", self.model.filePath())
        set_value(SETTINGS + "predictors", self.folder_list())
        set_value(SETTINGS + "output_folder", self.output.filePath())
        set_value(SETTINGS + "start", self.start.date().toString(Qt.DateFormat.ISODate))
        set_value(SETTINGS + "end", self.end.date().toString(Qt.DateFormat.ISODate))
        for key, box in self._boxes().items():
            set_value(SETTINGS + key, box.isChecked())

    def _boxes(self):
        return {"uncertainty": self.uncertainty, "dissimilarity": self.dissimilarity,
                "applicability": self.applicability, "load_extra": self.load_extra,
                "resume": self.resume}

    # -- dates from the predictor catalog
    def _set_dates(self, first, last):
        for edit, day in ((self.start, first), (self.end, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _dates_touched(self):
        self._dates_edited = True

    def _folders_changed(self):
        self.coverage_label.setText(tr("Predictor coverage is read when you press OK or "
                                       "add a folder."))

    def refresh_coverage(self):
        """Read the predictor catalog of the folders (a few seconds for thousands of files)
        and set the dates to its first and last period unless the user chose dates inside
        it. Returns an error text or None."""
        folders = self.folder_list()
        if folders == self._coverage_of:
            return None
        self._coverage_of = folders
        self.coverage = (None, None, 0)
        missing = [f for f in folders if not os.path.isdir(f)]
        if not folders or missing:
            self.coverage_label.setText("")
            return None
        from ..core.errors import InputError

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.coverage = predictor_coverage(folders)
        except InputError as error:
            self.coverage_label.setText("")
            return str(error.args[0])
        finally:
            QApplication.restoreOverrideCursor()
        first, last, count = self.coverage
        if first is None:
            self.coverage_label.setText(tr("No period in which all time-varying predictors "
                                           "have data."))
            return None
        self.coverage_label.setText(tr("Predictors: {} time-varying, all present from {} to "
                                       "{}.").format(count, first.isoformat(), last.isoformat()))
        start, end = self.start.date().toPyDate(), self.end.date().toPyDate()
        if not self._dates_edited or not (first <= start <= end <= last):
            self._set_dates(first, last)
            self._dates_edited = False
        return None

    def _add_folder(self):
        folder = QFileDialog.getExistingDirectory(self, labels()["PREDICTORS"])
        if folder:
            self.folders.appendPlainText(folder)
            self.refresh_coverage()

    def _update_load_extra(self):
        self.load_extra.setEnabled(self.uncertainty.isChecked() or self.dissimilarity.isChecked()
                                   or self.applicability.isChecked())

    # -- validation
    def folder_list(self):
        return [line.strip() for line in self.folders.toPlainText().splitlines()
                if line.strip()]

    def problems_found(self):
        """Everything that would make the run fail at once, as sentences naming the field."""
        from ..core import engine
        from ..core import periods as P
        from ..core.output_safety import inside

        names = labels()
        found = []

        def problem(field, text):
            found.append(f"<b>{html.escape(names[field])}</b>: {html.escape(text)}")

        model = self.model.filePath().strip()
        if not model:
            problem("MODEL", tr("choose the model bundle (.joblib) written by 'Train soil "
                                "respiration models'."))
        elif os.path.isdir(model):
            problem("MODEL", tr("{} is a folder; choose the .joblib file in it.").format(model))
        elif not os.path.isfile(model):
            problem("MODEL", tr("{} does not exist.").format(model))
        folders = self.folder_list()
        if not folders:
            problem("PREDICTORS", tr("add at least one folder of predictor rasters (one "
                                     "per line, or 'Add folder…')."))
        for folder in folders:
            if not os.path.isdir(folder):
                problem("PREDICTORS", tr("{} is not an existing folder.").format(folder))
        catalog_error = self.refresh_coverage()
        if catalog_error:
            problem("PREDICTORS", catalog_error)
        start, end = self.start.date().toPyDate(), self.end.date().toPyDate()
        if end < start:
            problem("END_DATE", tr("{} is before the first day, {}.").format(
                end.isoformat(), start.isoformat()))
        first, last, _ = self.coverage
        if first is not None and end >= start and (end < first or start > last):
            problem("START_DATE", tr("{} to {} lies outside the predictors' common coverage, "
                                     "{} to {}.").format(start.isoformat(), end.isoformat(),
                                                         first.isoformat(), last.isoformat()))
        output = self.output.filePath().strip()
        if not output:
            problem("OUTPUT_FOLDER", tr("choose a folder for the maps: a new or empty one, or "
                                        "the folder of an earlier run with '{}' ticked.").format(
                                            names["RESUME"]))
        elif os.path.exists(output) and not os.path.isdir(output):
            problem("OUTPUT_FOLDER", tr("{} is a file, not a folder.").format(output))
        else:
            for folder in folders + ([model] if model else []):
                if os.path.exists(folder) and inside(output, folder if os.path.isdir(folder)
                                                     else os.path.dirname(folder)):
                    problem("OUTPUT_FOLDER", tr("{} lies inside the input folder {}; choose a "
                                                "folder outside the inputs.").format(
                                                    output, folder))
                    break
            if os.path.isdir(output) and not self.resume.isChecked() and end >= start:
                wanted = {P.period_label(p) for p in P.periods_between(start, end)}
                present = sorted(  # the SR maps; each has companions (sd, filled, ...)
                    name for name in os.listdir(output)
                    if (m := engine.OUTPUT_NAME.match(name)) and m.group("prefix") == "sr"
                    and m.group("label") in wanted)
                if present:
                    problem("OUTPUT_FOLDER", tr(
                        "it already holds {} maps of these dates (e.g. {}). Tick '{}' to keep "
                        "them and compute the rest, or choose another folder.").format(
                            len(present), sorted(present)[0], names["RESUME"]))
        return found

    def accept(self):
        found = self.problems_found()
        if found:
            self.problems.setText(tr("Please correct:") + "<ul><li>" + "</li><li>".join(found)
                                  + "</li></ul>")
            self.problems.setVisible(True)
            self.adjustSize()
            return
        self.problems.setVisible(False)
        self.remember()
        super().accept()

    def request(self):
        from .upscale_task import UpscaleRequest

        return UpscaleRequest(
            model=self.model.filePath().strip(), predictors=self.folder_list(),
            start=self.start.date().toPyDate(), end=self.end.date().toPyDate(),
            output_folder=self.output.filePath().strip(),
            uncertainty=self.uncertainty.isChecked(),
            dissimilarity=self.dissimilarity.isChecked(),
            applicability=self.applicability.isChecked(), resume=self.resume.isChecked(),
            load_extra=self.load_extra.isChecked())
