"""Area of applicability (Meyer & Pebesma 2021, doi:10.1111/2041-210X.13650; R package CAST,
``trainDI`` / ``aoa``): where the predictors of a pixel are so unlike the training data that the
model extrapolates and its cross-validated error does not apply.

Predictors are standardised with the training mean and standard deviation, multiplied by their
importance (held-out permutation importance, negatives set to 0), categorical predictors become
one-hot columns that share their predictor's weight. The dissimilarity index (DI) of a point is
its distance to the nearest training point divided by the mean distance between training
points. The threshold is the upper whisker of the training DI (the largest value not above the
upper hinge + 1.5 x IQR, as R's ``boxplot.stats``), where each training point's DI is measured
to the nearest training point of *other* cross-validation folds, as the model saw it in CV.

Only plain numpy arrays and lists are stored (``to_state``), so a saved model never pickles this
class and stays loadable when the plugin's code changes.
"""
import numpy as np

STATE_VERSION = 1


def fivenum(values):
    """Tukey's five-number summary, as R's ``fivenum`` (minimum, hinges, median, maximum)."""
    x = np.sort(np.asarray(values, dtype=float)[np.isfinite(values)])
    n = len(x)
    n4 = np.floor((n + 3) / 2.0) / 2.0
    depth = np.array([1.0, n4, (n + 1) / 2.0, n + 1 - n4, n]) - 1.0
    return 0.5 * (x[np.floor(depth).astype(int)] + x[np.ceil(depth).astype(int)])


def upper_whisker(values, coef=1.5):
    """Largest value not above upper hinge + ``coef`` x IQR (R ``boxplot.stats(x)$stats[5]``)."""
    x = np.asarray(values, dtype=float)
    x = x[np.isfinite(x)]
    stats = fivenum(x)
    fence = stats[3] + coef * (stats[3] - stats[1])
    return float(x[x <= fence].max())


