"""Time: time steps, duplicates per date, and which layers make each 8-day period."""
import datetime as dt

import numpy as np

from .. import periods as P
from ..errors import InputError
from ..i18n import tr
from .common import PARAMETER


def _mode(values):
    classes, counts = np.unique(values, return_counts=True)
    return float(classes[np.argmax(counts)])


#: default minimum number of valid days for a daily MODIS pixel to make an 8-day value
MIN_VALID_DAYS = 2


def _combine(mode, arrays, weights, min_valid=1):
    """One period from its layers: ``single``; ``linear`` (two weighted layers); ``mean``
    (mean of valid values); ``daily`` (mean of valid days, NaN where fewer than ``min_valid``
    days are valid)."""
    if mode == "single":
        return arrays[0]
    if mode == "daily":
        return _valid_mean(arrays, max(1, min_valid))
    if mode == "linear":
        (a, b), (wa, wb) = arrays, weights
        out = (wa * a + wb * b).astype(a.dtype)
        return np.where(np.isnan(a), b, np.where(np.isnan(b), a, out)).astype(a.dtype)
    return _valid_mean(arrays, 1)


def _valid_mean(arrays, min_valid):
    """Mean of the finite values per pixel; NaN where fewer than ``min_valid`` are finite
    (computed explicitly: warnings filters are not thread-safe, and readers run in threads;
    accumulated layer by layer, never stacked: daily series have 8-16 layers)."""
    total = np.zeros(arrays[0].shape, dtype=np.float64)
    count = np.zeros(arrays[0].shape, dtype=np.int16)
    for array in arrays:
        valid = np.isfinite(array)
        count += valid
        total += np.where(valid, array, 0)
    out = np.full(count.shape, np.nan)
    np.divide(total, count, out=out, where=count >= min_valid)
    return out.astype(arrays[0].dtype)


def _compact_dates(dates, limit=6):
    if not dates:
        return ""
    text = ", ".join(d.isoformat() for d in dates[:limit])
    if len(dates) > limit:
        return tr("{dates}, ... ({count} in all)").format(dates=text, count=len(dates))
    return text



def _time_step(layers):
    declared = {layer.days for layer in layers if layer.days > 0}
    if declared:
        return max(declared)
    dates = sorted({layer.date for layer in layers})
    if len(dates) > 1 and min((b - a).days for a, b in zip(dates, dates[1:])) < P.PERIOD_DAYS:
        if any(P.period_start(d) != d for d in dates):
            return 1
    return P.PERIOD_DAYS


def _check_duplicates(var, layers, days):
    """Two layers of one variable for one date are an error, except Terra and Aqua versions
    (MOD/MYD) of it, which are combined."""
    seen = {}
    for layer in layers:
        if days in (1, 4):
            key = layer.date
        elif days == P.PERIOD_DAYS:
            key = P.period_start(layer.date)
        else:
            key = layer.date
        key = (key, layer.platform if layer.platform in ("terra", "aqua") else None)
        other = seen.get(key)
        if other is None:
            seen[key] = layer
            continue
        where = f"{other.path}" + (f" ({other.source})" if other.source != other.path else "")
        fields = dict(variable=var, first=where, second=layer.path)
        if other.tile and layer.tile and other.tile != layer.tile:
            text = tr("Two rasters of {variable}: {first} and {second} are different MODIS tiles "
                      "({tile_a}, {tile_b}) of the same date {date}. Mosaic the tiles first "
                      "(e.g. gdalbuildvrt, or order a mosaic from AppEEARS) and give the "
                      "mosaics as PREDICTORS.").format(
                tile_a=other.tile, tile_b=layer.tile, date=layer.date, **fields)
        elif other.date is None:
            text = tr("Two rasters of {variable}: {first} and {second} are both static "
                      "{variable} layers. Keep one of them.").format(**fields)
        elif other.date == layer.date:
            text = tr("Two rasters of {variable}: {first} and {second} both claim {variable} "
                      "for {date}. Keep one of them (e.g. Terra MOD or Aqua MYD, one collection "
                      "version) and move the other out of PREDICTORS.").format(
                date=layer.date, **fields)
        else:
            text = tr("Two rasters of {variable}: {first} and {second} both fall in the 8-day "
                      "period starting {period} ({date_a} and {date_b}). Keep one raster per "
                      "period.").format(period=key[0], date_a=other.date, date_b=layer.date,
                                        **fields)
        raise InputError(text, parameter=PARAMETER, path=layer.path)


