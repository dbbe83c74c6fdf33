"""Processing algorithm ``soilresp:trainmodel``: random-forest models from a training table,
validated leave-one-location-out against baselines, saved as checked bundles, with an HTML
report."""
import os

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..compat import NumberType, SourceType
from ..core.errors import InputError
from .base import SoilRespAlgorithm

MODEL_CHOICES = (
    ("rs", "Remote sensing only"),
    ("rs_insitu", "Remote sensing + in-situ"),
    ("insitu", "In-situ only"),
    ("custom", "Custom fields (PREDICTORS)"),
)
#: index 0 was 'Leave-one-site-out': a location of one site is held out exactly as before, so
#: scripts passing SCHEMES=0 keep working; new schemes are appended
SCHEME_CHOICES = (
    ("location", "Leave-one-location-out (sites within LOCATION_DISTANCE or sharing an id)"),
    ("year", "Leave-one-year-out"),
    ("random", "Random k-fold (optimistic)"),
    ("oob", "Out-of-bag (optimistic)"),
    ("spatial", "Spatially blocked k-fold (clusters of nearby locations)"),
)
WEIGHT_CHOICES = (
    ("days", "Days each row represents (n_days)"),
    ("none", "None (every row counts the same)"),
)
INSITU_CHOICES = (
    ("gridded", "Gridded maps (soil_temperature, soil_moisture); site values if absent"),
    ("site", "Site measurements (soil_temperature_site, ...); gridded maps if absent"),
)
NAN_CHOICES = (
    ("drop", "Drop rows with a missing predictor"),
    ("median", "Fill missing predictors with the training median"),
)
#: model name -> output id of its bundle path
MODEL_OUTPUTS = {"rs": "MODEL_RS", "rs_insitu": "MODEL_RS_INSITU", "insitu": "MODEL_INSITU",
                 "custom": "MODEL_CUSTOM"}


