"""The three claims of an intercomparison, measured (core.comparison.compare calls these).

(a) **Spatial detail**: the variance of each map's block means at several scales (1, 5, 10,
    25, 50 km) on our grid, for our maps and each product (a product coarser than our grid is
    put on it cell by cell, so it has no variance below its own cell size), and the standard
    deviation of our maps inside each of a coarser product's cells.
(b) **Temporal detail**: series are expanded to days (each day carries the mean daily rate of
    its 8-day period, month or year) and split into a monthly part (the mean over the
    available days of each calendar month) and a sub-monthly part (the rest). The fraction of
    the reference's variance a source reproduces is 1 - sum((ref - est)^2) / sum(ref^2) of
    each part (the monthly part centred on its mean): a monthly or annual product has no
    sub-monthly part, so it reproduces exactly none of it. References: the observations at
    the sites; our 8-day maps region-wide (no observation covers the region). Seasonal
    amplitude (max - min of the mean cycle by day of year) and the day of the seasonal peak.
(c) **Site agreement**: every product sampled at the sites (its own pixel) for the observed
    8-day periods, day-weighted (a period straddling two months takes each month's rate for
    its days), then R2, RMSE and bias per site and pooled.
Breakdowns of the gridded agreement by latitude band and land-cover class. Pure Python.
"""
import calendar
import datetime as dt

import numpy as np

from . import periods as P
from .products_io import calendar_days, step_days

SCALES_KM = (1.0, 5.0, 10.0, 25.0, 50.0)


# ----------------------------------------------------------------------------- (c) sites
def _product_keys(c):
    """The product's steps at the comparison's step kind and the days each stands for."""
    from .comparison import _product_years

    h, product = c.harmonised, c.product
    if h.step == "month":
        return [k for k in product.steps if k[0] == "month"]
    if h.step == "year":
        return _product_years(product)
    return [("static",)]


def _step_of_day(day, step):
    if step == "month":
        return ("month", day.year, day.month)
    if step == "year":
        return ("year", day.year)
    return ("static",)


def _days_of(key, static_years):
    return calendar_days(static_years) if key[0] == "static" else step_days(key)


def sample_products_at_sites(samples, comparisons, reporter=None):
    """``samples`` (observation_samples: site, lon, lat, period_start, sr, map) with one more
    column per product (its name): the product's mean daily rate (g C m-2 d-1) over each row's
    8-day period at the product pixel holding the site, day-weighted over the product's steps
    (NaN when a day of the period has no product value). Returns (samples, daily) where
    daily[name][row] holds the product's rate on each day of that row's period."""
    from .comparison import product_field

    out = samples.copy()
    daily = {}
    for c in comparisons:
        h, product = c.harmonised, c.product
        g = product.grid
        lons = (out["lon"].to_numpy(float) - g.west) % 360.0 + g.west
        cols = np.floor((lons - g.west) / g.dx).astype(int)
        rows = np.floor((g.north - out["lat"].to_numpy(float)) / g.dy).astype(int)
        inside = (cols >= 0) & (cols < g.width) & (rows >= 0) & (rows < g.height)
        values = np.full(len(out), np.nan)
        daily[c.name] = {}
        if inside.any():
            r0, r1 = rows[inside].min(), rows[inside].max() + 1
            c0, c1 = cols[inside].min(), cols[inside].max() + 1
            rate = {}
            for key in _product_keys(c):
                field = product_field(product, key, (r0, r1, c0, c1), h.static_years, c.is_rh)
                rate[key] = field / _days_of(key, h.static_years)
            for i in np.flatnonzero(inside):
                start = out["period_start"].iloc[i]
                days = [start + dt.timedelta(days=d) for d in range(P.period_days(start))]
                keys = [_step_of_day(d, h.step) for d in days]
                if all(k in rate for k in keys):
                    days_values = np.array([rate[k][rows[i] - r0, cols[i] - c0] for k in keys])
                    values[i] = days_values.mean()
                    daily[c.name][out.index[i]] = days_values
        out[c.name] = values
    return out, daily


