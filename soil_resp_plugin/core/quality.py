"""Quality control of chamber soil respiration records, each step counted per site.

Records are the long table built by :mod:`core.observations` (one row per chamber
measurement, flux already in g C m-2 d-1, local naive timestamps). Every step appends rows to
a :class:`QCLog` so users see per site what was removed and why; the log becomes the
``QC_TABLE`` output.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .errors import InputError
from .units import FLUX_TO_GC_M2_D, FLUX_UNITS

UMOL_TO_GC = FLUX_TO_GC_M2_D["umol CO2 m-2 s-1"]
NEGATIVE_ACTIONS = ("keep", "drop", "zero")
MOISTURE_UNITS = ("auto", "fraction", "percent")
#: a robust spike test needs enough values per group to estimate median and MAD
SPIKE_MIN_GROUP = 10
#: MAD x 1.4826 estimates the standard deviation of normally distributed values
MAD_TO_SD = 1.4826
#: typical site-mean soil respiration, g C m-2 d-1: a median outside is a unit suspect
PLAUSIBLE_SR = (0.05, 30.0)
#: share of a site's fluxes outside FLUX_MIN..FLUX_MAX that means a wrong unit, not bad records
MOSTLY_OUT_OF_RANGE = 0.5
#: share of negative fluxes of a site that means a sign convention (uptake positive)
MOSTLY_NEGATIVE = 0.9


@dataclass
class QCSettings:
    """Thresholds of the quality control. Flux bounds are in umol CO2 m-2 s-1 (the unit
    chamber systems report) whatever the input unit; ``spike_k = 0`` disables the spike test."""

    flux_min: float = -5.0
    flux_max: float = 50.0
    temperature_min: float = -40.0
    temperature_max: float = 60.0
    spike_k: float = 5.0
    negative: str = "keep"
    min_records_per_day: int = 3
    min_days_per_period: int = 2

    def check(self):
        if self.flux_min >= self.flux_max:
            raise InputError(
                f"The flux minimum ({self.flux_min}) must be below the maximum ({self.flux_max}).",
                parameter="FLUX_MIN",
            )
        if self.spike_k < 0:
            raise InputError("The spike factor k must be 0 (off) or positive.", parameter="SPIKE_K")
        if self.negative not in NEGATIVE_ACTIONS:
            raise InputError(
                f"Unknown action for negative fluxes '{self.negative}'; use one of "
                f"{', '.join(NEGATIVE_ACTIONS)}.",
                parameter="NEGATIVE_FLUX",
            )
        if int(self.min_records_per_day) < 1:
            raise InputError(
                "At least 1 record per day is needed.", parameter="MIN_RECORDS_PER_DAY"
            )
        if int(self.min_days_per_period) < 1:
            raise InputError(
                "At least 1 day per period is needed.", parameter="MIN_DAYS_PER_PERIOD"
            )


class QCLog:
    """Per-site counts of every QC step, in the order the steps ran."""

    COLUMNS = ["site", "step", "unit", "count", "remaining", "detail"]

    def __init__(self, reporter):
        self.rows = []
        self.reporter = reporter

    def add(self, site, step, count, remaining, unit="records", detail=""):
        self.rows.append(
            {"site": site, "step": step, "unit": unit, "count": int(count),
             "remaining": int(remaining), "detail": detail}
        )
        self.reporter.log(
            f"{site}: {step}: {int(count)} {unit}"
            + (f" ({detail})" if detail else "") + f"; {int(remaining)} {unit} remain"
        )

    def frame(self):
        return pd.DataFrame(self.rows, columns=self.COLUMNS)


def plausible_units(raw_median, flux_min=None, flux_max=None):
    """Units under which a median flux ``raw_median`` (in the unknown input unit) is a typical
    soil respiration (PLAUSIBLE_SR) and, when given, inside flux_min..flux_max (umol)."""
    out = []
    for unit in FLUX_UNITS:
        value = abs(raw_median) * FLUX_TO_GC_M2_D[unit]
        inside = flux_min is None or flux_min * UMOL_TO_GC <= value <= flux_max * UMOL_TO_GC
        if PLAUSIBLE_SR[0] <= value <= PLAUSIBLE_SR[1] and inside:
            out.append((unit, value))
    return out


def check_flux_signs(records, origins):
    """Stop when (nearly) all fluxes of a site are negative: an uptake-positive sign convention.

    ``origins`` maps site -> (parameter, path, how to flip) for the message."""
    problems = []
    for site, flux in records.groupby("site", sort=True)["flux"]:
        flux = flux.dropna()
        if len(flux) >= 3 and (flux < 0).mean() > MOSTLY_NEGATIVE:
            problems.append((site, int((flux < 0).sum()), len(flux), float(flux.median())))
    if not problems:
        return
    site = problems[0][0]
    parameter, path, flip = origins.get(site, ("TABLE", None, "flip the sign of the fluxes"))
    shown = "; ".join(f"{s}: {neg} of {n} negative (median {med:.3g} g C m-2 d-1)"
                      for s, neg, n, med in problems[:5])
    more = f" and {len(problems) - 5} more site(s)" if len(problems) > 5 else ""
    raise InputError(
        f"Nearly all fluxes are negative at {len(problems)} site(s): {shown}{more}. Soil "
        "respiration is an efflux (positive); these values probably follow a sign convention "
        f"where efflux is negative (e.g. uptake-positive exports). {flip[:1].upper()}{flip[1:]} "
        "and run again. The 'Negative fluxes' (NEGATIVE_FLUX) choices do not fix a sign "
        "convention: they would keep, drop or zero every record.",
        parameter=parameter, path=path,
    )


def check_flux_magnitudes(records, settings, site_units, origins, reporter=None):
    """Stop when most fluxes of a site fall outside FLUX_MIN..FLUX_MAX: a wrong flux unit,
    not bad records. Names the share, the median in the input unit and the units under which
    the values are plausible. ``site_units`` maps site -> input flux unit; ``origins`` maps
    site -> (parameter, path, label of the unit setting)."""
    lo, hi = settings.flux_min * UMOL_TO_GC, settings.flux_max * UMOL_TO_GC
    problems = []
    for site, flux in records.groupby("site", sort=True)["flux"]:
        flux = flux.dropna()
        if flux.empty:
            continue
        outside = float(((flux < lo) | (flux > hi)).mean())
        unit = site_units.get(site, "umol CO2 m-2 s-1")
        raw = float(flux.median()) / FLUX_TO_GC_M2_D[unit]
        if outside > MOSTLY_OUT_OF_RANGE:
            problems.append((site, outside, len(flux), raw, unit))
        elif outside > 0.1 and reporter is not None:
            reporter.warn(
                f"{site}: {outside:.0%} of {len(flux)} fluxes are outside "
                f"{settings.flux_min:g}..{settings.flux_max:g} umol CO2 m-2 s-1 (FLUX_MIN, "
                f"FLUX_MAX) and will be removed; median {raw:.4g} {unit}"
            )
    if not problems:
        return
    site, _, _, _, unit = problems[0]
    parameter, path, setting = origins.get(site, ("FLUX_UNIT", None, "the flux unit"))
    shown = "; ".join(f"{s}: {share:.1%} of {n} outside, median {raw:.4g} {u}"
                      for s, share, n, raw, u in problems[:5])
    more = f" and {len(problems) - 5} more site(s)" if len(problems) > 5 else ""
    suspects = plausible_units(np.median([p[3] for p in problems]), settings.flux_min,
                               settings.flux_max)
    suspects = [(u, v) for u, v in suspects if u != unit]
    if suspects:
        guess = ("The values are plausible soil respiration "
                 f"({PLAUSIBLE_SR[0]:g}-{PLAUSIBLE_SR[1]:g} g C m-2 d-1) if they are in "
                 + " or ".join(f"{u} (median {v:.3g} g C m-2 d-1)" for u, v in suspects)
                 + (f": choose that unit in {setting}." if setting else
                    "; COSORE data.csv fluxes must be umol CO2 m-2 s-1, so check the dataset."))
    else:
        guess = (f"No supported unit makes the median a plausible soil respiration "
                 f"({PLAUSIBLE_SR[0]:g}-{PLAUSIBLE_SR[1]:g} g C m-2 d-1): check the flux "
                 "column (FLUX_FIELD) and the unit.")
    raise InputError(
        f"Most fluxes are outside the physical range {settings.flux_min:g}.."
        f"{settings.flux_max:g} umol CO2 m-2 s-1 (FLUX_MIN, FLUX_MAX) when read as {unit} "
        f"({shown}{more}), so the unit is probably wrong. {guess} Widen FLUX_MIN/FLUX_MAX only "
        "if such fluxes are real.",
        parameter=parameter, path=path,
    )


def empty_result_advice(qc_table, settings):
    """(message, parameter) for an import where no period survived: the step that removed the
    data and the setting that controls it (never MIN_RECORDS_PER_DAY when the records were
    already gone)."""
    def total(step, column="count"):
        rows = qc_table[qc_table["step"] == step]
        return int(rows[column].sum()) if len(rows) else 0

    read = total("input records")
    left = total("negative flux", "remaining")
    if read and left == 0:
        steps = {
            "missing flux": ("FLUX_FIELD", "the flux column has no numeric values; choose "
                             "the flux column in FLUX_FIELD"),
            "physically impossible flux": (
                "FLUX_UNIT", f"check the flux unit (FLUX_UNIT) and the bounds "
                f"{settings.flux_min:g}..{settings.flux_max:g} umol CO2 m-2 s-1 (FLUX_MIN, "
                "FLUX_MAX)"),
            "spikes": ("SPIKE_K", "raise SPIKE_K or set it to 0 (off)"),
            "negative flux": ("NEGATIVE_FLUX", "choose Keep in NEGATIVE_FLUX, or flip the sign "
                              "of the flux column if efflux is negative in your table"),
        }
        removed = {step: total(step) for step in steps}
        if settings.negative != "drop":
            removed["negative flux"] = 0
        step = max(removed, key=removed.get)
        parameter, advice = steps[step]
        counts = ", ".join(f"{s}: {n}" for s, n in removed.items() if n)
        return (f"No record passed quality control: of {read} records, {counts} were "
                f"removed. Most went at the '{step}' step: {advice}.", parameter)
    days_kept = total("days with too few records", "remaining")
    if days_kept == 0:
        return (f"{left} records passed quality control, but no chamber has "
                f"{int(settings.min_records_per_day)} records on any day. For manual (survey) "
                "measurements set MIN_RECORDS_PER_DAY to 1.", "MIN_RECORDS_PER_DAY")
    return (f"{days_kept} chamber-days passed, but no 8-day period has "
            f"{int(settings.min_days_per_period)} valid days. Lower MIN_DAYS_PER_PERIOD "
            "(1 keeps single days) or import more days.", "MIN_DAYS_PER_PERIOD")


def mixed_moisture_scales(values):
    """(n fraction-like, n percent-like) when one site's soil moisture mixes a 0..1 fraction
    with percent (e.g. a logger change), else None. Mixed means both groups hold at least
    3 values and 5 % of the site's values and the fraction group x 100 falls inside the percent
    group's range, i.e. it looks like the same moisture on the other scale (very dry percent
    data has its few values below 1 at the bottom of a range, not at the percent values / 100).
    """
    values = pd.to_numeric(pd.Series(values), errors="coerce").dropna()
    values = values[np.isfinite(values) & (values >= 0)]
    low, high = values[(values > 0) & (values <= 1.0)], values[values > 1.5]
    enough = max(3, 0.05 * len(values))
    if len(low) < enough or len(high) < enough:
        return None
    scaled = float(low.median()) * 100.0
    if float(high.quantile(0.05)) <= scaled <= float(high.quantile(0.95)):
        return len(low), len(high)
    return None


def detect_moisture_unit(values, site, choice="auto", reporter=None):
    """``'fraction'`` or ``'percent'`` for one site's soil moisture values.

    Auto-detection only decides when the answer is unambiguous: all values <= 1 is a
    fraction; a median above 1.5 cannot be a volumetric fraction, so it is percent.
    Anything else (a few values above 1, or very dry percent data) stops the import, because
    guessing wrong would silently scale the site by 100.
    """
    if choice not in MOISTURE_UNITS:
        raise InputError(f"Unknown soil moisture unit '{choice}'.", parameter="SOIL_MOISTURE_UNIT")
    values = pd.to_numeric(pd.Series(values), errors="coerce").dropna()
    values = values[np.isfinite(values)]
    mixed = mixed_moisture_scales(values)
    if mixed:
        low = values[(values > 0) & (values <= 1.0)]
        high = values[values > 1.5]
        raise InputError(
            f"Site {site}: soil moisture mixes two scales: {mixed[0]} values between 0 and 1 "
            f"(median {low.median():.3g}, a volumetric fraction) and {mixed[1]} values above "
            f"1.5 (median {high.median():.3g}, percent), e.g. after a logger change. No "
            "choice of SOIL_MOISTURE_UNIT reads both correctly: convert the site's values to "
            "one scale in the table (or leave SOIL_MOISTURE_FIELD empty to import without soil "
            "moisture).",
            parameter="SOIL_MOISTURE_UNIT",
        )
    if choice != "auto" or values.empty:
        return "fraction" if choice == "auto" else choice
    top, median = float(values.max()), float(values.median())
    if top <= 1.0:
        unit = "fraction"
    elif median > 1.5:
        unit = "percent"
    else:
        raise InputError(
            f"Site {site}: cannot tell whether soil moisture is a volumetric fraction or percent "
            f"(median {median:.3g}, maximum {top:.3g}: values above 1 are impossible as a "
            "fraction, "
            "but the median is too low for percent). Choose the unit in SOIL_MOISTURE_UNIT "
            "(values outside 0-1 after conversion are then removed by quality control).",
            parameter="SOIL_MOISTURE_UNIT",
        )
    if reporter is not None:
        reporter.log(
            f"{site}: soil moisture detected as {unit} (median {median:.3g}, maximum {top:.3g})"
        )
    return unit


def _robust_outliers(values, groups, k):
    """Boolean mask of values farther than k x MAD-based SD from their group's median."""
    frame = pd.DataFrame({"v": values.to_numpy()}, index=values.index)
    keys = [g.to_numpy() for g in groups]
    grouped = frame.groupby(keys, sort=False)["v"]
    median = grouped.transform("median")
    deviation = (frame["v"] - median).abs()
    mad = deviation.groupby(keys, sort=False).transform("median") * MAD_TO_SD
    size = grouped.transform("size")
    return (size >= SPIKE_MIN_GROUP) & (mad > 0) & (deviation > k * mad)


