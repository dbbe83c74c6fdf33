"""Skill against baselines, bootstrap intervals over locations and the flags every training
report shows. Works on the CV prediction tables of :mod:`.model` (columns model, scheme, site,
location, observed, predicted, weight, fold)."""
import numpy as np
import pandas as pd

from . import validation
from .baselines import BASELINES
from .i18n import tr

BASELINE_PREFIX = "baseline_"
LEVEL = 0.90


def is_baseline(model):
    return str(model).startswith(BASELINE_PREFIX)


def baseline_id(model):
    return str(model)[len(BASELINE_PREFIX):]


def _beaten(baseline):
    """What a model's skill against ``baseline`` compares it with, in words."""
    phrases = {
        "mean": tr("predicting the mean of the training data"),
        "doy": tr("the day-of-year climatology"),
        "q10": tr("the Q10 temperature response"),
        "lloyd_taylor": tr("the Lloyd-Taylor temperature response"),
    }
    return phrases.get(baseline) or "the " + BASELINES[baseline]


def evaluate(predictions, n_boot=1000, seed=0, level=LEVEL):
    """Metrics of models and baselines (their rows in ``predictions`` have model
    'baseline_<id>'), with bootstrap intervals over locations on the pooled rows, and the
    skill of every model against every baseline of the same scheme (same folds, same rows).

    Returns (metrics, skill): ``metrics`` is :func:`validation.metrics_table` plus, on pooled
    rows, ``r2_lo/r2_hi``, ``rmse_lo/rmse_hi``, ``bias_lo/bias_hi`` and ``skill_<baseline>``;
    ``skill`` one row per model x scheme x baseline with its interval.
    """
    metrics = validation.metrics_table(predictions)
    for name in validation.INTERVAL_METRICS:
        metrics[f"{name}_lo"] = np.nan
        metrics[f"{name}_hi"] = np.nan
    for baseline in BASELINES:
        metrics[f"skill_{baseline}"] = np.nan
    frame = predictions.copy()
    if "weight" not in frame:
        frame["weight"] = 1.0
    if "location" not in frame:
        frame["location"] = frame["site"]
    key = ["site", "period_start"] if "period_start" in frame else ["site"]
    skill_rows = []
    for (model, scheme), part in frame.groupby(["model", "scheme"], sort=False):
        part = part.sort_values(key, kind="stable")
        baselines = {}
        if not is_baseline(model):
            for other in BASELINES:
                sub = frame[(frame["model"] == BASELINE_PREFIX + other)
                            & (frame["scheme"] == scheme)].sort_values(key, kind="stable")
                if len(sub) == len(part):
                    baselines[other] = sub["predicted"].to_numpy()
        observed, predicted = part["observed"].to_numpy(), part["predicted"].to_numpy()
        weights = part["weight"].to_numpy()
        intervals = validation.bootstrap_intervals(
            observed, predicted, part["location"].to_numpy(), weights,
            list(baselines.values()), n_boot=n_boot, level=level, seed=seed)
        where = ((metrics["model"] == model) & (metrics["scheme"] == scheme)
                 & (metrics["group"] == "pooled"))
        for name in validation.INTERVAL_METRICS:
            metrics.loc[where, f"{name}_lo"] = intervals[name][0]
            metrics.loc[where, f"{name}_hi"] = intervals[name][1]
        for i, (other, values) in enumerate(baselines.items()):
            value = validation.skill(observed, predicted, values, weights)
            metrics.loc[where, f"skill_{other}"] = value
            mse = float(np.sum(weights * (predicted - observed) ** 2) / np.sum(weights))
            mse_base = float(np.sum(weights * (values - observed) ** 2) / np.sum(weights))
            low, high = intervals[f"skill_{i}"]
            skill_rows.append({
                "model": model, "scheme": scheme,
                "scheme_label": validation.SCHEMES.get(scheme, scheme),
                "baseline": other, "baseline_label": BASELINES[other],
                "mse_model": mse, "mse_baseline": mse_base, "skill": value,
                "skill_lo": low, "skill_hi": high,
                "meaning": validation.skill_words(value, _beaten(other)),
            })
    skill = pd.DataFrame(skill_rows, columns=[
        "model", "scheme", "scheme_label", "baseline", "baseline_label", "mse_model",
        "mse_baseline", "skill", "skill_lo", "skill_hi", "meaning"])
    return metrics, skill


def flags(model_label, importance, metrics, skill, primary, unit):
    """Plain-language warnings about one model: predictors with negative held-out importance,
    R2 < 0 under the primary scheme (pooled, and per location), and baselines the model does
    not beat. Returns a list of {kind, subject, message}."""
    out = []
    scheme_label = validation.scheme_label(primary)
    for row in importance.itertuples():
        if row.mse_increase < 0:
            out.append({"kind": "negative importance", "subject": row.predictor, "message": tr(
                "{model}: predictor '{predictor}' has a negative held-out importance "
                "({increase:.3g} ({unit})2 under {scheme}): shuffling it makes "
                "the held-out predictions better, so what the model learnt from it does not "
                "transfer to held-out locations. Consider training without it (or with forward "
                "feature selection, FFS).").format(
                    model=model_label, predictor=row.predictor, increase=row.mse_increase,
                    unit=unit, scheme=scheme_label)})
    pooled = metrics[(metrics["scheme"] == primary) & (metrics["group"] == "pooled")]
    if len(pooled):
        r2 = pooled["r2"].iloc[0]
        if np.isfinite(r2) and r2 < 0:
            out.append({"kind": "R2 < 0", "subject": "pooled", "message": tr(
                "{model}: {scheme} R2 = {r2:.2f} < 0: {words}.").format(
                    model=model_label, scheme=scheme_label, r2=r2,
                    words=validation.r2_words(r2))})
    for group in ("location", "site"):
        part = metrics[(metrics["scheme"] == primary) & (metrics["group"] == group)]
        if len(part):
            break
    negative = part[part["r2"] < 0]
    if len(negative):
        worst = negative.loc[negative["r2"].idxmin()]
        if group == "location":
            text = tr("{model}: R2 < 0 at {n} of {total} held-out locations "
                      "(worst: {worst}, R2 {r2:.2f}); there the model is worse "
                      "than predicting that place's own mean.")
        else:
            text = tr("{model}: R2 < 0 at {n} of {total} held-out sites "
                      "(worst: {worst}, R2 {r2:.2f}); there the model is worse "
                      "than predicting that place's own mean.")
        out.append({"kind": "R2 < 0", "subject": group, "message": text.format(
            model=model_label, n=len(negative), total=len(part), worst=worst["group_value"],
            r2=worst["r2"])})
    mine = skill[skill["scheme"] == primary]
    for row in mine.itertuples():
        if np.isfinite(row.skill) and row.skill < 0:
            out.append({"kind": "worse than baseline", "subject": row.baseline, "message": tr(
                "{model}: {meaning} under {scheme} "
                "(skill {skill:.2f} = 1 - MSE_model / MSE_baseline, "
                "{mse_model:.3g} vs {mse_baseline:.3g} ({unit})2).").format(
                    model=model_label, meaning=row.meaning, scheme=scheme_label,
                    skill=row.skill, mse_model=row.mse_model, mse_baseline=row.mse_baseline,
                    unit=unit)})
    return out
