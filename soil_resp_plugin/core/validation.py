"""Cross-validation folds, (day-weighted) regression metrics, skill against baselines and
bootstrap intervals over locations for site x 8-day soil respiration tables.

With a handful of sites, rows of one site are strongly alike, so random k-fold lets the model
recognise the site and inflates R2. Leave-one-location-out (sites within a distance of each
other or sharing a site id held out together, see :mod:`.locations`) is the honest default;
random k-fold and out-of-bag are computed beside it and always labelled optimistic.
"""
import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import tr

#: scheme id -> label used in tables and reports
SCHEMES = {
    "location": "leave-one-location-out",
    "spatial": "spatially blocked k-fold",
    "year": "leave-one-year-out",
    "random": "random k-fold (optimistic)",
    "oob": "out-of-bag (optimistic)",
}
OPTIMISTIC_SCHEMES = ("random", "oob")
#: scheme ids of earlier versions -> current id ('site' was leave-one-site-out; sites are now
#: grouped into locations first, and a location of one site is held out exactly as before)
SCHEME_ALIASES = {"site": "location"}
#: the bootstrap over locations needs at least this many locations
MIN_BOOTSTRAP_LOCATIONS = 5
#: metrics that get bootstrap intervals
INTERVAL_METRICS = ("r2", "rmse", "bias")


def canonical_scheme(scheme):
    """Current id of a scheme id ('site' -> 'location')."""
    return SCHEME_ALIASES.get(scheme, scheme)


def scheme_label(scheme):
    """The :data:`SCHEMES` label of ``scheme`` in the user's language, for messages (tables
    and model files keep the English labels); unknown ids are returned as they are."""
    labels = {
        "location": tr("leave-one-location-out"),
        "spatial": tr("spatially blocked k-fold"),
        "year": tr("leave-one-year-out"),
        "random": tr("random k-fold (optimistic)"),
        "oob": tr("out-of-bag (optimistic)"),
    }
    return labels.get(scheme, SCHEMES.get(scheme, scheme))


def r2_words(r2):
    """Plain words for an R2 value (R2 < 0 is not 'a bit of skill')."""
    if r2 is None or not np.isfinite(r2):
        return tr("undefined")
    if r2 < 0:
        return tr("worse than predicting one constant, the mean of these observations: the "
                  "model adds error instead of explaining variation")
    if r2 < 0.25:
        return tr("little better than predicting the mean")
    return tr("explains {percent:.0f} % of the variance of the held-out observations").format(
        percent=100 * r2)


def skill_words(skill, baseline_label):
    if skill is None or not np.isfinite(skill):
        return tr("undefined")
    if skill < 0:
        return tr("worse than {baseline}").format(baseline=baseline_label)
    return tr("{percent:.0f} % lower mean squared error than {baseline}").format(
        percent=100 * skill, baseline=baseline_label)
SEASON_OF_MONTH = {
    12: "DJF", 1: "DJF", 2: "DJF", 3: "MAM", 4: "MAM", 5: "MAM",
    6: "JJA", 7: "JJA", 8: "JJA", 9: "SON", 10: "SON", 11: "SON",
}
SEASONS = ("DJF", "MAM", "JJA", "SON")
METRIC_COLUMNS = ("n", "r2", "rmse", "mae", "bias", "slope")
METRIC_UNITS = {
    "n": "rows", "r2": "1", "rmse": "g C m-2 d-1", "mae": "g C m-2 d-1",
    "bias": "g C m-2 d-1", "slope": "1",
}


def seasons(period_starts):
    """Meteorological season (DJF/MAM/JJA/SON) of each period, from its middle day (start + 4)."""
    middle = pd.to_datetime(pd.Series(period_starts)).reset_index(drop=True) + pd.Timedelta(days=4)
    return middle.dt.month.map(SEASON_OF_MONTH).to_numpy()


def too_few_sites_message(sites, column="site"):
    """Why leave-one-location-out cannot run on fewer than 2 sites, and what to do."""
    sites = [str(s) for s in sites]
    found = ", ".join(sites) if sites else tr("none")
    return tr(
        "Leave-one-location-out (the default validation) needs at least 2 sites; the table has "
        "{n} ({sites}) in its '{column}' column among the rows with a target value. "
        "A validation blocked by location cannot hold out the only site. Add observations of "
        "more sites to the training table; or, knowingly, choose only leave-one-year-out, "
        "random k-fold or out-of-bag: they test on days of the site the model was trained on, "
        "so their scores are optimistic and say nothing about other places."
    ).format(n=len(sites), sites=found, column=column)


