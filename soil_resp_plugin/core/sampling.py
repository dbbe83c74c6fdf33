"""Training-table extraction: predictor values at observation sites for each 8-day period.

Pure Python (numpy/pandas); the Processing algorithm ``soilresp:extracttrainingdata`` wraps
:func:`extract_training_table`. Problems that make the table meaningless (no rows, every site
outside the rasters, no date in range) raise :class:`InputError`; problems of single sites or
periods are reported per site and leave NaN.
"""
import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import gapfill, products
from . import periods as P
from .errors import InputError
from .i18n import tr
from .products import TIME_FEATURE_UNITS
from .reporting import as_reporter

MISSING_POLICIES = ("drop", "keep")
REQUIRED_COLUMNS = ("site", "lon", "lat", "period_start")
#: units of the observation table's own columns (docs/CONTRACTS.md)
OBSERVATION_UNITS = {
    "lon": "degrees_east", "lat": "degrees_north", "sr": "g C m-2 d-1", "sr_sd": "g C m-2 d-1",
    "n_records": "1", "n_days": "d", "coverage": "1", "soil_temperature_site": "degC",
    "soil_moisture_site": "m3 m-3",
}


@dataclass
class ExtractionResult:
    table: pd.DataFrame
    units: dict
    predictors: list
    site_report: pd.DataFrame
    messages: list = field(default_factory=list)


def _period_dates(values, reporter):
    """``period_start`` column as dates; dates inside a period move to its start (warned)."""
    try:
        parsed = pd.to_datetime(pd.Series(values).astype(str).str[:10], errors="raise")
    except (ValueError, TypeError) as error:
        raise InputError(tr("Column period_start holds values that are not dates ({error}); "
                            "expected YYYY-MM-DD as written by 'Import soil respiration "
                            "observations'.").format(error=error),
                         parameter="OBSERVATIONS") from None
    dates = [d.date() for d in parsed]
    starts = [P.period_start(d) for d in dates]
    moved = sum(a != b for a, b in zip(dates, starts))
    if moved:
        reporter.warn(tr("{moved} period_start values are not 8-day period starts (DOY 1, 9, "
                         "...); each was moved to the start of its period.").format(moved=moved))
    return starts


def check_observations(frame):
    if frame is None or len(frame) == 0:
        raise InputError(tr("The observation layer has no rows: run 'Import soil respiration "
                            "observations' first, or check the layer's filter/selection."),
                         parameter="OBSERVATIONS")
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(
            tr("The observation layer lacks column(s) {missing}; it needs {required} (the "
               "output of 'Import soil respiration observations').").format(
                   missing=", ".join(missing), required=", ".join(REQUIRED_COLUMNS)),
            parameter="OBSERVATIONS")
    lon = pd.to_numeric(frame["lon"], errors="coerce")
    lat = pd.to_numeric(frame["lat"], errors="coerce")
    bad = ~(np.isfinite(lon) & np.isfinite(lat)) | (lon.abs() > 360) | (lat.abs() > 90)
    if bad.any():
        sites = sorted(set(frame.loc[bad, "site"].astype(str)))
        raise InputError(tr("Sites without valid lon/lat (degrees, EPSG:4326): {sites}. Fix "
                            "their coordinates.").format(sites=", ".join(sites[:10])),
                         parameter="OBSERVATIONS")


def _sample_all(catalog, variables, unique_periods, period, row_site, lons, lats,
                window_size, values, counts, methods, reporter, fill_gaps, max_gap):
    """Fill ``values``/``counts``/``methods`` (per variable, per table row) by period."""
    steps = max(len(variables) * len(unique_periods), 1)
    done = 0
    for var in variables:
        static = catalog.is_static(var)
        for start in unique_periods:
            reporter.check_cancelled()
            done += 1
            rows = np.flatnonzero((period == start).to_numpy())
            wanted = np.unique(row_site[rows])
            method = None
            if fill_gaps and not static:
                sampled, n_valid, method = catalog.sample_filled(
                    var, start, lons[wanted], lats[wanted], window_size=window_size,
                    max_gap=max_gap)
            elif not static and not catalog.has_period(var, start):
                continue
            else:
                sampled, n_valid = catalog.sample(var, start, lons[wanted], lats[wanted],
                                                  window_size=window_size)
            lookup = dict(zip(wanted, range(len(wanted))))
            positions = np.array([lookup[s] for s in row_site[rows]])
            if method is not None:
                methods[var][rows] = method[positions]
            values[var][rows] = sampled[positions]
            counts[var][rows] = n_valid[positions]
            reporter.progress(done / steps)


