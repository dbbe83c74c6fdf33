"""Baselines a soil respiration model must beat, predicted under the same folds as the model.

- ``mean``: the (day-weighted) mean of the training rows.
- ``doy``: day-of-year climatology across sites: the mean of the training rows of the same
  8-day period of the year (period index 1-46 from the period start; a period missing from the
  training rows takes the nearest period present, circularly).
- ``q10``: R = R10 * Q10 ** ((T - 10) / 10), and ``lloyd_taylor``: R = R10 * exp(E0 * (1 /
  (283.15 - 227.13) - 1 / (T + 273.15 - 227.13))) (Lloyd & Taylor 1994, T0 = 227.13 K), both
  fitted by (weighted) least squares of R on the temperature the table has: the sites' soil
  temperature, the gridded soil temperature, or MODIS land-surface temperature (mean of day and
  night, K -> degC). These are the semi-empirical models machine-learning upscaling claims to
  improve on.

The least-squares fits profile out R10 (for a fixed Q10 or E0 its best value is closed-form)
and search the remaining parameter on a grid, then refine it with a bounded scalar search.
"""
import numpy as np
import pandas as pd

from .i18n import tr

#: baseline id -> label in tables and reports
BASELINES = {
    "mean": "mean of the training data",
    "doy": "day-of-year climatology",
    "q10": "Q10 temperature response",
    "lloyd_taylor": "Lloyd-Taylor temperature response",
}
TEMPERATURE_COLUMNS = ("soil_temperature_site", "soil_temperature")
LLOYD_TAYLOR_T0 = 227.13
LLOYD_TAYLOR_TREF = 283.15
#: search ranges: Q10 in [0.1, 100]; E0 in [0, 2000] K
Q10_RANGE = (0.1, 100.0)
E0_RANGE = (0.0, 2000.0)
MIN_FIT_ROWS = 3
N_PERIODS = 46


def temperature(frame):
    """(description, degC array) of the temperature the table offers for the response
    baselines, or (None, None): soil temperature of the sites, else gridded soil temperature,
    else MODIS LST (mean of lst_day and lst_night, K -> degC)."""
    for column in TEMPERATURE_COLUMNS:
        if column in frame.columns:
            values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)
            if np.isfinite(values).sum() >= MIN_FIT_ROWS:
                return f"{column} [degC]", values
    lst = [c for c in ("lst_day", "lst_night") if c in frame.columns]
    if lst:
        values = np.nanmean(np.column_stack([
            pd.to_numeric(frame[c], errors="coerce").to_numpy(dtype=float) for c in lst]), axis=1)
        if np.isfinite(values).sum() >= MIN_FIT_ROWS:
            kelvin = np.nanmedian(values) > 150
            return (f"mean of {' and '.join(lst)} [{'K -> degC' if kelvin else 'degC'}]",
                    values - 273.15 if kelvin else values)
    return None, None


def _weights(y, w):
    return np.ones_like(y) if w is None else np.asarray(w, dtype=float)


def _profile_fit(shape, low, high, x, y, w):
    """Least squares of y = a * shape(x, b) over a >= 0 and b in [low, high]: for fixed b the
    best a is sum(w y g) / sum(w g2); b is found on a grid and refined. Returns (a, b)."""
    from scipy.optimize import minimize_scalar

    def sse_and_a(b):
        g = shape(x, b)
        gg = np.sum(w * g * g)
        if not np.isfinite(gg) or gg <= 0:
            return np.inf, np.nan
        a = np.sum(w * y * g) / gg
        return float(np.sum(w * (y - a * g) ** 2)), a

    grid = np.linspace(low, high, 401)
    sse = [sse_and_a(b)[0] for b in grid]
    best = int(np.nanargmin(sse))
    lo, hi = grid[max(best - 1, 0)], grid[min(best + 1, len(grid) - 1)]
    found = minimize_scalar(lambda b: sse_and_a(b)[0], bounds=(lo, hi), method="bounded",
                            options={"xatol": 1e-12 * max(1.0, abs(hi))})
    b = float(found.x) if found.fun <= sse[best] else float(grid[best])
    return sse_and_a(b)[1], b


def q10_shape(t, k):
    return np.exp(k * (t - 10.0))


