"""Random-forest soil respiration models: input checks, honest cross-validation, held-out
importance, partial dependence, area of applicability, and the saved model bundle.

Security: a model file is a pickle (joblib). Loading a pickle runs code chosen by whoever wrote
the file, so load only models you trained yourself or got from someone you trust. The SHA-256
in the JSON sidecar protects against a model file that was changed or swapped after training,
not against someone who rewrites both files.
"""
import datetime as _dt
import hashlib
import json
import os
import pathlib
import platform
import tempfile
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import validation
from .applicability import AreaOfApplicability
from .baselines import (
    BASELINES,
    fit_lloyd_taylor,
    fit_q10,
    held_out_predictions,
    temperature,
)
from .errors import InputError
from .i18n import tr
from .locations import (
    DEFAULT_DISTANCE_KM,
    LocationGroups,
    choose_id_column,
    group_locations,
    spatial_blocks,
)
from .reporting import as_reporter
from .selection import forward_selection
from .skill import BASELINE_PREFIX, LEVEL, evaluate, flags

TARGET_UNIT = "g C m-2 d-1"
#: 8-day means above this are not soil respiration (a unit error, or a spike that passed QC)
MAX_TARGET = 50.0
MIN_ROWS = 10
BUNDLE_FORMAT = "soilresp-model-bundle"
BUNDLE_FORMAT_VERSION = 1
REMOTE_SENSING = (
    "lst_day", "lst_night", "ndvi", "evi", "lai", "fpar", "gpp", "landcover", "doy_sin", "doy_cos",
)
IN_SITU = ("soil_temperature", "soil_moisture")
CATEGORICAL = ("landcover",)
UNITS = {
    "lst_day": "K", "lst_night": "K", "ndvi": "1", "evi": "1", "lai": "m2 m-2", "fpar": "1",
    "gpp": "kg C m-2 8d-1", "landcover": "IGBP class", "soil_temperature": "degC",
    "soil_moisture": "m3 m-3", "doy_sin": "1", "doy_cos": "1",
}
MODEL_LABELS = {
    "rs": "remote sensing only",
    "rs_insitu": "remote sensing + in-situ",
    "insitu": "in-situ only",
    "custom": "custom predictors",
}
DEFAULT_HYPERPARAMETERS = {
    "n_estimators": 500, "max_features": 1.0 / 3.0, "min_samples_leaf": 5, "max_depth": None,
}
#: candidate settings in a grid search are compared with at most this many trees
GRID_TREES = 100
SECURITY_NOTE = (
    "A model file is a pickle: loading it runs code chosen by whoever wrote it. Load only "
    "models you trained yourself or received from someone you trust."
)


def catalog_variable(predictor):
    """Catalog id a predictor is upscaled with: site measurements ``X_site`` use the map ``X``."""
    return predictor[: -len("_site")] if predictor.endswith("_site") else predictor


def predictor_unit(predictor):
    return UNITS.get(catalog_variable(predictor), "")


# -- model specifications -----------------------------------------------------------------
@dataclass
class ModelSpec:
    name: str
    label: str
    predictors: list


def predictor_groups(columns, insitu_source="gridded"):
    """Remote-sensing and in-situ predictor columns present in a table. ``insitu_source``
    'gridded' prefers the gridded maps (what upscaling will read), 'site' the sites' own
    measurements (``_site``); either falls back to the other."""
    columns = list(columns)
    rs = [c for c in REMOTE_SENSING if c in columns]
    insitu = []
    for name in IN_SITU:
        order = (name, name + "_site") if insitu_source == "gridded" else (name + "_site", name)
        found = next((c for c in order if c in columns), None)
        if found:
            insitu.append(found)
    return {"rs": rs, "insitu": insitu}


def model_specs(columns, models=("rs", "rs_insitu"), custom=None, insitu_source="gridded"):
    """The models to train: any of 'rs', 'rs_insitu', 'insitu', 'custom' (``custom`` fields)."""
    groups = predictor_groups(columns, insitu_source)
    specs = []
    for name in models:
        if name == "custom":
            if not custom:
                raise InputError(tr("Custom model chosen but no PREDICTORS fields given."),
                                 parameter="PREDICTORS")
            predictors = list(custom)
        else:
            need_rs = name in ("rs", "rs_insitu")
            need_insitu = name in ("insitu", "rs_insitu")
            if need_rs and not groups["rs"]:
                raise InputError(
                    tr("The table has none of the remote-sensing predictor columns "
                       "({columns}). Extract them with soilresp:extracttrainingdata"
                       ", or choose the fields yourself (PREDICTORS, model 'custom').").format(
                        columns=", ".join(REMOTE_SENSING)),
                    parameter="MODELS",
                )
            if need_insitu and not groups["insitu"]:
                raise InputError(
                    tr("The table has no in-situ predictor column (soil_temperature, "
                       "soil_moisture or their _site variants) for the in-situ model."),
                    parameter="MODELS",
                )
            predictors = (groups["rs"] if need_rs else []) + (
                groups["insitu"] if need_insitu else []
            )
        specs.append(ModelSpec(name, MODEL_LABELS[name], predictors))
    return specs


def parse_max_features(value):
    """'sqrt', 'log2', 'all', a fraction such as '1/3' or '0.5', or a whole number of columns."""
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        return 1.0 if value is None else value
    text = str(value).strip().lower()
    if text in ("sqrt", "log2"):
        return text
    if text in ("all", "", "none"):
        return 1.0
    try:
        if "/" in text:
            num, den = text.split("/")
            number = float(num) / float(den)
        else:
            number = float(text)
    except (ValueError, ZeroDivisionError):
        raise InputError(
            tr("MAX_FEATURES '{value}' is not understood: use sqrt, log2, all, a fraction such "
               "as 1/3 or 0.5, or a whole number of predictors.").format(value=value),
            parameter="MAX_FEATURES",
        ) from None
    if number > 1 and float(number).is_integer():
        return int(number)
    if not 0 < number <= 1:
        raise InputError(tr("MAX_FEATURES {value} must be a fraction in (0, 1] or a count "
                            ">= 1.").format(value=value), parameter="MAX_FEATURES")
    return number


def parse_grid(text):
    """Grid-search candidates from 'max_features=sqrt,1/3,1.0; min_samples_leaf=1,5,10'."""
    text = (text or "").strip()
    if not text:
        return []
    axes = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise InputError(tr("GRID part '{part}' must look like name=value1,value2.")
                             .format(part=part.strip()), parameter="GRID")
        name, values = (s.strip() for s in part.split("=", 1))
        if name not in ("max_features", "min_samples_leaf", "max_depth"):
            raise InputError(
                tr("GRID parameter '{name}' is not tunable here; use max_features, "
                   "min_samples_leaf or max_depth.").format(name=name),
                parameter="GRID",
            )
        parsed = []
        for raw in values.split(","):
            raw = raw.strip()
            if name == "max_features":
                parsed.append(parse_max_features(raw))
            else:
                try:
                    number = int(raw)
                except ValueError:
                    raise InputError(tr("GRID {name} value '{value}' is not a whole number.")
                                     .format(name=name, value=raw), parameter="GRID") from None
                parsed.append(None if name == "max_depth" and number <= 0 else number)
        axes[name] = parsed
    candidates = [{}]
    for name, values in axes.items():
        candidates = [{**c, name: v} for c in candidates for v in values]
    return candidates


