"""Processing algorithm ``soilresp:describecatalog``: what the predictor catalog finds in the
given folders (variables, units, periods, gaps, grids), before anything is trained on it."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
)

from ..compat import SourceType
from . import predictor_inputs
from .base import SoilRespAlgorithm
from .layers import write_frame


class DescribePredictorCatalog(SoilRespAlgorithm):
    ALGORITHM_ID = "describecatalog"
    DISPLAY_NAME = "Describe predictor catalog"
    GROUP_ID = "observations"
    REQUIRES = ("numpy", "pandas", "rasterio")
    HELP = (
        "Lists the predictors found in folders of rasters: one row per variable with its unit, "
        "source product, time step, first and last 8-day period, number of periods, missing "
        "periods (gaps) between the catalog's first and last period, grid and resampling used "
        "when reading it onto another grid (nearest for land cover, bilinear otherwise). Files "
        "that are not predictors are listed in the log. Run it before extraction to see gaps.\n\n"
        + predictor_inputs.PREDICTORS_HELP
    )

    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        predictor_inputs.add_catalog_parameters(self)
        self.addParameterWithHelp(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Predictor catalog"), SourceType.Vector,
        ), self.tr("Table with one row per variable: unit, source product, time step, first "
                   "and last period, number of periods, gaps, grid and resampling."))
        self.addOverwriteParameter()
        self.addOutput(QgsProcessingOutputNumber("N_VARIABLES", self.tr("Number of variables")))
        self.addOutput(QgsProcessingOutputString("FIRST_PERIOD", self.tr("First period")))
        self.addOutput(QgsProcessingOutputString("LAST_PERIOD", self.tr("Last period")))

    def execute(self, parameters, context, reporter):
        import pandas as pd

        from ..core.catalog import close_datasets

        catalog = predictor_inputs.catalog_from_parameters(self, parameters, context, reporter)
        close_datasets()
        frame = pd.DataFrame(catalog.describe())
        for row in frame.itertuples():
            if row.n_gaps:
                reporter.warn(f"{row.variable}: {row.n_gaps} missing periods: {row.gaps}")
        first, last = catalog.date_range()
        return {
            self.OUTPUT: write_frame(frame, parameters, self.OUTPUT, context, self),
            "N_VARIABLES": len(frame),
            "FIRST_PERIOD": first.isoformat() if first else "",
            "LAST_PERIOD": last.isoformat() if last else "",
        }