def fold_labels(scheme, sites=None, period_starts=None, n_rows=None, k=5, seed=0,
                locations=None, blocks=None):
    """Fold label of every row for ``scheme`` ('location' (old id 'site'), 'spatial', 'year'
    or 'random'). ``locations``: location label of every row (default: the site itself);
    ``blocks``: spatial block label of every row (for 'spatial').

    Rows sharing a label are held out together, so locations (or years) never leak between the
    training and the test part of a fold.
    """
    scheme = canonical_scheme(scheme)
    if scheme in ("location", "spatial"):
        if sites is None:
            raise InputError(tr("{scheme} needs a 'site' column.").format(
                scheme=scheme_label(scheme).capitalize()), parameter="INPUT")
        site_labels = np.asarray(pd.Series(sites).astype(str))
        if len(np.unique(site_labels)) < 2:
            raise InputError(too_few_sites_message(np.unique(site_labels)), parameter="SCHEMES")
        chosen = blocks if scheme == "spatial" else locations
        labels = site_labels if chosen is None else np.asarray(pd.Series(chosen).astype(str))
        unique = np.unique(labels)
        if len(unique) < 2:
            raise InputError(tr(
                "{scheme} needs at least 2 locations, but all "
                "{n} sites ({sites}) form "
                "one location ({location}): they lie within the location distance of each "
                "other or share a site id. Lower 'Sites closer than this form one location "
                "(km)' (LOCATION_DISTANCE) or choose another 'Site id field' (LOCATION_FIELD) "
                "if they really are independent places, or add sites.").format(
                    scheme=scheme_label(scheme).capitalize(), n=len(np.unique(site_labels)),
                    sites=", ".join(np.unique(site_labels)), location=unique[0]),
                parameter="LOCATION_DISTANCE")
        return labels
    if scheme == "year":
        if period_starts is None:
            raise InputError(tr("Leave-one-year-out needs a 'period_start' column."),
                             parameter="INPUT")
        years = pd.to_datetime(pd.Series(period_starts)).dt.year.astype(str).to_numpy()
        if len(np.unique(years)) < 2:
            raise InputError(
                tr("Leave-one-year-out needs at least 2 years; the table only has {year}.")
                .format(year=years[0]),
                parameter="SCHEMES",
            )
        return years
    if scheme == "random":
        from sklearn.model_selection import KFold

        n = n_rows if n_rows is not None else len(sites)
        if n < k:
            raise InputError(tr("Random {k}-fold needs at least {k} rows; the table has {n}.")
                             .format(k=k, n=n), parameter="K_FOLDS")
        labels = np.empty(n, dtype=object)
        splitter = KFold(n_splits=k, shuffle=True, random_state=seed)
        for number, (_, test) in enumerate(splitter.split(np.zeros(n)), start=1):
            labels[test] = f"fold {number}"
        return labels.astype(str)
    raise ValueError(f"no fold labels for scheme {scheme!r}")


def splits(labels):
    """(label, train index, test index) for every distinct label, in sorted label order."""
    labels = np.asarray(labels)
    out = []
    for label in np.unique(labels):
        test = np.flatnonzero(labels == label)
        train = np.flatnonzero(labels != label)
        out.append((str(label), train, test))
    return out


def regression_metrics(observed, predicted, weights=None):
    """n, R2 (1 - SSres/SStot), RMSE, MAE, bias (mean predicted - observed) and the slope of
    the least-squares line of predicted on observed. NaN where undefined (n < 2, no spread).

    ``weights`` (e.g. the days each row represents) make every sum a weighted sum: RMSE =
    sqrt(sum w e2 / sum w), bias = sum w e / sum w, SStot around the weighted mean."""
    observed = np.asarray(observed, dtype=float)
    predicted = np.asarray(predicted, dtype=float)
    w = np.ones_like(observed) if weights is None else np.asarray(weights, dtype=float)
    ok = np.isfinite(observed) & np.isfinite(predicted) & np.isfinite(w) & (w > 0)
    observed, predicted, w = observed[ok], predicted[ok], w[ok]
    n = int(ok.sum())
    result = dict.fromkeys(METRIC_COLUMNS, float("nan"))
    result["n"] = n
    if n == 0:
        return result
    total = w.sum()
    error = predicted - observed
    result["rmse"] = float(np.sqrt(np.sum(w * error**2) / total))
    result["mae"] = float(np.sum(w * np.abs(error)) / total)
    result["bias"] = float(np.sum(w * error) / total)
    mean_observed = np.sum(w * observed) / total
    mean_predicted = np.sum(w * predicted) / total
    spread = float(np.sum(w * (observed - mean_observed) ** 2))
    if n >= 2 and spread > 0:
        result["r2"] = float(1.0 - np.sum(w * error**2) / spread)
        result["slope"] = float(np.sum(w * (observed - mean_observed)
                                       * (predicted - mean_predicted)) / spread)
    return result