# -- input checks -------------------------------------------------------------------------
@dataclass
class PreparedTable:
    """Checked rows: predictors ``X`` (float, no NaN), target ``y``, and row identity
    ``rows`` (site, period_start, lon, lat). ``notes`` say what was dropped or imputed."""

    X: pd.DataFrame
    y: np.ndarray
    rows: pd.DataFrame
    notes: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    fill_values: dict = field(default_factory=dict)
    #: position of every kept row in the input table (for columns that are not predictors)
    source_index: np.ndarray = None


def _numeric(frame, name, parameter):
    series = frame[name]
    if series.dtype.kind in "biuf":
        return series.astype(float)
    if series.dtype.kind in "mM":
        raise InputError(tr("Field '{name}' holds dates, not numbers.").format(name=name),
                         parameter=parameter)
    as_text = series.astype("string").str.strip()
    empty = series.isna() | (as_text == "")
    converted = pd.to_numeric(as_text.where(~empty), errors="coerce")
    bad = converted.isna() & ~empty
    if bad.any():
        examples = ", ".join(repr(v) for v in pd.unique(series[bad])[:3])
        raise InputError(
            tr("Field '{name}' is not numeric: {n} value(s) such as {examples} are "
               "not numbers. Choose numeric fields, or fix the table.").format(
                name=name, n=int(bad.sum()), examples=examples),
            parameter=parameter,
        )
    return converted.astype(float)


def prepare_table(frame, target, predictors, nan_policy="drop", reporter=None,
                  automatic=(), allow_constant=False):
    """Check a training table and return the rows a model can learn from.

    Errors (``InputError``) for missing or non-numeric fields, a target that is negative or
    above 50 g C m-2 d-1, a predictor that is all missing or constant, too few rows. Missing
    predictor values: ``nan_policy`` 'drop' drops the row, 'median' fills the training median
    (the most frequent class for categorical predictors); counts go to ``notes``.
    ``automatic``: predictors the built-in models chose (not the user), so messages about them
    point at MODELS and the custom model instead of PREDICTORS. ``allow_constant``: leave
    constant predictors to the caller (see :func:`constant_predictors`).
    """
    reporter = as_reporter(reporter)
    if nan_policy not in ("drop", "median"):
        raise ValueError(nan_policy)
    if target not in frame.columns:
        raise InputError(tr("Target field '{target}' is not in the table (fields: "
                            "{fields}).").format(target=target,
                                                 fields=", ".join(map(str, frame.columns))),
                         parameter="TARGET")
    missing = [p for p in predictors if p not in frame.columns]
    if missing:
        raise InputError(tr("Predictor field(s) {fields} not in the table.").format(
            fields=", ".join(missing)), parameter="PREDICTORS")
    if target in predictors:
        raise InputError(tr("The target '{target}' cannot also be a predictor.").format(
            target=target), parameter="PREDICTORS")
    notes = []
    frame = frame.reset_index(drop=True)
    y = _numeric(frame, target, "TARGET")
    n_input = len(frame)
    keep = y.notna().to_numpy()
    if not keep.any():
        raise InputError(
            tr("Target field '{target}' has no values: all {n} row(s) of the table are "
               "missing (empty or NaN). Choose the field that holds soil respiration in "
               "{unit}, or check the table (e.g. the observations were not matched to "
               "the predictor periods).").format(target=target, n=n_input, unit=TARGET_UNIT),
            parameter="TARGET",
        )
    if (~keep).any():
        notes.append(tr("{n} row(s) without a target value dropped.").format(
            n=int((~keep).sum())))
    valid_y = y[keep]
    if (valid_y < 0).any():
        worst = frame.loc[valid_y.idxmin()]
        raise InputError(
            tr("Target '{target}' has {n} negative value(s) (lowest "
               "{lowest:.3g} at site {site}, period "
               "{period}). Soil respiration is an efflux >= 0 in "
               "{unit}: check the unit and quality control of the observations.").format(
                target=target, n=int((valid_y < 0).sum()), lowest=valid_y.min(),
                site=worst.get("site", "?"), period=worst.get("period_start", "?"),
                unit=TARGET_UNIT),
            parameter="TARGET",
        )
    if (valid_y > MAX_TARGET).any():
        worst = frame.loc[valid_y.idxmax()]
        raise InputError(
            tr("Target '{target}' has {n} value(s) above "
               "{limit:g} {unit} (highest {highest:.4g} at site "
               "{site}, period {period}): not a plausible"
               " 8-day soil respiration. Is the target in another unit (umol CO2 m-2 s-1, mg CO2 "
               "m-2 h-1)? Convert it with soilresp:importobservations.").format(
                target=target, n=int((valid_y > MAX_TARGET).sum()), limit=MAX_TARGET,
                unit=TARGET_UNIT, highest=valid_y.max(), site=worst.get("site", "?"),
                period=worst.get("period_start", "?")),
            parameter="TARGET",
        )
    X = pd.DataFrame({p: _numeric(frame, p, "PREDICTORS") for p in predictors})[keep]
    automatic = set(automatic)
    for p in predictors:
        values = X[p].dropna()
        if values.empty:
            if p in automatic:
                raise InputError(
                    tr("Predictor '{predictor}', which the chosen models use, has no values in "
                       "the {n} rows with a target (all missing). Check the extraction "
                       "(does the predictor catalog cover the sites and periods for "
                       "{predictor}?), or train model 'Custom fields (PREDICTORS)' with "
                       "'Predictor fields for the custom model' (PREDICTORS) without it.")
                    .format(predictor=p, n=int(keep.sum())),
                    parameter="MODELS",
                )
            raise InputError(
                tr("Predictor '{predictor}' has no values in the {n} rows with a target "
                   "(all missing). Remove it from the predictors or check the extraction.")
                .format(predictor=p, n=int(keep.sum())),
                parameter="PREDICTORS",
            )
        if allow_constant:
            continue
        if values.nunique() < 2:
            raise InputError(
                tr("Predictor '{predictor}' is constant ({value:g} in every row): it cannot "
                   "explain anything. Remove it from the predictors.").format(
                    predictor=p, value=values.iloc[0]),
                parameter="PREDICTORS",
            )
    missing_counts = {p: int(n) for p, n in X.isna().sum().items() if n}
    fill_values = {}
    if missing_counts:
        detail = ", ".join(f"{p}: {n}" for p, n in missing_counts.items())
        if nan_policy == "drop":
            complete = X.notna().all(axis=1)
            notes.append(tr("{n} row(s) with missing predictor values "
                            "dropped (missing per predictor: {detail}).").format(
                n=int((~complete).sum()), detail=detail))
            keep_index = complete[complete].index
            X = X.loc[keep_index]
        else:
            for p in missing_counts:
                if p in CATEGORICAL:
                    fill_values[p] = float(X[p].mode().iloc[0])
                else:
                    fill_values[p] = float(X[p].median())
                X[p] = X[p].fillna(fill_values[p])
            notes.append(tr("Missing predictor values filled with the training median (most "
                            "frequent class for categorical predictors): {detail}.").format(
                detail=detail))
    index = X.index
    if len(index) < MIN_ROWS:
        raise InputError(
            tr("Only {n} usable row(s) remain of {total} (at least {minimum} needed).").format(
                n=len(index), total=n_input, minimum=MIN_ROWS) + " " + " ".join(notes),
            parameter="INPUT",
        )
    rows = pd.DataFrame(index=index)
    rows["site"] = frame.loc[index, "site"].astype(str) if "site" in frame else "all"
    if "period_start" in frame:
        rows["period_start"] = pd.to_datetime(frame.loc[index, "period_start"], errors="coerce")
    for name in ("lon", "lat"):
        rows[name] = _numeric(frame, name, "INPUT").loc[index] if name in frame else np.nan
    for note in notes:
        reporter.log(note)
    counts = {"input_rows": n_input, "used_rows": len(index), "missing": missing_counts}
    return PreparedTable(X.reset_index(drop=True), y[index].to_numpy(),
                         rows.reset_index(drop=True), notes, counts, fill_values,
                         np.asarray(index))


