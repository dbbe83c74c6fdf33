"""Processing algorithm ``soilresp:upscale``: soil respiration maps, one GeoTIFF per 8-day
period, from a model bundle and a predictor catalog. Thin wrapper around
:class:`core.engine.Upscaler`; parameters that need QGIS (extent, CRS, mask layer) are turned
into plain values here."""
import datetime as dt
import json
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsVectorLayer,
)

from ..compat import (
    DateTimeType,
    GeometryType,
    NumberType,
    SourceType,
    geometry_type,
)
from ..core.errors import InputError
from . import predictor_inputs
from .base import SoilRespAlgorithm

IGBP_CLASSES = (
    "0 Water", "1 Evergreen needleleaf forest", "2 Evergreen broadleaf forest",
    "3 Deciduous needleleaf forest", "4 Deciduous broadleaf forest", "5 Mixed forests",
    "6 Closed shrublands", "7 Open shrublands", "8 Woody savannas", "9 Savannas",
    "10 Grasslands", "11 Permanent wetlands", "12 Croplands", "13 Urban and built-up",
    "14 Cropland/natural vegetation mosaic", "15 Snow and ice", "16 Barren",
)
AOA_CHOICES = (
    ((), "None"),
    (("di", "aoa"), "Dissimilarity index and applicability mask"),
    (("di",), "Dissimilarity index only"),
    (("aoa",), "Applicability mask only"),
)
DASK_ENV = "SOILRESP_DASK_SCHEDULER"
#: more threads than any desktop has cores; THREADS above the machine's cores are clamped
MAX_THREADS = 256
#: longest gap that MAX_FILL_GAP can bridge by interpolation: one year of 8-day periods
MAX_FILL_GAP = 46


def as_date(value):
    """A Processing date/datetime parameter value as ``datetime.date`` (None when unset)."""
    if value is None:
        return None
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime().date() if value.isValid() else None
    if hasattr(value, "toPyDate"):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    return dt.date.fromisoformat(text[:10]) if text else None


def polygons_in_crs(layer, crs_wkt, context):
    """The polygons of a vector layer as GeoJSON-like dicts in the target CRS."""
    if geometry_type(layer) != GeometryType.Polygon:
        raise InputError(f"layer '{layer.name()}' is not a polygon layer (nor a raster): give "
                         "polygons or a raster whose cells to map are non-zero.",
                         parameter="MASK")
    target = QgsCoordinateReferenceSystem.fromWkt(crs_wkt)
    transform = QgsCoordinateTransform(layer.crs(), target, context.transformContext())
    shapes = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometry.transform(transform)
        shapes.append(json.loads(geometry.asJson()))
    if not shapes:
        raise InputError(f"layer '{layer.name()}' has no polygon: draw the area to map, or "
                         "leave the mask empty.", parameter="MASK")
    return shapes