def skill(observed, predicted, baseline, weights=None):
    """Skill score 1 - MSE_model / MSE_baseline on the same rows (weighted like the metrics):
    1 is perfect, 0 no better than the baseline, < 0 worse than the baseline."""
    observed, predicted, baseline = (np.asarray(a, dtype=float)
                                     for a in (observed, predicted, baseline))
    w = np.ones_like(observed) if weights is None else np.asarray(weights, dtype=float)
    ok = np.isfinite(observed) & np.isfinite(predicted) & np.isfinite(baseline) & (w > 0)
    base = np.sum(w[ok] * (baseline[ok] - observed[ok]) ** 2)
    if not ok.any() or base <= 0:
        return float("nan")
    return float(1.0 - np.sum(w[ok] * (predicted[ok] - observed[ok]) ** 2) / base)


def _location_sums(observed, predicted, weights, groups, baselines=()):
    """Per-location sums from which every pooled metric follows (rows: locations)."""
    frame = pd.DataFrame({"g": np.asarray(groups).astype(str)})
    y = np.asarray(observed, dtype=float)
    p = np.asarray(predicted, dtype=float)
    w = np.ones_like(y) if weights is None else np.asarray(weights, dtype=float)
    e = p - y
    frame["w"], frame["we"], frame["we2"] = w, w * e, w * e**2
    frame["wy"], frame["wy2"] = w * y, w * y**2
    for i, b in enumerate(baselines):
        frame[f"wb{i}"] = w * (np.asarray(b, dtype=float) - y) ** 2
    return frame.groupby("g", sort=True).sum()


def _metrics_from_sums(sums, n_baselines=0):
    """R2, RMSE, bias (and skill against each baseline) from summed location statistics;
    ``sums``: array (..., columns in the order of :func:`_location_sums`)."""
    w, we, we2, wy, wy2 = (sums[..., i] for i in range(5))
    with np.errstate(invalid="ignore", divide="ignore"):
        out = {
            "r2": 1.0 - we2 / (wy2 - wy**2 / w),
            "rmse": np.sqrt(we2 / w),
            "bias": we / w,
        }
        for i in range(n_baselines):
            out[f"skill_{i}"] = 1.0 - we2 / sums[..., 5 + i]
    return out


def bootstrap_intervals(observed, predicted, groups, weights=None, baselines=(), n_boot=1000,
                        level=0.90, seed=0):
    """Percentile bootstrap over locations: ``n_boot`` times, draw as many locations as there
    are, with replacement, and recompute the pooled (weighted) R2, RMSE, bias and the skill
    against each of ``baselines`` (held-out baseline predictions of the same rows) from all
    rows of the drawn locations. Returns {metric: (low, high)} for the central ``level``
    interval, or NaN intervals with fewer than :data:`MIN_BOOTSTRAP_LOCATIONS` locations."""
    baselines = list(baselines)
    sums = _location_sums(observed, predicted, weights, groups, baselines)
    names = list(INTERVAL_METRICS) + [f"skill_{i}" for i in range(len(baselines))]
    if len(sums) < MIN_BOOTSTRAP_LOCATIONS:
        return {name: (float("nan"), float("nan")) for name in names}
    rng = np.random.default_rng(seed)
    n = len(sums)
    counts = np.zeros((n_boot, n))
    draws = rng.integers(0, n, size=(n_boot, n))
    np.add.at(counts, (np.repeat(np.arange(n_boot), n), draws.ravel()), 1)
    replicated = counts @ sums.to_numpy()
    values = _metrics_from_sums(replicated, len(baselines))
    tail = (1.0 - level) / 2.0 * 100
    return {name: tuple(float(v) for v in np.nanpercentile(values[name], [tail, 100 - tail]))
            for name in names}


def metrics_table(predictions):
    """Metrics of a CV prediction table (columns model, scheme, site, period_start, observed,
    predicted, optional weight and location) pooled, per location (when a location holds
    more than one site), per site and per season, one row per model x scheme x group."""
    rows = []
    frame = predictions.copy()
    if "period_start" in frame.columns:
        frame["season"] = seasons(frame["period_start"])
    if "weight" not in frame.columns:
        frame["weight"] = 1.0

    def scores(part):
        return regression_metrics(part["observed"], part["predicted"], part["weight"])

    for (model, scheme), part in frame.groupby(["model", "scheme"], sort=False):
        base = {"model": model, "scheme": scheme, "scheme_label": SCHEMES.get(scheme, scheme)}
        rows.append({**base, "group": "pooled", "group_value": "all", **scores(part)})
        if "location" in part.columns and part.groupby("location")["site"].nunique().max() > 1:
            for location, sub in part.groupby("location"):
                rows.append({**base, "group": "location", "group_value": str(location),
                             **scores(sub)})
        if "site" in part.columns:
            for site, sub in part.groupby("site"):
                rows.append({**base, "group": "site", "group_value": str(site), **scores(sub)})
        if "season" in part.columns:
            for season in SEASONS:
                sub = part[part["season"] == season]
                if len(sub):
                    rows.append({**base, "group": "season", "group_value": season,
                                 **scores(sub)})
    columns = ["model", "scheme", "scheme_label", "group", "group_value", *METRIC_COLUMNS]
    return pd.DataFrame(rows, columns=columns)
