"""Run inside the real QGIS desktop (``qgis --code``, see tests/test_desktop_qgis_app.py):
load a synthetic SR series with the plugin's loader through the real ``iface``, step the
Temporal Controller panel's own navigation object through every frame, grab the map canvas,
and compare each frame with the canvas showing only that period's map file. Results go to
the JSON file named by SOILRESP_PROBE_OUT; QGIS then quits."""
import json
import os
import sys
import traceback

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDockWidget
from qgis.utils import iface

ROOT = os.environ["SOILRESP_REPO"]
for path in (ROOT, os.path.join(ROOT, "tests")):
    if path not in sys.path:
        sys.path.insert(0, path)
OUT = os.environ["SOILRESP_PROBE_OUT"]


def grab(canvas):
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    for _ in range(20):
        QApplication.processEvents()
    canvas.waitWhileRendering()
    return canvas.grab().toImage()


def differing(a, b):
    import numpy as np
    from qgis.PyQt.QtGui import QImage

    def array(image):
        image = image.convertToFormat(QImage.Format_ARGB32)
        pointer = image.constBits()
        pointer.setsize(image.sizeInBytes())
        return np.frombuffer(pointer, np.uint8).reshape(image.height(), image.width(), 4).copy()

    return int(np.any(array(a) != array(b), axis=2).sum())


def probe():
    import datetime as dt

    import temporal_maps as TM
    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

    from soil_resp_plugin.gui import temporal_layers as TL

    result = {}
    project = QgsProject.instance()
    canvas = iface.mapCanvas()
    grab(canvas)  # let the main window settle its layout (the canvas size) first
    for name, first, count in (("january", dt.date(2005, 1, 1), 5),
                               ("year-boundary", dt.date(2005, 12, 11), 6)):
        project.clear()
        folder = os.path.join(os.path.dirname(OUT), name)
        periods = TM.periods_from(first, count)
        paths = TM.write_series(folder, periods)
        layers = TL.load_series(folder, project, ("sr",), iface=iface)["sr"]
        # a later, unrelated layer makes the panel recompute its frames from the project
        project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326", "points", "memory"))
        grab(canvas)  # QGIS zooms to the first layers added to an empty project: let it
        controller = canvas.temporalController()
        dock = [d for d in iface.mainWindow().findChildren(QDockWidget)
                if d.findChild(QComboBox, "mTimeStepsComboBox")][0]
        step = dock.findChild(QComboBox, "mTimeStepsComboBox").currentText()
        layers_extent = layers[0].extent()
        canvas.setExtent(layers_extent)
        maximum = layers[0].renderer().classificationMax()
        frames = []
        for frame in range(controller.totalFrameCount()):
            controller.setCurrentFrameNumber(frame)
            canvas.setExtent(layers_extent)
            span = controller.dateTimeRangeForFrameNumber(frame)
            image = grab(canvas)
            if os.environ.get("SOILRESP_PROBE_IMAGES"):
                image.save(os.path.join(folder, f"frame{frame}.png"))
            frames.append({"begin": span.begin().toString("yyyy-MM-dd HH:mm:ss"),
                           "image": image})
        controller.setNavigationMode(controller.NavigationOff)
        project.removeAllMapLayers()
        references = {}
        for period in periods:  # the canvas follows the layer tree: one visible layer
            reference = QgsRasterLayer(paths[("sr", period)], "reference", "gdal")
            TL._style_continuous(reference, "Viridis", maximum, "")
            project.addMapLayer(reference)
            canvas.setExtent(layers_extent)
            references[period.isoformat()] = image = grab(canvas)
            if os.environ.get("SOILRESP_PROBE_IMAGES"):
                image.save(os.path.join(folder, f"reference_{period.isoformat()}.png"))
            project.removeMapLayer(reference.id())
        result[name] = {
            "step": step, "frames": len(frames),
            "differences": [{"begin": f["begin"], "pixels": {
                p: differing(f["image"], image) for p, image in references.items()}}
                for f in frames]}
        project.clear()
    return result


def main():
    try:
        result = probe()
    except Exception:  # the test reads the traceback from the JSON file
        result = {"error": traceback.format_exc()}
    with open(OUT, "w") as out:
        json.dump(result, out, indent=1)
    iface.actionExit().trigger()


QTimer.singleShot(1000, main)