def constant_predictors(X):
    """{predictor: its only value} for the columns of ``X`` that hold one value in every row."""
    return {p: float(X[p].iloc[0]) for p in X.columns if len(X) and X[p].nunique() < 2}


def _drop_constant(specs, prepared, reporter):
    """Built-in models leave out predictors that are constant in the training rows (they carry
    no information; the forest would never split on them), with a warning saying what this
    means for the maps; a custom model's constant field is an error: the user chose it."""
    constant = constant_predictors(prepared.X)
    if not constant:
        return specs, {}
    dropped = {}
    kept_specs = []
    for spec in specs:
        mine = [p for p in spec.predictors if p in constant]
        if not mine:
            kept_specs.append(spec)
            continue
        if spec.name == "custom":
            p = mine[0]
            raise InputError(
                tr("Predictor '{predictor}' is constant in the {n} training rows "
                   "({value:g} in every row): it cannot explain anything. Remove it from "
                   "the custom model's fields.").format(
                    predictor=p, n=len(prepared.y), value=constant[p]),
                parameter="PREDICTORS",
            )
        predictors = [p for p in spec.predictors if p not in constant]
        if not predictors:
            raise InputError(
                tr("Every predictor of model '{model}' ({predictors}) is "
                   "constant in the training rows. Train it on a table with more varied sites, "
                   "or choose other models.").format(
                    model=spec.label, predictors=", ".join(spec.predictors)),
                parameter="MODELS",
            )
        for p in mine:
            dropped.setdefault(p, []).append(spec.label)
        kept_specs.append(ModelSpec(spec.name, spec.label, predictors))
    notes = {}
    for p, labels in dropped.items():
        value = constant[p]
        shown = f"{value:g}"
        if p == "landcover":
            meaning = tr("the model cannot tell land-cover classes apart: mapped pixels of "
                         "other classes than {value} are extrapolation from class {value} "
                         "sites").format(value=shown)
        else:
            meaning = tr("the model ignores {predictor}: mapped pixels whose {predictor} "
                         "differs from {value} get predictions as if it were {value}").format(
                predictor=p, value=shown)
        note = tr("Predictor '{predictor}' is constant in the {n} training rows ({value} in "
                  "every row) and carries no information: it was left out of model(s) "
                  "{models}, whose model files list the "
                  "predictors without it. For the maps this means {meaning}. To use "
                  "{predictor}, train on sites that differ in it.").format(
            predictor=p, n=len(prepared.y), value=shown,
            models=", ".join(repr(label) for label in labels), meaning=meaning)
        reporter.warn(note)
        notes[p] = {"value": value, "models": labels, "note": note}
    return kept_specs, notes


# -- fitting --------------------------------------------------------------------------------
def make_forest(hyperparameters, seed, n_jobs=1, oob_score=False):
    from sklearn.ensemble import RandomForestRegressor

    return RandomForestRegressor(
        n_estimators=int(hyperparameters["n_estimators"]),
        max_features=hyperparameters["max_features"],
        min_samples_leaf=int(hyperparameters["min_samples_leaf"]),
        max_depth=hyperparameters["max_depth"],
        random_state=seed,
        n_jobs=n_jobs,
        oob_score=oob_score,
    )


def _threads():
    """Forests parallelise with threads: inside QGIS, sys.executable is QGIS itself, so
    process pools must never start."""
    import joblib

    return joblib.parallel_backend("threading")


def fit_forest(X, y, hyperparameters, seed, n_jobs=1, oob_score=False, sample_weight=None):
    model = make_forest(hyperparameters, seed, n_jobs, oob_score)
    with _threads():
        model.fit(np.asarray(X, dtype=float), np.asarray(y, dtype=float),
                  sample_weight=None if sample_weight is None else np.asarray(sample_weight,
                                                                              dtype=float))
    return model


def _subset(weights, index):
    return None if weights is None else np.asarray(weights, dtype=float)[index]


def weighted_rmse(observed, predicted, weights=None):
    w = np.ones(len(observed)) if weights is None else np.asarray(weights, dtype=float)
    return float(np.sqrt(np.sum(w * (np.asarray(predicted) - np.asarray(observed)) ** 2)
                         / np.sum(w)))


def _inner_labels(outer_scheme, group_labels, seed, k):
    """Folds for a grid search inside one training set, of the same kind as the outer ones."""
    if outer_scheme == "random":
        return validation.fold_labels("random", n_rows=len(group_labels), k=k, seed=seed)
    groups = np.unique(group_labels)
    if len(groups) < 2:
        return None
    if len(groups) <= 5:
        return np.asarray(group_labels)
    from sklearn.model_selection import GroupKFold

    labels = np.empty(len(group_labels), dtype=object)
    for number, (_, test) in enumerate(
        GroupKFold(n_splits=5).split(np.zeros(len(group_labels)), groups=group_labels)
    ):
        labels[test] = f"group fold {number + 1}"
    return labels.astype(str)


def grid_search(X, y, labels, base, candidates, seed, n_jobs=1, reporter=None, weights=None):
    """Pick the candidate with the lowest pooled (weighted) held-out RMSE over the folds
    ``labels``; returns (hyperparameters, table of candidates and scores)."""
    reporter = as_reporter(reporter)
    X = np.asarray(X, dtype=float)
    scores = []
    for candidate in candidates:
        params = {**base, **candidate, "n_estimators": min(base["n_estimators"], GRID_TREES)}
        predicted = np.full(len(y), np.nan)
        for _, train, test in validation.splits(labels):
            reporter.check_cancelled()
            model = fit_forest(X[train], y[train], params, seed, n_jobs,
                               sample_weight=_subset(weights, train))
            predicted[test] = model.predict(X[test])
        rmse = weighted_rmse(y, predicted, weights)
        scores.append({**candidate, "rmse": rmse})
    best = min(range(len(scores)), key=lambda i: scores[i]["rmse"])
    return {**base, **candidates[best]}, pd.DataFrame(scores)