def site_statistics(samples, comparisons, max_distance_km=None):
    """Rows 'product site' (per site), 'product location' (per location: sites within
    ``max_distance_km`` or sharing a site id, grouped as in training) and 'product sites
    pooled' of every product against the observations, on the rows where the product has a
    value (mean daily rates)."""
    import pandas as pd

    from .comparison import RATE_UNIT, _row, pair_metrics
    from .locations import DEFAULT_DISTANCE_KM, group_locations

    if "lon" in samples and "lat" in samples and len(samples):
        groups = group_locations(samples, max_distance_km=(
            DEFAULT_DISTANCE_KM if max_distance_km is None else max_distance_km))
        samples = samples.assign(location=samples["site"].astype(str).map(groups.of_site))
    else:
        samples = samples.assign(location=samples["site"].astype(str))
    rows = []
    for c in comparisons:
        part = samples[np.isfinite(samples[c.name])]
        if part.empty:
            continue
        span = f"{part['period_start'].min()} to {part['period_start'].max()}"
        for site, one in part.groupby("site"):
            rows.append(_row("product site", f"{one['period_start'].min()} to "
                             f"{one['period_start'].max()}", site, "observations", c.name,
                             RATE_UNIT, pair_metrics(one["sr"], one[c.name])))
        for location, one in part.groupby("location"):
            rows.append(_row("product location", f"{one['period_start'].min()} to "
                             f"{one['period_start'].max()}", location, "observations", c.name,
                             RATE_UNIT, pair_metrics(one["sr"], one[c.name])))
        rows.append(_row("product sites pooled", span, "all", "observations", c.name, RATE_UNIT,
                         pair_metrics(part["sr"], part[c.name])))
    return pd.DataFrame(rows)


# ----------------------------------------------------------------------------- breakdowns
def _band_label(lat, width):
    low = np.floor(lat / width) * width
    return f"{low:g} to {low + width:g}°N"


def land_cover_on(grid, path):
    """The majority class of raster ``path`` in each cell of ``grid`` (NaN where none)."""
    import rasterio
    from rasterio.crs import CRS
    from rasterio.warp import Resampling, reproject

    out = np.full((grid.height, grid.width), np.nan, dtype=np.float64)
    with rasterio.open(path) as src:
        reproject(rasterio.band(src, 1), out, dst_transform=grid.transform,
                  dst_crs=CRS.from_epsg(4326), dst_nodata=np.nan,
                  resampling=Resampling.mode)
    return out


def breakdowns(comparisons, land_cover=None, lat_band=10.0, reporter=None):
    """Agreement of each product with our maps (pooled over steps) per latitude band of
    ``lat_band`` degrees and, with a land-cover raster, per majority class of the common cell:
    rows with scope 'latitude band' / 'land cover' and the band or class in 'site'."""
    import pandas as pd

    from .comparison import _row, pair_metrics

    rows = []
    for c in comparisons:
        h = c.harmonised
        paired = h.paired
        label = (f"{h.steps[0][0]} steps" if h.step != "static" else "static")
        lat = np.broadcast_to(h.grid.lat_centres()[None, :, None], h.ours.shape)
        if lat_band:
            bands = np.floor(lat / lat_band)
            for band in sorted(np.unique(bands[paired]), reverse=True):
                sel = paired & (bands == band)
                rows.append(_row("latitude band", label, _band_label(band * lat_band + 1e-9,
                                                                     lat_band),
                                 "our maps", c.name, h.unit,
                                 pair_metrics(h.ours[sel], h.other[sel])))
        if land_cover:
            classes = np.broadcast_to(land_cover_on(h.grid, land_cover)[None], h.ours.shape)
            for value in np.unique(classes[paired & np.isfinite(classes)]):
                sel = paired & (classes == value)
                rows.append(_row("land cover", label, f"class {value:g}", "our maps", c.name,
                                 h.unit, pair_metrics(h.ours[sel], h.other[sel])))
    return pd.DataFrame(rows)


