"""Processing algorithm ``soilresp:compareproducts``: our SR maps against another SR product
(and optionally site observations). Thin wrapper around :func:`core.comparison.compare`."""
import math

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..core.errors import InputError
from .base import SoilRespAlgorithm

UNIT_CHOICES = (
    (None, "From the file (units attribute)"),
    ("g C m-2 month-1", "g C m-2 month-1"),
    ("g C m-2 yr-1", "g C m-2 yr-1"),
    ("g C m-2 d-1", "g C m-2 d-1"),
    ("kg C m-2 yr-1", "kg C m-2 yr-1"),
    ("umol CO2 m-2 s-1", "µmol CO2 m-2 s-1"),
    ("kg C m-2 month-1", "kg C m-2 month-1"),
    ("kg C m-2 d-1", "kg C m-2 d-1"),
    ("kg C m-2 s-1", "kg C m-2 s-1"),
    ("g C m-2 s-1", "g C m-2 s-1"),
    ("mg C m-2 d-1", "mg C m-2 d-1"),
)
STEP_CHOICES = (
    ("auto", "Auto (from the time axis)"),
    ("month", "Monthly"),
    ("year", "Annual"),
    ("static", "Static (one mean annual map)"),
)
NUMBER_OUTPUTS = {
    "N_CELLS": "Cells compared", "N_STEPS": "Time steps compared",
    "R2": "Pooled R2", "RMSE": "Pooled RMSE", "BIAS": "Pooled bias (other - ours)",
    "SLOPE": "Pooled OLS slope", "SLOPE_ORIGIN": "Pooled slope through the origin",
    "TOTAL_RATIO": "Ratio of region totals (other / ours)",
    "N_OBSERVATIONS": "Observation rows compared",
}


