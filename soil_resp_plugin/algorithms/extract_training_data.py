"""Processing algorithm ``soilresp:extracttrainingdata``: predictor values at the observation
sites for each 8-day period, i.e. the training table.

Thin wrapper around :func:`core.sampling.extract_training_table`; all values are computed
before any output is created, so bad input never leaves a half-written table.
"""
import json
import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..compat import NumberType, SourceType
from ..core.atomic import replaced_on_success
from ..core.errors import InputError
from . import predictor_inputs
from .base import SoilRespAlgorithm
from .layers import read_frame, write_frame

MISSING = (("drop", "Drop rows with a missing predictor"), ("keep", "Keep rows (missing as NaN)"))


def file_of(destination):
    """The file behind a sink destination id (``x.gpkg|layername=y`` -> ``x.gpkg``), or None
    for memory layers."""
    if not destination:
        return None
    path = str(destination).split("|")[0]
    return path if os.path.isfile(path) else None


def write_units(path, units, predictors):
    """``<path>.units.json``: the unit of every column, written next to a file output."""
    sidecar = f"{path}.units.json"
    with replaced_on_success(sidecar) as temp, open(temp, "w", encoding="utf-8") as handle:
        json.dump({"units": units, "predictors": predictors, "target": "sr",
                   "target_unit": units.get("sr", "g C m-2 d-1")}, handle, indent=1)
    return sidecar


