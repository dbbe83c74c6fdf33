"""Processing algorithm ``soilresp:aggregatetime``: monthly and annual totals, multi-year mean,
seasonal climatology and region totals (Tg C yr-1) from the 8-day SR maps. Thin wrapper
around :func:`core.aggregation.aggregate`."""
from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ..compat import FileBehavior, NumberType, SourceType
from ..core.errors import InputError
from .base import SoilRespAlgorithm
from .layers import write_frame


class AggregateTimeAlgorithm(SoilRespAlgorithm):
    ALGORITHM_ID = "aggregatetime"
    DISPLAY_NAME = "Aggregate SR maps in time"
    GROUP_ID = "maps"
    REQUIRES = ("numpy", "pandas", "rasterio")
    HELP = (
        "Turns the 8-day maps of 'Upscale soil respiration maps' (their folder, or sr.vrt) into "
        "totals, day-weighted: monthly/sr_month_YYYYMM.tif (g C m-2 month-1; an 8-day period "
        "that straddles two months gives each month its own days), annual/sr_annual_YYYY.tif "
        "(g C m-2 yr-1; the year-end period counts 5 or 6 days), sr_annual_mean.tif (mean of "
        "the complete years) and climatology/sr_clim_MM.tif (mean daily rate of each calendar "
        "month over the years, g C m-2 d-1).\n\n"
        "A year (or month) is totalled only when every one of its periods has a map: a year "
        "with missing periods is reported with its coverage and gets no annual total, rather "
        "than a total that is silently too small. Pixel gaps (e.g. cloudy predictors) of at "
        "most 'Fill pixel gaps of at most this many periods' (MAX_GAP) consecutive periods are filled by linear interpolation in time; pixels "
        "with longer gaps get no total.\n\n"
        "Region totals in Tg C yr-1 use exact cell areas (on a geographic grid, ellipsoidal "
        "band areas that shrink with latitude; on a projected grid the nominal cell area, exact "
        "for equal-area projections). They are printed and written to totals.csv and the "
        "table output, with coverage, mapped area and the share of gap-filled values."
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameterWithHelp(QgsProcessingParameterFile(
            "INPUT", self.tr("Folder of 8-day SR maps (sr_YYYYDDD.tif)"),
            behavior=FileBehavior.Folder, optional=True), self.tr(
            "The output folder of 'Upscale soil respiration maps' holding the 8-day maps "
            "sr_YYYYDDD.tif (g C m-2 d-1). Give this or the VRT (INPUT_VRT), not both."))
        self.addParameterWithHelp(QgsProcessingParameterRasterLayer(
            "INPUT_VRT", self.tr("…or the SR time series VRT (band descriptions = dates)"),
            optional=True), self.tr(
            "Instead of the folder (INPUT): the sr.vrt written by upscaling, one band per "
            "8-day period with its date as band description."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            "MAX_GAP", self.tr("Fill pixel gaps of at most this many periods (0: no filling)"),
            type=NumberType.Integer, defaultValue=3, minValue=0,
            maxValue=12), self.tr(
            "Pixel gaps of at most this many consecutive 8-day periods (0 to 12, default 3) "
            "are filled by linear interpolation in time; pixels with longer gaps get no "
            "total. 0 turns filling off."))
        self.addParameterWithHelp(QgsProcessingParameterFolderDestination(
            "OUTPUT_FOLDER", self.tr("Output folder for the totals")), self.tr(
            "Receives monthly/, annual/ and climatology/ maps, sr_annual_mean.tif and "
            "totals.csv. Existing totals are replaced only with OVERWRITE."))
        self.addParameterWithHelp(QgsProcessingParameterFeatureSink(
            "OUTPUT_TABLE", self.tr("Region totals per year"), SourceType.Vector,
            optional=True, createByDefault=True), self.tr(
            "Table of the region totals (Tg C yr-1) per year and their mean, with coverage, "
            "mapped area and share of gap-filled values; the same rows as totals.csv."))
        self.addOverwriteParameter()
        self.addOutput(QgsProcessingOutputRasterLayer(
            "ANNUAL_MEAN", self.tr("Mean annual SR (g C m-2 yr-1)")))
        self.addOutput(QgsProcessingOutputFile("CSV", self.tr("Totals table (CSV)")))
        self.addOutput(QgsProcessingOutputNumber(
            "MEAN_TOTAL_TGC", self.tr("Mean annual region total (Tg C yr-1)")))
        self.addOutput(QgsProcessingOutputNumber("N_COMPLETE_YEARS",
                                                 self.tr("Complete years")))

    def planned_files(self, name, folder, parameters, context):
        """Totals of an earlier run in OUTPUT_FOLDER: replaced only with OVERWRITE."""
        from ..core import aggregation

        return aggregation.existing_results(folder)

    def execute(self, parameters, context, reporter):
        import math

        from ..core import aggregation

        folder = self.parameterAsFile(parameters, "INPUT", context)
        layer = self.parameterAsRasterLayer(parameters, "INPUT_VRT", context)
        if folder and layer is not None:
            raise InputError("Give either the folder of maps or the VRT, not both.",
                             parameter="INPUT")
        source = folder or (layer.source().split("|")[0] if layer is not None else None)
        if not source:
            raise InputError("Give the folder of 8-day maps (INPUT) or their VRT (INPUT_VRT).",
                             parameter="INPUT")
        out = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        result = aggregation.aggregate(
            source, out, max_gap=self.parameterAsInt(parameters, "MAX_GAP", context),
            reporter=reporter, replace=self.parameterAsBool(parameters, "OVERWRITE", context),
            parameter="INPUT" if folder else "INPUT_VRT")
        years = result.table[~result.table["year"].str.startswith("mean")]
        outputs = {"OUTPUT_FOLDER": out, "CSV": result.csv,
                   "ANNUAL_MEAN": (result.files["mean"] or [None])[0],
                   "N_COMPLETE_YEARS": int(years["complete"].astype(bool).sum())}
        mean_rows = result.table[result.table["year"].str.startswith("mean")]
        outputs["MEAN_TOTAL_TGC"] = (float(mean_rows["total_TgC"].iloc[0]) if len(mean_rows)
                                     else math.nan)
        if parameters.get("OUTPUT_TABLE") is not None:
            outputs["OUTPUT_TABLE"] = write_frame(result.table, parameters, "OUTPUT_TABLE",
                                                  context, self)
        return outputs
