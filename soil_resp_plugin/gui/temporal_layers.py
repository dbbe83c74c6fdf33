"""Upscaled maps as temporal layer groups for the Temporal Controller: one period per frame.

How QGIS 3.22 decides what a frame shows (measured with PyQGIS, see tests/test_desktop_temporal.py):
a raster layer with a fixed temporal range is drawn when ``layerRange.overlaps(frameRange)``,
and that test ignores the frame's excluded end. A layer ranged [period start, next period
start) therefore also appears in the frame *before* its period, and cloud holes (no data) of
the frame's own map show the next period's values.

So each layer gets a closed range that lies strictly inside its period and touches no other
period: [first day 00:00:01, last day 23:59:59] UTC. Frames are QGIS's "source timestamps"
step (``TemporalIrregularStep``): frame *n* is the *n*-th period itself, so the short last
period of a year (5 or 6 days) is a frame like any other and multi-year series stay aligned.
With a fixed 8-day step (if a user picks it) frames follow the periods only until the first
31 December, since 46 periods make 365 or 366 days, not 368; that is documented in
docs/tutorial.md and measured in the tests.
"""
import datetime as dt
import logging
import math
import os

from qgis.core import (
    QgsColorRampShader,
    QgsDateTimeRange,
    QgsInterval,
    QgsMapLayerLegend,
    QgsPalettedRasterRenderer,
    QgsRasterLayer,
    QgsRasterLayerTemporalProperties,
    QgsRasterShader,
    QgsSimpleLegendNode,
    QgsSingleBandPseudoColorRenderer,
    QgsStyle,
    QgsTemporalNavigationObject,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime
from qgis.PyQt.QtGui import QColor

from ..compat import TemporalUnit
from ..i18n import tr

LOG = logging.getLogger(__name__)
#: unit of SR and its SD as shown in layer names and legends
SR_UNIT = "g C m⁻² d⁻¹"
#: loading order: the first is drawn on top
PREFIXES = ("aoa", "sr", "sr_sd", "di")


def series_title(prefix):
    """(group title, layer label) for an output prefix; the group title carries the unit."""
    if prefix == "sr":
        return tr("Soil respiration ({})").format(SR_UNIT), tr("SR")
    if prefix == "sr_sd":
        return tr("SR uncertainty, SD of the trees ({})").format(SR_UNIT), tr("SR SD")
    if prefix == "di":
        return tr("Dissimilarity index (dimensionless)"), tr("DI")
    if prefix == "aoa":
        return tr("Area of applicability"), tr("AOA")
    raise ValueError(prefix)


def layer_name(prefix, period):
    """e.g. 'SR 2005-01-01 (g C m⁻² d⁻¹)': the unit travels with the layer."""
    label = series_title(prefix)[1]
    if prefix in ("sr", "sr_sd"):
        return f"{label} {period.isoformat()} ({SR_UNIT})"
    return f"{label} {period.isoformat()}"


def period_range(period):
    """Closed range strictly inside the period: [first day 00:00:01, last day 23:59:59] UTC.

    It touches neither neighbour, so QGIS 3.22's overlap test (which ignores a frame's open
    end) cannot show a period in the frame before it."""
    from ..core import periods as P

    end = P.period_end(period)
    return QgsDateTimeRange(
        QDateTime(QDate(period.year, period.month, period.day), QTime(0, 0, 1), Qt.UTC),
        QDateTime(QDate(end.year, end.month, end.day), QTime(23, 59, 59), Qt.UTC), True, True)


def whole_range(periods):
    """[first period's start 00:00, day after the last period] UTC: the project's range."""
    from ..core import periods as P

    first, last = periods[0], P.period_end(periods[-1]) + dt.timedelta(days=1)
    return QgsDateTimeRange(
        QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0), Qt.UTC),
        QDateTime(QDate(last.year, last.month, last.day), QTime(0, 0), Qt.UTC), True, False)


def find_maps(folder, prefix):
    """[(period, path)] of the complete maps ``<prefix>_YYYYDDD.tif`` in ``folder``."""
    from ..core import engine
    from ..core import periods as P

    entries = []
    for name in sorted(os.listdir(folder)):
        match = engine.OUTPUT_NAME.match(name)
        if match and match.group("prefix") == prefix:
            entries.append((P.parse_period_label(match.group("label")),
                            os.path.join(folder, name)))
    return sorted(entries)


def load_series(folder, project, prefixes=("sr",), iface=None, controller=None):
    """Load the maps of ``prefixes`` from ``folder`` as one layer group each (SR visible,
    uncertainty and dissimilarity groups loaded but unticked, the area of applicability on
    top as a grey veil over pixels outside it); set the project's time range and step and
    the Temporal Controller (``controller``, else the canvas's). Returns {prefix: layers}."""
    loaded = {}
    periods = set()
    root = project.layerTreeRoot()
    for prefix in sorted(prefixes, key=lambda p: -PREFIXES.index(p)):  # bottom group first
        entries = find_maps(folder, prefix)
        if not entries:
            continue
        title = tr("{}: {} to {}").format(
            series_title(prefix)[0], entries[0][0].isoformat(), _last_day(entries[-1][0]))
        group = root.insertGroup(0, title)
        style = _styler(prefix, [path for _, path in entries])
        layers = []
        for period, path in entries:
            layer = QgsRasterLayer(path, layer_name(prefix, period), "gdal")
            if not layer.isValid():
                LOG.warning("%s is not a readable raster; left out of the series", path)
                continue
            properties = layer.temporalProperties()
            properties.setMode(QgsRasterLayerTemporalProperties.ModeFixedTemporalRange)
            properties.setFixedTemporalRange(period_range(period))
            properties.setIsActive(True)
            style(layer)
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            layers.append(layer)
            periods.add(period)
        group.setItemVisibilityChecked(prefix in ("sr", "aoa"))
        for node in group.children():
            node.setItemVisibilityChecked(True)
        if prefix != "sr":
            group.setExpanded(False)
        loaded[prefix] = layers
    if periods:
        configure_time(project, sorted(periods), iface=iface, controller=controller)
    return loaded


