"""Processing algorithm ``soilresp:compareproducts``: our SR maps against another SR product
(and optionally site observations). Thin wrapper around :func:`core.comparison.compare`."""
import math

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..compat import FileBehavior, NumberType, SourceType
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
    GROUP_ID = "intercomparison"
    REQUIRES = ("numpy", "pandas", "rasterio", "matplotlib")
    HELP = (
        "Compares our SR maps (the folder of 8-day sr_YYYYDDD.tif maps of 'Upscale soil "
        "respiration maps', any *YYYYDDD*.tif series in g C m-2 d-1 such as the demo's truth/, "
        "or the monthly/annual totals of 'Aggregate SR maps in time') with another gridded SR "
        "product: a netCDF (e.g. Hashimoto et al. 2015: 0.5°, longitudes 0–360, fill -999, CF "
        "time) or a GeoTIFF (e.g. Warner et al. 2019: one static annual map, EPSG:4326).\n\n"
        "Both are brought to the coarser grid (area-weighted mean of the finer one's valid "
        "cells; a cell counts only where valid cells cover 'Minimum valid fraction of a coarse cell's land' (MIN_VALID_FRACTION) of its land) and "
        "to the product's time step in common units: monthly totals (g C m-2 month-1; 8-day "
        "rates weighted by their days in each month) or annual totals (g C m-2 yr-1). Only "
        "months or years fully covered by our maps are compared. A static product is compared "
        "with the mean annual total of our complete years.\n\n"
        "'The product is heterotrophic respiration' (OTHER_IS_RH) converts a heterotrophic respiration product to soil respiration with "
        "Bond-Lamberty et al. (2004), ln Rh = 1.22 + 0.73 ln Rs, on annual totals only (a "
        "monthly Rh product is summed to years first); the result is approximate.\n\n"
        "Outputs: statistics per step and pooled (n, R2, RMSE, bias, relative bias, OLS "
        "slope/intercept, slope through the origin, Taylor statistics, region totals in Tg C "
        "of both), the mean difference map other − ours, and an HTML report (scatter, Taylor "
        "diagram, latitude profile, seasonal cycle, difference map). With 'Observations' (OBSERVATIONS) (the "
        "table of 'Import soil respiration observations'), our 8-day maps are sampled at the "
        "sites for the observed periods and per-site metrics are added.\n\n"
        "Several products: 'More SR products' (OTHER_PRODUCTS) takes a list of files (variable, unit, flux Rs/Rh and "
        "time step from each file's metadata, or per file in 'Settings of the OTHER_PRODUCTS "
        "files' (PRODUCT_OPTIONS), e.g. "
        "'rh.nc: flux=Rh; step=year'); all are shown side by side. 'Our SR maps' (OUR_MAPS) "
        "may also be the "
        "upscaling's sr.vrt or a multi-band GeoTIFF/netCDF with dated bands. The report "
        "measures (a) spatial detail (variance of block means at 1-50 km, our maps' standard "
        "deviation inside each product cell), (b) temporal detail (the share of sub-monthly "
        "and monthly variance each product reproduces, seasonal amplitude and peak day) and "
        "(c) agreement at the sites for every product, with breakdowns by latitude band and "
        "land cover. Annual totals are calendar-year sums (leap years exact). 'Folder for every product's difference and ratio maps' (MAPS_FOLDER) "
        "receives a difference and a ratio map per product, loaded as layers.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameterWithHelp(QgsProcessingParameterFile(
            "OUR_MAPS", self.tr("Our SR maps (folder of sr_YYYYDDD.tif, or of monthly/annual "
                                "totals)"),
            behavior=FileBehavior.Folder), self.tr(
            "The folder of 8-day sr_YYYYDDD.tif maps of 'Upscale soil respiration maps' (any "
            "*YYYYDDD*.tif series in g C m-2 d-1), or the monthly/annual totals of 'Aggregate SR "
            "maps in time'."))
        self.addParameterWithHelp(QgsProcessingParameterFile(
            "OTHER_PRODUCT", self.tr("Other SR product (netCDF or GeoTIFF)"),
            fileFilter="netCDF or GeoTIFF (*.nc *.nc4 *.cdf *.tif *.tiff);;All files (*.*)",
            optional=True), self.tr(
            "The product to compare with: a netCDF (e.g. Hashimoto et al. 2015) or a GeoTIFF "
            "(e.g. Warner et al. 2019). Give this and/or 'More SR products' (OTHER_PRODUCTS)."))
        self.addParameterWithHelp(QgsProcessingParameterMultipleLayers(
            "OTHER_PRODUCTS", self.tr("More SR products (files; variable, unit, flux and time "
                                      "step from their metadata or PRODUCT_OPTIONS)"),
            SourceType.File, optional=True), self.tr(
            "More product files, shown side by side; variable, unit, flux (Rs/Rh) and time "
            "step come from each file's metadata or from its line in PRODUCT_OPTIONS."))
        self.addParameterWithHelp(QgsProcessingParameterString(
            "PRODUCT_OPTIONS", self.tr("Settings of the OTHER_PRODUCTS files, one line each: "
                                       "'file.nc: variable=rh; unit=g C m-2 yr-1; flux=Rh; "
                                       "step=year; nodata=-1'"),
            multiLine=True, optional=True), self.tr(
            "One line per OTHER_PRODUCTS file: its name, a colon and settings separated by "
            "semicolons, e.g. 'rh.nc: flux=Rh; step=year'. Empty: everything from the files' "
            "metadata."))
        self.addParameterWithHelp(QgsProcessingParameterString(
            "OTHER_VARIABLE", self.tr("netCDF variable (empty: the only data variable)"),
            optional=True), self.tr(
            "Name of the variable to read from the netCDF of 'Other SR product' "
            "(OTHER_PRODUCT). Empty (default): the file's only data variable."))
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            "OTHER_UNIT", self.tr("Unit of the other product"),
            options=[self.tr(label) for _, label in UNIT_CHOICES], defaultValue=0), self.tr(
            "Unit of 'Other SR product' (OTHER_PRODUCT). Default: the file's units attribute; "
            "choose a unit when the file has none or a wrong one."))
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            "OTHER_TIME_STEP", self.tr("Time step of the comparison"),
            options=[self.tr(label) for _, label in STEP_CHOICES], defaultValue=0), self.tr(
            "Monthly, annual or static (one mean annual map) comparison. Auto (default) "
            "takes the step from the product's time axis."))
        self.addParameterWithHelp(QgsProcessingParameterBoolean(
            "OTHER_IS_RH", self.tr("The product is heterotrophic respiration (convert to Rs, "
                                   "annual only)"), defaultValue=False), self.tr(
            "Tick when the product is heterotrophic respiration: it is converted to soil "
            "respiration with Bond-Lamberty et al. (2004), on annual totals only; the result is "
            "approximate."))
        self.addParameterWithHelp(QgsProcessingParameterFeatureSource(
            "OBSERVATIONS", self.tr("Observations (site x 8-day table) to compare at the "
                                    "sites"), [SourceType.Vector], optional=True), self.tr(
            "Optional: the table of 'Import soil respiration observations'. Our 8-day maps are "
            "then sampled at the sites for the observed periods and per-site metrics are "
            "added."))
        advanced = [
            (QgsProcessingParameterNumber(
                "MIN_VALID_FRACTION", self.tr("Minimum valid fraction of a coarse cell's land"),
                type=NumberType.Double, defaultValue=0.5, minValue=0.01,
                maxValue=1.0), self.tr(
                "A coarse cell is compared only where valid fine cells cover at least "
                "this fraction of its land (0.01 to 1, default 0.5). Raise it for stricter "
                "comparisons.")),
            (QgsProcessingParameterNumber(
                "MIN_LAND_FRACTION", self.tr("Minimum land fraction of a coarse cell (0: any "
                                             "land)"),
                type=NumberType.Double, defaultValue=0.0, minValue=0.0,
                maxValue=1.0), self.tr(
                "Coarse cells with less land than this fraction are left out (0 to 1; "
                "default 0: any land). Raise it to drop coastal cells.")),
            (QgsProcessingParameterNumber(
                "OTHER_NODATA", self.tr("Extra fill value of the product (besides -999, "
                                        "_FillValue, nodata)"),
                type=NumberType.Double, optional=True), self.tr(
                "A fill value of the product besides -999, _FillValue and the file's nodata, "
                "e.g. -1. Empty (default): none.")),
            (QgsProcessingParameterRasterLayer(
                "LAND_COVER", self.tr("Land-cover classes for a breakdown (majority class per "
                                      "compared cell)"), optional=True), self.tr(
                "Optional raster of land-cover classes: the report breaks the statistics down by "
                "the majority class of each compared cell.")),
            (QgsProcessingParameterNumber(
                "LAT_BAND", self.tr("Width of the latitude bands of the breakdown (degrees)"),
                type=NumberType.Double, defaultValue=10.0, minValue=0.5,
                maxValue=90.0), self.tr(
                "Width of the latitude bands of the report's breakdown, in degrees (0.5 to 90, "
                "default 10).")),
            (QgsProcessingParameterNumber(
                "MAX_GAP", self.tr("Fill pixel gaps of our 8-day maps of at most this many "
                                   "periods"),
                type=NumberType.Integer, defaultValue=3, minValue=0,
                maxValue=12), self.tr(
                "Pixel gaps of our 8-day maps of at most this many consecutive periods (0 to 12, "
                "default 3) are filled by linear interpolation before totalling; 0: no filling.")),
        ]
        self.addAdvancedParameters(advanced)
        self.addParameterWithHelp(QgsProcessingParameterFeatureSink(
            "STATISTICS", self.tr("Comparison statistics"), SourceType.Vector), self.tr(
            "Statistics per time step and pooled: n, R2, RMSE, bias, relative bias, OLS "
            "slope and intercept, slope through the origin, Taylor statistics, region "
            "totals."))
        self.addParameterWithHelp(QgsProcessingParameterFileDestination(
            "STATISTICS_CSV", self.tr("Comparison statistics (CSV)"),
            self.tr("CSV files (*.csv)"), optional=True, createByDefault=False), self.tr(
            "Optional: the comparison statistics also as a CSV file."))
        self.addParameterWithHelp(QgsProcessingParameterRasterDestination(
            "DIFFERENCE", self.tr("Mean difference, other - ours")), self.tr(
            "GeoTIFF (.tif) of the mean difference other - ours on the common coarse grid, "
            "in the unit of the compared time step."))
        self.addParameterWithHelp(QgsProcessingParameterRasterDestination(
            "RATIO", self.tr("Ratio of the sums, other / ours"), optional=True,
            createByDefault=False), self.tr(
            "Optional GeoTIFF (.tif): the ratio of the sums, other / ours, per cell."))
        self.addParameterWithHelp(QgsProcessingParameterFolderDestination(
            "MAPS_FOLDER", self.tr("Folder for every product's difference and ratio maps"),
            optional=True, createByDefault=False), self.tr(
            "Optional folder that receives a difference and a ratio map per product "
            "(difference_<product>.tif, ratio_<product>.tif), loaded as layers."))
        self.addParameterWithHelp(QgsProcessingParameterFileDestination(
            "SPATIAL_DETAIL_CSV", self.tr("Spatial detail: variance by scale (CSV)"),
            self.tr("CSV files (*.csv)"), optional=True, createByDefault=False), self.tr(
            "Optional CSV: variance of block means at 1-50 km and our maps' standard "
            "deviation inside each product cell."))
        self.addParameterWithHelp(QgsProcessingParameterFileDestination(
            "TEMPORAL_DETAIL_CSV", self.tr("Temporal detail: variance reproduced (CSV)"),
            self.tr("CSV files (*.csv)"), optional=True, createByDefault=False), self.tr(
            "Optional CSV: the share of sub-monthly and monthly variance each product "
            "reproduces, seasonal amplitude and peak day."))
        self.addParameterWithHelp(QgsProcessingParameterFileDestination(
            "REPORT", self.tr("Comparison report"), self.tr("HTML files (*.html)")), self.tr(
            "HTML report with scatter plot, Taylor diagram, latitude profile, seasonal "
            "cycle and difference map."))
        self.addOverwriteParameter()
        for name, label in NUMBER_OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))
        self.addOutput(QgsProcessingOutputMultipleLayers(
            "PRODUCT_MAPS", self.tr("Difference and ratio maps of every product")))

    def _product_specs(self, parameters, context):
        """ProductSpec of each OTHER_PRODUCTS file, with its PRODUCT_OPTIONS line."""
        from ..core.comparison import ProductSpec, parse_product_options

        files = self.parameterAsFileList(parameters, "OTHER_PRODUCTS", context) or []
        files = [f.split("|")[0] for f in files if f]
        options = parse_product_options(
            self.parameterAsString(parameters, "PRODUCT_OPTIONS", context) or "", files)
        return [ProductSpec(path, parameter="OTHER_PRODUCTS", **options.get(path, {}))
                for path in files]

    def planned_files(self, name, folder, parameters, context):
        """MAPS_FOLDER: difference_<product>.tif and ratio_<product>.tif of every product."""
        import os

        from ..core.comparison import map_file_stem, product_names

        paths = []
        single = self.parameterAsFile(parameters, "OTHER_PRODUCT", context)
        if single:
            paths.append(single)
        paths += [f.split("|")[0] for f in
                  self.parameterAsFileList(parameters, "OTHER_PRODUCTS", context) or [] if f]
        return [os.path.join(folder, f"{kind}_{map_file_stem(n)}.tif")
                for n in product_names(paths) for kind in ("difference", "ratio")]

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
        single = self.parameterAsFile(parameters, "OTHER_PRODUCT", context) or None
        products = self._product_specs(parameters, context)
        if not single and not products:
            raise InputError(
                f"No product to compare: give a product file here or a list of them in "
                f"{self.describe_parameter('OTHER_PRODUCTS')}.", parameter="OTHER_PRODUCT")
        ratio = self.parameterAsOutputLayer(parameters, "RATIO", context) if parameters.get(
            "RATIO") not in (None, "") else None
        if ratio and not ratio.lower().endswith((".tif", ".tiff")):
            raise InputError(f"RATIO is written as GeoTIFF: give a .tif file, not {ratio}.",
                             parameter="RATIO", path=ratio)
        maps_folder = (self.parameterAsString(parameters, "MAPS_FOLDER", context)
                       if parameters.get("MAPS_FOLDER") not in (None, "") else None)
        land_cover = self.parameterAsRasterLayer(parameters, "LAND_COVER", context)
        result = comparison.compare(
            self.parameterAsFile(parameters, "OUR_MAPS", context),
            single,
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
            reporter=reporter, describe=self.describe_parameter, products=products,
            tr=self.tr,
            ratio=ratio, maps_folder=maps_folder,
            land_cover=land_cover.source().split("|")[0] if land_cover is not None else None,
            lat_band=self.parameterAsDouble(parameters, "LAT_BAND", context),
            spatial_csv=self.parameterAsFileOutput(parameters, "SPATIAL_DETAIL_CSV",
                                                   context) or None,
            temporal_csv=self.parameterAsFileOutput(parameters, "TEMPORAL_DETAIL_CSV",
                                                    context) or None)
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
        for key, name in (("ratio", "RATIO"), ("spatial", "SPATIAL_DETAIL_CSV"),
                          ("temporal", "TEMPORAL_DETAIL_CSV")):
            if key in result.files:
                outputs[name] = result.files[key]
        maps = []
        for c in result.comparisons:
            for kind in ("difference", "ratio"):
                if kind in c.files:
                    maps.append(c.files[kind])
                    context.addLayerToLoadOnCompletion(c.files[kind], QgsProcessingContext.LayerDetails(
                        f"{kind} {c.name}", context.project(), "PRODUCT_MAPS"))
        outputs["PRODUCT_MAPS"] = maps
        if maps_folder:
            outputs["MAPS_FOLDER"] = maps_folder
        outputs["STATISTICS"] = write_frame(result.statistics, parameters, "STATISTICS",
                                            context, self)
        return outputs
