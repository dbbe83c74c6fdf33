"""Temporal Controller frames show exactly one 8-day period: rendered frames compared pixel by
pixel with the period's own map file, over a January and over a year boundary, through a real
QgsMapCanvas driven by a QgsTemporalNavigationObject and real QgsMapRendererJob renders."""
import datetime as dt

import pytest
import temporal_maps as TM

JANUARY = TM.periods_from(dt.date(2005, 1, 1), 5)  # 1, 9, 17, 25 January, 2 February
YEAR_END = TM.periods_from(dt.date(2005, 12, 11), 6)  # ..., 27-31 Dec (5 days), 1 Jan 2006, ...
SCALE = 3  # screen pixels per map cell


@pytest.fixture
def clean_project(qgis_app):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    yield project
    project.removeAllMapLayers()
    project.clear()


def _settings(layers, extent, temporal_range=None):
    from qgis.core import QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(TM.WIDTH * SCALE, TM.HEIGHT * SCALE))
    settings.setBackgroundColor(QColor(255, 255, 255))
    if temporal_range is not None:
        settings.setIsTemporal(True)
        settings.setTemporalRange(temporal_range)
    return settings


def _render(settings):
    from qgis.core import QgsMapRendererSequentialJob

    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def _reference(path, prefix, extent):
    """The map file alone, styled as the plugin styles it, without any temporal filter."""
    from qgis.core import QgsRasterLayer

    from soil_resp_plugin.gui import temporal_layers as TL

    layer = QgsRasterLayer(path, "reference", "gdal")
    assert layer.isValid()
    TL._styler(prefix, [p for p in [path]])(layer)
    return _render(_settings([layer], extent)), layer


def _differing_pixels(a, b):
    import numpy as np

    def array(image):
        from qgis.PyQt.QtGui import QImage

        image = image.convertToFormat(QImage.Format_ARGB32)
        pointer = image.constBits()
        pointer.setsize(image.sizeInBytes())
        return np.frombuffer(pointer, np.uint8).reshape(image.height(), image.width(), 4).copy()

    return int(np.any(array(a) != array(b), axis=2).sum())


def _frames_against_maps(project, tmp_path, periods):
    from qgis.core import QgsTemporalNavigationObject
    from qgis.gui import QgsMapCanvas

    from soil_resp_plugin.gui import temporal_layers as TL

    paths = TM.write_series(str(tmp_path / "maps"), periods)
    canvas = QgsMapCanvas()
    canvas.resize(TM.WIDTH * SCALE, TM.HEIGHT * SCALE)
    navigation = QgsTemporalNavigationObject(canvas)  # owned by the canvas: same lifetime
    canvas.setTemporalController(navigation)
    layers = TL.load_series(str(tmp_path / "maps"), project, ("sr",), controller=navigation)["sr"]
    # maps of a shared scale: the references must use the series' maximum too
    maximum = max(layer.renderer().classificationMax() for layer in layers)
    assert navigation.totalFrameCount() == len(periods)
    extent = layers[0].extent()
    canvas.setLayers(layers)
    canvas.setExtent(extent)
    results = []
    for frame, period in enumerate(periods):
        navigation.setCurrentFrameNumber(frame)
        frame_range = navigation.dateTimeRangeForFrameNumber(frame)
        assert canvas.temporalRange() == frame_range, "the canvas follows the controller"
        settings = canvas.mapSettings()
        assert settings.isTemporal() and settings.temporalRange() == frame_range
        image = _render(_settings(settings.layers(), extent, settings.temporalRange()))
        references = {}
        for other in periods:
            reference, layer = _reference(paths[("sr", other)], "sr", extent)
            TL._style_continuous(layer, "Viridis", maximum, "")
            references[other] = _render(_settings([layer], extent))
        results.append((period, frame_range, {other: _differing_pixels(image, reference)
                                              for other, reference in references.items()}))
    return results


@pytest.mark.parametrize("periods", [JANUARY, YEAR_END], ids=["january", "year-boundary"])
def test_each_frame_renders_exactly_its_own_period(clean_project, tmp_path, periods):
    results = _frames_against_maps(clean_project, tmp_path, periods)
    for period, frame_range, differences in results:
        assert frame_range.begin().date().toPyDate() == period
        assert differences[period] == 0, (period, differences)
        others = [count for other, count in differences.items() if other != period]
        assert min(others) > 0, "every other period's map looks different"


def test_the_old_half_open_ranges_showed_the_next_period_in_cloud_holes(clean_project, tmp_path):
    """Regression: the ranges [start, next start) of 0.x showed two periods per frame in 3.22;
    measured here so a QGIS that fixes its overlap test is noticed."""
    from qgis.core import QgsDateTimeRange, QgsRasterLayer

    from soil_resp_plugin.gui import temporal_layers as TL

    paths = TM.write_series(str(tmp_path / "maps"), JANUARY[:2])
    first, second = (QgsRasterLayer(paths[("sr", p)], p.isoformat(), "gdal") for p in JANUARY[:2])
    old = []
    for layer, period in ((first, JANUARY[0]), (second, JANUARY[1])):
        begin = TL.whole_range([period]).begin()
        span = QgsDateTimeRange(begin, begin.addDays(8), True, False)
        layer.temporalProperties().setMode(layer.temporalProperties().ModeFixedTemporalRange)
        layer.temporalProperties().setFixedTemporalRange(span)
        layer.temporalProperties().setIsActive(True)
        TL._style_continuous(layer, "Viridis", 3.0, "")
        old.append(span)
    extent = first.extent()
    frame = old[0]  # what an 8-day step from 1 January gives as frame 0
    image = _render(_settings([first, second], extent, frame))
    alone = _render(_settings([first], extent))
    assert second.temporalProperties().isVisibleInTemporalRange(frame)  # QGIS 3.22's overlap
    import rasterio

    with rasterio.open(paths[("sr", JANUARY[0])]) as a, rasterio.open(paths[("sr", JANUARY[1])]) as b:
        shows_through = int(((a.read(1) == TM.NODATA) & (b.read(1) != TM.NODATA)).sum())
    assert shows_through > 40
    # the first map's cloud hole shows the second period's values, cell by cell
    assert _differing_pixels(image, alone) == shows_through * SCALE * SCALE