def load_time_series(folder, project, prefix="sr", iface=None, controller=None):
    """One series (``load_series`` with a single prefix); returns its layers in time order."""
    return load_series(folder, project, (prefix,), iface=iface,
                       controller=controller).get(prefix, [])


def _last_day(period):
    from ..core import periods as P

    return P.period_end(period).isoformat()


def configure_time(project, periods, iface=None, controller=None):
    """Project time settings (range, 'source timestamps' step) and the Temporal Controller:
    animated, one frame per period."""
    whole = whole_range(periods)
    settings = project.timeSettings()
    settings.setTemporalRange(whole)
    settings.setTimeStepUnit(TemporalUnit.IrregularStep)
    settings.setTimeStep(1)
    settings.setFramesPerSecond(2)
    # what the Temporal Controller panel restores when the project is opened again
    project.writeEntry("TemporalControllerWidget", "/NavigationMode",
                       int(QgsTemporalNavigationObject.Animated))
    project.writeEntry("TemporalControllerWidget", "/StartDateTime",
                       whole.begin().toString(Qt.DateFormat.ISODateWithMs))
    project.writeEntry("TemporalControllerWidget", "/EndDateTime",
                       whole.end().toString(Qt.DateFormat.ISODateWithMs))
    if controller is None and iface is not None:
        controller = iface.mapCanvas().temporalController()
    if isinstance(controller, QgsTemporalNavigationObject):
        frames = frame_ranges(project)
        controller.setNavigationMode(QgsTemporalNavigationObject.Animated)
        controller.setTemporalExtents(whole)
        controller.setAvailableTemporalRanges(frames)
        # the panel follows this signal: its step box shows "source timestamps"
        controller.setFrameDuration(QgsInterval(1, TemporalUnit.IrregularStep))
        controller.setFramesPerSecond(2)
        controller.setCurrentFrameNumber(0)
    elif controller is not None:
        LOG.info("Temporal controller %r is not a navigation object; the layers still carry "
                 "their time ranges", controller)


def frame_ranges(project):
    """The distinct fixed ranges of the project's active temporal raster layers, in time
    order: one frame per period (SR, SD and applicability of a period share a range)."""
    seen = {}
    for layer in project.mapLayers().values():
        properties = layer.temporalProperties()
        if (properties is None or not properties.isActive()
                or not isinstance(properties, QgsRasterLayerTemporalProperties)
                or properties.mode() != QgsRasterLayerTemporalProperties.ModeFixedTemporalRange):
            continue
        span = properties.fixedTemporalRange()
        seen[(span.begin().toMSecsSinceEpoch(), span.end().toMSecsSinceEpoch())] = span
    return [seen[key] for key in sorted(seen)]


def _maximum(paths, default):
    """Largest STATISTICS_MAXIMUM over the maps (written by the engine), for one colour scale."""
    import rasterio
    from rasterio.errors import RasterioError

    best = 0.0
    for path in paths:
        try:
            with rasterio.open(path) as dataset:
                best = max(best, float(dataset.tags(1).get("STATISTICS_MAXIMUM", 0.0)))
        except (RasterioError, OSError, ValueError) as error:
            LOG.warning("No maximum read from %s (%s); the colour scale ignores it", path, error)
    return math.ceil(best * 10.0) / 10.0 if best else default  # 6.1, not 6.09944


class RampOnlyLegend(QgsMapLayerLegend):
    """The raster's default legend without its band line ("Band 1: sr 2005-01-01 (Gray)"):
    the layer name and the ramp's labels already say what and in which unit."""

    def __init__(self, layer):
        super().__init__(layer)
        self._layer = layer

    def createLayerTreeModelLegendNodes(self, layer_node):  # noqa: N802 (QGIS API name)
        nodes = QgsMapLayerLegend.defaultRasterLegend(self._layer).createLayerTreeModelLegendNodes(
            layer_node)
        return [node for node in nodes if not isinstance(node, QgsSimpleLegendNode)]


def _styler(prefix, paths):
    if prefix == "aoa":
        return _style_applicability
    ramp, default = {"sr": ("Viridis", 10.0), "sr_sd": ("Magma", 2.0),
                     "di": ("Plasma", 1.0)}[prefix]
    maximum = _maximum(paths, default)
    suffix = f" {SR_UNIT}" if prefix in ("sr", "sr_sd") else ""
    return lambda layer: _style_continuous(layer, ramp, maximum, suffix)


def _style_continuous(layer, ramp_name, maximum, suffix):
    ramp = QgsStyle.defaultStyle().colorRamp(ramp_name)
    function = QgsColorRampShader(0.0, maximum)
    function.setColorRampType(QgsColorRampShader.Interpolated)
    if ramp is not None:
        function.setSourceColorRamp(ramp)
        function.classifyColorRamp(5, -1)
    legend = function.legendSettings()
    legend.setUseContinuousLegend(True)
    legend.setSuffix(suffix)
    function.setLegendSettings(legend)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(maximum)
    layer.setRenderer(renderer)
    layer.setLegend(RampOnlyLegend(layer))


def _style_applicability(layer):
    classes = [
        QgsPalettedRasterRenderer.Class(0, QColor(60, 60, 60, 170),
                                        tr("outside the area of applicability")),
        QgsPalettedRasterRenderer.Class(1, QColor(255, 255, 255, 0),
                                        tr("inside (transparent)")),
    ]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
