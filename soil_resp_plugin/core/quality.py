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
from .units import FLUX_TO_GC_M2_D

UMOL_TO_GC = FLUX_TO_GC_M2_D["umol CO2 m-2 s-1"]
NEGATIVE_ACTIONS = ("keep", "drop", "zero")
MOISTURE_UNITS = ("auto", "fraction", "percent")
#: a robust spike test needs enough values per group to estimate median and MAD
SPIKE_MIN_GROUP = 10
#: MAD x 1.4826 estimates the standard deviation of normally distributed values
MAD_TO_SD = 1.4826


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