def cross_validate(X, y, labels, scheme, hyperparameters, seed, n_jobs=1, candidates=(),
                   k=5, reporter=None, on_fit=None, weights=None):
    """Held-out predictions for the folds ``labels``; with ``candidates`` the hyperparameters
    are chosen inside every fold from its own training rows (nested), so the held-out rows
    never influence the choice. Returns (predictions, [(label, test index, model)], choices)."""
    reporter = as_reporter(reporter)
    X = np.asarray(X, dtype=float)
    predicted = np.full(len(y), np.nan)
    models, choices = [], []
    for label, train, test in validation.splits(labels):
        reporter.check_cancelled()
        params = hyperparameters
        if candidates:
            inner = _inner_labels(scheme, np.asarray(labels)[train], seed, k)
            if inner is not None:
                params, _ = grid_search(X[train], y[train], inner, hyperparameters, candidates,
                                        seed, n_jobs, reporter, _subset(weights, train))
        choices.append({"fold": label, **{k_: params[k_] for k_ in ("max_features",
                        "min_samples_leaf", "max_depth")}})
        model = fit_forest(X[train], y[train], params, seed, n_jobs,
                           sample_weight=_subset(weights, train))
        predicted[test] = model.predict(X[test])
        models.append((label, test, model))
        if on_fit:
            on_fit()
    return predicted, models, choices


def held_out_permutation_importance(fold_models, X, y, n_repeats=5, seed=0, weights=None):
    """Permutation importance on held-out rows: each predictor is shuffled across all rows,
    every row is predicted by the fold model that did not see it, and the increase of the
    pooled (weighted) mean squared error (and decrease of R2) is averaged over ``n_repeats``.
    A negative increase means shuffling the predictor *improves* held-out predictions: it
    does not transfer to held-out data (flagged in the report)."""
    X = np.asarray(X, dtype=float)
    w = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    w = w / w.mean()
    n, p = X.shape
    rng = np.random.RandomState(seed)
    permutations = [rng.permutation(n) for _ in range(n_repeats)]
    baseline = np.full(n, np.nan)
    permuted = np.full((p, n_repeats, n), np.nan)
    for _, test, model in fold_models:
        baseline[test] = model.predict(X[test])
        stacked = np.repeat(X[test][None, None, :, :], p, axis=0).repeat(n_repeats, axis=1)
        for j in range(p):
            for r, perm in enumerate(permutations):
                stacked[j, r, :, j] = X[perm[test], j]
        predicted = model.predict(stacked.reshape(-1, p))
        permuted[:, :, test] = predicted.reshape(p, n_repeats, len(test))
    base_mse = np.mean(w * (baseline - y) ** 2)
    spread = np.sum(w * (y - np.average(y, weights=w)) ** 2)
    mse = np.mean(w[None, None, :] * (permuted - y[None, None, :]) ** 2, axis=2)
    increase = mse - base_mse
    r2_drop = (mse - base_mse) * n / spread
    return pd.DataFrame({
        "mse_increase": increase.mean(axis=1),
        "mse_increase_sd": increase.std(axis=1, ddof=1) if n_repeats > 1 else 0.0,
        "r2_decrease": r2_drop.mean(axis=1),
    })


def partial_dependence_curves(model, X, predictors, top, grid_resolution=20):
    """Average partial dependence of the final model on each of ``top`` predictors, over
    the 5th-95th percentile of the training values (all classes of a categorical one)."""
    from sklearn.inspection import partial_dependence

    X = np.asarray(X, dtype=float)
    curves = []
    for name in top:
        j = predictors.index(name)
        result = partial_dependence(model, X, [j], grid_resolution=grid_resolution,
                                    percentiles=(0.05, 0.95), kind="average")
        values = result["values"][0]
        curves.append({
            "predictor": name, "unit": predictor_unit(name),
            "values": [float(v) for v in values],
            "average": [float(v) for v in result["average"][0]],
        })
    return curves


# -- the bundle -----------------------------------------------------------------------------
def library_versions():
    import joblib
    import sklearn

    return {
        "python": platform.python_version(), "sklearn": sklearn.__version__,
        "numpy": np.__version__, "joblib": joblib.__version__, "pandas": pd.__version__,
        "plugin": plugin_version(),
    }


def plugin_version():
    here = pathlib.Path(__file__).resolve()
    for metadata in (here.parents[1] / "metadata.txt", here.parents[2] / "metadata.txt"):
        if metadata.exists():
            for line in metadata.read_text(encoding="utf-8").splitlines():
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    return "unknown"


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sidecar_path(path):
    return pathlib.Path(str(path) + ".json")