def lloyd_taylor_shape(t, e0):
    return np.exp(e0 * (1.0 / (LLOYD_TAYLOR_TREF - LLOYD_TAYLOR_T0)
                        - 1.0 / (t + 273.15 - LLOYD_TAYLOR_T0)))


def fit_q10(t, y, w=None):
    """(R10, Q10) of R = R10 * Q10 ** ((T - 10) / 10), weighted least squares."""
    t, y = np.asarray(t, dtype=float), np.asarray(y, dtype=float)
    w = _weights(y, w)
    ok = np.isfinite(t) & np.isfinite(y) & (w > 0)
    r10, k = _profile_fit(q10_shape, np.log(Q10_RANGE[0]) / 10, np.log(Q10_RANGE[1]) / 10,
                          t[ok], y[ok], w[ok])
    return float(r10), float(np.exp(10.0 * k))


def fit_lloyd_taylor(t, y, w=None):
    """(R10, E0 [K]) of the Lloyd & Taylor (1994) response, weighted least squares."""
    t, y = np.asarray(t, dtype=float), np.asarray(y, dtype=float)
    w = _weights(y, w)
    ok = np.isfinite(t) & np.isfinite(y) & (w > 0) & (t + 273.15 > LLOYD_TAYLOR_T0 + 1)
    r10, e0 = _profile_fit(lloyd_taylor_shape, *E0_RANGE, t[ok], y[ok], w[ok])
    return float(r10), float(e0)


def period_of_year(period_starts):
    """8-day period index 1-46 of the year from each period start."""
    doy = pd.to_datetime(pd.Series(period_starts)).dt.dayofyear.to_numpy()
    return (doy - 1) // 8 + 1


def _doy_climatology(train_periods, y, w, test_periods):
    frame = pd.DataFrame({"p": train_periods, "wy": w * y, "w": w}).groupby("p").sum()
    means = (frame["wy"] / frame["w"]).to_dict()
    present = np.array(sorted(means))
    out = np.empty(len(test_periods))
    for i, p in enumerate(test_periods):
        if p in means:
            out[i] = means[p]
        else:  # nearest period of the year present in training, circularly
            gap = np.abs(present - p)
            gap = np.minimum(gap, N_PERIODS - gap)
            out[i] = means[int(present[np.argmin(gap)])]
    return out


def held_out_predictions(splits, y, weights=None, period_starts=None, temp=None):
    """Held-out predictions of every baseline for the folds ``splits`` ((label, train, test)
    as :func:`validation.splits`). Returns ({baseline id: predictions}, {baseline id: note}):
    a baseline the table cannot support (no period starts, no temperature) is left out with a
    note. Rows of a fold without temperature get the training mean in the response baselines.
    """
    y = np.asarray(y, dtype=float)
    w = _weights(y, weights)
    n = len(y)
    out = {"mean": np.full(n, np.nan)}
    notes = {}
    periods = None
    if period_starts is not None and pd.Series(period_starts).notna().all():
        periods = period_of_year(period_starts)
        out["doy"] = np.full(n, np.nan)
    else:
        notes["doy"] = tr("not computed: the table has no period_start for every row")
    if temp is not None:
        temp = np.asarray(temp, dtype=float)
        out["q10"] = np.full(n, np.nan)
        out["lloyd_taylor"] = np.full(n, np.nan)
    else:
        notes["q10"] = notes["lloyd_taylor"] = tr(
            "not computed: the table has no soil temperature or land-surface temperature")
    for _, train, test in splits:
        mean = float(np.sum(w[train] * y[train]) / np.sum(w[train]))
        out["mean"][test] = mean
        if periods is not None:
            out["doy"][test] = _doy_climatology(periods[train], y[train], w[train], periods[test])
        if temp is not None:
            usable = train[np.isfinite(temp[train])]
            for name, fit, shape, convert in (
                ("q10", fit_q10, q10_shape, lambda q: np.log(q) / 10.0),
                ("lloyd_taylor", fit_lloyd_taylor, lloyd_taylor_shape, lambda e: e),
            ):
                if len(usable) < MIN_FIT_ROWS:
                    out[name][test] = mean
                    continue
                r10, parameter = fit(temp[usable], y[usable], w[usable])
                predicted = r10 * shape(temp[test], convert(parameter))
                out[name][test] = np.where(np.isfinite(predicted), predicted, mean)
    return out, notes
