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
from .i18n import tr
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
                tr("The flux minimum ({low}) must be below the maximum ({high}).").format(
                    low=self.flux_min, high=self.flux_max),
                parameter="FLUX_MIN",
            )
        if self.spike_k < 0:
            raise InputError(tr("The spike factor k must be 0 (off) or positive."),
                             parameter="SPIKE_K")
        if self.negative not in NEGATIVE_ACTIONS:
            raise InputError(
                tr("Unknown action for negative fluxes '{action}'; use one of {choices}.").format(
                    action=self.negative, choices=", ".join(NEGATIVE_ACTIONS)),
                parameter="NEGATIVE_FLUX",
            )
        if int(self.min_records_per_day) < 1:
            raise InputError(
                tr("At least 1 record per day is needed."), parameter="MIN_RECORDS_PER_DAY"
            )
        if int(self.min_days_per_period) < 1:
            raise InputError(
                tr("At least 1 day per period is needed."), parameter="MIN_DAYS_PER_PERIOD"
            )
        if int(self.stuck_flux_records) == 1 or self.stuck_flux_records < 0:
            raise InputError(
                tr("A stuck run needs at least 2 identical values (found {found}); use 0 to "
                   "switch the test off.").format(found=self.stuck_flux_records),
                parameter="STUCK_FLUX_RECORDS",
            )
        if self.stuck_driver_hours < 0:
            raise InputError(tr("The duration must be 0 (off) or positive."),
                             parameter="STUCK_DRIVER_HOURS")
        if self.level_shift_factor != 0 and self.level_shift_factor <= 1:
            raise InputError(
                tr("A level shift factor of {factor:g} would flag every month; use 0 (off) or a "
                   "factor above 1 (default 3).").format(factor=self.level_shift_factor),
                parameter="LEVEL_SHIFT_FACTOR",
            )
        for value, allowed, parameter in ((self.diel_phase, DIEL_ACTIONS, "DIEL_PHASE"),
                                          (self.q10_action, Q10_ACTIONS, "Q10_ACTION")):
            if value not in allowed:
                raise InputError(tr("Unknown action '{action}'; use one of {choices}.").format(
                    action=value, choices=", ".join(allowed)), parameter=parameter)
        if not 0 < self.q10_min < self.q10_max:
            raise InputError(
                tr("The plausible Q10 range {low:g}..{high:g} is empty or not positive; the "
                   "lowest plausible Q10 must be above 0 and below the highest (Q10_MAX).").format(
                    low=self.q10_min, high=self.q10_max), parameter="Q10_MIN",
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
            where = site if chamber == self.ALL else tr("{site} chamber {chamber}").format(
                site=site, chamber=chamber)
            if detail:
                line = tr("{where}: {step}: {count} {unit} ({detail}); {remaining} {unit} remain")
            else:
                line = tr("{where}: {step}: {count} {unit}; {remaining} {unit} remain")
            self.reporter.log(line.format(where=where, step=step, count=int(count), unit=unit,
                                          detail=detail, remaining=int(remaining)))

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
    parameter, path, flip = origins.get(site, ("TABLE", None,
                                               tr("flip the sign of the fluxes")))
    shown = "; ".join(tr("{site}: {negative} of {n} negative (median {median:.3g} g C m-2 d-1)")
                      .format(site=s, negative=neg, n=n, median=med)
                      for s, neg, n, med in problems[:5])
    more = (tr(" and {n} more site(s)").format(n=len(problems) - 5) if len(problems) > 5
            else "")
    raise InputError(
        tr("Nearly all fluxes are negative at {n} site(s): {shown}{more}. Soil respiration is "
           "an efflux (positive); these values probably follow a sign convention where efflux "
           "is negative (e.g. uptake-positive exports). {flip} and run again. The 'Negative "
           "fluxes' (NEGATIVE_FLUX) choices do not fix a sign convention: they would keep, "
           "drop or zero every record.").format(
            n=len(problems), shown=shown, more=more, flip=flip[:1].upper() + flip[1:]),
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
                tr("{site}: {share:.0%} of {n} fluxes are outside {low:g}..{high:g} umol CO2 "
                   "m-2 s-1 (FLUX_MIN, FLUX_MAX) and will be removed; median {median:.4g} "
                   "{unit}").format(site=site, share=outside, n=len(flux),
                                    low=settings.flux_min, high=settings.flux_max,
                                    median=raw, unit=unit)
            )
    if not problems:
        return
    site, _, _, _, unit = problems[0]
    parameter, path, setting = origins.get(site, ("FLUX_UNIT", None, tr("the flux unit")))
    shown = "; ".join(tr("{site}: {share:.1%} of {n} outside, median {median:.4g} {unit}")
                      .format(site=s, share=share, n=n, median=raw, unit=u)
                      for s, share, n, raw, u in problems[:5])
    more = (tr(" and {n} more site(s)").format(n=len(problems) - 5) if len(problems) > 5
            else "")
    suspects = plausible_units(np.median([p[3] for p in problems]), settings.flux_min,
                               settings.flux_max)
    suspects = [(u, v) for u, v in suspects if u != unit]
    if suspects:
        units = tr(" or ").join(tr("{unit} (median {median:.3g} g C m-2 d-1)").format(
            unit=u, median=v) for u, v in suspects)
        if setting:
            guess = tr("The values are plausible soil respiration ({low:g}-{high:g} g C m-2 "
                       "d-1) if they are in {units}: choose that unit in {setting}.")
        else:
            guess = tr("The values are plausible soil respiration ({low:g}-{high:g} g C m-2 "
                       "d-1) if they are in {units}; COSORE data.csv fluxes must be umol CO2 "
                       "m-2 s-1, so check the dataset.")
        guess = guess.format(low=PLAUSIBLE_SR[0], high=PLAUSIBLE_SR[1], units=units,
                             setting=setting)
    else:
        guess = tr("No supported unit makes the median a plausible soil respiration "
                   "({low:g}-{high:g} g C m-2 d-1): check the flux column (FLUX_FIELD) and the "
                   "unit.").format(low=PLAUSIBLE_SR[0], high=PLAUSIBLE_SR[1])
    raise InputError(
        tr("Most fluxes are outside the physical range {low:g}..{high:g} umol CO2 m-2 s-1 "
           "(FLUX_MIN, FLUX_MAX) when read as {unit} ({shown}{more}), so the unit is probably "
           "wrong. {guess} Widen FLUX_MIN/FLUX_MAX only if such fluxes are real.").format(
            low=settings.flux_min, high=settings.flux_max, unit=unit, shown=shown, more=more,
            guess=guess),
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
            "missing flux": ("FLUX_FIELD", tr("the flux column has no numeric values; choose "
                                              "the flux column in FLUX_FIELD")),
            "physically impossible flux": (
                "FLUX_UNIT", tr("check the flux unit (FLUX_UNIT) and the bounds {low:g}..{high:g} "
                                "umol CO2 m-2 s-1 (FLUX_MIN, FLUX_MAX)").format(
                    low=settings.flux_min, high=settings.flux_max)),
            "stuck flux": ("STUCK_FLUX_RECORDS", tr("the fluxes repeat identical values; check "
                                                    "the flux column, or set STUCK_FLUX_RECORDS "
                                                    "to 0 (off)")),
            "spikes": ("SPIKE_K", tr("raise SPIKE_K or set it to 0 (off)")),
            "diel phase": ("DIEL_PHASE", tr("the chambers' flux peaks at night against an "
                                            "afternoon soil temperature maximum (plants in the "
                                            "chamber); import plant-free soil respiration "
                                            "chambers, or choose 'Warn only' in DIEL_PHASE")),
            "level shift": ("LEVEL_SHIFT_FACTOR", tr("raise LEVEL_SHIFT_FACTOR or set it to 0 "
                                                     "(off)")),
            "implausible Q10": ("Q10_ACTION", tr("widen Q10_MIN..Q10_MAX or choose 'Warn only' "
                                                 "in Q10_ACTION")),
            "negative flux": ("NEGATIVE_FLUX", tr("choose Keep in NEGATIVE_FLUX, or flip the "
                                                  "sign of the flux column if efflux is "
                                                  "negative in your table")),
        }
        removed = {step: total(step) for step in steps}
        if settings.negative != "drop":
            removed["negative flux"] = 0
        step = max(removed, key=removed.get)
        parameter, advice = steps[step]
        counts = ", ".join(f"{s}: {n}" for s, n in removed.items() if n)
        return (tr("No record passed quality control: of {read} records, {counts} were "
                   "removed. Most went at the '{step}' step: {advice}.").format(
                    read=read, counts=counts, step=step, advice=advice), parameter)
    days_kept = total("days with too few records", "remaining")
    if days_kept == 0:
        return (tr("{left} records passed quality control, but no chamber has {n} records on "
                   "any day. For manual (survey) measurements set MIN_RECORDS_PER_DAY to 1.")
                .format(left=left, n=int(settings.min_records_per_day)), "MIN_RECORDS_PER_DAY")
    return (tr("{days} chamber-days passed, but no 8-day period has {n} valid days. Lower "
               "MIN_DAYS_PER_PERIOD (1 keeps single days) or import more days.").format(
                days=days_kept, n=int(settings.min_days_per_period)), "MIN_DAYS_PER_PERIOD")


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
        raise InputError(tr("Unknown soil moisture unit '{unit}'.").format(unit=choice),
                         parameter="SOIL_MOISTURE_UNIT")
    values = pd.to_numeric(pd.Series(values), errors="coerce").dropna()
    values = values[np.isfinite(values)]
    mixed = mixed_moisture_scales(values)
    if mixed:
        low = values[(values > 0) & (values <= 1.0)]
        high = values[values > 1.5]
        raise InputError(
            tr("Site {site}: soil moisture mixes two scales: {n_low} values between 0 and 1 "
               "(median {low:.3g}, a volumetric fraction) and {n_high} values above 1.5 (median "
               "{high:.3g}, percent), e.g. after a logger change. No choice of "
               "SOIL_MOISTURE_UNIT reads both correctly: convert the site's values to one scale "
               "in the table (or leave SOIL_MOISTURE_FIELD empty to import without soil "
               "moisture).").format(site=site, n_low=mixed[0], low=low.median(),
                                     n_high=mixed[1], high=high.median()),
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
            tr("Site {site}: cannot tell whether soil moisture is a volumetric fraction or "
               "percent (median {median:.3g}, maximum {top:.3g}: values above 1 are impossible "
               "as a fraction, but the median is too low for percent). Choose the unit in "
               "SOIL_MOISTURE_UNIT (values outside 0-1 after conversion are then removed by "
               "quality control).").format(site=site, median=median, top=top),
            parameter="SOIL_MOISTURE_UNIT",
        )
    if reporter is not None:
        reporter.log(
            tr("{site}: soil moisture detected as {unit} (median {median:.3g}, maximum "
               "{top:.3g})").format(site=site, unit=unit, median=median, top=top)
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
        log.reporter.log(tr("{site}: {step}: none ({detail})").format(
            site=site, step=step, detail=detail))
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
        if listed:
            message = tr("{site} chamber {chamber}: it is an NEE port you listed in NEE_AS_RS "
                         "as soil respiration, but its flux looks like net exchange of a "
                         "chamber with plants (uptake at midday), not soil respiration: "
                         "{detail}; {action} (DIEL_PHASE = {setting})")
        else:
            message = tr("{site} chamber {chamber}: its flux looks like net exchange of a "
                         "chamber with plants (uptake at midday), not soil respiration: "
                         "{detail}; {action} (DIEL_PHASE = {setting})")
        action = (tr("its records of that month are excluded") if exclude else
                  tr("its records are KEPT as soil respiration"))
        log.reporter.warn(message.format(site=site, chamber=finding.chamber,
                                         detail=finding.detail, action=action,
                                         setting=settings.diel_phase))
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
        log.reporter.warn(tr("{site} chamber {chamber}: level shift: {detail}; those records "
                             "are excluded (LEVEL_SHIFT_FACTOR)").format(
            site=site, chamber=finding.chamber, detail=finding.detail))
    for chamber, why in untested.items():
        log.reporter.log(tr("{site} chamber {chamber}: level shift not tested: {why}").format(
            site=site, chamber=chamber, why=why))
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
        if exclude:
            message = tr("{site} chamber {chamber}: implausible flux-temperature response: "
                         "{detail}; those records are excluded (Q10_ACTION)")
        else:
            message = tr("{site} chamber {chamber}: implausible flux-temperature response: "
                         "{detail}; records kept (Q10_ACTION)")
        log.reporter.warn(message.format(site=site, chamber=finding.chamber,
                                         detail=finding.detail))
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
            reporter.log(tr("{site}: fault QC (stuck sensors, diel phase, level shift, Q10) "
                            "found nothing").format(site=site))
            continue
        parts = [
            tr("{step} chamber {chamber}: {count} {unit}").format(
                step=r.step, chamber=r.chamber, count=r.count, unit=r.unit)
            for r in mine.itertuples()
        ]
        reporter.log(tr("{site}: fault QC summary: {parts}").format(
            site=site, parts="; ".join(parts)))