def _plain(value):
    """JSON-safe copy: NaN/inf become null (strict JSON has no NaN), numpy becomes Python."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, (np.floating, float)):
        return float(value) if np.isfinite(value) else None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


def _json_default(value):
    if isinstance(value, (np.floating, np.integer)):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (_dt.date, pd.Timestamp)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value)}")


class ModelBundle:
    """A fitted forest with everything needed to apply it honestly: the ordered predictor
    names, the catalog variable of each, units, the area of applicability, and the metadata
    written to the JSON sidecar (CV metrics, training data, versions, hash)."""

    def __init__(self, estimator, metadata, aoa=None):
        self.estimator = estimator
        self.metadata = metadata
        self.aoa = aoa

    predictors = property(lambda self: list(self.metadata["predictors"]))
    catalog_variables = property(lambda self: list(self.metadata["catalog_variables"]))
    units = property(lambda self: dict(self.metadata["units"]))
    target = property(lambda self: self.metadata["target"])
    target_unit = property(lambda self: self.metadata["target_unit"])
    synthetic = property(lambda self: bool(self.metadata.get("synthetic")))

    def predict(self, X):
        """Predictions (g C m-2 d-1) for rows x predictors in :attr:`predictors` order."""
        if hasattr(X, "columns"):
            X = X[self.predictors]
        return self.estimator.predict(np.asarray(X, dtype=float))

    def save(self, path):
        """Write ``path`` (joblib) and ``path.json`` atomically: both are written under
        temporary names in the same folder, then renamed; the sidecar last, so a crash leaves
        either the old pair or a pair whose hash check fails, never a half-written model."""
        import joblib

        path = pathlib.Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": BUNDLE_FORMAT, "format_version": BUNDLE_FORMAT_VERSION,
            "estimator": self.estimator,
            "aoa": None if self.aoa is None else self.aoa.to_state(),
        }
        handle, tmp_model = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(handle)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_model, 0o666 & ~umask)  # mkstemp makes 0600; give the usual permissions
        tmp_json = tmp_model + ".json"
        try:
            joblib.dump(payload, tmp_model, compress=3)
            metadata = dict(self.metadata)
            metadata.update({
                "format": BUNDLE_FORMAT, "format_version": BUNDLE_FORMAT_VERSION,
                "model_file": path.name, "sha256": sha256_of(tmp_model),
                "versions": library_versions(), "security": SECURITY_NOTE,
            })
            with open(tmp_json, "w", encoding="utf-8") as out:
                json.dump(_plain(metadata), out, indent=2, default=_json_default,
                          allow_nan=False)
            os.replace(tmp_model, path)
            os.replace(tmp_json, sidecar_path(path))
        finally:
            for leftover in (tmp_model, tmp_json):
                if os.path.exists(leftover):
                    os.remove(leftover)
        self.metadata = metadata
        return path

    @staticmethod
    def read_sidecar(path):
        """The checked sidecar of a model file (no unpickling): raises ``InputError`` when the
        sidecar is missing or unreadable, or the model file's hash differs from it."""
        path = pathlib.Path(path)
        if not path.is_file():
            raise InputError(tr("Model file {path} does not exist.").format(path=path),
                             parameter="MODEL", path=path)
        sidecar = sidecar_path(path)
        if not sidecar.is_file():
            raise InputError(
                tr("Model file {path} has no sidecar {sidecar} next to it, so it cannot be "
                   "checked and is not loaded (loading a model file runs code). Copy the .json "
                   "that was written with the model, or retrain with soilresp:trainmodel.")
                .format(path=path, sidecar=sidecar.name),
                parameter="MODEL", path=path,
            )
        try:
            metadata = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise InputError(tr("Sidecar {sidecar} is not readable JSON ({error}).").format(
                sidecar=sidecar, error=error), parameter="MODEL", path=sidecar) from None
        if metadata.get("format") != BUNDLE_FORMAT:
            raise InputError(tr("{sidecar} is not a soil respiration model sidecar.").format(
                sidecar=sidecar), parameter="MODEL", path=sidecar)
        actual = sha256_of(path)
        if actual != metadata.get("sha256"):
            raise InputError(
                tr("Model file {path} does not match its sidecar {sidecar}: SHA-256 "
                   "{actual}... but the sidecar records {recorded}.... "
                   "The file was changed or replaced after training (or the sidecar belongs to "
                   "another model). It is not loaded, because loading a model file runs code. "
                   "Retrain with soilresp:trainmodel, or copy the matching model and .json pair.")
                .format(path=path, sidecar=sidecar.name, actual=actual[:16],
                        recorded=str(metadata.get("sha256"))[:16]),
                parameter="MODEL", path=path,
            )
        return metadata

    @classmethod
    def load(cls, path, reporter=None):
        """Load a bundle after checking its sidecar, hash and library versions."""
        import joblib

        reporter = as_reporter(reporter)
        path = pathlib.Path(path)
        metadata = cls.read_sidecar(path)
        if metadata.get("format_version", 0) > BUNDLE_FORMAT_VERSION:
            raise InputError(
                tr("Model file {path} was written by a newer plugin (format "
                   "{version}); update the plugin.").format(
                    path=path, version=metadata.get("format_version")),
                parameter="MODEL", path=path,
            )
        saved = metadata.get("versions", {})
        here = library_versions()
        if saved.get("sklearn") != here["sklearn"]:
            raise InputError(
                tr("Model file {path} was trained with scikit-learn {saved}, but "
                   "this QGIS Python has scikit-learn {here}. Saved forests only load "
                   "reliably in the scikit-learn version that wrote them. Retrain the model here "
                   "with soilresp:trainmodel, or install scikit-learn {saved} into "
                   "the Python that QGIS uses.").format(
                    path=path, saved=saved.get("sklearn"), here=here["sklearn"]),
                parameter="MODEL", path=path,
            )
        if str(saved.get("numpy", "")).split(".")[0] != here["numpy"].split(".")[0]:
            raise InputError(
                tr("Model file {path} was written with numpy {saved}, this QGIS has "
                   "numpy {here} (another major version). Retrain the model here, or "
                   "install numpy {saved}.").format(
                    path=path, saved=saved.get("numpy"), here=here["numpy"]),
                parameter="MODEL", path=path,
            )
        for name in ("python", "joblib"):
            if saved.get(name) != here[name]:
                reporter.warn(tr("Model {file} was written with {library} {saved}; "
                                 "this is {here}.").format(
                    file=path.name, library=name, saved=saved.get(name), here=here[name]))
        try:
            payload = joblib.load(path)
        except Exception as error:  # a corrupt or foreign pickle: say which file
            raise InputError(tr("Model file {path} could not be read ({error}). Retrain it.")
                             .format(path=path, error=error),
                             parameter="MODEL", path=path) from None
        if not isinstance(payload, dict) or payload.get("format") != BUNDLE_FORMAT:
            raise InputError(tr("{path} is not a soil respiration model bundle.").format(
                path=path), parameter="MODEL", path=path)
        estimator = payload["estimator"]
        if getattr(estimator, "n_features_in_", None) != len(metadata["predictors"]):
            raise InputError(tr("Model file {path}: the forest expects "
                                "{expected} predictors but the "
                                "sidecar lists {listed}.").format(
                path=path, expected=getattr(estimator, "n_features_in_", "?"),
                listed=len(metadata["predictors"])), parameter="MODEL", path=path)
        aoa = AreaOfApplicability(payload["aoa"]) if payload.get("aoa") else None
        return cls(estimator, metadata, aoa)

    def summary(self):
        """Readable lines describing the model (for logs and soilresp:describemodel)."""
        m = self.metadata
        training = m.get("training", {})
        lines = [
            tr("Model '{label}' ({file}), target {target} [{unit}]").format(
                label=m.get("label", m.get("model")), file=m.get("model_file"),
                target=m["target"], unit=m["target_unit"])
            + ("  " + tr("** trained on SYNTHETIC demo data **") if m.get("synthetic") else ""),
            tr("Predictors (in order): {predictors}").format(predictors=", ".join(
                f"{p} [{m['units'].get(p, '')}] -> {c}"
                for p, c in zip(m["predictors"], m["catalog_variables"]))),
            tr("Training: {rows} rows, {n_sites} sites ({sites}), periods {first} to {last}, "
               "bbox {bbox}").format(
                rows=training.get("n_rows"), n_sites=training.get("n_sites"),
                sites=", ".join(training.get("sites", [])), first=training.get("period_first"),
                last=training.get("period_last"), bbox=training.get("bbox")),
            tr("Hyperparameters: {values}").format(values=", ".join(
                f"{k}={v}" for k, v in m.get("hyperparameters", {}).items())),
        ]
        for scheme, metrics in m.get("cv", {}).get("pooled", {}).items():
            if scheme in validation.SCHEME_ALIASES and validation.SCHEME_ALIASES[scheme] in \
                    m["cv"]["pooled"]:
                continue  # the old id, kept in the sidecar for earlier readers
            lines.append(
                tr("CV {scheme}: R2 {r2:.3f}, RMSE {rmse:.3f} {unit}, bias {bias:+.3f} {unit}"
                   ", n {n}").format(
                    scheme=validation.scheme_label(scheme), r2=metrics["r2"],
                    rmse=metrics["rmse"], bias=metrics["bias"], unit=TARGET_UNIT,
                    n=metrics["n"])
            )
        if m.get("aoa"):
            lines.append(tr("Area of applicability: DI threshold {threshold:.3f}").format(
                threshold=m["aoa"]["threshold"]))
        versions = m.get("versions", {})
        lines.append(tr("Versions: {versions}").format(
            versions=", ".join(f"{k} {v}" for k, v in versions.items())))
        lines.append(f"SHA-256: {m.get('sha256')}")
        return lines


# -- the whole training run -----------------------------------------------------------------
@dataclass
class ModelResult:
    spec: ModelSpec
    bundle: ModelBundle
    predictions: pd.DataFrame
    importance: pd.DataFrame
    partial_dependence: list
    fold_choices: dict
    grid: pd.DataFrame = None
    #: forward feature selection path (None when not run)
    selection: pd.DataFrame = None
    #: plain-language warnings (:func:`.skill.flags`)
    flags: list = field(default_factory=list)