class ExtractTrainingData(SoilRespAlgorithm):
    ALGORITHM_ID = "extracttrainingdata"
    DISPLAY_NAME = "Extract predictors at sites"
    GROUP_ID = "observations"
    REQUIRES = ("numpy", "pandas", "rasterio")
    HELP = (
        "Builds the training table: for each row of the observation table (site x 8-day "
        "period, from 'Import soil respiration observations') it samples every predictor of "
        "the catalog for that period at the site. Site lon/lat (EPSG:4326) are transformed to "
        "each raster's CRS (e.g. MODIS sinusoidal).\n\n"
        + predictor_inputs.PREDICTORS_HELP
        + "\n\nWindow size 1 takes the site's cell; N (odd) takes the mean of the valid cells "
        "of an N x N window and adds <variable>_n_valid (land cover: the most frequent class). "
        "Time features add doy_sin and doy_cos of the period's middle day.\n\n"
        "Sites outside a raster, on fill values or in periods without a raster are reported "
        "per site in the log; such rows are dropped or kept with missing values (MISSING).\n\n"
        "FILL_GAPS (advanced, off by default: the table holds observed values only) fills a "
        "predictor missing at a site in time as upscaling does: linear interpolation across at "
        "most MAX_FILL_GAP missing 8-day periods, else the mean of the site's values in the "
        "same period of the other years; a column <variable>_filled says how (0 observed, 1 "
        "interpolated, 2 multi-year mean, 3 still missing).\n\n"
        "Output: the observation columns + one column per predictor, named by its canonical id "
        "(lst_day, lst_night, ndvi, evi, lai, fpar, gpp, landcover, elevation, "
        "soil_temperature, soil_moisture, ...). The units of every column are in the log, the "
        "UNITS output and <output>.units.json next to file outputs."
    )

    OBSERVATIONS = "OBSERVATIONS"
    WINDOW_SIZE = "WINDOW_SIZE"
    TIME_FEATURES = "TIME_FEATURES"
    MISSING = "MISSING"
    FILL_GAPS = "FILL_GAPS"
    MAX_FILL_GAP = "MAX_FILL_GAP"
    OUTPUT = "OUTPUT"
    OUTPUT_CSV = "OUTPUT_CSV"

    def initAlgorithm(self, config=None):  # noqa: N802
        tr = self.tr
        self.addParameterWithHelp(QgsProcessingParameterFeatureSource(
            self.OBSERVATIONS, tr("Observations (site x 8-day period)"),
            types=[SourceType.Vector],
        ), tr("The observation table of 'Import soil respiration observations' (layer or "
              "CSV): one row per site and 8-day period with lon/lat in EPSG:4326."))
        predictor_inputs.add_catalog_parameters(self)
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            self.WINDOW_SIZE, tr("Window size in cells (1 = the site's cell; odd N = N x N mean)"),
            type=NumberType.Integer, minValue=1, maxValue=101, defaultValue=1,
        ), tr("1 (default) samples the site's cell; an odd N takes the mean of the valid cells "
              "of an N x N window (land cover: the most frequent class) and adds "
              "<variable>_n_valid."))
        self.addParameterWithHelp(QgsProcessingParameterBoolean(
            self.TIME_FEATURES, tr("Add seasonal time features (doy_sin, doy_cos)"),
            defaultValue=True,
        ), tr("On by default: adds doy_sin and doy_cos of the period's middle day, so models "
              "can learn the seasonal cycle."))
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            self.MISSING, tr("Rows with a missing predictor"),
            options=[tr(label) for _, label in MISSING], defaultValue=0,
        ), tr("Rows where a predictor has no value (site outside a raster, fill value, period "
              "without a raster) are dropped (default) or kept with missing values."))
        fill = QgsProcessingParameterBoolean(
            self.FILL_GAPS, tr("Fill predictor gaps in time as upscaling does (default: "
                               "observed values only)"),
            defaultValue=False,
        )
        longest = QgsProcessingParameterNumber(
            self.MAX_FILL_GAP, tr("Longest gap bridged by interpolation (8-day periods)"),
            type=NumberType.Integer, minValue=0, maxValue=23,
            defaultValue=3,
        )
        helps = (
            tr("Off by default: the table holds observed values only. On: a predictor missing "
               "at a site is filled in time as upscaling does (interpolation, else the "
               "multi-year mean of the period) and <variable>_filled says how."),
            tr("With 'Fill predictor gaps in time as upscaling does' (FILL_GAPS) on: gaps of "
               "at most this many 8-day periods (0 to 23, default 3) are interpolated "
               "linearly; longer ones get the multi-year mean."),
        )
        self.addAdvancedParameters(zip((fill, longest), helps))
        self.addParameterWithHelp(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Training table"), SourceType.VectorPoint,
        ), tr("The observation columns plus one column per predictor; the units of the "
              "columns are written to <output>.units.json next to a file output."))
        self.addParameterWithHelp(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, tr("Training table as CSV"), tr("CSV files (*.csv)"),
            optional=True, createByDefault=False,
        ), tr("Optional: the same training table also as a CSV file, with its "
              ".units.json next to it."))
        self.addOverwriteParameter()
        self.addOutput(QgsProcessingOutputString("UNITS", tr("Units of the columns (JSON)")))
        self.addOutput(QgsProcessingOutputNumber("N_ROWS", tr("Number of rows")))

    def _observations(self, parameters, context):
        import pandas as pd

        value = parameters.get(self.OBSERVATIONS)
        if isinstance(value, str) and value.lower().endswith(".csv") and os.path.isfile(value):
            try:
                return pd.read_csv(value)
            except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError) as error:
                raise InputError(f"Cannot read the observations as CSV ({error}).",
                                 parameter=self.OBSERVATIONS, path=value) from None
        source = self.parameterAsSource(parameters, self.OBSERVATIONS, context)
        if source is None:
            raise InputError("Cannot open the observation layer.", parameter=self.OBSERVATIONS)
        frame = read_frame(source)
        # a GeoPackage's feature id is storage, not data: the output gets its own
        return frame.drop(columns=["fid"], errors="ignore")

    def execute(self, parameters, context, reporter):
        from ..core.catalog import close_datasets

        try:
            return self._run(parameters, context, reporter)
        finally:  # no GDAL handles may outlive the run: QGIS tears GDAL down at exit
            close_datasets()

    def _run(self, parameters, context, reporter):
        from ..core.sampling import check_observations, extract_training_table

        observations = self._observations(parameters, context)
        check_observations(observations)  # before scanning possibly thousands of rasters
        catalog = predictor_inputs.catalog_from_parameters(self, parameters, context, reporter)
        missing = MISSING[self.parameterAsEnum(parameters, self.MISSING, context)][0]
        result = extract_training_table(
            observations, catalog,
            window_size=self.parameterAsInt(parameters, self.WINDOW_SIZE, context),
            time_features=self.parameterAsBoolean(parameters, self.TIME_FEATURES, context),
            missing=missing, reporter=reporter,
            fill_gaps=self.parameterAsBoolean(parameters, self.FILL_GAPS, context),
            max_gap=self.parameterAsInt(parameters, self.MAX_FILL_GAP, context),
        )
        units_text = json.dumps(result.units)
        reporter.log(f"Units: {units_text}")
        outputs = {"UNITS": units_text, "N_ROWS": len(result.table)}
        destination = write_frame(result.table, parameters, self.OUTPUT, context, self)
        outputs[self.OUTPUT] = destination
        path = file_of(destination)
        if path:
            reporter.log(f"Units written to {write_units(path, result.units, result.predictors)}")
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        if csv_path:
            with replaced_on_success(csv_path) as temp:
                result.table.to_csv(temp, index=False)
            write_units(csv_path, result.units, result.predictors)
            outputs[self.OUTPUT_CSV] = csv_path
        return outputs
