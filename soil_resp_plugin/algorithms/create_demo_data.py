"""Processing algorithm ``soilresp:createdemodata``: the synthetic Japan demo region."""
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ..compat import NumberType
from .base import SoilRespAlgorithm


class CreateDemoDataAlgorithm(SoilRespAlgorithm):
    ALGORITHM_ID = "createdemodata"
    DISPLAY_NAME = "Create synthetic demo dataset"
    GROUP_ID = "demo"
    REQUIRES = ("numpy", "pandas", "rasterio", "netCDF4")
    HELP = (
        "Writes a SYNTHETIC demo region over Japan (122-154 E, 24-46 N, EPSG:4326) with a known "
        "truth, for trying and testing the upscaling chain: AppEEARS-style MODIS predictor "
        "GeoTIFFs (LST, NDVI, EVI, LAI, GPP with their real integer encodings and fill values), "
        "gridded soil temperature and moisture, the true soil respiration of every 8-day "
        "period, chamber observations at eight Japanese sites in COSORE layout, and a biased "
        "0.5 degree monthly 'global product' (netCDF). The land mask is the real MCD12C1 land "
        "cover. The same seed gives byte-identical files. The output folder must be new or "
        "empty; README.md inside lists every file and the formulas.\n\n"
        "'Cell size' (CELL_SIZE) must tile the region from 0.05 degree cells: 0.05, 0.1, 0.2, 0.25, 0.4, "
        "0.5, 1 or 2 degrees. The default (0.05 degrees, 2 years) takes under a minute."
    )

    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    SEED = "SEED"
    START_YEAR = "START_YEAR"
    N_YEARS = "N_YEARS"
    CELL_SIZE = "CELL_SIZE"

    def initAlgorithm(self, config=None):  # noqa: N802
        integer = NumberType.Integer
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), integer, defaultValue=42, minValue=0), self.tr(
            "Seed of the random numbers (default 42): the same seed gives byte-identical "
            "files. Change it for another synthetic dataset."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            self.START_YEAR, self.tr("First year"), integer, defaultValue=2005, minValue=2000,
            maxValue=2100), self.tr("First calendar year of the demo data (2000 to 2100, "
                                    "default 2005)."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            self.N_YEARS, self.tr("Number of years"), integer, defaultValue=2, minValue=1,
            maxValue=30), self.tr(
            "How many years of 8-day periods to write (1 to 30, default 2). More years take "
            "longer and more disk space."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (degrees, a multiple of 0.05)"),
            NumberType.Double, defaultValue=0.05, minValue=0.05,
            maxValue=2.0), self.tr(
            "Grid cell size in degrees: 0.05 (default), 0.1, 0.2, 0.25, 0.4, 0.5, 1 or 2. "
            "Larger cells give smaller files and faster runs."))
        self.addParameterWithHelp(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder (new or empty)")), self.tr(
            "Folder for the demo dataset; it must be new or empty. README.md inside lists "
            "every file."))
        self.addOutput(QgsProcessingOutputRasterLayer(
            "LAND_COVER", self.tr("Land cover of the demo grid")))
        self.addOutput(QgsProcessingOutputFolder("PREDICTORS", self.tr("Predictor folder")))
        self.addOutput(QgsProcessingOutputFolder("TRUTH", self.tr("True soil respiration folder")))
        self.addOutput(QgsProcessingOutputFolder("OBSERVATIONS", self.tr("Observations folder")))
        self.addOutput(QgsProcessingOutputFile("SITES", self.tr("Site table (CSV)")))
        self.addOutput(QgsProcessingOutputFile(
            "GLOBAL_PRODUCT", self.tr("Global product (netCDF)")))
        self.addOutput(QgsProcessingOutputFile("README", self.tr("README")))
        self.addOutput(QgsProcessingOutputNumber("N_FILES", self.tr("Number of files written")))
        self.addOutput(QgsProcessingOutputNumber("N_PERIODS", self.tr("Number of 8-day periods")))

    def execute(self, parameters, context, reporter):
        from ..core import demo

        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        summary = demo.create_demo_dataset(
            folder,
            seed=self.parameterAsInt(parameters, self.SEED, context),
            start_year=self.parameterAsInt(parameters, self.START_YEAR, context),
            n_years=self.parameterAsInt(parameters, self.N_YEARS, context),
            cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            reporter=reporter,
        )
        reporter.log(f"Land cover: {summary['land_cover']}")
        reporter.log(f"Predictors: {summary['predictors']}")
        reporter.log(f"Truth: {summary['truth']}")
        reporter.log(f"Observations: {summary['observations']}")
        reporter.log(f"Global product: {summary['global_product']}")
        if context.project() is not None:  # desktop: show the demo region once it is done
            context.addLayerToLoadOnCompletion(str(summary["land_cover"]), (
                QgsProcessingContext.LayerDetails(
                    self.tr("Demo land cover (MCD12C1, real)"), context.project(), "LAND_COVER")))
        return {
            self.OUTPUT_FOLDER: str(summary["folder"]),
            "LAND_COVER": str(summary["land_cover"]),
            "PREDICTORS": str(summary["predictors"]),
            "TRUTH": str(summary["truth"]),
            "OBSERVATIONS": str(summary["observations"]),
            "SITES": str(summary["sites_csv"]),
            "GLOBAL_PRODUCT": str(summary["global_product"]),
            "README": str(summary["readme"]),
            "N_FILES": summary["n_files"],
            "N_PERIODS": summary["n_periods"],
        }
