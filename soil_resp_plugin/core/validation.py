"""Cross-validation folds and regression metrics for site x 8-day soil respiration tables.

With a handful of sites, rows of one site are strongly alike, so random k-fold lets the model
recognise the site and inflates R2. Leave-one-site-out is the honest default; random k-fold and
out-of-bag are computed beside it and always labelled optimistic.
"""
import numpy as np
import pandas as pd

from .errors import InputError

#: scheme id -> label used in tables and reports
SCHEMES = {
    "site": "leave-one-site-out",
    "year": "leave-one-year-out",
    "random": "random k-fold (optimistic)",
    "oob": "out-of-bag (optimistic)",
}
OPTIMISTIC_SCHEMES = ("random", "oob")
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
    """Why leave-one-site-out cannot run on fewer than 2 sites, and what to do."""
    sites = [str(s) for s in sites]
    found = ", ".join(sites) if sites else "none"
    return (
        f"Leave-one-site-out (the default validation) needs at least 2 sites; the table has "
        f"{len(sites)} ({found}) in its '{column}' column among the rows with a target value. "
        "A validation blocked by location cannot hold out the only site. Add observations of "
        "more sites to the training table; or, knowingly, choose only leave-one-year-out, "
        "random k-fold or out-of-bag: they test on days of the site the model was trained on, "
        "so their scores are optimistic and say nothing about other places."
    )


def fold_labels(scheme, sites=None, period_starts=None, n_rows=None, k=5, seed=0):
    """Fold label of every row for ``scheme`` ('site', 'year' or 'random').

    Rows sharing a label are held out together, so sites (or years) never leak between the
    training and the test part of a fold.
    """
    if scheme == "site":
        if sites is None:
            raise InputError("Leave-one-site-out needs a 'site' column.", parameter="INPUT")
        labels = np.asarray(pd.Series(sites).astype(str))
        unique = np.unique(labels)
        if len(unique) < 2:
            raise InputError(too_few_sites_message(unique), parameter="SCHEMES")
        return labels
    if scheme == "year":
        if period_starts is None:
            raise InputError("Leave-one-year-out needs a 'period_start' column.", parameter="INPUT")
        years = pd.to_datetime(pd.Series(period_starts)).dt.year.astype(str).to_numpy()
        if len(np.unique(years)) < 2:
            raise InputError(
                f"Leave-one-year-out needs at least 2 years; the table only has {years[0]}.",
                parameter="SCHEMES",
            )
        return years
    if scheme == "random":
        from sklearn.model_selection import KFold

        n = n_rows if n_rows is not None else len(sites)
        if n < k:
            raise InputError(f"Random {k}-fold needs at least {k} rows; the table has {n}.",
                             parameter="K_FOLDS")
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


def regression_metrics(observed, predicted):
    """n, R2 (1 - SSres/SStot), RMSE, MAE, bias (mean predicted - observed) and the slope of
    the least-squares line of predicted on observed. NaN where undefined (n < 2, no spread)."""
    observed = np.asarray(observed, dtype=float)
    predicted = np.asarray(predicted, dtype=float)
    ok = np.isfinite(observed) & np.isfinite(predicted)
    observed, predicted = observed[ok], predicted[ok]
    n = int(ok.sum())
    result = dict.fromkeys(METRIC_COLUMNS, float("nan"))
    result["n"] = n
    if n == 0:
        return result
    error = predicted - observed
    result["rmse"] = float(np.sqrt(np.mean(error**2)))
    result["mae"] = float(np.mean(np.abs(error)))
    result["bias"] = float(np.mean(error))
    spread = float(np.sum((observed - observed.mean()) ** 2))
    if n >= 2 and spread > 0:
        result["r2"] = float(1.0 - np.sum(error**2) / spread)
        result["slope"] = float(np.sum((observed - observed.mean()) * (predicted - predicted.mean()))
                                / spread)
    return result


def metrics_table(predictions):
    """Metrics of a CV prediction table (columns model, scheme, site, period_start, observed,
    predicted) pooled, per site and per season, one row per model x scheme x group."""
    rows = []
    frame = predictions.copy()
    if "period_start" in frame.columns:
        frame["season"] = seasons(frame["period_start"])
    for (model, scheme), part in frame.groupby(["model", "scheme"], sort=False):
        base = {"model": model, "scheme": scheme, "scheme_label": SCHEMES.get(scheme, scheme)}
        rows.append({**base, "group": "pooled", "group_value": "all",
                     **regression_metrics(part["observed"], part["predicted"])})
        if "site" in part.columns:
            for site, sub in part.groupby("site"):
                rows.append({**base, "group": "site", "group_value": str(site),
                             **regression_metrics(sub["observed"], sub["predicted"])})
        if "season" in part.columns:
            for season in SEASONS:
                sub = part[part["season"] == season]
                if len(sub):
                    rows.append({**base, "group": "season", "group_value": season,
                                 **regression_metrics(sub["observed"], sub["predicted"])})
    columns = ["model", "scheme", "scheme_label", "group", "group_value", *METRIC_COLUMNS]
    return pd.DataFrame(rows, columns=columns)