def test_a_fixed_8_day_step_drifts_after_31_december(clean_project, tmp_path):
    """The documented limitation: frames of a fixed duration cannot follow 46 periods of
    365/366 days; the plugin therefore sets 'source timestamps' (one frame per period)."""
    from qgis.core import QgsInterval, QgsTemporalNavigationObject, QgsUnitTypes

    from soil_resp_plugin.gui import temporal_layers as TL

    TM.write_series(str(tmp_path / "maps"), YEAR_END)
    navigation = QgsTemporalNavigationObject()
    layers = TL.load_series(str(tmp_path / "maps"), clean_project, ("sr",),
                            controller=navigation)["sr"]
    assert navigation.frameDuration().originalUnit() == QgsUnitTypes.TemporalIrregularStep
    navigation.setFrameDuration(QgsInterval(8, QgsUnitTypes.TemporalDays))
    shown = []
    for frame in range(navigation.totalFrameCount()):
        span = navigation.dateTimeRangeForFrameNumber(frame)
        shown.append([layer.name()[3:13] for layer in layers
                      if layer.temporalProperties().isVisibleInTemporalRange(span)])
    # inside 2005 one period per frame; from the 5-day period of 27 December on, two
    assert shown[:2] == [["2005-12-11"], ["2005-12-19"]]
    assert shown[2] == ["2005-12-27", "2006-01-01"]


def test_project_time_settings_groups_and_legends(clean_project, tmp_path):
    from qgis.core import (
        QgsPalettedRasterRenderer,
        QgsSingleBandPseudoColorRenderer,
        QgsTemporalNavigationObject,
        QgsUnitTypes,
    )

    from soil_resp_plugin.gui import temporal_layers as TL

    TM.write_series(str(tmp_path / "maps"), YEAR_END, ("sr", "sr_sd", "di", "aoa"))
    navigation = QgsTemporalNavigationObject()
    loaded = TL.load_series(str(tmp_path / "maps"), clean_project,
                            ("sr", "sr_sd", "di", "aoa"), controller=navigation)
    assert {prefix: len(layers) for prefix, layers in loaded.items()} == {
        "sr": 6, "sr_sd": 6, "di": 6, "aoa": 6}
    settings = clean_project.timeSettings()
    whole = settings.temporalRange()
    assert whole.begin().toPyDateTime() == dt.datetime(2005, 12, 11)
    assert whole.end().toPyDateTime() == dt.datetime(2006, 1, 25)
    assert settings.timeStepUnit() == QgsUnitTypes.TemporalIrregularStep
    assert settings.timeStep() == 1
    # one frame per period although four layers share each period
    assert navigation.totalFrameCount() == 6
    assert navigation.navigationMode() == QgsTemporalNavigationObject.Animated
    groups = [node.name() for node in clean_project.layerTreeRoot().children()]
    assert groups == [
        "Area of applicability: 2005-12-11 to 2006-01-24",
        "Soil respiration (g C m⁻² d⁻¹): 2005-12-11 to 2006-01-24",
        "SR uncertainty, SD of the trees (g C m⁻² d⁻¹): 2005-12-11 to 2006-01-24",
        "Dissimilarity index (dimensionless): 2005-12-11 to 2006-01-24"]
    visible = [node.itemVisibilityChecked() for node in clean_project.layerTreeRoot().children()]
    assert visible == [True, True, False, False]
    sr = loaded["sr"][2]
    assert sr.name() == "SR 2005-12-27 (g C m⁻² d⁻¹)"
    span = sr.temporalProperties().fixedTemporalRange()
    assert span.begin().toPyDateTime() == dt.datetime(2005, 12, 27, 0, 0, 1)
    assert span.end().toPyDateTime() == dt.datetime(2005, 12, 31, 23, 59, 59)
    renderer = sr.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    legend = renderer.shader().rasterShaderFunction().legendSettings()
    assert legend.suffix() == " g C m⁻² d⁻¹"
    from qgis.core import QgsColorRampLegendNode, QgsLayerTreeModel

    model = QgsLayerTreeModel(clean_project.layerTreeRoot())
    node = clean_project.layerTreeRoot().findLayer(sr.id())
    legend = model.layerLegendNodes(node)  # what the Layers panel shows under the layer
    assert [type(n) for n in legend] == [QgsColorRampLegendNode], [n.data(0) for n in legend]
    assert renderer.classificationMax() == 2.9  # the series' maximum 2.85, rounded up
    assert loaded["sr_sd"][0].name() == "SR SD 2005-12-11 (g C m⁻² d⁻¹)"
    aoa = loaded["aoa"][0].renderer()
    assert isinstance(aoa, QgsPalettedRasterRenderer)
    assert [c.label for c in aoa.classes()] == [
        "outside the area of applicability", "inside (transparent)"]
