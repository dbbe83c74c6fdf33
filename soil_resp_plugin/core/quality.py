"""Quality control of chamber soil respiration records, each step counted per site.

Records are the long table built by :mod:`core.observations` (one row per chamber
measurement, flux already in g C m-2 d-1, local naive timestamps). Every step appends rows to
a :class:`QCLog` so users see per site what was removed and why; the log becomes the
``QC_TABLE`` output.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import qc_faults
from .errors import InputError
from .units import FLUX_TO_GC_M2_D, FLUX_UNITS

UMOL_TO_GC = FLUX_TO_GC_M2_D["umol CO2 m-2 s-1"]
NEGATIVE_ACTIONS = ("keep", "drop", "zero")
MOISTURE_UNITS = ("auto", "fraction", "percent")
#: diel phase test: 'auto' excludes flagged chamber-months of ports listed in NEE_AS_RS and
#: warns for the others; 'exclude' excludes all flagged; 'warn' keeps all; 'off'
DIEL_ACTIONS = ("auto", "exclude", "warn", "off")
Q10_ACTIONS = ("warn", "exclude", "off")
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
    #: identical consecutive fluxes of a chamber: this many make a stuck run (0 = off)
    stuck_flux_records: int = 6
    #: identical consecutive soil temperature / moisture values lasting this long (0 = off)
    stuck_driver_hours: float = 48.0
    diel_phase: str = "auto"
    #: a block of months at this factor (or 1/factor) of a chamber's usual level (0 = off)
    level_shift_factor: float = 3.0
    q10_min: float = 1.0
    q10_max: float = 10.0
    q10_action: str = "warn"

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
        if int(self.stuck_flux_records) == 1 or self.stuck_flux_records < 0:
            raise InputError(
                f"A stuck run needs at least 2 identical values (found "
                f"{self.stuck_flux_records}); use 0 to switch the test off.",
                parameter="STUCK_FLUX_RECORDS",
            )
        if self.stuck_driver_hours < 0:
            raise InputError("The duration must be 0 (off) or positive.",
                             parameter="STUCK_DRIVER_HOURS")
        if self.level_shift_factor != 0 and self.level_shift_factor <= 1:
            raise InputError(
                f"A level shift factor of {self.level_shift_factor:g} would flag every month; "
                "use 0 (off) or a factor above 1 (default 3).", parameter="LEVEL_SHIFT_FACTOR",
            )
        for value, allowed, parameter in ((self.diel_phase, DIEL_ACTIONS, "DIEL_PHASE"),
                                          (self.q10_action, Q10_ACTIONS, "Q10_ACTION")):
            if value not in allowed:
                raise InputError(f"Unknown action '{value}'; use one of {', '.join(allowed)}.",
                                 parameter=parameter)
        if not 0 < self.q10_min < self.q10_max:
            raise InputError(
                f"The plausible Q10 range {self.q10_min:g}..{self.q10_max:g} is empty or not "
                "positive; the lowest plausible Q10 must be above 0 and below the highest "
                "(Q10_MAX).", parameter="Q10_MIN",
            )


class QCLog:
    """Per-site counts of every QC step, in the order the steps ran."""

    COLUMNS = ["site", "chamber", "step", "unit", "count", "remaining", "detail"]
    #: ``chamber`` of a row that counts all chambers of the site
    ALL = "all"

    def __init__(self, reporter):
        self.rows = []
        self.reporter = reporter

    def add(self, site, step, count, remaining, unit="records", detail="", chamber=ALL,
            log=True):
        self.rows.append(
            {"site": site, "chamber": str(chamber), "step": step, "unit": unit,
             "count": int(count), "remaining": int(remaining), "detail": detail}
        )
        if log:
            where = site if chamber == self.ALL else f"{site} chamber {chamber}"
            self.reporter.log(
                f"{where}: {step}: {int(count)} {unit}"
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
        rows = qc_table[(qc_table["step"] == step)
                        & ~qc_table["unit"].str.contains("kept", regex=False)]
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
            "stuck flux": ("STUCK_FLUX_RECORDS", "the fluxes repeat identical values; check "
                           "the flux column, or set STUCK_FLUX_RECORDS to 0 (off)"),
            "spikes": ("SPIKE_K", "raise SPIKE_K or set it to 0 (off)"),
            "diel phase": ("DIEL_PHASE", "the chambers' flux peaks at night against an "
                           "afternoon soil temperature maximum (plants in the chamber); import "
                           "plant-free soil respiration chambers, or choose 'Warn only' in "
                           "DIEL_PHASE"),
            "level shift": ("LEVEL_SHIFT_FACTOR", "raise LEVEL_SHIFT_FACTOR or set it to 0 "
                            "(off)"),
            "implausible Q10": ("Q10_ACTION", "widen Q10_MIN..Q10_MAX or choose 'Warn only' "
                                "in Q10_ACTION"),
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


def _chambers_of(rec):
    return sorted(rec["chamber"].astype(str).unique())


def _log_findings(log, site, step, rec, findings, removed, detail, unit="records",
                  all_chambers=True):
    """One QC row per chamber (only the flagged ones unless ``all_chambers``) for a fault
    test; ``rec`` are the site's records after the step (removed records already gone).
    Returns the number of records concerned."""
    per_chamber = {}
    for finding in findings:
        per_chamber.setdefault(finding.chamber, []).append(finding)
    total = 0
    chambers = set(per_chamber) | (set(_chambers_of(rec)) if all_chambers else set())
    for chamber in sorted(chambers):
        found = per_chamber.get(chamber, [])
        count = int(np.logical_or.reduce([f.mask.to_numpy() for f in found]).sum()) if found else 0
        total += count
        remaining = int((rec["chamber"].astype(str) == chamber).sum())
        text = "; ".join(f.detail for f in found) if found else detail
        log.add(site, step, count, remaining, unit=unit if removed else "records flagged, kept",
                detail=text, chamber=chamber, log=bool(found))
    if not findings and all_chambers:
        log.reporter.log(f"{site}: {step}: none ({detail})")
    return total


def _off(log, site, step, rec, why):
    log.add(site, step, 0, len(rec), detail=why)


def _stuck_flux(rec, settings, site, log):
    step = "stuck flux"
    if not settings.stuck_flux_records:
        _off(log, site, step, rec, "test off (STUCK_FLUX_RECORDS = 0)")
        return rec
    findings = qc_faults.stuck_values(rec, "flux", min_records=settings.stuck_flux_records)
    stuck = np.logical_or.reduce([f.mask.to_numpy() for f in findings] + [np.zeros(len(rec), bool)])
    rec = rec[~stuck]
    _log_findings(log, site, step, rec, findings, True,
                  f"runs of >= {int(settings.stuck_flux_records)} identical consecutive fluxes")
    return rec


def _stuck_drivers(rec, settings, site, log):
    for column, step in (("soil_temperature", "stuck soil temperature"),
                         ("soil_moisture", "stuck soil moisture")):
        if not settings.stuck_driver_hours:
            _off(log, site, step, rec, "test off (STUCK_DRIVER_HOURS = 0)")
            continue
        findings = qc_faults.stuck_values(rec, column, min_hours=settings.stuck_driver_hours)
        for finding in findings:
            rec.loc[finding.mask, column] = np.nan
        per_chamber = {}
        for finding in findings:
            per_chamber[finding.chamber] = finding
        for chamber in _chambers_of(rec):
            mine = rec["chamber"].astype(str) == chamber
            found = per_chamber.get(chamber)
            log.add(site, step, int(found.mask.sum()) if found else 0,
                    int(rec.loc[mine, column].notna().sum()), unit="values",
                    detail=(found.detail + ", set to missing (flux kept)" if found else
                            f"identical values lasting >= {settings.stuck_driver_hours:g} h"),
                    chamber=chamber, log=found is not None)
    return rec


def _diel_phase(rec, settings, site, log, nee_ports):
    step = "diel phase"
    if settings.diel_phase == "off":
        _off(log, site, step, rec, "test off (DIEL_PHASE = off)")
        return rec
    if rec["soil_temperature"].notna().sum() == 0:
        _off(log, site, step, rec, "not tested: no soil temperature")
        return rec
    findings = qc_faults.diel_phase(rec)
    removed, kept = [], []
    for finding in findings:
        listed = finding.chamber in nee_ports
        exclude = settings.diel_phase == "exclude" or (settings.diel_phase == "auto" and listed)
        (removed if exclude else kept).append(finding)
        origin = ("it is an NEE port you listed in NEE_AS_RS as soil respiration, but "
                  if listed else "")
        action = ("its records of that month are excluded" if exclude else
                  "its records are KEPT as soil respiration")
        log.reporter.warn(
            f"{site} chamber {finding.chamber}: {origin}its flux looks like net exchange of a "
            f"chamber with plants (uptake at midday), not soil respiration: {finding.detail}; "
            f"{action} (DIEL_PHASE = {settings.diel_phase})"
        )
    drop = np.logical_or.reduce([f.mask.to_numpy() for f in removed] + [np.zeros(len(rec), bool)])
    rec = rec[~drop]
    detail = ("no chamber-month whose flux peaks at night against an afternoon soil "
              "temperature maximum")
    _log_findings(log, site, step, rec, removed, True, detail)
    if kept:
        _log_findings(log, site, step, rec, kept, False, detail, all_chambers=False)
    return rec


def _level_shift(rec, settings, site, log):
    step = "level shift"
    if not settings.level_shift_factor:
        _off(log, site, step, rec, "test off (LEVEL_SHIFT_FACTOR = 0)")
        return rec
    findings, untested = qc_faults.level_shifts(rec, settings.level_shift_factor)
    for finding in findings:
        log.reporter.warn(f"{site} chamber {finding.chamber}: level shift: {finding.detail}; "
                          "those records are excluded (LEVEL_SHIFT_FACTOR)")
    for chamber, why in untested.items():
        log.reporter.log(f"{site} chamber {chamber}: level shift not tested: {why}")
    drop = np.logical_or.reduce([f.mask.to_numpy() for f in findings]
                                + [np.zeros(len(rec), bool)])
    rec = rec[~drop]
    _log_findings(log, site, step, rec, findings, True,
                  f"no block of months at >= {settings.level_shift_factor:g} x the chamber's "
                  "usual level against the other chambers or its temperature response")
    return rec


def _q10(rec, settings, site, log):
    step = "implausible Q10"
    if settings.q10_action == "off":
        _off(log, site, step, rec, "test off (Q10_ACTION = off)")
        return rec
    findings = qc_faults.implausible_q10(rec, settings.q10_min, settings.q10_max)
    exclude = settings.q10_action == "exclude"
    for finding in findings:
        log.reporter.warn(
            f"{site} chamber {finding.chamber}: implausible flux-temperature response: "
            f"{finding.detail}; "
            + ("those records are excluded" if exclude else "records kept") + " (Q10_ACTION)"
        )
    if exclude:
        drop = np.logical_or.reduce([f.mask.to_numpy() for f in findings]
                                    + [np.zeros(len(rec), bool)])
        rec = rec[~drop]
    _log_findings(log, site, step, rec, findings, exclude,
                  f"Q10 of each chamber-year with >= {qc_faults.Q10_MIN_DAYS} days over >= "
                  f"{qc_faults.Q10_MIN_TEMPERATURE_RANGE:g} degC inside "
                  f"{settings.q10_min:g}..{settings.q10_max:g}")
    return rec


def quality_control(records, settings, moisture_units, log, nee_ports=None):
    """Record-level QC; returns the kept records (soil moisture converted to fraction).

    ``moisture_units`` maps site -> 'fraction' | 'percent'; ``nee_ports`` maps site -> set of
    chambers accepted through NEE_AS_RS. Steps, per site: missing flux, physically impossible
    flux, soil temperature and moisture out of range (set to missing, the flux is kept),
    stuck flux, stuck soil temperature and moisture (set to missing), spikes per site,
    chamber and calendar month, diel phase, level shift, implausible Q10 (see
    :mod:`core.qc_faults`), negative fluxes. Fault tests add one QC row per chamber.
    """
    settings.check()
    nee_ports = nee_ports or {}
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

        rec = _stuck_flux(rec, settings, site, log)
        rec = _stuck_drivers(rec, settings, site, log)

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

        rec = _diel_phase(rec, settings, site, log, set(nee_ports.get(site, ())))
        rec = _level_shift(rec, settings, site, log)
        rec = _q10(rec, settings, site, log)

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


#: the QC steps of core.qc_faults, in the order they run
FAULT_STEPS = ("stuck flux", "stuck soil temperature", "stuck soil moisture", "diel phase",
               "level shift", "implausible Q10")


def summarise_fault_qc(qc_table, reporter):
    """One log line per site: what the fault tests removed (or flagged and kept), per step
    and chamber, so the import log says which records went and why."""
    faults = qc_table[qc_table["step"].isin(FAULT_STEPS) & (qc_table["count"] > 0)]
    for site in qc_table["site"].unique():
        mine = faults[faults["site"] == site]
        if mine.empty:
            reporter.log(f"{site}: fault QC (stuck sensors, diel phase, level shift, Q10) "
                         "found nothing")
            continue
        parts = [
            f"{r.step} chamber {r.chamber}: {r.count} {r.unit}"
            for r in mine.itertuples()
        ]
        reporter.log(f"{site}: fault QC summary: " + "; ".join(parts))