# ----------------------------------------------------------------------------- (a) space
def block_variance(field, weights, k, min_valid=0.5):
    """(variance, number of blocks) of the area-weighted means of ``k`` x ``k`` blocks of
    ``field`` (aligned at the first row and column; partial blocks at the far edges dropped;
    a block counts when its valid cells hold at least ``min_valid`` of its area), weighted by
    the blocks' valid areas. ``weights``: cell areas (same shape)."""
    h, w = (field.shape[0] // k) * k, (field.shape[1] // k) * k
    if h == 0 or w == 0:
        return float("nan"), 0
    f, a = field[:h, :w], np.broadcast_to(weights, field.shape)[:h, :w]
    ok = np.isfinite(f)
    valid = np.where(ok, a, 0.0)

    def blocks(x):
        return x.reshape(h // k, k, w // k, k).sum(axis=(1, 3))

    total, area, full = blocks(np.where(ok, f, 0.0) * valid), blocks(valid), blocks(a)
    keep = (area > 0) & (area >= min_valid * full)
    if not keep.any():
        return float("nan"), 0
    means, area = total[keep] / area[keep], area[keep]
    mean = np.sum(means * area) / area.sum()
    return float(np.sum(area * (means - mean) ** 2) / area.sum()), int(keep.sum())


def time_mean(values, paired):
    """Mean over the first axis of the ``paired`` values (NaN where none is)."""
    count = paired.sum(axis=0)
    total = np.where(paired, values, 0.0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def fields_on_our_grid(h):
    """(our field, the product's field, our grid) on our grid cut to the overlap: the means over
    the compared steps (the product's common-grid cells put on our cells whose centre they
    hold when the product is the coarser)."""
    if h.fine_side == "ours":
        grid = h.our_grid
        cols = np.floor((grid.lon_centres() - h.grid.west) / h.grid.dx).astype(int)
        rows = np.floor((h.grid.north - grid.lat_centres()) / h.grid.dy).astype(int)
        ok_c = (cols >= 0) & (cols < h.grid.width)
        ok_r = (rows >= 0) & (rows < h.grid.height)
        coarse = time_mean(h.other, h.paired)
        theirs = np.full((grid.height, grid.width), np.nan)
        theirs[np.ix_(ok_r, ok_c)] = coarse[np.ix_(rows[ok_r], cols[ok_c])]
        mine = np.array(h.ours_fine, dtype=np.float64)
    else:
        grid = h.grid
        mine, theirs = time_mean(h.ours, h.paired), time_mean(h.other, h.paired)
    both = np.isfinite(mine) & np.isfinite(theirs)
    return np.where(both, mine, np.nan), np.where(both, theirs, np.nan), grid


def spatial_detail(comparisons, scales_km=SCALES_KM):
    """Claim (a): (variance table, within-cell table) as DataFrames. Variance of block means
    per scale for our maps and each product on our grid (the same cells for both); scales
    under 3/4 of our cell size have no value. Within-cell: area-weighted mean standard
    deviation of our maps inside each cell of a product coarser than our grid."""
    import pandas as pd

    rows, within = [], []
    for c in comparisons:
        h = c.harmonised
        mine, theirs, grid = fields_on_our_grid(h)
        weights = grid.row_areas()[:, None] * np.ones((1, grid.width))
        cell_km = float(np.sqrt(np.mean(weights[np.isfinite(mine)] if np.isfinite(mine).any()
                                        else weights))) / 1000.0
        levels = {}
        for source, field in (("our maps", mine), (c.name, theirs)):
            ok = np.isfinite(field)
            levels[source] = float(np.sum(field[ok] * weights[ok]) / weights[ok].sum()) if (
                ok.any()) else float("nan")
        for scale in scales_km:
            k = max(1, int(round(scale / cell_km)))
            for source, field in (("our maps", mine), (c.name, theirs)):
                if scale < 0.75 * cell_km:  # finer than one cell of our grid
                    variance, n = float("nan"), 0
                else:
                    variance, n = block_variance(field, weights, k)
                rows.append({"product": c.name, "map": source, "scale_km": scale,
                             "block_cells": k, "block_km": k * cell_km, "n_blocks": n,
                             "variance": variance, "sd": np.sqrt(variance),
                             "cv_pct": 100.0 * np.sqrt(variance) / levels[source]
                             if levels[source] else float("nan"),
                             "unit": f"({h.unit})2"})
        if h.fine_side == "ours":
            x = np.where(np.isfinite(h.ours_fine), h.ours_fine, np.nan)
            mean, area = h.aggregator.mean(x)
            square, _ = h.aggregator.mean(x * x)
            compared = h.paired.any(axis=0) & (area > 0)
            sd = np.sqrt(np.maximum(square - mean * mean, 0.0))
            value = float(np.sum(sd[compared] * area[compared]) / area[compared].sum())
            level = float(np.sum(mean[compared] * area[compared]) / area[compared].sum())
            within.append({"product": c.name, "product_cell_deg": h.grid.dx,
                           "our_cell_deg": h.our_grid.dx, "cells": int(compared.sum()),
                           "our_sd_within_product_cell": value,
                           "our_sd_within_pct_of_mean": 100.0 * value / level if level else
                           float("nan"), "product_sd_within_its_cell": 0.0, "unit": h.unit})
        else:
            within.append({"product": c.name, "product_cell_deg": c.product.grid.dx,
                           "our_cell_deg": h.grid.dx, "cells": h.n_cells,
                           "our_sd_within_product_cell": float("nan"),
                           "our_sd_within_pct_of_mean": float("nan"),
                           "product_sd_within_its_cell": float("nan"), "unit": h.unit})
    return pd.DataFrame(rows), pd.DataFrame(within)


# ----------------------------------------------------------------------------- (b) time
def expand_days(starts, lengths, values):
    """Daily series (datetime64[D] days, values) of values that hold for ``lengths`` days
    from ``starts``."""
    starts = np.asarray(starts, dtype="datetime64[D]")
    lengths = np.asarray(lengths, dtype=int)
    days = np.repeat(starts, lengths) + (np.arange(lengths.sum()) - np.repeat(
        np.cumsum(lengths) - lengths, lengths)).astype("timedelta64[D]")
    return days, np.repeat(np.asarray(values, dtype=np.float64), lengths)


def decompose(days, values):
    """(monthly part, sub-monthly part) of a daily series: the mean over its days in each
    calendar month, and the rest."""
    months = days.astype("datetime64[M]")
    _, index = np.unique(months, return_inverse=True)
    means = np.bincount(index, values) / np.bincount(index)
    low, high = np.full(len(means), np.inf), np.full(len(means), -np.inf)
    np.minimum.at(low, index, values)
    np.maximum.at(high, index, values)
    constant = low == high  # a month-step series: its own value, no rounding residue
    means[constant] = low[constant]
    monthly = means[index]
    return monthly, values - monthly


def seasonal(days, values):
    """(amplitude, day of year of the peak) of the mean cycle by day of year (31 December of
    a leap year counted as day 365); the peak day is the middle of the days at the maximum."""
    doy = np.minimum((days - days.astype("datetime64[Y]")).astype(int) + 1, 365)
    index, inverse = np.unique(doy, return_inverse=True)
    cycle = np.bincount(inverse, values) / np.bincount(inverse)
    top = cycle.max()
    at_top = index[cycle >= top - 1e-12 * max(abs(top), 1.0)]
    return float(top - cycle.min()), float(np.median(at_top))


def temporal_scores(days, reference, estimate):
    """Sums for the fractions reproduced: dict of n_days, ss/sse of the monthly and
    sub-monthly parts, and the total variance of the reference."""
    m_ref, s_ref = decompose(days, reference)
    m_est, s_est = decompose(days, estimate)
    return {"n_days": len(days), "ss_sub": float(np.sum(s_ref ** 2)),
            "sse_sub": float(np.sum((s_ref - s_est) ** 2)),
            "ss_month": float(np.sum((m_ref - m_ref.mean()) ** 2)),
            "sse_month": float(np.sum((m_ref - m_est) ** 2)),
            "ss_total": float(np.sum((reference - reference.mean()) ** 2))}


def _fractions(s):
    def frac(sse, ss):
        return 1.0 - sse / ss if ss > 0 else float("nan")

    return {"submonthly_share_pct": 100.0 * s["ss_sub"] / s["ss_total"] if s["ss_total"] > 0
            else float("nan"),
            "submonthly_reproduced": frac(s["sse_sub"], s["ss_sub"]),
            "monthly_reproduced": frac(s["sse_month"], s["ss_month"])}


def _row(scope, reference, source, days, ref, est, scores=None):
    s = scores or temporal_scores(days, ref, est)
    a_ref, p_ref = seasonal(days, ref)
    a_est, p_est = seasonal(days, est)
    out = {"scope": scope, "reference": reference, "source": source, "n_days": s["n_days"]}
    out.update(_fractions(s))
    out.update({"amplitude_reference": a_ref, "amplitude_source": a_est,
                "peak_doy_reference": p_ref, "peak_doy_source": p_est,
                "unit": "g C m-2 d-1"})
    return out, s


def regional_series(ours, c, reporter=None):
    """(our 8-day regional mean daily rates {period: value}, the product's {step key: mean
    daily rate}) over the cells ``c`` compares (any step), area-weighted."""
    h = c.harmonised
    region = h.paired.any(axis=0)
    theirs = {}
    for t, key in enumerate(h.steps):
        ok = h.paired[t]
        if h.area[t][ok].sum() > 0:
            value = float(np.sum(h.other[t][ok] * h.area[t][ok]) / h.area[t][ok].sum())
            theirs[key] = value / _days_of(key, h.static_years)
    if h.step == "static":
        first, last = dt.date(min(h.static_years), 1, 1), dt.date(max(h.static_years), 12, 31)
    else:
        first = dt.date(h.steps[0][1], h.steps[0][2] if h.step == "month" else 1, 1)
        end = h.steps[-1]
        last = (dt.date(end[1], end[2], calendar.monthrange(end[1], end[2])[1])
                if h.step == "month" else dt.date(end[1], 12, 31))
    periods = [p for p in P.periods_between(first, last) if p in ours.files]
    mine = {}
    areas = None if h.fine_side == "ours" else h.grid.row_areas()[:, None]
    for i in range(0, len(periods), 12):
        if reporter is not None:
            reporter.check_cancelled()
        chunk = periods[i:i + 12]
        stack = ours._period_stack(chunk, h.our_window)
        for p in chunk:
            x = stack[p]
            ok = np.isfinite(x)
            if h.fine_side == "ours":
                total = h.aggregator.w_lat @ np.where(ok, x, 0.0) @ h.aggregator.w_lon.T
                area = h.aggregator.area(ok)
            else:
                total, area = np.where(ok, x, 0.0) * areas, ok * areas
            if area[region].sum() > 0:
                mine[p] = float(total[region].sum() / area[region].sum())
    return mine, theirs


def _key_days(key, static_years):
    if key[0] == "month":
        return [dt.date(key[1], key[2], 1)], [step_days(key)]
    if key[0] == "year":
        return [dt.date(key[1], 1, 1)], [step_days(key)]
    years = sorted(static_years)
    return ([dt.date(y, 1, 1) for y in years],
            [366 if calendar.isleap(y) else 365 for y in years])


def temporal_detail(ours, comparisons, samples=None, reporter=None, daily=None):
    """Claim (b): (table, regional series) as (DataFrame, dict). Rows per site and pooled
    over the sites (reference: the observations; sources: our maps and each product), and
    region-wide per product (reference: our 8-day maps on that product's compared cells).
    ``daily``: the products' daily rates at the sites (see :func:`sample_products_at_sites`)."""
    import pandas as pd

    rows, series = [], {}
    if samples is not None:
        sources = ["map"] + [c.name for c in comparisons]
        pooled = {s: None for s in sources}
        for site, part in samples.groupby("site"):
            for source in sources:
                ok = np.isfinite(part[source]) & np.isfinite(part["sr"])
                if ok.sum() < 2:
                    continue
                starts = part["period_start"][ok].to_numpy()
                lengths = [P.period_days(p) for p in starts]
                days, ref = expand_days(starts, lengths, part["sr"][ok])
                if source == "map" or not daily or source not in daily:
                    _, est = expand_days(starts, lengths, part[source][ok])
                else:  # a product's own rate on each day (its month or year)
                    est = np.concatenate([daily[source][i] for i in part.index[ok]])
                row, s = _row(f"site {site}", "observations",
                              "our maps" if source == "map" else source, days, ref, est)
                rows.append(row)
                pooled[source] = s if pooled[source] is None else {
                    k: pooled[source][k] + v for k, v in s.items()}
        for source, s in pooled.items():
            if s is not None:
                row = {"scope": "sites pooled", "reference": "observations",
                       "source": "our maps" if source == "map" else source,
                       "n_days": s["n_days"], **_fractions(s), "unit": "g C m-2 d-1"}
                rows.append(row)
    if ours.kind == "8day":
        for c in comparisons:
            mine, theirs = regional_series(ours, c, reporter)
            series[c.name] = (mine, theirs)
            if not mine or not theirs:
                continue
            d_ours, v_ours = expand_days(list(mine), [P.period_days(p) for p in mine],
                                         list(mine.values()))
            starts, lengths, values = [], [], []
            for key, value in theirs.items():
                s, n = _key_days(key, c.harmonised.static_years)
                starts += s
                lengths += n
                values += [value] * len(s)
            d_theirs, v_theirs = expand_days(starts, lengths, values)
            common, i_ours, i_theirs = np.intersect1d(d_ours, d_theirs, return_indices=True)
            if len(common) < 2:
                continue
            row, _ = _row("region", "our maps (8-day)", c.name, common, v_ours[i_ours],
                          v_theirs[i_theirs])
            rows.append(row)
    return pd.DataFrame(rows), series
