"""Predictor-catalog parameters shared by every algorithm that reads predictors.

Not an algorithm module: the provider only registers ``SoilRespAlgorithm`` subclasses. Keeps
parameter names, labels and defaults identical across algorithms.
"""
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..compat import NumberType, SourceType
from ..i18n import tr

PREDICTORS = "PREDICTORS"
PATTERN = "PATTERN"
STATIC = "STATIC"
TEMPORAL_MAPPING = "TEMPORAL_MAPPING"
QUALITY = "QUALITY"
MIN_VALID_DAYS = "MIN_VALID_DAYS"

TEMPORAL_MAPPINGS = (
    ("composite", "16-day composite covering the 8-day period"),
    ("linear", "Linear in time between 16-day composite centres"),
)
QUALITY_LEVELS = (
    ("any", "All values (no QC filtering)"),
    ("usable", "Usable: drop pixels whose QC says 'not produced' (needs QC layers)"),
    ("good", "Good quality only (needs QC layers)"),
)

PREDICTORS_HELP = (
    "Predictors: folders (scanned recursively) and/or files. Recognised names: AppEEARS "
    "GeoTIFFs (MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif, MOD13A2, MOD15A2H, MOD17A2HGF, "
    "MYD equivalents), MODIS HDF4 granules (MOD13A2.A2016145.h18v04.006.*.hdf), MODIStsp files "
    "(MOD13A1_NDVI_2016_001.tif), <variable>_doy<YYYYDDD>.tif for soil_temperature and "
    "soil_moisture, land cover (MCD12) and elevation, and anything in a static/ folder (used "
    "for every date). Other files (e.g. truth/ maps of the target) are skipped and listed in "
    "the log. 'File name pattern' (PATTERN) reads your own names: a regular expression with named groups variable "
    "and year+doy or date, or a strftime format such as {variable}_%Y%m%d.tif. Multi-band "
    "files need one date per band description.\n\n"
    "Values are converted to physical units with each product's scale factor (MOD11 LST x 0.02 "
    "K, MOD13 /10000, MOD15 LAI x 0.1 and FPAR x 0.01, MOD17 GPP x 0.0001); fill values become "
    "missing; files already stored as float are taken as scaled. 16-day products (MOD13) are "
    "mapped onto 8-day periods as chosen in '16-day products onto 8-day periods' "
    "(TEMPORAL_MAPPING). Values outside a variable's plausible range "
    "(e.g. LST in degrees Celsius instead of kelvin, unscaled NDVI saved as float) stop the run "
    "with the suspected unit, or warn when only some values are affected.\n\n"
    "A browser's second download of a file (name ending ' (1).tif') is read like the original; "
    "when both are present and identical, one copy is used.\n\n"
    "Daily products (MOD11A1, MYD11A1) are averaged over the valid days of each 8-day period; "
    "'Daily products: valid days' (MIN_VALID_DAYS; advanced, 1..8, default 2) is how many valid days a pixel needs, fewer "
    "leave it missing. Tiles of one date are read as one mosaic. GDAL virtual paths "
    "(/vsicurl/https://..., /vsis3/bucket/...) are accepted as files.\n\n"
    "The scan is cached in the user's cache folder (~/.cache/soil_resp_plugin, or "
    "SOILRESP_CACHE_DIR), never in the data folders: re-opening unchanged files takes "
    "seconds; a file whose size or modification time changed, and every added file, is "
    "opened again."
)


def add_catalog_parameters(algorithm):
    algorithm.addParameterWithHelp(QgsProcessingParameterMultipleLayers(
        PREDICTORS, tr("Predictor folders or files (folders are scanned recursively)"),
        layerType=SourceType.File,
    ), tr("Folders (scanned recursively) and/or raster files of the predictors: AppEEARS or "
          "MODIStsp GeoTIFFs, MODIS HDF4 granules, <variable>_doy<YYYYDDD>.tif, land cover and "
          "elevation. Files that are not predictors are skipped and listed in the log."))
    algorithm.addParameterWithHelp(QgsProcessingParameterEnum(
        TEMPORAL_MAPPING, tr("16-day products onto 8-day periods"),
        options=[tr(label) for _, label in TEMPORAL_MAPPINGS], defaultValue=0,
    ), tr("How 16-day products (MOD13 NDVI, EVI) give a value to each 8-day period: the "
          "16-day composite that covers it (default), or linear interpolation in time between "
          "composite centres."))
    advanced = [
        (QgsProcessingParameterString(
            PATTERN, tr("File name pattern for other names (regex with named groups, or "
                        "strftime such as {variable}_%Y%m%d.tif)"),
            defaultValue="", optional=True,
        ), tr("Only for your own file names that are not recognised: a regular expression with "
              "named groups variable and year+doy or date, or a strftime format such as "
              "{variable}_%Y%m%d.tif. Empty (default): recognised names only.")),
        (QgsProcessingParameterMultipleLayers(
            STATIC, tr("Static layers used for every date (e.g. elevation)"),
            layerType=SourceType.Raster, optional=True,
        ), tr("Rasters without a date (e.g. elevation) that are used for every 8-day period, "
              "like the files of a static/ folder. Optional.")),
        (QgsProcessingParameterEnum(
            QUALITY, tr("MODIS quality (QC) filtering"),
            options=[tr(label) for _, label in QUALITY_LEVELS], defaultValue=0,
        ), tr("Which MODIS pixels to use according to their QC layers: all values (default, no "
              "filtering), usable ones, or good quality only. The last two need the QC layers "
              "among the predictors.")),
        (QgsProcessingParameterNumber(
            MIN_VALID_DAYS, tr("Daily products: valid days a pixel needs in an 8-day period"),
            type=NumberType.Integer, defaultValue=2, minValue=1, maxValue=8,
        ), tr("Daily products (MOD11A1, MYD11A1) are averaged over each 8-day period; a pixel "
              "with fewer valid days than this (1 to 8, default 2) stays missing. Raise it for "
              "steadier means, lower it to keep more pixels.")),
    ]
    algorithm.addAdvancedParameters(advanced)


def _static_paths(algorithm, parameters, context):
    paths = []
    for layer in algorithm.parameterAsLayerList(parameters, STATIC, context) or []:
        paths.append(layer.source().split("|")[0])
    return paths


def catalog_from_parameters(algorithm, parameters, context, reporter):
    """The :class:`PredictorCatalog` described by the shared parameters."""
    from ..core.catalog import PredictorCatalog
    from ..core.errors import InputError

    paths = [p for p in algorithm.parameterAsFileList(parameters, PREDICTORS, context) if p]
    if not paths:
        raise InputError("Give at least one predictor folder or file.", parameter=PREDICTORS)
    pattern = (algorithm.parameterAsString(parameters, PATTERN, context) or "").strip()
    mapping = TEMPORAL_MAPPINGS[algorithm.parameterAsEnum(parameters, TEMPORAL_MAPPING,
                                                          context)][0]
    quality = QUALITY_LEVELS[algorithm.parameterAsEnum(parameters, QUALITY, context)][0]
    min_valid_days = algorithm.parameterAsInt(parameters, MIN_VALID_DAYS, context)
    reporter.log(f"Scanning predictors in: {', '.join(paths)}")
    return PredictorCatalog.from_files(
        paths, pattern=pattern or None, temporal_mapping=mapping, reporter=reporter,
        quality=quality, static=_static_paths(algorithm, parameters, context),
        min_valid_days=min_valid_days,
    )