class CompareProductsAlgorithm(SoilRespAlgorithm):
    ALGORITHM_ID = "compareproducts"
    DISPLAY_NAME = "Compare SR maps with another product"
    GROUP = "Intercomparison"
    GROUP_ID = "intercomparison"
    REQUIRES = ("numpy", "pandas", "rasterio", "matplotlib")
    HELP = (
        "Compares our SR maps (the folder of 8-day sr_YYYYDDD.tif maps of 'Upscale soil "
        "respiration maps', any *YYYYDDD*.tif series in g C m-2 d-1 such as the demo's truth/, "
        "or the monthly/annual totals of 'Aggregate SR maps in time') with another gridded SR "
        "product: a netCDF (e.g. Hashimoto et al. 2015: 0.5°, longitudes 0–360, fill -999, CF "
        "time) or a GeoTIFF (e.g. Warner et al. 2019: one static annual map, EPSG:4326).\n\n"
        "Both are brought to the coarser grid (area-weighted mean of the finer one's valid "
        "cells; a cell counts only where valid cells cover MIN_VALID_FRACTION of its land) and "
        "to the product's time step in common units: monthly totals (g C m-2 month-1; 8-day "
        "rates weighted by their days in each month) or annual totals (g C m-2 yr-1). Only "
        "months or years fully covered by our maps are compared. A static product is compared "
        "with the mean annual total of our complete years.\n\n"
        "OTHER_IS_RH converts a heterotrophic respiration product to soil respiration with "
        "Bond-Lamberty et al. (2004), ln Rh = 1.22 + 0.73 ln Rs, on annual totals only (a "
        "monthly Rh product is summed to years first); the result is approximate.\n\n"
        "Outputs: statistics per step and pooled (n, R2, RMSE, bias, relative bias, OLS "
        "slope/intercept, slope through the origin, Taylor statistics, region totals in Tg C "
        "of both), the mean difference map other − ours, and an HTML report (scatter, Taylor "
        "diagram, latitude profile, seasonal cycle, difference map). With OBSERVATIONS (the "
        "table of 'Import soil respiration observations'), our 8-day maps are sampled at the "
        "sites for the observed periods and per-site metrics are added.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            "OUR_MAPS", self.tr("Our SR maps (folder of sr_YYYYDDD.tif, or of monthly/annual "
                                "totals)"), behavior=QgsProcessingParameterFile.Folder))
        self.addParameter(QgsProcessingParameterFile(
            "OTHER_PRODUCT", self.tr("Other SR product (netCDF or GeoTIFF)"),
            fileFilter="netCDF or GeoTIFF (*.nc *.nc4 *.cdf *.tif *.tiff);;All files (*.*)"))
        self.addParameter(QgsProcessingParameterString(
            "OTHER_VARIABLE", self.tr("netCDF variable (empty: the only data variable)"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "OTHER_UNIT", self.tr("Unit of the other product"),
            options=[self.tr(label) for _, label in UNIT_CHOICES], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "OTHER_TIME_STEP", self.tr("Time step of the comparison"),
            options=[self.tr(label) for _, label in STEP_CHOICES], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            "OTHER_IS_RH", self.tr("The product is heterotrophic respiration (convert to Rs, "
                                   "annual only)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "OBSERVATIONS", self.tr("Observations (site x 8-day table) to compare at the "
                                    "sites"), [QgsProcessing.TypeVector], optional=True))
        advanced = [
            QgsProcessingParameterNumber(
                "MIN_VALID_FRACTION", self.tr("Minimum valid fraction of a coarse cell's land"),
                type=QgsProcessingParameterNumber.Double, defaultValue=0.5, minValue=0.01,
                maxValue=1.0),
            QgsProcessingParameterNumber(
                "MIN_LAND_FRACTION", self.tr("Minimum land fraction of a coarse cell (0: any "
                                             "land)"),
                type=QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0,
                maxValue=1.0),
            QgsProcessingParameterNumber(
                "OTHER_NODATA", self.tr("Extra fill value of the product (besides -999, "
                                        "_FillValue, nodata)"),
                type=QgsProcessingParameterNumber.Double, optional=True),
            QgsProcessingParameterNumber(
                "MAX_GAP", self.tr("Fill pixel gaps of our 8-day maps of at most this many "
                                   "periods"),
                type=QgsProcessingParameterNumber.Integer, defaultValue=3, minValue=0,
                maxValue=12),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "STATISTICS", self.tr("Comparison statistics"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            "STATISTICS_CSV", self.tr("Comparison statistics (CSV)"),
            self.tr("CSV files (*.csv)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            "DIFFERENCE", self.tr("Mean difference, other - ours")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", self.tr("Comparison report"), self.tr("HTML files (*.html)")))
        self.addOverwriteParameter()
        for name, label in NUMBER_OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def execute(self, parameters, context, reporter):
        from ..core import comparison

        observations = None
        source = self.parameterAsSource(parameters, "OBSERVATIONS", context)
        if source is not None:
            from .layers import read_frame

            observations = read_frame(source)
        nodata = parameters.get("OTHER_NODATA")
        nodata = (self.parameterAsDouble(parameters, "OTHER_NODATA", context)
                  if nodata not in (None, "") else None)
        difference = self.parameterAsOutputLayer(parameters, "DIFFERENCE", context)
        if not difference.lower().endswith((".tif", ".tiff")):
            raise InputError(f"DIFFERENCE is written as GeoTIFF: give a .tif file, not "
                             f"{difference}.", parameter="DIFFERENCE", path=difference)
        csv = self.parameterAsFileOutput(parameters, "STATISTICS_CSV", context) or None
        result = comparison.compare(
            self.parameterAsFile(parameters, "OUR_MAPS", context),
            self.parameterAsFile(parameters, "OTHER_PRODUCT", context),
            variable=self.parameterAsString(parameters, "OTHER_VARIABLE", context) or None,
            unit=UNIT_CHOICES[self.parameterAsEnum(parameters, "OTHER_UNIT", context)][0],
            time_step=STEP_CHOICES[self.parameterAsEnum(parameters, "OTHER_TIME_STEP",
                                                        context)][0],
            is_rh=self.parameterAsBool(parameters, "OTHER_IS_RH", context),
            nodata=nodata,
            min_valid_fraction=self.parameterAsDouble(parameters, "MIN_VALID_FRACTION", context),
            min_land_fraction=self.parameterAsDouble(parameters, "MIN_LAND_FRACTION", context),
            max_gap=self.parameterAsInt(parameters, "MAX_GAP", context),
            observations=observations, statistics_csv=csv, difference=difference,
            report=self.parameterAsFileOutput(parameters, "REPORT", context),
            reporter=reporter, describe=self.describe_parameter)
        from .layers import write_frame

        pooled = result.pooled()
        outputs = {
            "DIFFERENCE": result.files["difference"], "REPORT": result.files["report"],
            "N_CELLS": result.harmonised.n_cells, "N_STEPS": len(result.harmonised.steps),
            "R2": pooled["r2"], "RMSE": pooled["rmse"], "BIAS": pooled["bias"],
            "SLOPE": pooled["slope"], "SLOPE_ORIGIN": pooled["slope_origin"],
            "TOTAL_RATIO": pooled["total_ratio"],
            "N_OBSERVATIONS": 0 if result.samples is None else len(result.samples),
        }
        for key in NUMBER_OUTPUTS:  # numpy scalars reach qgis_process's JSON as ''
            value = float(outputs[key])
            outputs[key] = None if math.isnan(value) else (
                int(value) if key.startswith("N_") else value)
        if csv:
            outputs["STATISTICS_CSV"] = csv
        outputs["STATISTICS"] = write_frame(result.statistics, parameters, "STATISTICS",
                                            context, self)
        return outputs
