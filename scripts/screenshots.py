"""Screenshots for docs/tutorial.md, taken from the real QGIS desktop so they stay true.

    make screenshots                      # uses demo_output/ (run `make demo` first)
    python3 scripts/screenshots.py [DEMO_DIR] [OUT_DIR]

Run as a script it starts ``qgis --code`` on itself under ``xvfb-run`` with a throw-away
profile; inside QGIS it registers the plugin from this checkout, loads the demo's upscaled
maps with the plugin's loader and saves PNGs (palette-reduced, a few hundred KB in all) to
docs/images/: the toolbox, the upscaling dialog, the background dialog, the SR maps on the
canvas with the Temporal Controller, and the training report.
"""
import os
import shutil
import subprocess
import sys
import tempfile

# ``qgis --code`` runs this file's text as __main__ without __file__: the launcher passes the
# checkout and the script's path in the environment
INSIDE = os.environ.get("SOILRESP_SHOTS_INSIDE") == "1"
ROOT = os.environ["SOILRESP_REPO"] if INSIDE else os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))


def launch(demo_dir, out_dir):
    maps = os.path.join(demo_dir, "maps")
    if not os.path.isdir(maps):
        sys.exit(f"{maps} does not exist: run `make demo` first (or pass the demo folder).")
    if not (shutil.which("qgis") and shutil.which("xvfb-run")):
        sys.exit("Needs the QGIS desktop and xvfb-run (Debian: apt-get install qgis xvfb).")
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=profile, SOILRESP_DEMO=demo_dir,
                   SOILRESP_SHOTS=out_dir, SOILRESP_SHOTS_INSIDE="1",
                   SOILRESP_REPO=ROOT)
        # QGIS embeds the system Python: a launcher from pyenv or a venv must not leak its own
        # PYTHONHOME/PYTHONPATH (QGIS would then find no `qgis` module and wait on an error box)
        for key in [k for k in env if k.startswith(("PYENV", "PYTHONHOME", "PYTHONPATH",
                                                      "VIRTUAL_ENV"))] + ["QT_QPA_PLATFORM"]:
            env.pop(key, None)
        env["PATH"] = os.pathsep.join(
            part for part in env.get("PATH", "").split(os.pathsep)
            if "/.pyenv/" not in part and not os.path.exists(os.path.join(part, "activate")))
        done = subprocess.run(
            ["xvfb-run", "-a", "-s", "-screen 0 1280x860x24", "qgis", "--noversioncheck",
             "--nologo", "--code", os.path.abspath(__file__)],
            env=env, timeout=600, cwd=profile, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=None if os.environ.get("SHOTS_DEBUG") else subprocess.PIPE, text=True)
    failed = os.path.join(out_dir, "FAILED.txt")
    if os.path.exists(failed):
        with open(failed) as text:
            message = text.read()
        os.remove(failed)
        sys.exit(f"screenshots failed:\n{message}")
    if done.returncode != 0:
        sys.exit(f"QGIS exited with {done.returncode}:\n{done.stderr[-2000:]}")
    total = 0
    for name in sorted(os.listdir(out_dir)):
        if name.endswith(".png"):
            size = os.path.getsize(os.path.join(out_dir, name))
            total += size
            print(f"{name}: {size // 1024} KB")
    print(f"total {total // 1024} KB in {out_dir}")


# ---- inside QGIS ---------------------------------------------------------------------------
def in_qgis():
    import traceback

    from qgis.PyQt.QtCore import QTimer
    from qgis.utils import iface

    out_dir = os.environ["SOILRESP_SHOTS"]

    def run():
        try:
            take(iface, os.environ["SOILRESP_DEMO"], out_dir)
        except Exception:  # the launcher reports it and exits non-zero
            with open(os.path.join(out_dir, "FAILED.txt"), "w") as text:
                text.write(traceback.format_exc())
        from qgis.core import QgsProject

        QgsProject.instance().clear()  # else QGIS asks whether to save it and never exits
        iface.actionExit().trigger()

    QTimer.singleShot(1500, run)