class AreaOfApplicability:
    """Dissimilarity index and threshold of one model; see the module docstring."""

    def __init__(self, state):
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"unsupported area-of-applicability state {state.get('version')}")
        self.predictors = list(state["predictors"])
        self.categories = {k: np.asarray(v, dtype=float) for k, v in state["categories"].items()}
        self.center = np.asarray(state["center"], dtype=float)
        self.scale = np.asarray(state["scale"], dtype=float)
        self.column_weights = np.asarray(state["column_weights"], dtype=float)
        self.weights = dict(state["weights"])
        self.train_weighted = np.asarray(state["train_weighted"], dtype=float)
        self.mean_distance = float(state["mean_distance"])
        self.train_di = np.asarray(state["train_di"], dtype=float)
        self.threshold = float(state["threshold"])
        self._used = self.column_weights > 0
        self._index = None

    # -- building -------------------------------------------------------------------------
    @classmethod
    def fit(cls, X, predictors, weights, folds, categorical=()):
        """``X``: training predictors (rows x predictors, no NaN), ``weights``: importance per
        predictor (dict), ``folds``: CV fold label per row (at least two distinct labels)."""
        from sklearn.metrics import pairwise_distances_chunked
        from sklearn.neighbors import NearestNeighbors

        X = np.asarray(X, dtype=float)
        folds = np.asarray(folds)
        if len(np.unique(folds)) < 2:
            raise ValueError("the area of applicability needs at least two CV folds")
        raw = np.array([max(0.0, float(weights.get(p, 0.0))) for p in predictors])
        if not np.any(raw > 0):
            raw = np.ones(len(predictors))  # no informative importance: weigh all equally
        categories = {
            p: np.unique(X[:, j]) for j, p in enumerate(predictors) if p in set(categorical)
        }
        state = {
            "version": STATE_VERSION, "predictors": list(predictors),
            "categories": {k: v.tolist() for k, v in categories.items()},
            "weights": {p: float(w) for p, w in zip(predictors, raw)},
            "center": [], "scale": [], "column_weights": [],
            "train_weighted": np.zeros((0, 0)), "mean_distance": 1.0, "train_di": [],
            "threshold": 0.0,
        }
        aoa = cls(state)
        expanded = aoa._expand(X)
        center = expanded.mean(axis=0)
        scale = expanded.std(axis=0, ddof=1)
        scale[~(scale > 0)] = 1.0
        column_weights = np.concatenate([
            np.repeat(w, len(categories[p]) if p in categories else 1)
            for p, w in zip(predictors, raw)
        ])
        aoa.center, aoa.scale, aoa.column_weights = center, scale, column_weights
        aoa._used = column_weights > 0
        train = aoa._weighted(expanded)

        total = 0.0
        for block in pairwise_distances_chunked(train, n_jobs=1):
            total += float(block.sum())
        n = len(train)
        total_pairs = n * (n - 1)  # ordered pairs of distinct points; self-distances are 0
        mean_distance = total / total_pairs if total_pairs else 1.0
        if not mean_distance > 0:
            mean_distance = 1.0

        train_min = np.full(n, np.nan)
        for label in np.unique(folds):
            inside = folds == label
            index = NearestNeighbors(n_neighbors=1, algorithm="kd_tree").fit(train[~inside])
            distance, _ = index.kneighbors(train[inside])
            train_min[inside] = distance[:, 0]
        train_di = train_min / mean_distance

        aoa.train_weighted = train
        aoa.mean_distance = mean_distance
        aoa.train_di = train_di
        aoa.threshold = upper_whisker(train_di)
        return aoa

    def to_state(self):
        return {
            "version": STATE_VERSION, "predictors": self.predictors,
            "categories": {k: v.tolist() for k, v in self.categories.items()},
            "weights": self.weights, "center": self.center, "scale": self.scale,
            "column_weights": self.column_weights, "train_weighted": self.train_weighted,
            "mean_distance": self.mean_distance, "train_di": self.train_di,
            "threshold": self.threshold,
        }

    # -- applying -------------------------------------------------------------------------
    def _expand(self, X):
        """Categorical predictors to one-hot columns (classes unseen in training: all 0)."""
        columns = []
        for j, name in enumerate(self.predictors):
            if name in self.categories:
                columns.append((X[:, j : j + 1] == self.categories[name][None, :]).astype(float))
            else:
                columns.append(X[:, j : j + 1])
        return np.hstack(columns)

    def _weighted(self, expanded):
        scaled = (expanded - self.center) / self.scale * self.column_weights
        return np.ascontiguousarray(scaled[:, self._used])

    def _neighbours(self):
        if self._index is None:
            from sklearn.neighbors import NearestNeighbors

            # brute force (BLAS, chunked by scikit-learn) beats KD-trees several-fold in the
            # 10-20 weighted dimensions of a model; distances near 0 carry ~1e-7 rounding
            self._index = NearestNeighbors(n_neighbors=1, algorithm="brute").fit(
                self.train_weighted)
        return self._index

    def dissimilarity(self, X, chunk_rows=65536):
        """DI of every row of ``X`` (rows x predictors in :attr:`predictors` order, or a
        DataFrame with those columns); NaN where any predictor is missing."""
        if hasattr(X, "columns"):
            X = X[self.predictors].to_numpy(dtype=float)
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[1] != len(self.predictors):
            raise ValueError(
                f"expected {len(self.predictors)} predictor columns ({', '.join(self.predictors)})"
                f", got shape {X.shape}"
            )
        out = np.full(len(X), np.nan)
        valid = np.flatnonzero(np.isfinite(X).all(axis=1))
        index = self._neighbours()
        for start in range(0, len(valid), chunk_rows):
            rows = valid[start : start + chunk_rows]
            distance, _ = index.kneighbors(self._weighted(self._expand(X[rows])))
            out[rows] = distance[:, 0] / self.mean_distance
        return out

    def inside(self, X):
        """True where the DI is at most the threshold (inside the area of applicability)."""
        di = self.dissimilarity(X)
        return np.isfinite(di) & (di <= self.threshold)