def quality_control(records, settings, moisture_units, log):
    """Record-level QC; returns the kept records (soil moisture converted to fraction).

    ``moisture_units`` maps site -> 'fraction' | 'percent'. Steps, per site: missing flux,
    physically impossible flux, soil temperature and moisture out of range (set to missing,
    the flux is kept), spikes per site, chamber and calendar month, negative fluxes.
    """
    settings.check()
    kept = []
    lo, hi = settings.flux_min * UMOL_TO_GC, settings.flux_max * UMOL_TO_GC
    for site, rec in records.groupby("site", sort=False):
        rec = rec.copy()
        log.add(site, "input records", len(rec), len(rec), detail="soil respiration records read")

        missing = rec["flux"].isna()
        rec = rec[~missing]
        log.add(site, "missing flux", missing.sum(), len(rec), detail="empty or non-numeric")

        impossible = (rec["flux"] < lo) | (rec["flux"] > hi)
        rec = rec[~impossible]
        log.add(
            site, "physically impossible flux", impossible.sum(), len(rec),
            detail=f"outside {settings.flux_min:g}..{settings.flux_max:g} umol CO2 m-2 s-1",
        )

        temperature = rec["soil_temperature"]
        bad_t = temperature.notna() & (
            (temperature < settings.temperature_min) | (temperature > settings.temperature_max)
        )
        rec.loc[bad_t, "soil_temperature"] = np.nan
        log.add(
            site, "soil temperature out of range", bad_t.sum(),
            int(rec["soil_temperature"].notna().sum()),
            detail=f"outside {settings.temperature_min:g}..{settings.temperature_max:g} degC, "
            "set to missing (flux kept)",
        )

        unit = moisture_units.get(site, "fraction")
        if unit == "percent":
            rec["soil_moisture"] = rec["soil_moisture"] / 100.0
        moisture = rec["soil_moisture"]
        bad_m = moisture.notna() & ((moisture < 0.0) | (moisture > 1.0))
        rec.loc[bad_m, "soil_moisture"] = np.nan
        log.add(
            site, "soil moisture out of range", bad_m.sum(),
            int(rec["soil_moisture"].notna().sum()),
            detail=f"outside 0..1 m3 m-3 (input unit: {unit}), set to missing (flux kept)",
        )

        if settings.spike_k > 0 and len(rec):
            month = rec["timestamp"].dt.to_period("M").astype(str)
            spikes = _robust_outliers(rec["flux"], [rec["chamber"], month], settings.spike_k)
            rec = rec[~spikes.to_numpy()]
            log.add(
                site, "spikes", spikes.sum(), len(rec),
                detail=f"|flux - median| > {settings.spike_k:g} x 1.4826 MAD per chamber and month",
            )
        else:
            log.add(site, "spikes", 0, len(rec), detail="spike test off (SPIKE_K = 0)")

        negative = rec["flux"] < 0
        if settings.negative == "drop":
            rec = rec[~negative]
            action = "dropped"
        elif settings.negative == "zero":
            rec.loc[negative, "flux"] = 0.0
            action = "set to zero"
        else:
            action = "kept"
        log.add(site, "negative flux", negative.sum(), len(rec), detail=action)
        kept.append(rec)
    if not kept:
        return records.iloc[0:0]
    return pd.concat(kept, ignore_index=True)
