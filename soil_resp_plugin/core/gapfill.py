"""Gap filling of predictors in time (pure numpy; the catalog reads, this module fills).

Per pixel, in this order:

1. **linear interpolation** in time (by the period start's day number) across a run of at
   most ``max_gap`` missing 8-day periods that has an observed value on both sides;
2. **climatology**: for longer gaps, and at the ends of the series, the mean over the
   catalog's years of the values observed in the same period of the year (same start day of
   year); only observed values enter the mean, never filled ones;
3. otherwise the pixel stays missing (NaN), e.g. over the sea.

Each filled value comes with how it was filled (:data:`OBSERVED`, :data:`INTERPOLATED`,
:data:`CLIMATOLOGY`, :data:`MISSING`), and :func:`fill_flags` packs several predictors into one
bit mask per pixel (bit ``i`` set: predictor ``i`` was filled), the companion map of an
upscaled period.
"""
import numpy as np

OBSERVED = 0
INTERPOLATED = 1
CLIMATOLOGY = 2
MISSING = 3
METHOD_NAMES = {OBSERVED: "observed", INTERPOLATED: "interpolated",
                CLIMATOLOGY: "climatology", MISSING: "missing"}
#: default longest run of missing 8-day periods bridged by interpolation (3 = 24 days)
DEFAULT_MAX_GAP = 3
#: predictors a flag mask can hold (uint32 bits)
MAX_FLAGGED = 32


def interpolate_gaps(stack, days, max_gap):
    """Linear interpolation in time across short gaps.

    ``stack``: array (T, ...) in time order (NaN = missing); ``days``: T increasing day numbers
    (e.g. ``date.toordinal()`` of each period start); ``max_gap``: longest run of missing
    steps that is bridged (0: none). Returns (filled copy as float, boolean mask of the cells
    filled). Runs touching either end of the stack are not bridged (no value on that side)."""
    stack = np.asarray(stack, dtype=np.float64)
    days = np.asarray(days, dtype=np.float64)
    if stack.shape[0] != days.shape[0]:
        raise ValueError(f"{stack.shape[0]} layers but {days.shape[0]} days")
    if stack.shape[0] and np.any(np.diff(days) <= 0):
        raise ValueError("days must increase")
    count = stack.shape[0]
    filled = stack.copy()
    valid = np.isfinite(stack)
    done = np.zeros(stack.shape, dtype=bool)
    if count < 3 or max_gap < 1:
        return filled, done
    index = np.arange(count).reshape((count,) + (1,) * (stack.ndim - 1))
    previous = np.maximum.accumulate(np.where(valid, index, -1), axis=0)
    following = np.minimum.accumulate(np.where(valid, index, count)[::-1], axis=0)[::-1]
    run = following - previous - 1
    fill = (~valid) & (previous >= 0) & (following < count) & (run <= max_gap)
    if not fill.any():
        return filled, done
    p = np.where(fill, previous, 0)
    f = np.where(fill, following, 0)
    value_p = np.take_along_axis(stack, p, axis=0)
    value_f = np.take_along_axis(stack, f, axis=0)
    day = np.broadcast_to(days.reshape(index.shape), stack.shape)
    day_p, day_f = days[p], days[f]
    weight = np.where(fill, (day - day_p) / np.where(fill, day_f - day_p, 1.0), 0.0)
    filled[fill] = (value_p + (value_f - value_p) * weight)[fill]
    done[fill] = True
    return filled, done


def climatology(layers):
    """Mean of the observed values of ``layers`` (same period of the year in several years,
    each an array, NaN = missing) and the number of years behind each cell."""
    stack = np.asarray(list(layers), dtype=np.float64)
    if stack.size == 0:
        raise ValueError("no layers for a climatology")
    valid = np.isfinite(stack)
    n = valid.sum(axis=0)
    total = np.where(valid, stack, 0.0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(n > 0, total / np.maximum(n, 1), np.nan)
    return mean, n


def fill_flags(methods):
    """Bit mask (uint32) of filled predictors from ``methods`` [(variable, method array)] in
    a fixed order: bit ``i`` (value ``2**i``) is set where predictor ``i`` was interpolated
    or taken from the climatology. Pixels still missing are not flagged (they stay no data)."""
    methods = list(methods)
    if len(methods) > MAX_FLAGGED:
        raise ValueError(f"at most {MAX_FLAGGED} predictors fit a flag mask, not {len(methods)}")
    flags = None
    for bit, (_, method) in enumerate(methods):
        filled = (np.asarray(method) == INTERPOLATED) | (np.asarray(method) == CLIMATOLOGY)
        part = filled.astype(np.uint32) << np.uint32(bit)
        flags = part if flags is None else flags | part
    return flags


def flag_legend(variables):
    """{bit value: variable} of a flag mask made by :func:`fill_flags` for ``variables``."""
    return {1 << bit: var for bit, var in enumerate(variables)}