def extract_training_table(observations, catalog, window_size=1, time_features=True,
                           missing="drop", reporter=None, fill_gaps=False, max_gap=None):
    """Observation rows + one column per catalog variable (``<var>_n_valid`` when
    ``window_size`` > 1) + ``doy_sin``/``doy_cos``. ``missing``: ``drop`` rows with any
    missing predictor, or ``keep`` them with NaN. ``fill_gaps``: predictors missing at a
    site in a period are filled in time as upscaling fills them (interpolation across at most
    ``max_gap`` missing periods, else the multi-year mean of the period; default off: the
    training table holds observed values only) and ``<var>_filled`` columns say where."""
    reporter = as_reporter(reporter)
    if missing not in MISSING_POLICIES:
        raise InputError(tr("Unknown missing-value policy '{missing}'; use drop or "
                            "keep.").format(missing=missing), parameter="MISSING")
    if int(window_size) < 1 or int(window_size) % 2 == 0:
        raise InputError(tr("WINDOW_SIZE {window_size} must be odd (1, 3, 5, ...) so the "
                            "window is centred on the site's cell.").format(
                                window_size=window_size), parameter="WINDOW_SIZE")
    window_size = int(window_size)
    check_observations(observations)
    table = observations.reset_index(drop=True).copy()
    table["lon"] = pd.to_numeric(table["lon"])
    table["lat"] = pd.to_numeric(table["lat"])
    period = pd.Series(_period_dates(table["period_start"], reporter), index=table.index)

    variables = catalog.variables
    clash = [v for v in variables if v in table.columns]
    if clash:
        raise InputError(tr("The observation layer already has predictor column(s) "
                            "{columns}: give the observation table, not a training "
                            "table.").format(columns=", ".join(clash)),
                         parameter="OBSERVATIONS")
    sites = (table[["site", "lon", "lat"]].astype({"site": str})
             .drop_duplicates().reset_index(drop=True))
    lons, lats = sites["lon"].to_numpy(float), sites["lat"].to_numpy(float)
    site_of_row = table["site"].astype(str) + "|" + table["lon"].astype(str) + "|" \
        + table["lat"].astype(str)
    site_key = sites["site"] + "|" + sites["lon"].astype(str) + "|" + sites["lat"].astype(str)
    site_index = pd.Series(np.arange(len(sites)), index=site_key.to_numpy())
    row_site = site_index.loc[site_of_row.to_numpy()].to_numpy()

    inside = {var: catalog.inside(var, lons, lats) for var in variables}
    nowhere = ~np.any(np.vstack(list(inside.values())), axis=0)
    if nowhere.any():
        names = [f"{sites.site[i]} ({lons[i]:.4f} E, {lats[i]:.4f} N)"
                 for i in np.flatnonzero(nowhere)]
        extents = "; ".join(
            f"{var}: {', '.join(f'{x:.2f}' for x in catalog.extent_lonlat(var))}"
            for var in variables[:3]
        )
        raise InputError(
            tr("Site(s) {sites} lie outside every predictor raster (extents as "
               "west, south, east, north: {extents}). Check that lon and lat are not swapped and "
               "are in degrees, or remove these sites from OBSERVATIONS.").format(
                   sites=", ".join(names), extents=extents),
            parameter="OBSERVATIONS",
        )

    dynamic = catalog.dynamic_variables()
    first, last = catalog.date_range()
    if dynamic:
        in_range = (period >= first) & (period <= last)
        if not in_range.any():
            raise InputError(
                tr("No observation period ({first_observed}..{last_observed}) lies within the "
                   "predictor catalog's periods ({first}..{last}). Add predictor rasters for the "
                   "observation years, or use observations from the catalog's years.").format(
                       first_observed=min(period), last_observed=max(period), first=first,
                       last=last),
                parameter="OBSERVATIONS",
            )
        n_out = int((~in_range).sum())
        if n_out:
            if fill_gaps:
                reporter.warn(tr(
                    "{n_out} of {n_rows} observation rows fall outside the predictor catalog's "
                    "periods ({first}..{last}): their time-varying predictors are the multi-year "
                    "means of their periods (FILL_GAPS; <variable>_filled = 2).").format(
                        n_out=n_out, n_rows=len(table), first=first, last=last))
            else:
                reporter.warn(tr(
                    "{n_out} of {n_rows} observation rows fall outside the predictor catalog's "
                    "periods ({first}..{last}): their predictors are missing.").format(
                        n_out=n_out, n_rows=len(table), first=first, last=last))

    values = {var: np.full(len(table), np.nan) for var in variables}
    counts = {var: np.zeros(len(table), dtype=np.int64) for var in variables}
    methods = {var: np.full(len(table), gapfill.MISSING, dtype=np.uint8) for var in variables}
    max_gap = gapfill.DEFAULT_MAX_GAP if max_gap is None else int(max_gap)
    unique_periods = sorted(set(period))
    if hasattr(catalog, "year_fallbacks"):
        for note in catalog.year_fallbacks(unique_periods[0], unique_periods[-1]):
            reporter.warn(tr("For the observation periods: {note}").format(note=note))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        _sample_all(catalog, variables, unique_periods, period, row_site, lons, lats,
                    window_size, values, counts, methods, reporter, fill_gaps, max_gap)
    forwarded = set()
    for warning in caught:
        text = str(warning.message)
        if type(warning.message).__name__ == "YearNotCoveredWarning" and text not in forwarded:
            forwarded.add(text)
            reporter.warn(tr("{warning} (yearly layer read for an observation year it does "
                             "not cover).").format(warning=text))
        elif text not in forwarded:
            forwarded.add(text)
            warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                   warning.lineno)

    site_rows = []
    for i, name in enumerate(sites["site"]):
        mine = row_site == i
        for var in variables:
            if not inside[var][i]:
                status, n_missing = "outside raster", int(mine.sum())
                reporter.warn(tr("Site {site}: outside the {variable} raster; {variable} is "
                                 "missing for its {n} rows.").format(
                                     site=name, variable=var, n=n_missing))
            else:
                has_data = (np.array([catalog.has_period(var, p) for p in period[mine]])
                            if not catalog.is_static(var) else np.ones(int(mine.sum()), bool))
                gap = int((~has_data).sum())
                fill = int((np.isnan(values[var][mine]) & has_data).sum())
                n_missing = gap + fill
                status = "ok"
                if fill:
                    status = "fill values"
                    spec = products.VARIABLES.get(var)
                    if spec is not None and spec.physical_range is not None:
                        low, high = spec.physical_range
                        reporter.log(tr("Site {site}: {variable} is missing (fill/no-data value "
                                        "or outside its valid range {low:g}..{high:g} {unit}) "
                                        "in {fill} of {n} periods.").format(
                                            site=name, variable=var, low=low, high=high,
                                            unit=spec.unit, fill=fill, n=int(mine.sum())))
                    else:
                        reporter.log(tr("Site {site}: {variable} is missing (fill/no-data "
                                        "value) in {fill} of {n} periods.").format(
                                            site=name, variable=var, fill=fill,
                                            n=int(mine.sum())))
                if gap:
                    status = "gaps" if status == "ok" else status + ", gaps"
                    reporter.log(tr("Site {site}: no {variable} raster for {gap} of its "
                                    "periods.").format(site=name, variable=var, gap=gap))
            site_rows.append({"site": name, "variable": var, "status": status,
                              "n_rows": int(mine.sum()), "n_missing": n_missing})
    site_report = pd.DataFrame(site_rows)

    filled_columns = []
    for var in variables:
        table[var] = values[var]
        if window_size > 1:
            table[f"{var}_n_valid"] = counts[var]
        if fill_gaps and not catalog.is_static(var):
            table[f"{var}_filled"] = methods[var].astype(np.int64)
            filled_columns.append(var)
            n_interp = int((methods[var] == gapfill.INTERPOLATED).sum())
            n_clim = int((methods[var] == gapfill.CLIMATOLOGY).sum())
            if n_interp or n_clim:
                reporter.log(tr("{variable}: {interpolated} rows interpolated in time and "
                                "{climatology} from the multi-year mean of their period "
                                "(FILL_GAPS; column {variable}_filled: 0 observed, 1 "
                                "interpolated, 2 climatology, 3 missing).").format(
                                    variable=var, interpolated=n_interp, climatology=n_clim))
    predictors = list(variables)
    if time_features:
        features = {start: P.doy_features(start) for start in unique_periods}
        for name in TIME_FEATURE_UNITS:
            table[name] = [features[start][name] for start in period]
        predictors += list(TIME_FEATURE_UNITS)

    incomplete = table[predictors].isna().any(axis=1)
    n_incomplete = int(incomplete.sum())
    if missing == "drop" and n_incomplete:
        if n_incomplete == len(table):
            worst = table[predictors].isna().sum().sort_values(ascending=False)
            raise InputError(
                tr("Every observation row misses at least one predictor (most often missing: "
                   "{worst}). Use MISSING=keep to inspect the table, or fill the gaps in "
                   "PREDICTORS.").format(
                       worst=", ".join(f"{v} {n}" for v, n in worst.head(3).items())),
                parameter="MISSING",
            )
        reporter.log(tr("Dropped {n} of {rows} rows with a missing predictor "
                        "(MISSING=drop).").format(n=n_incomplete, rows=len(table)))
        table = table.loc[~incomplete].reset_index(drop=True)
    elif n_incomplete:
        reporter.log(tr("Kept {n} rows with missing predictors as NaN (MISSING=keep).").format(
            n=n_incomplete))

    units = {c: OBSERVATION_UNITS[c] for c in table.columns if c in OBSERVATION_UNITS}
    units.update({var: catalog.unit(var) for var in variables})
    if window_size > 1:
        units.update({f"{var}_n_valid": "cells" for var in variables})
    units.update({f"{var}_filled": "1" for var in filled_columns})
    if time_features:
        units.update(TIME_FEATURE_UNITS)
    reporter.log(tr("Training table: {rows} rows x {n} predictors ({predictors}).").format(
        rows=len(table), n=len(predictors),
        predictors=", ".join(f"{p} [{units[p]}]" for p in predictors)))
    return ExtractionResult(table, units, predictors, site_report)