def settle(seconds=0.5):
    import time

    from qgis.PyQt.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def save(widget_or_image, path, width=None):
    """Save a widget grab (or an image) as a palette PNG of at most ``width`` pixels."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage

    image = widget_or_image if isinstance(widget_or_image, QImage) else \
        widget_or_image.grab().toImage()
    if width and image.width() > width:
        image = image.scaledToWidth(width, Qt.SmoothTransformation)
    image = image.convertToFormat(QImage.Format_Indexed8, Qt.ThresholdDither)
    image.save(path, "PNG", 9)


def take(iface, demo_dir, out_dir):
    import processing
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QComboBox, QDockWidget, QLineEdit, QTreeView

    sys.path.insert(0, ROOT)
    import soil_resp_plugin
    from soil_resp_plugin.gui import temporal_layers, upscale_dialog

    plugin = soil_resp_plugin.classFactory(iface)
    plugin.initGui()
    window = iface.mainWindow()
    window.resize(1280, 860)
    settle(1)

    # 1. Processing toolbox with the provider's groups, filtered on "soil"
    toolbox = next(d for d in window.findChildren(QDockWidget)
                   if d.objectName() == "ProcessingToolbox")
    toolbox.show()
    search = toolbox.findChild(QLineEdit)
    search.setText("soil")
    settle(1)
    for tree in toolbox.findChildren(QTreeView):
        tree.expandAll()
    toolbox.setFloating(True)
    toolbox.resize(420, 620)
    settle(1)
    save(toolbox, os.path.join(out_dir, "toolbox.png"))
    toolbox.setFloating(False)
    toolbox.hide()

    # 2. the upscaling algorithm's dialog, filled as in the tutorial
    maps = os.path.join(demo_dir, "maps")
    model = os.path.join(demo_dir, "models", "sr_rs_insitu.joblib")
    predictors = [os.path.join(demo_dir, "data", name) for name in ("predictors", "insitu",
                                                                     "static")]
    dialog = processing.createAlgorithmDialog("soilresp:upscale", {
        "MODEL": model, "PREDICTORS": predictors, "START_DATE": "2005-01-01",
        "END_DATE": "2005-12-31", "UNCERTAINTY": True, "OUTPUT_FOLDER": maps})
    dialog.resize(980, 700)
    dialog.show()
    settle(1)
    save(dialog, os.path.join(out_dir, "upscale_dialog.png"), 900)
    dialog.close()

    # 3. the background dialog after OK with empty fields: it stays open and lists the gaps
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QSettings

    scratch = tempfile.mkdtemp()
    settings = QgsSettings(os.path.join(scratch, "settings.ini"), QSettings.IniFormat)
    background = upscale_dialog.UpscaleDialog(window, settings=settings)
    background.show()
    background.accept()
    settle(0.5)
    save(background, os.path.join(out_dir, "background_dialog_checks.png"), 700)
    background.model.setFilePath(model)
    background.folders.setPlainText("\n".join(predictors))
    background.output.setFilePath(os.path.join(demo_dir, "maps_background"))
    background.uncertainty.setChecked(True)
    background.applicability.setChecked(True)
    background.refresh_coverage()
    background.problems.setVisible(False)
    background.adjustSize()
    settle(0.5)
    save(background, os.path.join(out_dir, "background_dialog.png"), 700)
    background.close()
    shutil.rmtree(scratch, ignore_errors=True)

    # 4. SR maps, uncertainty and applicability as temporal groups; the Temporal Controller
    project = QgsProject.instance()
    temporal_layers.load_series(maps, project, ("sr", "sr_sd", "aoa"), iface=iface)
    controller = iface.mapCanvas().temporalController()
    for dock in window.findChildren(QDockWidget):
        if dock.findChild(QComboBox, "mTimeStepsComboBox") is not None:
            dock.show()
    settle(1)
    canvas = iface.mapCanvas()
    canvas.setExtent(project.mapLayersByName(
        temporal_layers.layer_name("sr", _date(2005, 7, 12)))[0].extent())
    controller.setCurrentFrameNumber(24)  # 2005-07-12: summer, the applicability veil shows
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    settle(2)
    canvas.waitWhileRendering()
    save(window, os.path.join(out_dir, "temporal_maps.png"), 1100)

    # 5. the training report (HTML written by soilresp:trainmodel)
    report = os.path.join(demo_dir, "models", "report.html")
    if os.path.exists(report):
        try:
            from qgis.PyQt.QtCore import QUrl
            from qgis.PyQt.QtWebKitWidgets import QWebView
        except ImportError:
            QWebView = None
        if QWebView is not None:
            view = QWebView()
            view.resize(1000, 760)
            view.load(QUrl.fromLocalFile(report))
            view.show()
            settle(4)
            save(view, os.path.join(out_dir, "report.png"), 800)
            view.close()
    plugin.unload()


def _date(year, month, day):
    import datetime

    return datetime.date(year, month, day)


if INSIDE:
    in_qgis()
elif __name__ == "__main__":
    launch(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT,
                                                                              "demo_output")),
           os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "docs",
                                                                              "images")))
