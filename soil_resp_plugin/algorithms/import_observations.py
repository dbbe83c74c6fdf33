"""Processing algorithm ``soilresp:importobservations``: chamber records -> site x 8-day table.

Thin wrapper around :func:`core.observations.import_observations`; everything is computed
before any output is created, so a bad input never leaves a half-written layer behind.
"""
import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..compat import FileBehavior, NumberType, SourceType
from ..core.atomic import replaced_on_success
from ..core.errors import InputError
from .base import SoilRespAlgorithm
from .layers import read_frame, write_frame

#: (core unit id, label) in enum order
FLUX_UNITS = (
    ("umol CO2 m-2 s-1", "µmol CO2 m-2 s-1"),
    ("mg CO2 m-2 h-1", "mg CO2 m-2 h-1"),
    ("g C m-2 d-1", "g C m-2 d-1"),
    ("g CO2 m-2 d-1", "g CO2 m-2 d-1"),
    ("mg C m-2 h-1", "mg C m-2 h-1"),
)
MOISTURE_UNITS = (("auto", "Auto-detect per site"), ("fraction", "Volumetric fraction (m3 m-3)"),
                  ("percent", "Percent (%)"))
NEGATIVE = (("keep", "Keep"), ("drop", "Drop"), ("zero", "Set to zero"))
DIEL_PHASE = (
    ("auto", "Exclude flagged NEE_AS_RS ports, warn for Rs ports"),
    ("exclude", "Exclude every flagged chamber-month"),
    ("warn", "Warn only (keep the records)"),
    ("off", "Off"),
)
Q10_ACTION = (("warn", "Warn only (keep the records)"), ("exclude", "Exclude the chamber-year"),
              ("off", "Off"))
COSORE_TIMESTAMPS = (
    ("utc", "UTC (COSORE database release files)"),
    ("local", "Instrument clock (CSR_TIMESTAMP_TZ), e.g. self-made COSORE-style folders"),
)