def _composite_span(start):
    """(first day, last day) of a 16-day composite; MOD13 composites on DOY 1, 17, ... end on
    31 December."""
    end = start + dt.timedelta(days=15)
    if P.composite16_start(start) == start:
        end = min(end, dt.date(start.year, 12, 31))
    return start, end


def _noon(day):
    return dt.datetime(day.year, day.month, day.day, 12)


def _period_resolution(layers, days, temporal_mapping):
    """period start -> (mode, ((layer, weight), ...)) for every period with data."""
    resolution = {}
    if days == 16:
        for layer in layers:
            first, last = _composite_span(layer.date)
            for period in P.periods_between(first, last):
                if period < first:
                    continue
                current = resolution.get(period)
                if current is None or current[1][0][0].date < layer.date:
                    resolution[period] = ("single", ((layer, 1.0),))
        if temporal_mapping == "linear":
            centres = []
            for layer in layers:
                first, last = _composite_span(layer.date)
                centres.append((_noon(first) + (last - first) / 2, layer))
            for period in list(resolution):
                mid = _noon(period) + dt.timedelta(days=(P.period_days(period) - 1) / 2.0)
                before = [(c, layer) for c, layer in centres if c <= mid]
                after = [(c, layer) for c, layer in centres if c > mid]
                if not before or not after:
                    continue
                (c0, l0), (c1, l1) = before[-1], after[0]
                span = (c1 - c0).total_seconds()
                if span > 17 * 86400:  # not neighbours: a composite is missing between them
                    continue
                w1 = (mid - c0).total_seconds() / span
                resolution[period] = ("linear", ((l0, 1.0 - w1), (l1, w1)))
        return resolution
    if days in (1, 4):
        grouped = {}
        for layer in layers:
            grouped.setdefault(P.period_start(layer.date), []).append(layer)
        modis_daily = days == 1 and any(m.platform for m in layers)
        for period, members in grouped.items():
            if modis_daily:
                mode = "daily"  # cloud gaps: a minimum number of valid days per pixel
            else:
                mode = "single" if len(members) == 1 else "mean"
            resolution[period] = (mode, tuple((m, 1.0 / len(members)) for m in members))
        return resolution
    grouped = {}
    for layer in layers:  # one layer per period, or Terra and Aqua versions of it
        grouped.setdefault(P.period_start(layer.date), []).append(layer)
    for period, members in grouped.items():
        mode = "single" if len(members) == 1 else "mean"
        resolution[period] = (mode, tuple((m, 1.0 / len(members)) for m in members))
    return resolution


def missing_days(series):
    """Days without a layer inside the 8-day periods of a daily MODIS series, per platform:
    {platform: [dates]} (a period is composited from the days present)."""
    if series.days != 1:
        return {}
    out = {}
    platforms = {layer.platform for layer in series.layers}
    for platform in platforms:
        have = {layer.date for layer in series.layers if layer.platform == platform}
        gaps = []
        for period in sorted(series.resolution):
            for offset in range(P.period_days(period)):
                day = period + dt.timedelta(days=offset)
                if day not in have:
                    gaps.append(day)
        if gaps:
            out[platform] = gaps
    return out


def yearly_layer(layers, period):
    """The layer of a yearly (dated static) series for ``period``'s year, and the year used
    instead when that year is not covered (nearest year), else None."""
    if period is None:
        return layers[-1], None
    by_year = {layer.date.year: layer for layer in layers}
    if period.year in by_year:
        return by_year[period.year], None
    nearest = min(by_year, key=lambda year: (abs(year - period.year), -year))
    return by_year[nearest], nearest