@dataclass
class TrainingResult:
    models: list
    predictions: pd.DataFrame
    metrics: pd.DataFrame
    summary: dict
    notes: list
    synthetic: bool
    schemes: list
    primary_scheme: str
    hyperparameters: dict
    seed: int
    locations: LocationGroups = None
    #: skill of every model against every baseline (:func:`.skill.evaluate`)
    skill: pd.DataFrame = None
    #: what the baselines are, the temperature they use and fitted parameters
    baselines: dict = field(default_factory=dict)
    #: how rows are weighted (plain words)
    weighting: str = "unweighted"
    #: bootstrap settings (n, level, locations) and why intervals are missing, if they are
    bootstrap: dict = field(default_factory=dict)
    #: spatial blocks {location: block} when the spatial scheme ran
    blocks: dict = None
    #: held-out predictions and metrics of the baselines (model 'baseline_<id>')
    baseline_predictions: pd.DataFrame = None
    baseline_metrics: pd.DataFrame = None


def table_is_synthetic(frame):
    """True when the table says it comes from the synthetic demo: a true ``synthetic`` column,
    or site names marked '(synthetic)' as the demo's observations are."""
    if "synthetic" in frame.columns:
        values = frame["synthetic"].astype(str).str.strip().str.lower()
        if values.isin(("1", "true", "yes", "t")).any():
            return True
    if "site_name" in frame.columns:
        return bool(frame["site_name"].astype(str).str.lower().str.contains("synthetic").any())
    return False


def _data_summary(prepared, target):
    rows = prepared.rows.assign(y=prepared.y)
    per_site = []
    for site, part in rows.groupby("site"):
        starts = part["period_start"] if "period_start" in part else pd.Series(dtype="datetime64[ns]")
        per_site.append({
            "site": site, "n": len(part), "lon": float(part["lon"].iloc[0]),
            "lat": float(part["lat"].iloc[0]),
            "first": None if starts.isna().all() else starts.min().date().isoformat(),
            "last": None if starts.isna().all() else starts.max().date().isoformat(),
            "mean": float(part["y"].mean()), "min": float(part["y"].min()),
            "max": float(part["y"].max()),
        })
    starts = rows["period_start"].dropna() if "period_start" in rows else pd.Series([], dtype=object)
    lon, lat = rows["lon"], rows["lat"]
    return {
        "target": target, "target_unit": TARGET_UNIT,
        "input_rows": prepared.counts["input_rows"], "used_rows": prepared.counts["used_rows"],
        "missing": prepared.counts["missing"], "fill_values": prepared.fill_values,
        "n_sites": int(rows["site"].nunique()), "sites": per_site,
        "period_first": starts.min().date().isoformat() if len(starts) else None,
        "period_last": starts.max().date().isoformat() if len(starts) else None,
        "n_periods": int(starts.nunique()),
        "bbox": None if lon.isna().all() else [float(lon.min()), float(lat.min()),
                                               float(lon.max()), float(lat.max())],
    }



WEIGHTING_CHOICES = ("days", "none")


def row_weights(frame, weighting="days"):
    """(weights, description): with ``weighting`` 'days', every row weighs the days of
    observations it represents (``n_days``; else ``coverage`` x the period length), so a
    period observed on 2 days counts a quarter of one observed on 8; 'none' gives equal
    weights. Rows without a value get the median weight."""
    n = len(frame)
    if weighting == "none":
        return np.ones(n), tr("unweighted (every row counts the same)")
    if weighting != "days":
        raise ValueError(weighting)
    if "n_days" in frame.columns:
        values = pd.to_numeric(frame["n_days"], errors="coerce").to_numpy(dtype=float)
        column = "n_days"
        source = tr("n_days (days with observations in the period)")
    elif "coverage" in frame.columns:
        values = pd.to_numeric(frame["coverage"], errors="coerce").to_numpy(dtype=float)
        column = "coverage"
        if "period_start" in frame.columns and "period_end" in frame.columns:
            days = (pd.to_datetime(frame["period_end"], errors="coerce")
                    - pd.to_datetime(frame["period_start"], errors="coerce")).dt.days + 1
            values = values * days.to_numpy(dtype=float)
            source = tr("coverage x period length (days with observations)")
        else:
            source = tr("coverage (share of the period with observations)")
    else:
        return np.ones(n), tr("unweighted: the table has no n_days or coverage column (see "
                              "docs/CONTRACTS.md), so every row counts the same")
    bad = ~np.isfinite(values) | (values <= 0)
    if bad.all():
        return np.ones(n), tr("unweighted: {column} has no positive values").format(
            column=column)
    if bad.any():
        values = np.where(bad, np.median(values[~bad]), values)
        return values, tr("rows weighted by {source} in training and in every metric; {n} "
                          "row(s) without a value got the median weight").format(
            source=source, n=int(bad.sum()))
    return values, tr("rows weighted by {source} in training and in every metric").format(
        source=source)