class ImportObservations(SoilRespAlgorithm):
    ALGORITHM_ID = "importobservations"
    DISPLAY_NAME = "Import soil respiration observations"
    GROUP_ID = "observations"
    REQUIRES = ("numpy", "pandas")
    HELP = (
        "Turns chamber soil respiration records into one row per site and MODIS 8-day period "
        "(periods start on day of year 1, 9, ..., 361): the observation table used for "
        "training.\n\n"
        "Input: a COSORE dataset folder (data.csv, PORTS.txt, DESCRIPTION.txt) or a folder of "
        "such folders, more datasets (pick a file in each), and/or a table (any vector layer "
        "or CSV) with site, time and flux columns and coordinates from lon/lat columns or "
        "point geometry.\n\n"
        "COSORE: only ports measuring Rs with the chosen treatment are used (port 0 describes "
        "all ports; NEE and Rh ports are excluded, also when the chamber is transparent). "
        "Timestamps of COSORE release files are UTC and are converted to the site time zone "
        "(CSR_TIMEZONE) so days are local days. Soil temperature comes from CSR_T5, else the "
        "shallowest CSR_T* column; soil moisture from CSR_SM5, else the shallowest CSR_SM*.\n\n"
        "Units: fluxes become g C m-2 d-1 (COSORE: µmol CO2 m-2 s-1; tables: 'Flux unit of the table' (FLUX_UNIT)); soil "
        "moisture becomes a volumetric fraction (auto-detection stops when a site is "
        "ambiguous).\n\n"
        "Quality control, counted per site in the log and the QC table: missing and "
        "physically impossible fluxes, soil temperature outside -40..60 °C and moisture "
        "outside 0..1 (set to missing), spikes (|flux - median| > k x MAD per chamber and "
        "month), negative fluxes (keep, drop or set to zero), days with too few records per "
        "chamber and periods with too few days.\n\n"
        "Fault tests (advanced; counted per site and chamber): stuck sensors (identical "
        "consecutive fluxes removed; soil temperature/moisture repeating for days set to "
        "missing), diel phase (flux peaking at night while soil temperature peaks in the "
        "afternoon: a chamber with plants; excluded for ports listed in 'NEE-labelled COSORE ports to use as soil respiration' (NEE_AS_RS), a warning "
        "for Rs ports, by default), level shifts (months of a chamber at several times its "
        "usual level against the other chambers or its temperature response; removed) and "
        "implausible Q10 per chamber-year (warned by default).\n\n"
        "Output: sr (mean of daily means, g C m-2 d-1), sr_sd (SD of daily means), n_records, "
        "n_days, coverage (n_days / days in the period), soil_temperature_site (°C) and "
        "soil_moisture_site (m3 m-3) per site and period."
    )

    INPUT = "INPUT"
    MORE_DATASETS = "MORE_DATASETS"
    TABLE = "TABLE"
    SITE_FIELD = "SITE_FIELD"
    TIME_FIELD = "TIME_FIELD"
    FLUX_FIELD = "FLUX_FIELD"
    LON_FIELD = "LON_FIELD"
    LAT_FIELD = "LAT_FIELD"
    SOIL_TEMPERATURE_FIELD = "SOIL_TEMPERATURE_FIELD"
    SOIL_MOISTURE_FIELD = "SOIL_MOISTURE_FIELD"
    IGBP_FIELD = "IGBP_FIELD"
    TIME_FORMAT = "TIME_FORMAT"
    TIME_ZONE = "TIME_ZONE"
    FLUX_UNIT = "FLUX_UNIT"
    SOIL_MOISTURE_UNIT = "SOIL_MOISTURE_UNIT"
    TREATMENT = "TREATMENT"
    NEE_AS_RS = "NEE_AS_RS"
    COSORE_TIMESTAMPS = "COSORE_TIMESTAMPS"
    FLUX_MIN = "FLUX_MIN"
    FLUX_MAX = "FLUX_MAX"
    SPIKE_K = "SPIKE_K"
    NEGATIVE_FLUX = "NEGATIVE_FLUX"
    MIN_RECORDS_PER_DAY = "MIN_RECORDS_PER_DAY"
    MIN_DAYS_PER_PERIOD = "MIN_DAYS_PER_PERIOD"
    STUCK_FLUX_RECORDS = "STUCK_FLUX_RECORDS"
    STUCK_DRIVER_HOURS = "STUCK_DRIVER_HOURS"
    DIEL_PHASE = "DIEL_PHASE"
    LEVEL_SHIFT_FACTOR = "LEVEL_SHIFT_FACTOR"
    Q10_MIN = "Q10_MIN"
    Q10_MAX = "Q10_MAX"
    Q10_ACTION = "Q10_ACTION"
    OUTPUT = "OUTPUT"
    QC_TABLE = "QC_TABLE"
    OUTPUT_CSV = "OUTPUT_CSV"

    def initAlgorithm(self, config=None):  # noqa: N802
        tr = self.tr
        self.addParameterWithHelp(QgsProcessingParameterFile(
            self.INPUT, tr("COSORE dataset folder (or a folder of dataset folders)"),
            behavior=FileBehavior.Folder, optional=True,
        ), tr(
            "A COSORE dataset folder (data.csv, PORTS.txt, DESCRIPTION.txt) or a folder "
            "of such folders. Give this, 'More COSORE datasets' (MORE_DATASETS) and/or "
            "an 'Observation table' (TABLE)."))
        self.addParameterWithHelp(QgsProcessingParameterMultipleLayers(
            self.MORE_DATASETS, tr("More COSORE datasets (any file inside each dataset folder)"),
            layerType=SourceType.File, optional=True,
        ), tr(
            "More COSORE datasets: pick any file inside each dataset folder; its folder "
            "is read."))
        self.addParameterWithHelp(QgsProcessingParameterFeatureSource(
            self.TABLE, tr("Observation table (layer or CSV, one row per measurement)"),
            types=[SourceType.Vector], optional=True,
        ), tr(
            "Any vector layer or CSV with one row per measurement: site, time and flux "
            "columns, coordinates from lon/lat columns or point geometry. Name the "
            "columns in the field parameters below."))
        fields = (
            (self.SITE_FIELD, tr("Site id field"), tr(
                "Column of the observation table (TABLE) naming the site of each measurement.")),
            (self.TIME_FIELD, tr("Timestamp or date field"), tr(
                "Column with the time of each measurement: ISO dates and times, or the format "
                "given in 'Table timestamp format' (TIME_FORMAT).")),
            (self.FLUX_FIELD, tr("Flux field"), tr(
                "Column with the soil respiration flux, in the unit chosen in 'Flux unit of the "
                "table' (FLUX_UNIT).")),
            (self.LON_FIELD, tr("Longitude field (default: lon column or point geometry)"), tr(
                "Column with the longitude in degrees (EPSG:4326). Default: a lon or longitude "
                "column, else the point geometry.")),
            (self.LAT_FIELD, tr("Latitude field (default: lat column or point geometry)"), tr(
                "Column with the latitude in degrees (EPSG:4326). Default: a lat or latitude "
                "column, else the point geometry.")),
            (self.SOIL_TEMPERATURE_FIELD, tr("Soil temperature field (°C)"), tr(
                "Optional column with the soil temperature in °C; values outside -40..60 °C are "
                "set to missing.")),
            (self.SOIL_MOISTURE_FIELD, tr("Soil moisture field"), tr(
                "Optional column with the soil moisture, in the unit chosen in 'Soil moisture "
                "unit' (SOIL_MOISTURE_UNIT).")),
            (self.IGBP_FIELD, tr("IGBP land cover field"), tr(
                "Optional column with the IGBP land-cover class of each site.")),
        )
        for name, label, help_text in fields:
            self.addParameterWithHelp(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.TABLE, optional=True,
            ), help_text)
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            self.FLUX_UNIT, tr("Flux unit of the table"),
            options=[label for _, label in FLUX_UNITS], defaultValue=0,
        ), tr(
            "Unit of the flux field of the observation table (default µmol CO2 m-2 s-1);"
            " fluxes become g C m-2 d-1. COSORE datasets are always in µmol CO2 m-2 s-1."))
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            self.SOIL_MOISTURE_UNIT, tr("Soil moisture unit"),
            options=[tr(label) for _, label in MOISTURE_UNITS], defaultValue=0,
        ), tr(
            "Unit of the soil moisture field of the table: auto-detected per site "
            "(default; the run stops when a site is ambiguous), volumetric fraction or "
            "percent."))
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            self.NEGATIVE_FLUX, tr("Negative fluxes"),
            options=[tr(label) for _, label in NEGATIVE], defaultValue=0,
        ), tr(
            "What to do with negative fluxes: keep them (default), drop them or set them"
            " to zero."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            self.MIN_RECORDS_PER_DAY, tr("Minimum records per chamber and day"),
            type=NumberType.Integer, minValue=1, defaultValue=3,
        ), tr(
            "A chamber's day with fewer records than this (default 3) is left out of the"
            " daily means."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            self.MIN_DAYS_PER_PERIOD, tr("Minimum days per 8-day period"),
            type=NumberType.Integer, minValue=1, maxValue=8, defaultValue=2,
        ), tr(
            "An 8-day period of a site with fewer valid days than this (1 to 8, default "
            "2) gives no row."))
        advanced = [
            (QgsProcessingParameterString(
                self.TREATMENT, tr("COSORE treatment to import"), defaultValue="None",
            ), tr(
                "COSORE treatment (CSR_TREATMENT) whose ports are imported. Default "
                "None: the ports without a treatment.")),
            (QgsProcessingParameterString(
                self.NEE_AS_RS,
                tr("NEE-labelled COSORE ports to use as soil respiration (DATASET or "
                   "DATASET:PORT, comma separated)"),
                defaultValue="", optional=True,
            ), tr(
                "COSORE ports labelled NEE that are really soil respiration chambers: "
                "DATASET or DATASET:PORT, comma separated. Empty (default): NEE ports "
                "are excluded.")),
            (QgsProcessingParameterEnum(
                self.COSORE_TIMESTAMPS, tr("COSORE data.csv timestamps are in"),
                options=[tr(label) for _, label in COSORE_TIMESTAMPS], defaultValue=0,
            ), tr(
                "Time base of data.csv: UTC (default; COSORE database release files), or"
                " the instrument clock (CSR_TIMESTAMP_TZ) of self-made COSORE-style "
                "folders.")),
            (QgsProcessingParameterString(
                self.TIME_FORMAT, tr("Table timestamp format (e.g. %d.%m.%Y %H:%M; empty: ISO)"),
                defaultValue="", optional=True,
            ), tr(
                "strftime format of the table's timestamps, e.g. %d.%m.%Y %H:%M. Empty "
                "(default): ISO dates and times.")),
            (QgsProcessingParameterString(
                self.TIME_ZONE,
                tr("Sites' time zone for table timestamps with a UTC offset (e.g. Asia/Tokyo)"),
                defaultValue="", optional=True,
            ), tr(
                "Time zone of the sites (e.g. Asia/Tokyo): table timestamps with a UTC "
                "offset are converted to it so days are local days. Empty (default): "
                "timestamps are taken as they are.")),
            (QgsProcessingParameterNumber(
                self.FLUX_MIN, tr("Lowest possible flux (µmol CO2 m-2 s-1)"),
                type=NumberType.Double, defaultValue=-5.0,
            ), tr(
                "Fluxes below this value in µmol CO2 m-2 s-1 (default -5) are physically"
                " impossible and are removed.")),
            (QgsProcessingParameterNumber(
                self.FLUX_MAX, tr("Highest possible flux (µmol CO2 m-2 s-1)"),
                type=NumberType.Double, defaultValue=50.0,
            ), tr(
                "Fluxes above this value in µmol CO2 m-2 s-1 (default 50) are physically"
                " impossible and are removed.")),
            (QgsProcessingParameterNumber(
                self.SPIKE_K, tr("Spike test: k x MAD around the monthly median (0 = off)"),
                type=NumberType.Double, minValue=0.0, defaultValue=5.0,
            ), tr(
                "Records further than k x MAD from the median of their chamber and month"
                " are removed as spikes (default 5; 0 turns the test off).")),
            (QgsProcessingParameterNumber(
                self.STUCK_FLUX_RECORDS,
                tr("Stuck flux: identical consecutive values that make a stuck run (0 = off)"),
                type=NumberType.Integer, minValue=0, defaultValue=6,
            ), tr(
                "This many identical consecutive fluxes (default 6) make a stuck run, "
                "which is removed; 0 turns the test off.")),
            (QgsProcessingParameterNumber(
                self.STUCK_DRIVER_HOURS,
                tr("Stuck soil temperature/moisture: hours of identical values (0 = off)"),
                type=NumberType.Double, minValue=0.0, defaultValue=48.0,
            ), tr(
                "Soil temperature or moisture repeating the same value for this many "
                "hours (default 48) is set to missing; 0 turns the test off.")),
            (QgsProcessingParameterEnum(
                self.DIEL_PHASE,
                tr("Diel phase test (flux peaking at night: a chamber with plants)"),
                options=[tr(label) for _, label in DIEL_PHASE], defaultValue=0,
            ), tr(
                "Chamber-months whose flux peaks at night while soil temperature peaks "
                "in the afternoon (a chamber with plants). Default: excluded for "
                "NEE_AS_RS ports, a warning for Rs ports.")),
            (QgsProcessingParameterNumber(
                self.LEVEL_SHIFT_FACTOR,
                tr("Level shift: factor against the chamber's usual level (0 = off)"),
                type=NumberType.Double, minValue=0.0, defaultValue=3.0,
            ), tr(
                "Months of a chamber at this many times its usual level (default 3) "
                "against the other chambers or its temperature response are removed; 0 "
                "turns the test off.")),
            (QgsProcessingParameterNumber(
                self.Q10_MIN, tr("Lowest plausible Q10 of a chamber-year"),
                type=NumberType.Double, minValue=0.01, defaultValue=1.0,
            ), tr(
                "A chamber-year whose Q10 is below this value (default 1) is "
                "implausible; see 'Implausible Q10' (Q10_ACTION).")),
            (QgsProcessingParameterNumber(
                self.Q10_MAX, tr("Highest plausible Q10 of a chamber-year"),
                type=NumberType.Double, minValue=0.01, defaultValue=10.0,
            ), tr(
                "A chamber-year whose Q10 is above this value (default 10) is "
                "implausible; see 'Implausible Q10' (Q10_ACTION).")),
            (QgsProcessingParameterEnum(
                self.Q10_ACTION, tr("Implausible Q10"),
                options=[tr(label) for _, label in Q10_ACTION], defaultValue=0,
            ), tr(
                "What to do with a chamber-year whose Q10 is outside the plausible "
                "range: warn only (default), exclude it, or no test.")),
        ]
        self.addAdvancedParameters(advanced)
        self.addParameterWithHelp(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Observations (site x 8-day period)"), SourceType.VectorPoint,
        ), tr(
            "One row per site and 8-day period: sr (g C m-2 d-1), sr_sd, n_records, "
            "n_days, coverage, soil_temperature_site (°C) and soil_moisture_site (m3 "
            "m-3)."))
        self.addParameterWithHelp(QgsProcessingParameterFeatureSink(
            self.QC_TABLE, tr("Quality control counts"), SourceType.Vector,
            optional=True, createByDefault=True,
        ), tr(
            "Counts of the records removed by each quality-control step, per site and "
            "chamber. Give it to 'Train soil respiration models' for the report's QC "
            "provenance."))
        self.addParameterWithHelp(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, tr("Observations as CSV"), tr("CSV files (*.csv)"),
            optional=True, createByDefault=False,
        ), tr(
            "Optional: the observations also as a CSV file."))
        self.addOverwriteParameter()
        self.addOutput(QgsProcessingOutputNumber("N_SITES", tr("Number of sites")))
        self.addOutput(QgsProcessingOutputNumber("N_PERIODS", tr("Number of site x periods")))

    def _table(self, parameters, context, reporter):
        """The TABLE input as a DataFrame and a name for messages; plain CSV files are read
        with pandas (typed columns, fast; delimiter and decimal comma detected), everything
        else through the QGIS source."""
        from ..core.observations import read_csv_table

        value = parameters.get(self.TABLE)
        if value is None or value == "":
            return None, None
        if isinstance(value, str) and value.lower().endswith(".csv") and os.path.isfile(value):
            frame, note = read_csv_table(value, parameter=self.TABLE)
            if note:
                reporter.log(note)
            return frame, value
        source = self.parameterAsSource(parameters, self.TABLE, context)
        if source is None:
            raise InputError(
                self.unreadable_layer(value) or "Cannot open the observation table.",
                parameter=self.TABLE)
        return read_frame(source), source.sourceName()

    def _table_columns(self, parameters, context, frame):
        def field(name):
            return self.parameterAsString(parameters, name, context) or None

        columns = {
            "site": field(self.SITE_FIELD), "time": field(self.TIME_FIELD),
            "flux": field(self.FLUX_FIELD), "lon": field(self.LON_FIELD),
            "lat": field(self.LAT_FIELD),
            "soil_temperature": field(self.SOIL_TEMPERATURE_FIELD),
            "soil_moisture": field(self.SOIL_MOISTURE_FIELD), "igbp": field(self.IGBP_FIELD),
        }
        lower = {str(c).lower(): c for c in frame.columns}
        for key, names in (("lon", ("lon", "longitude")), ("lat", ("lat", "latitude"))):
            if not columns[key]:
                columns[key] = next((lower[n] for n in names if n in lower), None)
        return columns

    def execute(self, parameters, context, reporter):
        from ..core.observations import import_observations
        from ..core.quality import QCSettings

        folders = []
        folder = self.parameterAsFile(parameters, self.INPUT, context)
        if folder:
            folders.append(folder)
        # QGIS 3.22 returns [''] for an unset multiple-file parameter
        folders += [f for f in self.parameterAsFileList(parameters, self.MORE_DATASETS, context)
                    if f]
        frame, table_name = self._table(parameters, context, reporter)
        columns = None
        if frame is not None:
            columns = self._table_columns(parameters, context, frame)
            if columns["lon"]:
                reporter.log(f"Coordinates from columns {columns['lon']}, {columns['lat']}")

        def choice(name, options):
            return options[self.parameterAsEnum(parameters, name, context)][0]

        qc = QCSettings(
            flux_min=self.parameterAsDouble(parameters, self.FLUX_MIN, context),
            flux_max=self.parameterAsDouble(parameters, self.FLUX_MAX, context),
            spike_k=self.parameterAsDouble(parameters, self.SPIKE_K, context),
            negative=choice(self.NEGATIVE_FLUX, NEGATIVE),
            min_records_per_day=self.parameterAsInt(parameters, self.MIN_RECORDS_PER_DAY, context),
            min_days_per_period=self.parameterAsInt(parameters, self.MIN_DAYS_PER_PERIOD, context),
            stuck_flux_records=self.parameterAsInt(parameters, self.STUCK_FLUX_RECORDS, context),
            stuck_driver_hours=self.parameterAsDouble(parameters, self.STUCK_DRIVER_HOURS,
                                                      context),
            diel_phase=choice(self.DIEL_PHASE, DIEL_PHASE),
            level_shift_factor=self.parameterAsDouble(parameters, self.LEVEL_SHIFT_FACTOR,
                                                      context),
            q10_min=self.parameterAsDouble(parameters, self.Q10_MIN, context),
            q10_max=self.parameterAsDouble(parameters, self.Q10_MAX, context),
            q10_action=choice(self.Q10_ACTION, Q10_ACTION),
        )
        result = import_observations(
            cosore_folders=folders,
            table=frame,
            table_columns=columns,
            flux_unit=choice(self.FLUX_UNIT, FLUX_UNITS),
            moisture_unit=choice(self.SOIL_MOISTURE_UNIT, MOISTURE_UNITS),
            qc=qc,
            treatment=self.parameterAsString(parameters, self.TREATMENT, context) or "None",
            nee_as_rs=self.parameterAsString(parameters, self.NEE_AS_RS, context),
            cosore_timestamps=choice(self.COSORE_TIMESTAMPS, COSORE_TIMESTAMPS),
            time_zone=self.parameterAsString(parameters, self.TIME_ZONE, context) or None,
            time_format=self.parameterAsString(parameters, self.TIME_FORMAT, context) or None,
            table_source=table_name or "table",
            reporter=reporter,
        )
        observations = result.observations
        outputs = {
            self.OUTPUT: write_frame(observations, parameters, self.OUTPUT, context, self),
            self.QC_TABLE: write_frame(result.qc, parameters, self.QC_TABLE, context, self),
            "N_SITES": int(observations["site"].nunique()),
            "N_PERIODS": len(observations),
        }
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        if csv_path:
            with replaced_on_success(csv_path) as temp:
                observations.to_csv(temp, index=False)
            outputs[self.OUTPUT_CSV] = csv_path
        return outputs