class UpscaleAlgorithm(SoilRespAlgorithm):
    ALGORITHM_ID = "upscale"
    DISPLAY_NAME = "Upscale soil respiration maps"
    GROUP_ID = "maps"
    REQUIRES = ("numpy", "pandas", "sklearn", "rasterio", "joblib")
    HELP = (
        "Applies a model (from 'Train soil respiration models') to the predictor rasters and "
        "writes one map of soil respiration per 8-day period, in g C m-2 d-1 (period mean "
        "daily rate): 'Output folder for the maps' (OUTPUT_FOLDER)/sr_YYYYDDD.tif (float32, tiled 256x256, ZSTD-compressed, "
        "nodata -9999, date and units in the metadata) and sr.vrt with one band per period in "
        "time order.\n\n"
        "Gaps of the time-varying predictors (clouds in LST and vegetation indices, fill, "
        "QC-masked pixels) are filled in time first ('Fill gaps of predictors in time' (FILL_GAPS), on by default): per pixel, "
        "linear interpolation across at most 'Longest gap to interpolate' (MAX_FILL_GAP) missing 8-day periods (default 3), "
        "else the multi-year mean of that period of the year (climatology). Each period then "
        "also gets filled_YYYYDDD.tif (uint32 bit mask, with filled.vrt): bit i (value 2^i) "
        "is set where the i-th time-varying predictor of the model was filled (the legend is "
        "in the metadata, FILLED_BIT_i / FILLED_LEGEND), 0 where nothing was filled, "
        "4294967295 where nothing was mapped. With 'Fill gaps of predictors in time' (FILL_GAPS) off, or where a predictor stays "
        "missing (e.g. over the sea), only pixels where every predictor has a value "
        "(and inside 'Mask' (MASK) / 'Land-cover classes to map' (LANDCOVER_CLASSES)) are predicted. The grid defaults to that of the model's first time-varying predictor; "
        "'Extent' (EXTENT), 'Target CRS' (TARGET_CRS) and 'Cell size in target CRS units' (RESOLUTION) make another one, and predictors on other grids are "
        "resampled onto it by meaning: area mean of the valid cells when coarsening (the class "
        "covering most of the cell for land cover), bilinear when refining (nearest for land "
        "cover). What had to be composited or resampled, and the gaps filled in time, is kept "
        "for later runs on the same grid ('Keep prepared predictors for later runs' "
        "(KEEP_PREPARED), on by default), which then skip decoding the raw files and filling "
        "the gaps again.\n\n"
        "'Uncertainty' (UNCERTAINTY) adds sr_sd_YYYYDDD.tif, the standard deviation of the trees' predictions. "
        "'Area of applicability outputs' (AOA) adds the dissimilarity index (di_YYYYDDD.tif) and/or the area-of-applicability "
        "mask (aoa_YYYYDDD.tif: 1 inside, 0 where the model extrapolates).\n\n"
        "Safe to interrupt: every file is written under a hidden temporary name and renamed "
        "when complete, so a cancelled or failed run leaves no finished-looking file. "
        "'Resume' (RESUME) skips periods whose maps are complete (same model and grid) and computes the "
        "rest. A folder holding maps of another model or grid is refused; nothing is "
        "overwritten unasked.\n\n"
        "Runs on 'Threads' (THREADS) threads; with 'dask scheduler address' (DASK_SCHEDULER) (or the environment variable "
        "SOILRESP_DASK_SCHEDULER) the work goes to a dask.distributed cluster whose workers "
        "can read the model and predictor paths. For long runs from the desktop use the menu "
        "'Soil Respiration > Upscale in background…', which loads the maps as a time series.\n\n"
        + predictor_inputs.PREDICTORS_HELP
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameterWithHelp(QgsProcessingParameterFile(
            "MODEL", self.tr("Model file (from Train soil respiration models)"),
            extension="joblib"), self.tr(
            "A .joblib model written by 'Train soil respiration models', with its "
            ".json sidecar. Its predictors are read from the catalog. Open only "
            "models you trust: loading one runs code."))
        predictor_inputs.add_catalog_parameters(self)
        self.addParameterWithHelp(QgsProcessingParameterDateTime(
            "START_DATE", self.tr("First day (its 8-day period is the first map)"),
            type=DateTimeType.Date, optional=True), self.tr(
            "The 8-day period containing this day is the first map. Empty "
            "(default): the first period of the model's time-varying predictors in "
            "the catalog."))
        self.addParameterWithHelp(QgsProcessingParameterDateTime(
            "END_DATE", self.tr("Last day (its 8-day period is the last map)"),
            type=DateTimeType.Date, optional=True), self.tr(
            "The 8-day period containing this day is the last map. Empty (default):"
            " the last period of the model's time-varying predictors in the "
            "catalog."))
        self.addParameterWithHelp(QgsProcessingParameterBoolean(
            "UNCERTAINTY", self.tr("Uncertainty: standard deviation of the trees (sr_sd_*)"),
            defaultValue=False), self.tr(
            "Off by default. On: also writes sr_sd_YYYYDDD.tif, the standard "
            "deviation of the trees' predictions (g C m-2 d-1)."))
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            "AOA", self.tr("Area of applicability outputs"),
            options=[self.tr(label) for _, label in AOA_CHOICES], defaultValue=0), self.tr(
            "Also writes the dissimilarity index (di_YYYYDDD.tif) and/or the "
            "area-of-applicability mask (aoa_YYYYDDD.tif: 1 inside, 0 where the "
            "model extrapolates). Default: none."))
        self.addParameterWithHelp(QgsProcessingParameterBoolean(
            "RESUME", self.tr("Resume: keep complete maps in the output folder, compute the rest"),
            defaultValue=False), self.tr(
            "Off by default. On: periods whose maps in the output folder are "
            "complete (same model and grid) are kept and only the rest is computed,"
            " e.g. after a cancelled run."))
        optional = [
            (QgsProcessingParameterExtent("EXTENT", self.tr("Extent (default: predictors')"),
                                          optional=True), self.tr(
                "Area to map. Default: the grid of the model's first time-varying "
                "predictor.")),
            (QgsProcessingParameterCrs("TARGET_CRS", self.tr("Target CRS (default: predictors')"),
                                       optional=True), self.tr(
                "Coordinate reference system of the maps. Default: that of the "
                "predictors; other predictors are reprojected onto the grid.")),
            (QgsProcessingParameterNumber(
                "RESOLUTION", self.tr("Cell size in target CRS units (0: predictors')"),
                type=NumberType.Double, defaultValue=0.0, minValue=0.0), self.tr(
                "Cell size of the maps in units of 'Target CRS' (TARGET_CRS). 0 "
                "(default): the predictors' cell size.")),
            (QgsProcessingParameterMapLayer(
                "MASK", self.tr("Mask: predict inside these polygons / non-zero raster cells"),
                optional=True, types=[SourceType.Raster,
                                      SourceType.VectorPolygon]), self.tr(
                "Only cells inside these polygons, or the non-zero cells of this "
                "raster, are predicted. Empty (default): every cell where all "
                "predictors have a value.")),
            (QgsProcessingParameterEnum(
                "LANDCOVER_CLASSES", self.tr("Land-cover classes to map (IGBP; none: all)"),
                options=[self.tr(c) for c in IGBP_CLASSES], allowMultiple=True, optional=True), self.tr(
                "Only cells of these IGBP land-cover classes are mapped (needs land"
                " cover among the predictors). None selected (default): all "
                "classes.")),
            (QgsProcessingParameterNumber(
                "THREADS", self.tr("Threads (0: all cores)"),
                type=NumberType.Integer, defaultValue=0, minValue=0,
                maxValue=MAX_THREADS), self.tr(
                "Threads of the run (0, the default: all cores). More than the "
                "machine's cores are reduced to its cores with a warning.")),
            (QgsProcessingParameterString(
                "DASK_SCHEDULER", self.tr("dask scheduler address (e.g. tcp://host:8786)"),
                optional=True, defaultValue=""), self.tr(
                "Address of a dask.distributed scheduler, e.g. tcp://host:8786; its"
                " workers must be able to read the model and predictor paths. Empty"
                " (default): the environment variable SOILRESP_DASK_SCHEDULER, else"
                " this machine.")),
            (QgsProcessingParameterBoolean(
                "FILL_GAPS",
                self.tr("Fill gaps of predictors in time (interpolation, then climatology)"),
                defaultValue=True), self.tr(
                "On by default: gaps of the time-varying predictors are filled per "
                "pixel by linear interpolation in time, else by the multi-year mean"
                " of that period, and filled_YYYYDDD.tif records where. Off: only "
                "cells where every predictor has a value are predicted.")),
            (QgsProcessingParameterNumber(
                "MAX_FILL_GAP",
                self.tr("Longest gap to interpolate (8-day periods; longer: climatology)"),
                type=NumberType.Integer, defaultValue=3, minValue=0,
                maxValue=MAX_FILL_GAP), self.tr(
                "With 'Fill gaps of predictors in time' (FILL_GAPS) on: gaps of at "
                "most this many 8-day periods (0 to 46, default 3) are "
                "interpolated; longer ones get the multi-year mean.")),
            (QgsProcessingParameterBoolean(
                "KEEP_PREPARED",
                self.tr("Keep prepared predictors for later runs (user cache folder)"),
                defaultValue=True), self.tr(
                "On by default: predictors that had to be composited (daily, Terra and "
                "Aqua, 16-day) or resampled onto the grid, and the gaps filled in time, "
                "are kept in the user cache "
                "folder (~/.cache/soil_resp_plugin/prepared, or SOILRESP_CACHE_DIR) and "
                "read back by later runs on the same grid, such as the second model or a "
                "re-run, which then skip decoding the raw files and filling the gaps "
                "again. A changed input file is "
                "prepared again. The folder is kept under 50 GB (environment variable "
                "SOILRESP_PREPARED_MAX_GB), the oldest blocks removed first. Off: "
                "nothing is kept.")),
            (QgsProcessingParameterBoolean(
                "WORKERS_WRITE",
                self.tr("Workers write their own tiles (shared storage; with DASK_SCHEDULER)"),
                defaultValue=False), self.tr(
                "With 'dask scheduler address' (DASK_SCHEDULER): the workers write "
                "their tiles themselves instead of sending them back; needs storage"
                " shared with this machine. Off by default.")),
        ]
        self.addAdvancedParameters(optional)
        self.addParameterWithHelp(QgsProcessingParameterFolderDestination(
            "OUTPUT_FOLDER", self.tr("Output folder for the maps")), self.tr(
            "Folder for sr_YYYYDDD.tif (one map per 8-day period, g C m-2 d-1) and "
            "sr.vrt. A folder holding maps of another model or grid is refused; "
            "nothing is overwritten unasked."))
        self.addOutput(QgsProcessingOutputRasterLayer(
            "OUTPUT_VRT", self.tr("SR time series (VRT, one band per period)")))
        self.addOutput(QgsProcessingOutputFolder("OUTPUT", self.tr("Folder of the maps")))
        self.addOutput(QgsProcessingOutputNumber("N_PERIODS", self.tr("Periods mapped")))
        self.addOutput(QgsProcessingOutputNumber("N_RESUMED", self.tr("Periods kept (resume)")))
        self.addOutput(QgsProcessingOutputNumber("N_PIXELS", self.tr("Pixels predicted")))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Maps written (JSON)")))

    def execute(self, parameters, context, reporter):
        from ..core import engine
        from ..core.model import ModelBundle

        model_path = self.parameterAsFile(parameters, "MODEL", context)
        bundle = ModelBundle.load(model_path, reporter=reporter)
        for line in bundle.summary()[:2]:
            reporter.log(line)
        if bundle.synthetic:
            reporter.warn("The model was trained on SYNTHETIC demo data: the maps are tagged "
                          "SYNTHETIC=true.")
        catalog = predictor_inputs.catalog_from_parameters(self, parameters, context, reporter)
        variables = engine.resolve_variables(bundle, catalog)
        base = engine.default_grid(catalog, variables)
        grid = self._grid(parameters, context, base)
        periods = self._periods(parameters, context, catalog, variables)
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        scheduler = (self.parameterAsString(parameters, "DASK_SCHEDULER", context) or "").strip()
        from_environment = not scheduler and bool(os.environ.get(DASK_ENV, "").strip())
        scheduler = scheduler or os.environ.get(DASK_ENV, "").strip() or None
        threads = None if scheduler else self.thread_count(parameters, "THREADS", context,
                                                            reporter)
        outputs = ["sr"]
        if self.parameterAsBool(parameters, "UNCERTAINTY", context):
            outputs.append("sd")
        outputs += AOA_CHOICES[self.parameterAsEnum(parameters, "AOA", context)][0]
        upscaler = engine.Upscaler(
            bundle, catalog, folder, periods, grid=grid, outputs=outputs,
            mask=self._mask(parameters, context, grid),
            resume=self.parameterAsBool(parameters, "RESUME", context), threads=threads,
            dask_scheduler=scheduler, model_path=model_path, reporter=reporter,
            workers_write=self.parameterAsBool(parameters, "WORKERS_WRITE", context),
            fill_gaps=self.parameterAsBool(parameters, "FILL_GAPS", context),
            max_fill_gap=self.parameterAsInt(parameters, "MAX_FILL_GAP", context),
            keep_prepared=self.parameterAsBool(parameters, "KEEP_PREPARED", context),
            resume_hint=self.tr("{name} ticked (qgis_process: RESUME=true)").format(
                name=self.describe_parameter("RESUME")))
        try:
            result = upscaler.run()
        except InputError as error:
            if from_environment and error.parameter == "DASK_SCHEDULER":
                raise InputError(
                    str(Exception.__str__(error)) + self.tr(
                        " (The address came from the environment variable {}; unset it to "
                        "run on this machine.)").format(DASK_ENV),
                    parameter=error.parameter, path=error.path) from None
            raise
        reporter.log(f"Maps in {result.folder}: {len(result.periods_done)} period(s) written, "
                     f"{len(result.periods_resumed)} kept from an earlier run.")
        return {
            "OUTPUT_VRT": result.vrts.get("sr"), "OUTPUT": result.folder,
            "OUTPUT_FOLDER": result.folder,
            "N_PERIODS": len(result.periods_done), "N_RESUMED": len(result.periods_resumed),
            "N_PIXELS": result.pixels,
            "FILES": json.dumps({k: [os.path.basename(p) for p in v]
                                 for k, v in result.files.items()}),
        }

    def _grid(self, parameters, context, base):
        from ..core import engine

        crs = self.parameterAsCrs(parameters, "TARGET_CRS", context)
        crs_text = None
        if crs is not None and crs.isValid():
            crs_text = crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt(
                QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
        target_wkt = crs_text or base.crs.to_wkt()
        extent = None
        if parameters.get("EXTENT") not in (None, ""):
            target_crs = (crs if crs is not None and crs.isValid()
                          else QgsCoordinateReferenceSystem.fromWkt(target_wkt))
            rect = self.parameterAsExtent(parameters, "EXTENT", context, target_crs)
            if not rect.isNull() and not rect.isEmpty():
                extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        resolution = self.parameterAsDouble(parameters, "RESOLUTION", context) or None
        return engine.target_grid(base, extent=extent, crs=crs_text, resolution=resolution)

    def _periods(self, parameters, context, catalog, variables):
        from ..core import engine
        from ..core import periods as P

        start = as_date(parameters.get("START_DATE"))
        end = as_date(parameters.get("END_DATE"))
        dynamic = [v for v in dict.fromkeys(variables)
                   if v not in engine.DERIVED and not catalog.is_static(v)]
        starts = [p for v in dynamic for p in catalog.periods(v)]
        if start is None:
            start = min(starts) if starts else None
        if end is None:
            end = max(starts) if starts else None
        if start is None or end is None:
            raise InputError(self.tr(
                "the model uses no time-varying predictor to take the dates from: give it "
                "and {}.").format(self.describe_parameter("END_DATE")), parameter="START_DATE")
        if end < start:
            raise InputError(self.tr("{end} is before {name} {start}; give a last day on or "
                                     "after the first.").format(
                end=end, start=start, name=self.describe_parameter("START_DATE")),
                parameter="END_DATE")
        return P.periods_between(start, end)

    def _mask(self, parameters, context, grid):
        from ..core import engine

        layer = self.parameterAsLayer(parameters, "MASK", context)
        classes = []
        if parameters.get("LANDCOVER_CLASSES") not in (None, "", []):  # unset: QGIS says [0]
            classes = self.parameterAsEnums(parameters, "LANDCOVER_CLASSES", context)
        if layer is None and not classes:
            return None
        mask = engine.MaskSpec(landcover_classes=tuple(int(c) for c in classes) or None)
        if isinstance(layer, QgsRasterLayer):
            path = layer.source().split("|")[0]
            if not os.path.isfile(path):
                raise InputError(f"raster '{layer.name()}' is not a file on disk ({path}): "
                                 "save it as a GeoTIFF first.", parameter="MASK")
            mask.raster = path
        elif isinstance(layer, QgsVectorLayer):
            mask.shapes = polygons_in_crs(layer, grid.crs.to_wkt(), context)
        return mask