def train_models(table, specs, target="sr", schemes=("location", "year", "random", "oob"),
                 hyperparameters=None, grid=(), nan_policy="drop", k_folds=5, seed=42,
                 n_jobs=1, n_repeats=5, top_partial_dependence=4, synthetic=None, source=None,
                 reporter=None, location_distance_km=DEFAULT_DISTANCE_KM, location_field=None,
                 spatial_k=5, weighting="days", feature_selection=False, n_boot=1000):
    """Train and validate every model of ``specs`` on the same checked rows of ``table``.

    All models see the rows complete for every model's predictors, so their metrics compare
    like with like. Sites within ``location_distance_km`` of each other or sharing a site id
    (``location_field``; default site_id, else site_name) form one location. Leave-one-location-
    out (scheme 'location'; the old id 'site' means the same) or, without it, the first of
    spatial blocks, years, random folds is the *primary* scheme: its held-out fold models give
    the permutation importance, its folds the area-of-applicability threshold, the forward
    feature selection (``feature_selection``) and the grid search. Baselines (training mean,
    day-of-year climatology, Q10 and Lloyd-Taylor temperature responses) are predicted under
    the same folds; pooled metrics get 90 % bootstrap intervals over locations (``n_boot``).
    Rows are weighted by the days they represent (``weighting`` 'days') or not ('none').
    """
    reporter = as_reporter(reporter)
    hyperparameters = {**DEFAULT_HYPERPARAMETERS, **(hyperparameters or {})}
    schemes = list(dict.fromkeys(validation.canonical_scheme(s) for s in schemes))
    if not schemes:
        raise InputError(tr("Choose at least one validation scheme."), parameter="SCHEMES")
    grouped = [s for s in schemes if s in ("location", "spatial")]
    if grouped and "site" not in table.columns:
        raise InputError(tr("{scheme} needs a 'site' field naming each row's site.").format(
            scheme=validation.scheme_label(grouped[0]).capitalize()), parameter="INPUT")
    if grouped and target in table.columns:
        with_target = table.loc[_numeric(table, target, "TARGET").notna().to_numpy(), "site"]
        found = sorted(with_target.dropna().astype(str).unique())
        if len(found) == 1:
            raise InputError(validation.too_few_sites_message(found), parameter="SCHEMES")
    if location_field and location_field not in table.columns:
        raise InputError(tr("Site id field '{field}' is not in the table (fields: "
                            "{fields}).").format(field=location_field,
                                                 fields=", ".join(map(str, table.columns))),
                         parameter="LOCATION_FIELD")
    union = list(dict.fromkeys(p for spec in specs for p in spec.predictors))
    automatic = {p for spec in specs if spec.name != "custom" for p in spec.predictors}
    automatic -= {p for spec in specs if spec.name == "custom" for p in spec.predictors}
    prepared = prepare_table(table, target, union, nan_policy, reporter, automatic=automatic,
                             allow_constant=True)
    specs, dropped = _drop_constant(specs, prepared, reporter)
    notes = list(prepared.notes) + [d["note"] for d in dropped.values()]
    synthetic = table_is_synthetic(table) if synthetic is None else bool(synthetic)
    rows, y = prepared.rows, prepared.y
    extra = table.reset_index(drop=True).iloc[prepared.source_index].reset_index(drop=True)
    weights, weighting_note = row_weights(extra, weighting)
    reporter.log(tr("Weights: {weighting}.").format(weighting=weighting_note))

    site_frame = rows[["site", "lon", "lat"]].copy()
    id_column = choose_id_column(extra.columns, location_field)
    if id_column:
        site_frame[id_column] = extra[id_column].to_numpy()
    locations = group_locations(site_frame, location_distance_km, id_column)
    rows["location"] = rows["site"].map(locations.of_site)
    for row in locations.merged().itertuples():
        reporter.log(tr("Location {location}: site {site} {reason}").format(
            location=row.location, site=row.site, reason=row.reason))
    if locations.n_locations < rows["site"].nunique():
        if id_column:
            note = tr("{sites} sites form {locations} locations (sites within {distance:g} km "
                      "of each other or sharing {column} are held out together).")
        else:
            note = tr("{sites} sites form {locations} locations (sites within {distance:g} km "
                      "of each other are held out together).")
        note = note.format(sites=rows["site"].nunique(), locations=locations.n_locations,
                           distance=location_distance_km, column=id_column)
        notes.append(note)
        reporter.warn(note)
    blocks = None
    labels = {}
    for scheme in schemes:
        if scheme == "oob":
            continue
        if scheme == "year" and ("period_start" not in rows or
                                 rows["period_start"].dt.year.nunique() < 2):
            note = tr("Leave-one-year-out skipped: the table covers a single year.")
            notes.append(note)
            reporter.warn(note)
            continue
        if scheme == "spatial":
            blocks = spatial_blocks(locations, spatial_k)
            if len(set(blocks.values())) < spatial_k:
                note = tr("Spatially blocked {k}-fold: only {n} "
                          "locations, so every location is its own block (the same folds as "
                          "leave-one-location-out).").format(k=spatial_k,
                                                             n=locations.n_locations)
                notes.append(note)
                reporter.warn(note)
        labels[scheme] = validation.fold_labels(
            scheme, sites=rows["site"], period_starts=rows.get("period_start"),
            n_rows=len(rows), k=k_folds, seed=seed, locations=rows["location"],
            blocks=None if blocks is None else rows["location"].map(blocks))
    schemes = [s for s in schemes if s in labels or s == "oob"]
    primary = next((s for s in ("location", "spatial", "year", "random") if s in labels), None)
    if primary is None:  # out-of-bag only: importance and AOA still need held-out folds
        primary = "random"
        labels["random"] = validation.fold_labels("random", n_rows=len(rows), k=k_folds,
                                                  seed=seed)
    selection_paths = {}
    if feature_selection:
        selected_specs = []
        for spec in specs:
            if len(spec.predictors) < 2:
                selected_specs.append(spec)
                continue
            reporter.log(tr("Forward feature selection for '{model}' ({scheme} folds)").format(
                model=spec.label, scheme=validation.scheme_label(primary)))
            chosen, path = forward_selection(
                prepared.X[spec.predictors], y, labels[primary], hyperparameters, seed, n_jobs,
                weights, GRID_TREES, reporter)
            selection_paths[spec.name] = path
            left_out = [p for p in spec.predictors if p not in chosen]
            if left_out:
                notes.append(tr("Forward feature selection left out of '{model}': "
                                "{predictors} (they did not lower the held-out RMSE).").format(
                    model=spec.label, predictors=", ".join(left_out)))
            selected_specs.append(ModelSpec(spec.name, spec.label, chosen))
        specs = selected_specs
    total_fits = len(specs) * (sum(len(np.unique(v)) for v in labels.values()) + 1)
    done = [0]

    def tick():
        done[0] += 1
        reporter.progress(done[0] / total_fits)

    summary = _data_summary(prepared, target)
    baseline_frames = []
    temperature_label, temperature_values = temperature(extra)
    baseline_info = {"labels": dict(BASELINES), "temperature": temperature_label, "notes": {}}
    for scheme in schemes:
        if scheme == "oob":
            continue
        predicted, baseline_notes = held_out_predictions(
            validation.splits(labels[scheme]), y, weights, rows.get("period_start"),
            temperature_values)
        baseline_info["notes"].update(baseline_notes)
        for name, values in predicted.items():
            baseline_frames.append(_prediction_frame(
                rows, y, values, BASELINE_PREFIX + name, scheme, labels[scheme], weights))
    if temperature_values is not None:
        ok = np.isfinite(temperature_values)
        r10, q10 = fit_q10(temperature_values[ok], y[ok], weights[ok])
        r10_lt, e0 = fit_lloyd_taylor(temperature_values[ok], y[ok], weights[ok])
        baseline_info["fits_all_rows"] = {"q10": {"R10": r10, "Q10": q10},
                                          "lloyd_taylor": {"R10": r10_lt, "E0": e0}}
    results, all_predictions = [], []
    for spec in specs:
        reporter.log(tr("Model '{model}': {n} predictors ({predictors}), {rows} rows").format(
            model=spec.label, n=len(spec.predictors), predictors=", ".join(spec.predictors),
            rows=len(y)))
        X = prepared.X[spec.predictors].to_numpy(dtype=float)
        params = dict(hyperparameters)
        grid_table = None
        if grid:
            params, grid_table = grid_search(X, y, labels[primary], hyperparameters,
                                             list(grid), seed, n_jobs, reporter, weights)
            reporter.log("  " + tr("grid search ({scheme} folds) chose {values}").format(
                scheme=validation.scheme_label(primary),
                values=", ".join(f"{k}={params[k]}" for k in grid[0])))
        frames, fold_models, choices = [], {}, {}
        for scheme in schemes:
            if scheme == "oob":
                continue
            predicted, models, fold_params = cross_validate(
                X, y, labels[scheme], scheme, hyperparameters if grid else params, seed, n_jobs,
                candidates=list(grid), k=k_folds, reporter=reporter, on_fit=tick,
                weights=weights)
            fold_models[scheme] = models
            choices[scheme] = fold_params
            frames.append(_prediction_frame(rows, y, predicted, spec.name, scheme,
                                            labels[scheme], weights))
        final = fit_forest(X, y, params, seed, n_jobs, oob_score="oob" in schemes,
                           sample_weight=weights)
        tick()
        if "oob" in schemes:
            frames.append(_prediction_frame(rows, y, final.oob_prediction_, spec.name, "oob",
                                            np.full(len(y), "oob"), weights))
        if primary not in fold_models:
            _, fold_models[primary], _ = cross_validate(X, y, labels[primary], primary, params,
                                                        seed, n_jobs, reporter=reporter,
                                                        weights=weights)
        importance = held_out_permutation_importance(fold_models[primary], X, y, n_repeats, seed,
                                                     weights)
        importance.insert(0, "predictor", spec.predictors)
        importance.insert(1, "unit", [predictor_unit(p) for p in spec.predictors])
        importance["impurity"] = final.feature_importances_
        importance["scheme"] = primary
        importance["flag"] = np.where(importance["mse_increase"] < 0,
                                      "negative: does not transfer", "")
        importance = importance.sort_values("mse_increase", ascending=False).reset_index(drop=True)
        top = list(importance["predictor"][:top_partial_dependence])
        curves = partial_dependence_curves(final, X, spec.predictors, top)
        importance_weights = dict(zip(importance["predictor"], importance["mse_increase"]))
        aoa = AreaOfApplicability.fit(X, spec.predictors, importance_weights, labels[primary],
                                      categorical=[p for p in spec.predictors if p in CATEGORICAL])
        predictions = pd.concat(frames, ignore_index=True)
        metrics, skill_table = evaluate(pd.concat([predictions, *baseline_frames],
                                                  ignore_index=True), n_boot, seed)
        model_metrics = metrics[metrics["model"] == spec.name]
        model_skill = skill_table[skill_table["model"] == spec.name]
        model_flags = flags(spec.label, importance, model_metrics, model_skill, primary,
                            TARGET_UNIT)
        for flag in model_flags:
            reporter.warn(flag["message"])
        pooled = model_metrics[model_metrics["group"] == "pooled"]
        final.set_params(n_jobs=None)
        metadata = {
            "model": spec.name, "label": spec.label,
            "created": _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat(),
            "target": target, "target_unit": TARGET_UNIT,
            "predictors": list(spec.predictors),
            "catalog_variables": [catalog_variable(p) for p in spec.predictors],
            "units": {p: predictor_unit(p) for p in spec.predictors},
            "categorical_predictors": [p for p in spec.predictors if p in CATEGORICAL],
            "training": {
                "source": None if source is None else str(source),
                "n_rows": len(y), "input_rows": summary["input_rows"],
                "n_sites": summary["n_sites"], "sites": [s["site"] for s in summary["sites"]],
                "locations": locations.to_metadata(),
                "weighting": weighting_note,
                "period_first": summary["period_first"], "period_last": summary["period_last"],
                "bbox": summary["bbox"], "nan_policy": nan_policy,
                "missing_values": prepared.counts["missing"],
                "fill_values": {p: v for p, v in prepared.fill_values.items()
                                if p in spec.predictors},
                "notes": notes,
                "dropped_constant_predictors": {
                    p: d["value"] for p, d in dropped.items() if spec.label in d["models"]},
            },
            "hyperparameters": params, "seed": seed,
            "grid_search": None if not grid else {
                "candidates": list(grid), "folds": validation.SCHEMES[primary],
                "trees_per_candidate": min(hyperparameters["n_estimators"], GRID_TREES),
                "scores": grid_table.to_dict("records"), "nested_cv_choices": choices,
            },
            "feature_selection": None if spec.name not in selection_paths else {
                "folds": validation.SCHEMES[primary],
                "path": selection_paths[spec.name].to_dict("records"),
            },
            "cv": {
                "primary_scheme": primary,
                "schemes": {s: validation.SCHEMES[s] for s in schemes},
                "pooled": {r.scheme: {k: getattr(r, k) for k in CV_KEYS}
                           for r in pooled.itertuples()},
                "metric_units": validation.METRIC_UNITS,
                "weighting": weighting_note,
                "intervals": f"{int(LEVEL * 100)} % bootstrap over locations ({n_boot} draws)",
                "skill": model_skill.drop(columns=["model"]).to_dict("records"),
            },
            "baselines": baseline_info,
            "flags": [f["message"] for f in model_flags],
            "importance": {
                "method": f"held-out permutation ({validation.SCHEMES[primary]} fold models, "
                          f"{n_repeats} repeats): increase of MSE in ({TARGET_UNIT})2",
                "mse_increase": dict(zip(importance["predictor"], importance["mse_increase"])),
            },
            "aoa": {"threshold": aoa.threshold, "mean_distance": aoa.mean_distance,
                    "weights": aoa.weights, "folds": validation.SCHEMES[primary]},
            "synthetic": synthetic,
        }
        if "location" in metadata["cv"]["pooled"]:  # readers of the old scheme id
            metadata["cv"]["pooled"]["site"] = metadata["cv"]["pooled"]["location"]
        bundle = ModelBundle(final, metadata, aoa)
        results.append(ModelResult(spec, bundle, predictions, importance, curves, choices,
                                   grid_table, selection_paths.get(spec.name), model_flags))
        all_predictions.append(predictions)
    predictions = pd.concat(all_predictions, ignore_index=True)
    baseline_predictions = pd.concat(baseline_frames, ignore_index=True)
    metrics, skill_table = evaluate(pd.concat([predictions, baseline_predictions],
                                              ignore_index=True), n_boot, seed)
    baseline_rows = metrics["model"].str.startswith(BASELINE_PREFIX)
    baseline_metrics = metrics[baseline_rows].reset_index(drop=True)
    metrics = metrics[~baseline_rows].reset_index(drop=True)
    bootstrap = {"n_boot": n_boot, "level": LEVEL, "locations": locations.n_locations}
    if locations.n_locations < validation.MIN_BOOTSTRAP_LOCATIONS:
        bootstrap["missing"] = tr(
            "No intervals: the bootstrap over locations needs at least "
            "{minimum} locations and the table has "
            "{n}; with so few places the CV metrics are anecdotes, not "
            "estimates.").format(minimum=validation.MIN_BOOTSTRAP_LOCATIONS,
                                 n=locations.n_locations)
        notes.append(bootstrap["missing"])
    return TrainingResult(
        models=results, predictions=predictions, metrics=metrics, summary=summary, notes=notes,
        synthetic=synthetic, schemes=schemes, primary_scheme=primary,
        hyperparameters=hyperparameters, seed=seed, locations=locations, skill=skill_table,
        baselines=baseline_info, weighting=weighting_note, bootstrap=bootstrap, blocks=blocks,
        baseline_predictions=baseline_predictions, baseline_metrics=baseline_metrics,
    )


#: pooled CV entries kept in the sidecar
CV_KEYS = validation.METRIC_COLUMNS + ("r2_lo", "r2_hi", "rmse_lo", "rmse_hi", "bias_lo",
                                       "bias_hi")


def _prediction_frame(rows, observed, predicted, model, scheme, folds, weights=None):
    frame = pd.DataFrame({
        "site": rows["site"].to_numpy(),
        "location": (rows["location"].to_numpy() if "location" in rows
                     else rows["site"].to_numpy()),
        "period_start": (rows["period_start"].dt.date.to_numpy() if "period_start" in rows
                         else None),
        "lon": rows["lon"].to_numpy(), "lat": rows["lat"].to_numpy(),
        "observed": observed, "predicted": predicted, "model": model, "scheme": scheme,
        "fold": np.asarray(folds).astype(str),
        "weight": np.ones(len(observed)) if weights is None else np.asarray(weights, dtype=float),
    })
    return frame
