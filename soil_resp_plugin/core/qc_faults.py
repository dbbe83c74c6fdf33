"""Tests for real chamber faults that record-level bounds and spike tests miss.

Each function looks at the records of ONE site (the long table of :mod:`core.quality`: site,
chamber, timestamp, flux in g C m-2 d-1, soil_temperature in degC, soil_moisture) and returns
what it found per chamber; :func:`core.quality.quality_control` decides what to remove and
counts it. Found on real COSORE data from Japan:

- **stuck sensors**: runs of identical values. A chamber flux is a fitted slope; identical
  consecutive values are a logger repeating its last value (real Teshio/Hokuroku fluxes never
  repeat more than 3 times). Soil moisture of real loggers can repeat for most of a day
  (Teshio: up to 22 h), so drivers are judged by the run's duration.
- **level shifts**: a chamber whose flux jumps to several times its level for some months or
  a year (Teshio port 1 in summer 2017 reads about 4 times its earlier summers). Spike tests
  work inside a chamber-month and cannot see it. The chamber's monthly medians are compared
  with the site's other chambers in the same month or, where the chamber is alone, with its
  own temperature response, so a warm summer (all chambers, or the temperature, rise too) is
  not a shift.
- **diel phase**: soil respiration follows soil temperature, which peaks in the afternoon. A
  flux that peaks at night and dips at midday is net exchange of a chamber with plants.
- **implausible Q10**: the daily flux-temperature response of a chamber-year outside a
  plausible range (Q10 < 1: flux falls as soil warms; Q10 > 10: no soil does that).
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .i18n import tr

#: a chamber-month needs this many records for its median to enter the level-shift test
LEVEL_MIN_MONTH_RECORDS = 24
#: monthly medians below this (g C m-2 d-1) count as this: winter fluxes near zero have
#: large ratios that mean nothing
LEVEL_FLOOR = 0.2
#: other chambers needed in a month to tell which chamber moved (with one other chamber a
#: change of their ratio could be either's)
LEVEL_MIN_OTHER_CHAMBERS = 2
#: the temperature reference needs this many months and this soil temperature range (degC)
LEVEL_MIN_TEMPERATURE_MONTHS = 4
LEVEL_MIN_TEMPERATURE_RANGE = 3.0
#: diel composites: days per chamber-month and hours of the day with data
DIEL_MIN_DAYS = 5
DIEL_MIN_HOURS = 18
#: soil temperature peaks in the afternoon; a flux maximum at night is the other end
DIEL_AFTERNOON = (10, 18)  # hours [start, end)
DIEL_NIGHT = (20, 6)  # 20 h .. 05 h
#: the diel cycle must be clear: soil temperature amplitude (degC), flux amplitude as a share
#: of the month's median flux and in g C m-2 d-1, and the composites anti-correlated
DIEL_MIN_TEMPERATURE_AMPLITUDE = 0.5
DIEL_MIN_RELATIVE_AMPLITUDE = 0.2
DIEL_MIN_FLUX_AMPLITUDE = 0.1
DIEL_MAX_CORRELATION = -0.5
#: a Q10 fit needs this many chamber-days with positive mean flux, each with this many
#: records, spanning this soil temperature range (degC)
Q10_MIN_DAYS = 30
Q10_MIN_RECORDS_PER_DAY = 3
Q10_MIN_TEMPERATURE_RANGE = 5.0


@dataclass
class Finding:
    """One flagged chamber (or chamber-period): which records and why."""

    chamber: str
    mask: pd.Series  #: True for the records concerned (index of the site's records)
    detail: str


def _runs(values):
    """Run id of consecutive identical values (NaN never joins a run)."""
    same = values.eq(values.shift()) & values.notna()
    return (~same).cumsum()


def stuck_values(rec, column, min_records=0, min_hours=0.0):
    """Findings for runs of identical consecutive ``column`` values per chamber, in time order,
    holding at least ``min_records`` records and lasting at least ``min_hours`` hours (each
    criterion used when > 0; a run needs 2 records at least)."""
    findings = []
    for chamber, group in rec.groupby("chamber", sort=True):
        group = group.sort_values("timestamp", kind="stable")
        values = group[column]
        run = _runs(values)
        size = run.map(run.value_counts())
        first = group.groupby(run)["timestamp"].transform("min")
        last = group.groupby(run)["timestamp"].transform("max")
        hours = (last - first).dt.total_seconds() / 3600.0
        stuck = values.notna() & (size >= max(2, int(min_records)))
        if min_hours > 0:
            stuck &= hours >= min_hours
        if stuck.any():
            runs = group[stuck].groupby(run[stuck])
            longest = runs.size().max()
            value = group.loc[stuck, column].iloc[0]
            findings.append(Finding(
                str(chamber), stuck.reindex(rec.index, fill_value=False),
                f"{runs.ngroups} run(s) of identical values, longest {int(longest)} records "
                f"(e.g. {value:.6g} from {group.loc[stuck, 'timestamp'].iloc[0]:%Y-%m-%d %H:%M})",
            ))
    return findings


# ----------------------------------------------------------------------------- level shifts


def _theil_sen(x, y):
    """Median of pairwise slopes and the median intercept (robust to a shifted block)."""
    i, j = np.triu_indices(len(x), k=1)
    dx = x[j] - x[i]
    keep = dx != 0
    if not keep.any():
        return 0.0, float(np.median(y))
    slope = float(np.median((y[j] - y[i])[keep] / dx[keep]))
    return slope, float(np.median(y - slope * x))


def monthly_levels(rec):
    """Chamber x calendar month: median flux, median soil temperature, records, and the level
    ln(max(median, LEVEL_FLOOR)); months with fewer than LEVEL_MIN_MONTH_RECORDS left out."""
    month = rec["timestamp"].dt.to_period("M")
    table = rec.groupby([rec["chamber"], month]).agg(
        flux=("flux", "median"), temperature=("soil_temperature", "median"),
        n=("flux", "size"),
    )
    table.index.names = ["chamber", "month"]
    table = table[table["n"] >= LEVEL_MIN_MONTH_RECORDS].copy()
    table["level"] = np.log(np.maximum(table["flux"], LEVEL_FLOOR))
    return table


def level_residuals(table, chamber):
    """Monthly level of ``chamber`` minus what the site says it should be, as a Series over
    months, and the reference used per month ('chambers' or 'temperature').

    Reference 1: the median level of the site's other chambers in the same month, when at
    least LEVEL_MIN_OTHER_CHAMBERS have one (a warm summer raises them too); the chamber's
    usual offset to them is removed (median over months). Reference 2, for months without another chamber: the chamber's own
    temperature response (Theil-Sen fit of level on monthly soil temperature, robust to a
    shifted block) when it has enough months and temperature range."""
    own = table.xs(chamber, level="chamber")
    others = table.drop(index=chamber, level="chamber")
    grouped = others.groupby(level="month")["level"]
    reference = grouped.median()[grouped.size() >= LEVEL_MIN_OTHER_CHAMBERS]
    by_chambers = (own["level"] - reference.reindex(own.index)).dropna()
    if len(by_chambers):
        by_chambers -= by_chambers.median()
    residual = pd.Series(np.nan, index=own.index)
    source = pd.Series("", index=own.index)
    residual[by_chambers.index] = by_chambers
    source[by_chambers.index] = "chambers"
    warm = own.dropna(subset=["temperature"])
    if (len(warm) >= LEVEL_MIN_TEMPERATURE_MONTHS and
            np.ptp(warm["temperature"]) >= LEVEL_MIN_TEMPERATURE_RANGE):
        slope, intercept = _theil_sen(warm["temperature"].to_numpy(float),
                                      warm["level"].to_numpy(float))
        by_temperature = warm["level"] - (intercept + slope * warm["temperature"])
        alone = by_temperature.index.difference(by_chambers.index)
        residual[alone] = by_temperature[alone]
        source[alone] = "temperature"
    keep = residual.notna()
    return residual[keep].sort_index(), source[keep].sort_index()


def find_level_shift(residual, factor):
    """The block of consecutive months whose median residual differs from the other
    months' median by at least ln(factor), with every month of the block on that side by at
    least half of it; of several, the one with the largest |difference| x sqrt(block x rest /
    months) (a long block counts more than one odd month). The block is the minority (fewer months than the rest; on a tie the
    later one): the chamber's usual level is the level it keeps most of the time.
    Returns (first index, end index, ratio, score) or None."""
    values = residual.to_numpy(float)
    n = len(values)
    threshold = np.log(factor)
    best = None
    for i in range(n):
        for j in range(i + 1, n + 1):
            size, rest = j - i, n - (j - i)
            if rest < 1 or size > rest or (size == rest and j != n):
                continue
            outside = np.concatenate([values[:i], values[j:]])
            base = np.median(outside)
            shift = np.median(values[i:j]) - base
            if abs(shift) < threshold:
                continue
            if not (np.sign(shift) * (values[i:j] - base) >= threshold / 2).all():
                continue
            score = abs(shift) * np.sqrt(size * rest / n)  # longer blocks weigh more
            if best is None or score > best[3]:
                best = (i, j, shift, score)
    if best is None:
        return None
    return best[0], best[1], float(np.exp(best[2])), float(best[3])


def level_shifts(rec, factor):
    """Findings (records of the shifted months) per chamber, and the chambers that could not
    be tested (no other chamber and no usable temperature) with the reason.

    Iterative: the strongest shift of all chambers is taken first and its months leave the
    table before the others are judged again, so one shifted chamber does not move the
    reference of its neighbours."""
    table = monthly_levels(rec)
    findings, untested = [], {}
    month = rec["timestamp"].dt.to_period("M")
    for _ in range(table.index.get_level_values("chamber").nunique()):
        best = None
        for chamber in sorted(table.index.get_level_values("chamber").unique()):
            residual, source = level_residuals(table, chamber)
            if len(residual) < 2:
                untested[chamber] = tr("fewer than 2 months with a reference (other chambers "
                                       "or soil temperature)")
                continue
            found = find_level_shift(residual, factor)
            if found is not None and (best is None or found[3] > best[1][3]):
                best = (chamber, found, residual, source)
        if best is None:
            break
        chamber, (i, j, ratio, _), residual, source = best
        first, last = residual.index[i], residual.index[j - 1]
        mask = (rec["chamber"] == chamber) & (month >= first) & (month <= last)
        used = ", ".join(sorted(set(source.iloc[i:j])))
        span = str(first) if first == last else f"{first} to {last}"
        findings.append(Finding(
            str(chamber), mask,
            f"monthly median flux {span} is {ratio:.2g} x the chamber's other months "
            f"relative to the site's {used.replace('chambers', 'other chambers')} "
            f"(threshold {factor:g} x)",
        ))
        months = table.index.get_level_values("month")
        chambers = table.index.get_level_values("chamber")
        table = table[~((chambers == chamber) & (months >= first) & (months <= last))]
    return findings, untested


# ----------------------------------------------------------------------------- diel phase


def _peak_hour(profile):
    """Hour of the maximum of a 24-h composite smoothed by a circular 3-hour mean."""
    values = profile.to_numpy(float)
    smooth = np.nanmean(np.vstack([np.roll(values, -1), values, np.roll(values, 1)]), axis=0)
    return int(profile.index[int(np.nanargmax(smooth))]), smooth


def _in_hours(hour, window):
    start, end = window
    return start <= hour < end if start < end else (hour >= start or hour < end)


def diel_phase(rec):
    """Findings for chamber-months whose hourly flux composite peaks at night while the soil
    temperature composite peaks in the afternoon, with a clear, anti-correlated cycle."""
    findings = []
    data = rec.dropna(subset=["soil_temperature"])
    if data.empty:
        return findings
    month = data["timestamp"].dt.to_period("M")
    hour = data["timestamp"].dt.hour
    day = data["timestamp"].dt.normalize()
    for (chamber, period), group in data.groupby([data["chamber"], month], sort=True):
        if day[group.index].nunique() < DIEL_MIN_DAYS:
            continue
        hours = hour[group.index]
        flux = group["flux"].groupby(hours).median().reindex(range(24))
        temperature = group["soil_temperature"].groupby(hours).median().reindex(range(24))
        both = flux.notna() & temperature.notna()
        if both.sum() < DIEL_MIN_HOURS:
            continue
        flux_peak, flux_smooth = _peak_hour(flux)
        t_peak, t_smooth = _peak_hour(temperature)
        t_amplitude = np.nanmax(t_smooth) - np.nanmin(t_smooth)
        f_amplitude = np.nanmax(flux_smooth) - np.nanmin(flux_smooth)
        level = abs(float(group["flux"].median()))
        correlation = float(np.corrcoef(flux[both], temperature[both])[0, 1])
        if (_in_hours(t_peak, DIEL_AFTERNOON) and _in_hours(flux_peak, DIEL_NIGHT)
                and t_amplitude >= DIEL_MIN_TEMPERATURE_AMPLITUDE
                and f_amplitude >= max(DIEL_MIN_FLUX_AMPLITUDE,
                                       DIEL_MIN_RELATIVE_AMPLITUDE * level)
                and correlation <= DIEL_MAX_CORRELATION):
            low = int(flux.index[int(np.nanargmin(flux_smooth))])
            mask = (rec["chamber"] == chamber) & (rec["timestamp"].dt.to_period("M") == period)
            findings.append(Finding(
                str(chamber), mask,
                f"{period}: flux peaks at {flux_peak:02d} h and is lowest at {low:02d} h while "
                f"soil temperature peaks at {t_peak:02d} h (correlation of the hourly "
                f"composites {correlation:.2f}; flux amplitude {f_amplitude:.2g} g C m-2 d-1)",
            ))
    return findings


# ----------------------------------------------------------------------------- Q10


def q10_fits(rec, min_records_per_day=Q10_MIN_RECORDS_PER_DAY):
    """Q10 per chamber and calendar year from chamber-day means: least squares of
    ln(daily mean flux) on daily mean soil temperature over days with a positive mean.
    Returns a DataFrame (chamber, year, q10, n_days, t_min, t_max); chamber-years with fewer
    than Q10_MIN_DAYS days or less than Q10_MIN_TEMPERATURE_RANGE degC are left out."""
    data = rec.dropna(subset=["soil_temperature"])
    rows = []
    if data.empty:
        return pd.DataFrame(rows, columns=["chamber", "year", "q10", "n_days", "t_min", "t_max"])
    daily = data.groupby([data["chamber"], data["timestamp"].dt.normalize()]).agg(
        flux=("flux", "mean"), temperature=("soil_temperature", "mean"), n=("flux", "size"))
    daily.index.names = ["chamber", "day"]
    daily = daily.reset_index()
    daily = daily[(daily["n"] >= min_records_per_day) & (daily["flux"] > 0)]
    for (chamber, year), group in daily.groupby([daily["chamber"], daily["day"].dt.year]):
        t = group["temperature"].to_numpy(float)
        if len(group) < Q10_MIN_DAYS or np.ptp(t) < Q10_MIN_TEMPERATURE_RANGE:
            continue
        slope = np.polyfit(t, np.log(group["flux"].to_numpy(float)), 1)[0]
        rows.append({"chamber": str(chamber), "year": int(year),
                     "q10": float(np.exp(10.0 * slope)), "n_days": len(group),
                     "t_min": float(t.min()), "t_max": float(t.max())})
    return pd.DataFrame(rows, columns=["chamber", "year", "q10", "n_days", "t_min", "t_max"])


def implausible_q10(rec, q10_min, q10_max):
    """Findings (records of the chamber-year) for fitted Q10 outside q10_min..q10_max."""
    findings = []
    for fit in q10_fits(rec).itertuples():
        if q10_min <= fit.q10 <= q10_max:
            continue
        mask = (rec["chamber"] == fit.chamber) & (rec["timestamp"].dt.year == fit.year)
        findings.append(Finding(
            fit.chamber, mask,
            f"{fit.year}: Q10 = {fit.q10:.3g} from {fit.n_days} days at "
            f"{fit.t_min:.1f}..{fit.t_max:.1f} degC (plausible {q10_min:g}..{q10_max:g})",
        ))
    return findings