class TrainModelAlgorithm(SoilRespAlgorithm):
    ALGORITHM_ID = "trainmodel"
    DISPLAY_NAME = "Train soil respiration models"
    GROUP_ID = "models"
    REQUIRES = ("numpy", "pandas", "sklearn", "joblib", "matplotlib")
    HELP = (
        "Trains random-forest models of soil respiration (target in g C m-2 d-1) on a site x "
        "8-day training table (soilresp:extracttrainingdata, or a CSV) and compares them side "
        "by side: by default 'remote sensing only' and 'remote sensing + in-situ' (soil "
        "temperature and moisture). All models use the same rows.\n\n"
        "Validation: leave-one-location-out (default and primary: sites closer than "
        "'Sites closer than this form one location' (LOCATION_DISTANCE) km, default 1, or sharing a site id (site_id, else site_name, or "
        "'Site id field' (LOCATION_FIELD)) form one location, predicted by a model that never saw it), spatially "
        "blocked k-fold ('k of spatially blocked k-fold' (SPATIAL_FOLDS) clusters of nearby locations, for clustered networks), "
        "leave-one-year-out, random k-fold and out-of-bag (both optimistic: they test on days of "
        "sites the model has seen). Baselines under the same folds: mean of the training data, "
        "day-of-year climatology, Q10 and Lloyd-Taylor temperature responses; skill = 1 - "
        "MSE_model / MSE_baseline. Rows are weighted by the days they represent ('Row weights' (WEIGHTS)) in "
        "training and metrics. Pooled R2, RMSE and bias get 90 % bootstrap intervals over "
        "locations (at least 5 locations). 'Forward feature selection under leave-one-location-out' (FFS) chooses predictors by forward selection under "
        "leave-one-location-out. Metrics R2, RMSE, MAE, bias, slope, pooled (with intervals and "
        "skill), per location, per site and per season, for models and baselines (model "
        "'baseline_...'), go to 'Cross-validation metrics' (METRICS); every held-out prediction to 'Cross-validation predictions' (CV_PREDICTIONS). Predictors "
        "with negative held-out importance, R2 < 0 and baselines not beaten are flagged.\n\n"
        "'Quality-control table of the observation import' (QC_TABLE) (optional): the QC table (QC_TABLE output) of soilresp:importobservations "
        "that made the observations. The report then shows the QC provenance (tests and "
        "settings, records in, removed by each step and remaining per site and chamber) and "
        "each model's sidecar records a summary; without it the report says the QC "
        "provenance is unknown.\n\n"
        "'Grid search' (GRID) (optional) tunes hyperparameters, e.g. 'max_features=sqrt,1/3,1.0; "
        "min_samples_leaf=1,5,10'. Candidates are compared with at most 100 trees on the "
        "primary scheme's folds; the reported CV metrics come from a search nested inside each "
        "fold, so no held-out site influences its own score.\n\n"
        "Outputs: one model file per model in 'Model folder' (OUTPUT_FOLDER) (<target>_rs.joblib, "
        "<target>_rs_insitu.joblib, ...) with a .json sidecar (predictors, units, training "
        "region and period, CV metrics, versions, SHA-256), their paths as MODEL_RS, "
        "MODEL_RS_INSITU, ... for use in models, and an HTML report ('Report' (REPORT)). A model file is a "
        "pickle: loading it runs code, so share and load only models you trust. It loads only "
        "with the scikit-learn version that wrote it."
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameterWithHelp(QgsProcessingParameterVectorLayer(
            "INPUT", self.tr("Training table (layer or CSV)"), [SourceType.Vector]), self.tr(
            "The site x 8-day training table of 'Extract predictors at sites' "
            "(layer or CSV), with the target and one column per predictor."))
        self.addParameterWithHelp(QgsProcessingParameterFeatureSource(
            "QC_TABLE", self.tr("Quality-control table of the observation import"),
            [SourceType.Vector], optional=True), self.tr(
            "Optional: the QC table (QC_TABLE output) of 'Import soil respiration "
            "observations' that made the observations. The report then shows the QC"
            " provenance; without it the provenance is unknown."))
        self.addParameterWithHelp(QgsProcessingParameterField(
            "TARGET", self.tr("Target field (g C m-2 d-1; default sr)"), "sr", "INPUT",
            optional=True), self.tr(
            "Field to predict, in g C m-2 d-1 (default sr). It also names the model"
            " files (<target>_rs.joblib, ...)."))  # optional so that qgis_process applies the default
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            "MODELS", self.tr("Models to train"), [self.tr(c[1]) for c in MODEL_CHOICES],
            allowMultiple=True, defaultValue=[0, 1]), self.tr(
            "Models trained side by side on the same rows: by default 'remote "
            "sensing only' and 'remote sensing + in-situ'. 'Custom fields' uses "
            "'Predictor fields for the custom model' (PREDICTORS)."))
        self.addParameterWithHelp(QgsProcessingParameterField(
            "PREDICTORS", self.tr("Predictor fields for the custom model"), None, "INPUT",
            allowMultiple=True, optional=True), self.tr(
            "Fields used as predictors by the custom model of 'Models to train' "
            "(MODELS); not used by the other models."))
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            "INSITU_SOURCE", self.tr("In-situ predictors"), [self.tr(c[1]) for c in INSITU_CHOICES],
            defaultValue=0), self.tr(
            "Where the in-situ models take soil temperature and moisture from: the "
            "gridded maps (default; the site values where absent) or the site "
            "measurements (the gridded maps where absent)."))
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            "SCHEMES", self.tr("Cross-validation schemes"), [self.tr(c[1]) for c in SCHEME_CHOICES],
            allowMultiple=True, defaultValue=[0, 1, 2, 3]), self.tr(
            "Validation schemes; leave-one-location-out is the primary one. Random "
            "k-fold and out-of-bag are optimistic: they test on days of sites the "
            "model has seen."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            "LOCATION_DISTANCE", self.tr("Sites closer than this form one location (km)"),
            NumberType.Double, 1.0, minValue=0.0, maxValue=1000.0), self.tr(
            "Sites closer than this distance in km (0 to 1000, default 1) form one "
            "location and are held out together in leave-one-location-out."))
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            "WEIGHTS", self.tr("Row weights"), [self.tr(c[1]) for c in WEIGHT_CHOICES],
            defaultValue=0), self.tr(
            "Rows are weighted by the days they represent (n_days, default) in "
            "training and metrics, or all count the same."))
        self.addParameterWithHelp(QgsProcessingParameterBoolean(
            "FFS", self.tr("Forward feature selection under leave-one-location-out"), False), self.tr(
            "Off by default. On: predictors are chosen by forward selection under "
            "leave-one-location-out; this takes much longer."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            "N_TREES", self.tr("Number of trees"), NumberType.Integer, 500,
            minValue=10, maxValue=10000), self.tr(
            "Number of trees of each random forest (10 to 10000, default 500). More"
            " trees give steadier predictions and take longer."))
        self.addParameterWithHelp(QgsProcessingParameterString(
            "MAX_FEATURES", self.tr("Predictors tried per split (sqrt, log2, all, 1/3, 0.5, 4)"),
            "1/3"), self.tr(
            "Predictors tried at each split: sqrt, log2, all, a fraction (1/3, 0.5)"
            " or a count (4). Default 1/3."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            "MIN_SAMPLES_LEAF", self.tr("Minimum rows per leaf"),
            NumberType.Integer, 5, minValue=1), self.tr(
            "Smallest number of rows in a leaf of a tree (default 5). Larger values"
            " give smoother models."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            "MAX_DEPTH", self.tr("Maximum tree depth (0 = unlimited)"),
            NumberType.Integer, 0, minValue=0), self.tr(
            "Deepest level of a tree; 0 (default) means unlimited."))
        self.addParameterWithHelp(QgsProcessingParameterNumber(
            "SEED", self.tr("Random seed"), NumberType.Integer, 42), self.tr(
            "Seed of the random numbers (default 42): the same seed and data give "
            "the same models."))
        self.addParameterWithHelp(QgsProcessingParameterEnum(
            "NAN_POLICY", self.tr("Missing predictor values"), [self.tr(c[1]) for c in NAN_CHOICES],
            defaultValue=0), self.tr(
            "Rows with a missing predictor are dropped (default), or the missing "
            "values are filled with the median of the training data."))
        advanced = [
            (QgsProcessingParameterString(
                "GRID", self.tr("Grid search (e.g. max_features=sqrt,1/3; min_samples_leaf=1,5)"),
                "", optional=True), self.tr(
                "Optional hyperparameter search, e.g. 'max_features=sqrt,1/3,1.0; "
                "min_samples_leaf=1,5,10'. Candidates are compared on the folds of "
                "the primary scheme, nested in each fold. Empty (default): no "
                "search.")),
            (QgsProcessingParameterNumber(
                "K_FOLDS", self.tr("k of random k-fold"), NumberType.Integer, 5,
                minValue=2, maxValue=50), self.tr(
                "Number of folds of random k-fold cross-validation (2 to 50, "
                "default 5).")),
            (QgsProcessingParameterField(
                "LOCATION_FIELD", self.tr("Site id field (sites sharing a value form one "
                                          "location; default site_id, else site_name)"),
                None, "INPUT", optional=True), self.tr(
                "Field whose shared values make sites one location in "
                "leave-one-location-out. Default: site_id, else site_name.")),
            (QgsProcessingParameterNumber(
                "SPATIAL_FOLDS", self.tr("k of spatially blocked k-fold"),
                NumberType.Integer, 5, minValue=2, maxValue=50), self.tr(
                "Number of clusters of nearby locations in spatially blocked k-fold"
                " (2 to 50, default 5).")),
            (QgsProcessingParameterNumber(
                "N_BOOT", self.tr("Bootstrap draws for the intervals"),
                NumberType.Integer, 1000, minValue=100, maxValue=100000), self.tr(
                "Bootstrap draws over locations for the 90 % intervals of the "
                "pooled R2, RMSE and bias (100 to 100000, default 1000).")),
            (QgsProcessingParameterNumber(
                "THREADS", self.tr("Threads (0 = all cores)"), NumberType.Integer,
                0, minValue=0, maxValue=256), self.tr(
                "Threads used for training (0, the default: all cores). More than "
                "the machine's cores are reduced to its cores with a warning.")),
            (QgsProcessingParameterBoolean(
                "SYNTHETIC", self.tr("Mark as synthetic data (also detected from the table)"),
                False), self.tr(
                "Marks the models as trained on synthetic data. The demo's training"
                " table is also detected by itself.")),
        ]
        self.addAdvancedParameters(advanced)
        self.addParameterWithHelp(QgsProcessingParameterFolderDestination(
            "OUTPUT_FOLDER", self.tr("Model folder")), self.tr(
            "Folder for one model file per model (<target>_rs.joblib, ...) with its"
            " .json sidecar. Existing models are replaced only with OVERWRITE."))
        self.addParameterWithHelp(QgsProcessingParameterFileDestination(
            "REPORT", self.tr("Report"), self.tr("HTML files (*.html)")), self.tr(
            "HTML report with the cross-validation metrics, baselines, importances "
            "and figures of every model."))
        self.addParameterWithHelp(QgsProcessingParameterFeatureSink(
            "CV_PREDICTIONS", self.tr("Cross-validation predictions"),
            SourceType.VectorPoint, optional=True), self.tr(
            "Optional: every held-out prediction of the cross-validation, with "
            "site, period and scheme."))
        self.addParameterWithHelp(QgsProcessingParameterFeatureSink(
            "METRICS", self.tr("Cross-validation metrics"), SourceType.Vector,
            optional=True), self.tr(
            "Optional: R2, RMSE, MAE, bias and slope, pooled, per location, per "
            "site and per season, for the models and the baselines."))
        self.addOverwriteParameter()
        for name, label in MODEL_CHOICES:
            self.addOutput(QgsProcessingOutputFile(
                MODEL_OUTPUTS[name], self.tr(f"Model file: {label.lower()}")))

    def planned_files(self, name, folder, parameters, context):
        """The model bundles and sidecars this run writes into OUTPUT_FOLDER."""
        target = self.parameterAsString(parameters, "TARGET", context) or "sr"
        files = []
        for index in self.parameterAsEnums(parameters, "MODELS", context):
            bundle = os.path.join(folder, f"{target}_{MODEL_CHOICES[index][0]}.joblib")
            files += [bundle, bundle + ".json"]
        return files

    def execute(self, parameters, context, reporter):
        from ..core import model as core_model
        from ..core import report as core_report

        frame, source = self._read_table(parameters, context)
        qc = self._read_qc_table(parameters, context, frame)
        if qc is None:
            reporter.log("QC provenance: unknown (no QC_TABLE); the report says so.")
        else:
            reporter.log(f"QC provenance from {qc.source}: {len(qc.sites)} site(s), "
                         f"{len(qc.tests())} QC steps")
        target = self.parameterAsString(parameters, "TARGET", context) or "sr"
        models = [MODEL_CHOICES[i][0] for i in self.parameterAsEnums(parameters, "MODELS", context)]
        if not models:
            raise InputError("Choose at least one model.", parameter="MODELS")
        custom = self.parameterAsFields(parameters, "PREDICTORS", context)
        insitu = INSITU_CHOICES[self.parameterAsEnum(parameters, "INSITU_SOURCE", context)][0]
        specs = core_model.model_specs(frame.columns, models, custom, insitu)
        schemes = [SCHEME_CHOICES[i][0] for i in self.parameterAsEnums(parameters, "SCHEMES",
                                                                        context)]
        max_depth = self.parameterAsInt(parameters, "MAX_DEPTH", context)
        hyperparameters = {
            "n_estimators": self.parameterAsInt(parameters, "N_TREES", context),
            "max_features": core_model.parse_max_features(
                self.parameterAsString(parameters, "MAX_FEATURES", context)),
            "min_samples_leaf": self.parameterAsInt(parameters, "MIN_SAMPLES_LEAF", context),
            "max_depth": max_depth if max_depth > 0 else None,
        }
        grid = core_model.parse_grid(self.parameterAsString(parameters, "GRID", context))
        threads = self.thread_count(parameters, "THREADS", context, reporter)
        synthetic = (self.parameterAsBool(parameters, "SYNTHETIC", context)
                     or core_model.table_is_synthetic(frame))
        if synthetic:
            reporter.warn("The training table is SYNTHETIC demo data; the models and report are "
                          "marked as such.")
        result = core_model.train_models(
            frame, specs, target=target, schemes=schemes, hyperparameters=hyperparameters,
            grid=grid, nan_policy=NAN_CHOICES[self.parameterAsEnum(parameters, "NAN_POLICY",
                                                                   context)][0],
            k_folds=self.parameterAsInt(parameters, "K_FOLDS", context),
            seed=self.parameterAsInt(parameters, "SEED", context), n_jobs=threads,
            synthetic=synthetic, source=source, reporter=reporter,
            location_distance_km=self.parameterAsDouble(parameters, "LOCATION_DISTANCE", context),
            location_field=self.parameterAsString(parameters, "LOCATION_FIELD", context) or None,
            spatial_k=self.parameterAsInt(parameters, "SPATIAL_FOLDS", context),
            weighting=WEIGHT_CHOICES[self.parameterAsEnum(parameters, "WEIGHTS", context)][0],
            feature_selection=self.parameterAsBool(parameters, "FFS", context),
            n_boot=self.parameterAsInt(parameters, "N_BOOT", context))

        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        outputs = {"OUTPUT_FOLDER": folder}
        files = {}
        provenance = core_report.unknown_qc_metadata() if qc is None else qc.to_metadata()
        for model_result in result.models:
            model_result.bundle.metadata["qc_provenance"] = provenance
        for model_result in result.models:
            path = os.path.join(folder, f"{target}_{model_result.spec.name}.joblib")
            try:
                model_result.bundle.save(path)
            except OSError as error:
                raise InputError(
                    f"Cannot write the model file {path} ({error.strerror or error}); nothing "
                    f"of this model was saved. Choose a folder you can write to, with free space"
                    + (f" (saved before the error: {', '.join(files.values())})." if files
                       else "."),
                    parameter="OUTPUT_FOLDER", path=path) from None
            files[model_result.spec.name] = path
            outputs[MODEL_OUTPUTS[model_result.spec.name]] = path
            reporter.log(f"Saved {path} (+ .json sidecar)")
            for line in model_result.bundle.summary()[3:-2]:
                reporter.log("  " + line)
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        try:
            core_report.write_report(result, report_path, files, qc=qc, tr=self.tr)
        except OSError as error:
            raise InputError(
                f"Cannot write the report {report_path} ({error.strerror or error}). The model "
                f"files were saved ({', '.join(files.values())}); choose a writable report "
                "location and run again to get the report.",
                parameter="REPORT", path=report_path) from None
        outputs["REPORT"] = report_path

        import pandas as pd

        from .layers import write_frame

        predictions = pd.concat([result.predictions, result.baseline_predictions],
                                ignore_index=True)[[
                                    "site", "location", "period_start", "lon", "lat", "observed",
                                    "predicted", "weight", "model", "scheme", "fold"]]
        metrics = pd.concat([result.metrics, result.baseline_metrics], ignore_index=True).assign(
            unit_rmse_mae_bias=core_model.TARGET_UNIT)
        for name, frame in (("CV_PREDICTIONS", predictions), ("METRICS", metrics)):
            destination = write_frame(frame, parameters, name, context, self)
            if destination is not None:
                outputs[name] = destination
        return outputs

    def _read_qc_table(self, parameters, context, frame):
        """The QC_TABLE input as a checked :class:`QCProvenance`, or None when not given."""
        import pandas as pd

        from ..core.report import QCProvenance
        from .layers import read_frame

        raw = parameters.get("QC_TABLE")
        if raw is None or raw == "":
            return None
        sites = frame["site"].dropna().astype(str).unique() if "site" in frame else None
        if isinstance(raw, str) and raw.lower().endswith(".csv") and os.path.isfile(raw):
            try:
                table = pd.read_csv(raw, dtype={"site": str, "chamber": str})
            except Exception as error:
                raise InputError(f"Cannot read {raw} as CSV ({error}).", parameter="QC_TABLE",
                                 path=raw) from None
            return QCProvenance.from_frame(table, raw, sites)
        source = self.parameterAsSource(parameters, "QC_TABLE", context)
        if source is None:
            raise InputError(self.unreadable_layer(raw) or "The QC table cannot be opened.",
                             parameter="QC_TABLE", path=raw if isinstance(raw, str) else None)
        named = isinstance(raw, str) and os.path.exists(raw.split("|")[0])
        return QCProvenance.from_frame(read_frame(source, with_lonlat=False),
                                       raw if named else source.sourceName(), sites)

    def _read_table(self, parameters, context):
        """The training table as a DataFrame: CSV files directly with pandas (typed columns),
        anything else through the layer."""
        import pandas as pd

        from .layers import read_frame

        raw = parameters.get("INPUT")
        if isinstance(raw, str) and raw.lower().endswith(".csv") and os.path.isfile(raw):
            try:
                return pd.read_csv(raw), raw
            except Exception as error:
                raise InputError(f"Cannot read {raw} as CSV ({error}).", parameter="INPUT",
                                 path=raw) from None
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None or not layer.isValid():
            raise InputError("The training table cannot be opened.", parameter="INPUT",
                             path=raw if isinstance(raw, str) else None)
        return read_frame(layer), layer.source()
