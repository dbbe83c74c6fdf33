"""Forward feature selection under blocked cross-validation (as CAST's ``ffs``, Meyer et al.
2018, doi:10.1016/j.envsoft.2017.12.001): predictors that only identify locations help random
k-fold but hurt at held-out locations, so they are left out when predictors are chosen by the
held-out error of leave-one-location-out.

Differences from CAST: the search starts from the best single predictor (CAST starts from the
best pair), and the score is the pooled, day-weighted held-out RMSE. Candidates are scored with
at most ``GRID_TREES`` trees. The CV metrics of the selected model are slightly optimistic,
because the selection saw the same folds.
"""
import numpy as np
import pandas as pd

from . import validation
from .i18n import tr
from .reporting import as_reporter


def forward_selection(X, y, labels, hyperparameters, seed, n_jobs=1, weights=None,
                      max_trees=100, reporter=None):
    """Greedy forward selection over the columns of the frame ``X``: add, one at a time, the
    predictor that lowers the pooled held-out RMSE over the folds ``labels`` most; stop when
    none lowers it. Returns (selected predictors, path table: step, added, predictors, rmse,
    r2, candidates tried)."""
    from .model import fit_forest, weighted_rmse

    reporter = as_reporter(reporter)
    names = list(X.columns)
    values = X.to_numpy(dtype=float)
    params = {**hyperparameters, "n_estimators": min(int(hyperparameters["n_estimators"]),
                                                     max_trees)}
    folds = validation.splits(labels)
    w = None if weights is None else np.asarray(weights, dtype=float)

    def score(columns):
        index = [names.index(c) for c in columns]
        predicted = np.full(len(y), np.nan)
        for _, train, test in folds:
            reporter.check_cancelled()
            model = fit_forest(values[train][:, index], y[train], params, seed, n_jobs,
                               sample_weight=None if w is None else w[train])
            predicted[test] = model.predict(values[test][:, index])
        scores = validation.regression_metrics(y, predicted, w)
        return weighted_rmse(y, predicted, w), scores["r2"]

    selected, path, best_rmse = [], [], np.inf
    while len(selected) < len(names):
        trials = []
        for candidate in names:
            if candidate in selected:
                continue
            rmse, r2 = score(selected + [candidate])
            trials.append((rmse, r2, candidate))
        rmse, r2, candidate = min(trials, key=lambda t: (t[0], names.index(t[2])))
        if rmse >= best_rmse:
            path.append({"step": len(selected) + 1, "added": "(stop)",
                         "predictors": ", ".join(selected), "rmse": rmse, "r2": r2,
                         "candidates": ", ".join(f"{c} {e:.3f}" for e, _, c in sorted(trials))})
            break
        selected.append(candidate)
        best_rmse = rmse
        path.append({"step": len(selected), "added": candidate,
                     "predictors": ", ".join(selected), "rmse": rmse, "r2": r2,
                     "candidates": ", ".join(f"{c} {e:.3f}" for e, _, c in sorted(trials))})
        reporter.log("  " + tr("forward selection step {step}: + {predictor} "
                               "(held-out RMSE {rmse:.3f})").format(
            step=len(selected), predictor=candidate, rmse=rmse))
    return selected, pd.DataFrame(path, columns=["step", "added", "predictors", "rmse", "r2",
                                                 "candidates"])
