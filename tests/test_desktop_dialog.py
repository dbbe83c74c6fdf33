"""The dialog of menu 'Upscale in background…': it checks its fields before a task starts,
names the fields as the dialog shows them, takes its dates from the predictor catalog and
remembers its values (QgsSettings)."""
import datetime as dt
import os

import pytest
import upscale_world as W


@pytest.fixture
def settings(tmp_path, qgis_app):
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QSettings

    return QgsSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture(scope="module")
def demo_model(demo_dir, tmp_path_factory):
    return W.demo_model_file(demo_dir, tmp_path_factory)


def _dialog(settings):
    from soil_resp_plugin.gui.upscale_dialog import UpscaleDialog

    dialog = UpscaleDialog(None, settings=settings)
    dialog.show()
    return dialog


def _text(dialog):
    from qgis.PyQt.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(dialog.problems.text())
    return document.toPlainText()


def test_ok_with_empty_fields_keeps_the_dialog_open_and_says_what_is_missing(settings):
    from qgis.PyQt.QtWidgets import QDialog

    dialog = _dialog(settings)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    text = _text(dialog)
    assert "Model file: choose the model bundle (.joblib) written by 'Train soil respiration " \
           "models'." in text
    assert "Predictor folders: add at least one folder of predictor rasters" in text
    assert "Output folder: choose a folder for the maps" in text
    assert "Model file . does not exist" not in text
    dialog.close()


def test_the_menu_path_starts_no_task_until_the_fields_are_valid(qgis_iface, qgis_app):
    """open_dialog as the menu calls it: OK on empty fields shows the problems in the dialog,
    which stays open; Cancel then closes it and no task was queued."""
    from qgis.core import Qgis, QgsApplication, QgsSettings
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

    from soil_resp_plugin.gui import upscale_dialog, upscale_task

    QgsSettings().remove(upscale_dialog.SETTINGS.rstrip("/"))
    tasks_before = QgsApplication.taskManager().count()
    seen = {}

    def press(button):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, upscale_dialog.UpscaleDialog):
            QTimer.singleShot(50, lambda: press(button))
            return
        dialog.buttons.button(button).click()
        if button == QDialogButtonBox.Ok:
            seen["open after OK"] = dialog.isVisible()
            seen["problems"] = _text(dialog)
            QTimer.singleShot(50, lambda: press(QDialogButtonBox.Cancel))

    QTimer.singleShot(50, lambda: press(QDialogButtonBox.Ok))
    upscale_task.open_dialog(qgis_iface)
    assert seen["open after OK"]
    assert "Model file: choose the model bundle" in seen["problems"]
    assert QgsApplication.taskManager().count() == tasks_before
    assert not qgis_iface.messageBar().get_messages(Qgis.Info)


def test_missing_files_are_named_with_the_field(settings, tmp_path):
    dialog = _dialog(settings)
    dialog.model.setFilePath(str(tmp_path / "nowhere.joblib"))
    dialog.folders.setPlainText(str(tmp_path / "no_predictors"))
    dialog.output.setFilePath(str(tmp_path / "maps"))
    dialog.start.setDate(dialog.end.date().addDays(10))
    dialog.accept()
    text = _text(dialog)
    assert f"Model file: {tmp_path / 'nowhere.joblib'} does not exist." in text
    assert f"Predictor folders: {tmp_path / 'no_predictors'} is not an existing folder." in text
    assert "Last day: " in text and "is before the first day" in text
    assert "Output folder" not in text  # a new folder is fine
    dialog.close()


def test_dates_default_to_the_predictor_catalog_and_values_are_remembered(settings, demo_dir,
                                                                          tmp_path):
    from qgis.PyQt.QtWidgets import QDialog

    model = tmp_path / "models" / "m.joblib"
    model.parent.mkdir()
    model.write_bytes(b"not checked by the dialog; the task loads it")
    dialog = _dialog(settings)
    dialog.model.setFilePath(str(model))
    dialog.folders.setPlainText("\n".join(W.demo_folders(demo_dir)))
    dialog.output.setFilePath(str(tmp_path / "maps"))
    dialog.uncertainty.setChecked(True)
    assert dialog.refresh_coverage() is None
    # the demo has two years, 2005 and 2006: its first and last 8-day period
    assert dialog.start.date().toPyDate() == dt.date(2005, 1, 1)
    assert dialog.end.date().toPyDate() == dt.date(2006, 12, 31)
    assert "all present from 2005-01-01 to 2006-12-31" in dialog.coverage_label.text()
    assert dialog.load_extra.isEnabled() and dialog.load_extra.isChecked()
    dialog.start.setDate(dialog.start.date().addDays(8))
    dialog.accept()
    assert dialog.result() == QDialog.Accepted, _text(dialog)
    request = dialog.request()
    assert request.start == dt.date(2005, 1, 9) and request.uncertainty
    assert request.prefixes_to_load() == ("sr", "sr_sd")
    again = _dialog(settings)
    assert again.model.filePath() == str(model)
    assert again.folder_list() == W.demo_folders(demo_dir)
    assert again.output.filePath() == str(tmp_path / "maps")
    assert again.start.date().toPyDate() == dt.date(2005, 1, 9)
    assert again.uncertainty.isChecked() and not again.resume.isChecked()
    again.close()


def test_existing_maps_ask_to_tick_resume_and_the_task_says_so_too(settings, demo_dir,
                                                                   demo_model, tmp_path,
                                                                   qgis_iface):
    from soil_resp_plugin.gui import upscale_task

    output = tmp_path / "maps"
    request = upscale_task.UpscaleRequest(
        model=demo_model, predictors=W.demo_folders(demo_dir), start=dt.date(2005, 7, 4),
        end=dt.date(2005, 7, 12), output_folder=str(output))
    first = upscale_task.UpscaleTask(request, None, None)
    assert first.run(), first.error
    maps = sorted(os.listdir(output))
    dialog = _dialog(settings)
    dialog.model.setFilePath(demo_model)
    dialog.folders.setPlainText("\n".join(W.demo_folders(demo_dir)))
    dialog.output.setFilePath(str(output))
    dialog._set_dates(dt.date(2005, 7, 1), dt.date(2005, 7, 31))
    dialog._dates_edited = True
    dialog.accept()
    text = _text(dialog)
    assert ("Output folder: it already holds 2 maps of these dates (e.g. sr_2005185.tif). "
            "Tick 'Resume: keep complete maps in the output folder' to keep them and compute "
            "the rest, or choose another folder.") in text
    dialog.resume.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    # the engine's own refusal, as a dialog user reads it: the label and the tick box
    second = upscale_task.UpscaleTask(request, None, None)
    assert not second.run()
    assert second.error.startswith("'Output folder': The output folder")
    assert "run again with 'Resume: keep complete maps in the output folder' ticked" in \
        second.error
    assert "RESUME" not in second.error and "parameter" not in second.error
    assert sorted(os.listdir(output)) == maps
