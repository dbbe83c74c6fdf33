"""Temporal aggregation of 8-day SR maps (g C m-2 d-1): monthly and annual totals, multi-year
mean, seasonal climatology and region totals from exact cell areas.

Totals are day-weighted: each period contributes rate x days, and a period that straddles a
month boundary gives each month its own days (year-end periods have 5 or 6 days). A year or
month is totalled only when every one of its periods has a map; otherwise it is reported
with its coverage and left out, never summed short. Pixel gaps inside a map (e.g. clouds in
the predictors) are filled by linear interpolation in time when at most ``max_gap``
consecutive periods are missing at that pixel; longer gaps leave the pixel without a total.
Work goes window by window, so memory does not grow with the raster.
"""
import calendar
import dataclasses
import datetime as dt
import logging
import math
import os
import re
import uuid

import numpy as np

from . import periods as P
from .atomic import replaced_on_success
from .errors import InputError
from .i18n import tr
from .reporting import as_reporter

NODATA = -9999.0
TILE = 256
WINDOW_TILES = 8
RATE_UNIT = "g C m-2 d-1"
WGS84_AXES = (6378137.0, 1.0 / 298.257223563)  # semi-major axis (m), flattening
_MAP_NAME = re.compile(r"^sr_(?P<label>\d{7})\.tif$")

_LOG = logging.getLogger(__name__)


# ----------------------------------------------------------------------------- cell areas
def band_area(lat1, lat2, dlon_deg, a=WGS84_AXES[0], f=WGS84_AXES[1]):
    """Exact area (m2) of the ellipsoid between latitudes ``lat1`` and ``lat2`` (degrees) over
    ``dlon_deg`` degrees of longitude: (dlon/2) b^2 [q(lat2) - q(lat1)] with the authalic
    function q(p) = sin p / (1 - e2 sin2 p) + ln((1 + e sin p) / (1 - e sin p)) / (2e)."""
    dlon = math.radians(abs(dlon_deg))
    s1 = np.sin(np.radians(np.asarray(lat1, dtype=np.float64)))
    s2 = np.sin(np.radians(np.asarray(lat2, dtype=np.float64)))
    if f == 0:
        return dlon * a * a * np.abs(s2 - s1)
    e2 = f * (2.0 - f)
    e = math.sqrt(e2)
    b2 = a * a * (1.0 - e2)

    def q(s):
        return s / (1.0 - e2 * s * s) + np.log((1.0 + e * s) / (1.0 - e * s)) / (2.0 * e)

    return 0.5 * dlon * b2 * np.abs(q(s2) - q(s1))


def _ellipsoid(crs):
    """(semi-major axis, flattening) of a geographic CRS; WGS 84 when it cannot be read."""
    try:
        from pyproj import CRS as ProjCRS

        ellipsoid = ProjCRS.from_wkt(crs.to_wkt()).ellipsoid
        inverse = ellipsoid.inverse_flattening
        return ellipsoid.semi_major_metre, (1.0 / inverse if inverse else 0.0)
    except Exception:  # pyproj missing or odd WKT: WGS 84 is within 0.01 % for any datum
        return WGS84_AXES


def row_areas(grid, parameter="INPUT"):
    """Cell area (m2) of each row of a north-up grid, and a note on how it was computed.

    Geographic grids: exact ellipsoidal band areas (cells shrink towards the poles).
    Projected grids: the nominal cell area, exact for equal-area projections only.
    """
    t = grid.transform
    if t.b or t.d:
        raise InputError(tr("Rotated grids are not supported for area totals."),
                         parameter=parameter)
    if grid.crs is not None and grid.crs.is_geographic:
        a, f = _ellipsoid(grid.crs)
        edges = t.f + t.e * np.arange(grid.height + 1)
        lat = np.clip(edges, -90.0, 90.0)
        return band_area(lat[:-1], lat[1:], t.a, a, f), (
            tr("exact ellipsoidal cell areas (a={a:.1f} m, 1/f={inverse:.6f})").format(
                a=a, inverse=1 / f if f else 0))
    area = abs(t.a * t.e)
    unit = 1.0
    if grid.crs is not None:
        try:
            unit = grid.crs.linear_units_factor[1]
        except Exception:
            unit = 1.0
    note = tr("nominal projected cell area {area:.6g} m2: exact only for an "
              "equal-area projection").format(area=area * unit * unit)
    return np.full(grid.height, area * unit * unit), note


# ----------------------------------------------------------------------------- inputs
@dataclasses.dataclass
class MapSource:
    period: dt.date
    path: str
    band: int = 1


def find_maps(path, parameter="INPUT"):
    """8-day SR maps of a folder written by upscaling (``sr_YYYYDDD.tif``) or of a VRT / multi-
    band raster whose band descriptions (or PERIOD_START tags) are the period start dates.
    ``parameter``: the Processing parameter errors name (INPUT or INPUT_VRT)."""
    import rasterio

    path = os.fspath(path)
    sources = []
    if os.path.isdir(path):
        for name in sorted(os.listdir(path)):
            match = _MAP_NAME.match(name)
            if match:
                sources.append(MapSource(P.parse_period_label(match.group("label")),
                                         os.path.join(path, name)))
        if not sources:
            raise InputError(tr("No SR maps (sr_YYYYDDD.tif) in {path}. Give the folder that "
                                "'Upscale soil respiration maps' wrote (its 'Output folder for "
                                "the maps', OUTPUT_FOLDER) or its sr.vrt.").format(path=path),
                             parameter=parameter, path=path)
    elif os.path.isfile(path):
        with rasterio.open(path) as dataset:
            for band in range(1, dataset.count + 1):
                text = dataset.tags(band).get("PERIOD_START") or dataset.descriptions[band - 1]
                try:
                    period = dt.date.fromisoformat(str(text)[:10])
                except ValueError:
                    raise InputError(
                        tr("Band {band} of {path} has no period date (band description or "
                           "PERIOD_START tag such as 2005-01-01).").format(band=band, path=path),
                        parameter=parameter, path=path) from None
                sources.append(MapSource(period, path, band))
    else:
        raise InputError(tr("{path} does not exist.").format(path=path), parameter=parameter,
                         path=path)
    bad = [s.period for s in sources if P.period_start(s.period) != s.period]
    if bad:
        raise InputError(tr("{count} map date(s) are not starts of MODIS 8-day periods (e.g. "
                            "{example}); expected day of year 1, 9, 17, ...").format(
                                count=len(bad), example=bad[0]), parameter=parameter)
    periods = [s.period for s in sources]
    duplicates = sorted({p for p in periods if periods.count(p) > 1})
    if duplicates:
        raise InputError(tr("Two maps for period {period}.").format(period=duplicates[0]),
                         parameter=parameter)
    return sorted(sources, key=lambda s: s.period)


def _grid_of(sources, reporter, parameter="INPUT"):
    import rasterio

    from .catalog import Grid

    grid, synthetic, units, nodata = None, False, set(), set()
    for source in sources:
        with rasterio.open(source.path) as dataset:
            this = Grid.of(dataset)
            nodata.add(dataset.nodatavals[source.band - 1])
            tags = dataset.tags()
            band_tags = dataset.tags(source.band)
            synthetic |= str(tags.get("SYNTHETIC", "")).lower() == "true"
            units.add(band_tags.get("units") or tags.get("UNITS") or
                      (dataset.units[source.band - 1] if dataset.units else None))
        if grid is None:
            grid = this
        elif not grid.matches(this):
            raise InputError(tr("{path} is on another grid ({grid}) than the first map "
                                "({first}).").format(path=source.path, grid=this.describe(),
                                                     first=grid.describe()),
                             parameter=parameter, path=source.path)
    units.discard(None)
    units.discard("")
    if units and units != {RATE_UNIT}:
        raise InputError(tr("The maps are in {units}, not {unit} (8-day mean daily rates as "
                            "'Upscale soil respiration maps' writes them).").format(
                                units=", ".join(sorted(units)), unit=RATE_UNIT),
                         parameter=parameter)
    if not units:
        reporter.warn(tr("The maps carry no unit: taken as {unit}.").format(unit=RATE_UNIT))
    return grid, synthetic, sorted(v for v in nodata if v is not None)


# ----------------------------------------------------------------------------- calendar
def month_days(period):
    """{(year, month): days of ``period`` in that month}."""
    out = {}
    day = period
    for _ in range(P.period_days(period)):
        out[(day.year, day.month)] = out.get((day.year, day.month), 0) + 1
        day += dt.timedelta(days=1)
    return out


@dataclasses.dataclass
class YearCoverage:
    year: int
    expected: list
    present: list
    complete_months: list

    @property
    def missing(self):
        return [p for p in self.expected if p not in set(self.present)]

    @property
    def days_covered(self):
        return sum(P.period_days(p) for p in self.present)

    @property
    def days(self):
        return 366 if calendar.isleap(self.year) else 365

    @property
    def complete(self):
        return not self.missing


def coverage(periods):
    """Per year: expected and present periods and the months all of whose days have a map."""
    present = set(periods)
    out = []
    for year in sorted({p.year for p in periods}):
        expected = P.periods_of_year(year)
        have = [p for p in expected if p in present]
        months = []
        for month in range(1, 13):
            needed = [p for p in expected if (year, month) in month_days(p)]
            if all(p in present for p in needed):
                months.append(month)
        out.append(YearCoverage(year, expected, have, months))
    return out


# ----------------------------------------------------------------------------- gap filling
def fill_gaps(stack, max_gap):
    """Fill NaN runs of at most ``max_gap`` periods along axis 0: linearly between the valid
    values on either side; at the start or end of the stack (the series' ends) with the
    nearest valid value. Longer runs stay NaN. Returns (filled stack, number filled)."""
    if max_gap <= 0:
        return stack, 0
    T = stack.shape[0]
    flat = stack.reshape(T, -1)
    missing = np.isnan(flat)
    columns = np.flatnonzero(missing.any(axis=0) & (~missing).any(axis=0))
    if not len(columns):
        return stack, 0
    index = np.arange(T)
    sub = flat[:, columns]
    valid = ~np.isnan(sub)
    prev_idx = np.maximum.accumulate(np.where(valid, index[:, None], -1), axis=0)
    next_idx = np.minimum.accumulate(np.where(valid, index[:, None], T)[::-1], axis=0)[::-1]
    gap = next_idx - prev_idx - 1
    inner = ~valid & (prev_idx >= 0) & (next_idx < T) & (gap <= max_gap)
    leading = ~valid & (prev_idx < 0) & (next_idx <= max_gap)
    trailing = ~valid & (next_idx >= T) & (T - 1 - prev_idx <= max_gap)
    t, c = np.nonzero(inner)
    p, n = prev_idx[t, c], next_idx[t, c]
    weight = (t - p) / (n - p)
    values = (1.0 - weight) * sub[p, c] + weight * sub[n, c]
    t_lead, c_lead = np.nonzero(leading)
    t_trail, c_trail = np.nonzero(trailing)
    sub[t, c] = values
    sub[t_lead, c_lead] = sub[next_idx[t_lead, c_lead], c_lead]
    sub[t_trail, c_trail] = sub[prev_idx[t_trail, c_trail], c_trail]
    flat[:, columns] = sub
    return flat.reshape(stack.shape), int(inner.sum() + leading.sum() + trailing.sum())


# ----------------------------------------------------------------------------- writing
def _write_failed(error, path):
    """An OS/GDAL error while writing ``path`` as the user reads it (no traceback)."""
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    reason = re.sub(r"[^'\"\s]*\.partial", path, reason)  # not our temporary name
    return InputError(tr("Cannot write {path}: {reason}. Choose an output folder you can write "
                         "to and with free space; nothing of this run was kept.").format(
                             path=path, reason=reason),
                      parameter="OUTPUT_FOLDER", path=path)


def _write_errors():
    from rasterio.errors import RasterioError

    return (OSError, RasterioError)


class _Outputs:
    """Output GeoTIFFs under temporary names; renamed together by :meth:`commit`."""

    def __init__(self, grid, tags):
        self.grid, self.tags, self.files = grid, tags, {}
        self.token = uuid.uuid4().hex[:12]

    def open(self, key, path, description, units, extra=None):
        import rasterio

        from .engine import compression

        temp = os.path.join(os.path.dirname(path),
                            f".{os.path.basename(path)}.{self.token}.partial")
        profile = dict(driver="GTiff", width=self.grid.width, height=self.grid.height, count=1,
                       dtype="float32", crs=self.grid.crs, transform=self.grid.transform,
                       nodata=NODATA, tiled=True, blockxsize=TILE, blockysize=TILE,
                       compress=compression(), predictor=3, bigtiff="if_safer")
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            dataset = rasterio.open(temp, "w", **profile)
            self.files[key] = (temp, path, dataset)
            dataset.set_band_description(1, description)
            dataset.set_band_unit(1, units)
            dataset.update_tags(**self.tags, UNITS=units, QUANTITY=description, **(extra or {}))
        except _write_errors() as error:
            raise _write_failed(error, path) from None

    def write(self, key, array, window):
        data = np.where(np.isfinite(array), array, NODATA).astype(np.float32)
        try:
            self.files[key][2].write(data, 1, window=window)
        except _write_errors() as error:
            raise _write_failed(error, self.files[key][1]) from None

    def discard(self, key):
        """Drop one output before :meth:`commit` (e.g. a total over no pixel at all)."""
        temp, _, dataset = self.files.pop(key)
        dataset.close()
        if os.path.exists(temp):
            os.remove(temp)

    def commit(self):
        from .engine import _fsync

        final = None
        try:
            for temp, path, dataset in self.files.values():
                final = path
                dataset.update_tags(SOILRESP_COMPLETE="1")
                dataset.close()
                _fsync(temp)
            for temp, final, _ in self.files.values():
                os.replace(temp, final)
        except _write_errors() as error:
            raise _write_failed(error, final) from None
        self.files = {}

    def abort(self):
        """Close and remove the unfinished files (the run already failed: a close error of a
        file about to be deleted is logged, not raised)."""
        for temp, _, dataset in self.files.values():
            try:
                dataset.close()
            except _write_errors() as error:
                _LOG.debug("closing unfinished %s failed: %s", temp, error)
            if os.path.exists(temp):
                os.remove(temp)
        self.files = {}


def _windows(grid):
    from rasterio.windows import Window

    step = TILE * WINDOW_TILES
    for row in range(0, grid.height, TILE):
        for col in range(0, grid.width, step):
            yield Window(col, row, min(step, grid.width - col), min(TILE, grid.height - row))


def _read(source, window):
    import rasterio

    with rasterio.open(source.path) as dataset:
        data = dataset.read(source.band, window=window, masked=True)
    return np.ma.filled(data.astype(np.float32), np.nan)


# ----------------------------------------------------------------------------- the run
@dataclasses.dataclass
class AggregationResult:
    table: object  # pandas DataFrame, one row per year (+ the multi-year mean)
    files: dict  # group -> [paths]
    csv: str
    coverage: list
    area_note: str
    monthly: object = None  # pandas DataFrame: region total per complete month


#: what :func:`aggregate` writes, relative to its output folder
RESULT_PATTERNS = ("totals.csv", "monthly_totals.csv", "sr_annual_mean.tif",
                   "annual/sr_annual_*.tif", "monthly/sr_month_*.tif",
                   "climatology/sr_clim_*.tif")


def existing_results(out_folder):
    """Files of an earlier aggregation in ``out_folder`` (sorted paths)."""
    import glob

    return sorted(p for pattern in RESULT_PATTERNS
                  for p in glob.glob(os.path.join(glob.escape(os.fspath(out_folder)), pattern)))


def _periods_text(periods):
    labels = [P.period_label(p) for p in periods]
    if len(labels) <= 6:
        return ", ".join(labels)
    return f"{', '.join(labels[:3])}, ..., {', '.join(labels[-2:])}"


def _empty_maps_error(sources, nodata, parameter):
    periods = [s.period for s in sources]
    values = " / ".join(f"{v:g}" for v in nodata) or tr("none set")
    return InputError(
        tr("The {n_maps} map(s) have no valid pixel: every value is nodata (nodata value "
           "{values}) or NaN in every period ({n_periods} period(s), {first} to "
           "{last}: {periods}). A total over no area would "
           "be meaningless, so nothing was written. Check the log of 'Upscale soil respiration "
           "maps' (how many pixels it predicted) and that its extent ('Extent (default: "
           "predictors')', EXTENT) and mask lie inside the predictors' coverage.").format(
               n_maps=len(sources), values=values, n_periods=len(periods), first=periods[0],
               last=P.period_end(periods[-1]), periods=_periods_text(periods)),
        parameter=parameter, path=os.path.dirname(sources[0].path) if len(
            {s.path for s in sources}) > 1 else sources[0].path)


def aggregate(path, out_folder, max_gap=3, reporter=None, replace=False, parameter="INPUT"):
    """Aggregate the 8-day maps of ``path`` (folder or VRT) into ``out_folder``: annual/,
    monthly/, climatology/, sr_annual_mean.tif, totals.csv and monthly_totals.csv. See the
    module docstring. Totals of an earlier run in ``out_folder`` are refused unless
    ``replace``; then, once the new totals are complete, earlier files they do not replace
    (other years) are removed so the folder holds one consistent result. Maps without any
    valid pixel are an error (``parameter`` names the input), never a total of 0 over 0 km2;
    a year, month or climatology that no pixel covers fully gets no file and no total."""
    import pandas as pd

    reporter = as_reporter(reporter)
    earlier = existing_results(out_folder)
    if earlier and not replace:
        raise InputError(
            tr("{folder} already holds totals of an earlier run ({count} file(s), "
               "e.g. {example}). Nothing is overwritten unasked: choose another output "
               "folder or allow replacing them.").format(
                   folder=out_folder, count=len(earlier), example=earlier[0]),
            parameter="OUTPUT_FOLDER", path=out_folder)
    sources = find_maps(path, parameter)
    grid, synthetic, nodata = _grid_of(sources, reporter, parameter)
    by_period = {s.period: s for s in sources}
    years = coverage(list(by_period))
    for year in years:
        if year.complete:
            reporter.log(tr("{year}: all {n} periods present.").format(
                year=year.year, n=len(year.expected)))
        else:
            reporter.warn(tr(
                "{year}: {present} of {expected} periods present ({covered} of {days} days, "
                "{share:.0f} %); missing {missing}. No annual total for {year}; monthly totals "
                "only for complete months ({months}).").format(
                    year=year.year, present=len(year.present), expected=len(year.expected),
                    covered=year.days_covered, days=year.days,
                    share=100.0 * year.days_covered / year.days,
                    missing=", ".join(p.isoformat() for p in year.missing[:6])
                    + (" ..." if len(year.missing) > 6 else ""),
                    months=", ".join(map(str, year.complete_months)) or tr("none")))
    complete_years = [y for y in years if y.complete]
    if not any(y.complete_months for y in years):
        raise InputError(tr("No month is fully covered by the maps: nothing can be totalled. "
                            "Upscale whole months (or years) first."), parameter=parameter)
    areas, area_note = row_areas(grid, parameter)
    reporter.log(tr("Cell areas: {note}.").format(note=area_note))
    tags = {"SOILRESP_PRODUCT": "aggregation", "SOURCE": os.path.abspath(os.fspath(path))}
    if synthetic:
        tags["SYNTHETIC"] = "true"
    out_folder = os.fspath(out_folder)
    from .engine import prepare_folder

    prepare_folder(out_folder)
    outputs = _Outputs(grid, tags)
    files = {"annual": [], "monthly": [], "climatology": [], "mean": []}
    try:
        for year in years:
            if year.complete:
                name = os.path.join(out_folder, "annual", f"sr_annual_{year.year}.tif")
                outputs.open(("annual", year.year), name, f"SR total {year.year}",
                             "g C m-2 yr-1", {"YEAR": str(year.year)})
                files["annual"].append(name)
            for month in year.complete_months:
                name = os.path.join(out_folder, "monthly",
                                    f"sr_month_{year.year}{month:02d}.tif")
                outputs.open(("month", year.year, month), name,
                             f"SR total {year.year}-{month:02d}", "g C m-2 month-1",
                             {"YEAR": str(year.year), "MONTH": str(month)})
                files["monthly"].append(name)
        clim_months = sorted({m for y in years for m in y.complete_months})
        for month in clim_months:
            name = os.path.join(out_folder, "climatology", f"sr_clim_{month:02d}.tif")
            n_years = sum(month in y.complete_months for y in years)
            outputs.open(("clim", month), name, f"SR mean daily rate, month {month:02d}",
                         RATE_UNIT, {"MONTH": str(month), "N_YEARS": str(n_years)})
            files["climatology"].append(name)
        if complete_years:
            name = os.path.join(out_folder, "sr_annual_mean.tif")
            outputs.open(("mean",), name, "SR mean annual total "
                         f"{complete_years[0].year}-{complete_years[-1].year}", "g C m-2 yr-1",
                         {"YEARS": ",".join(str(y.year) for y in complete_years)})
            files["mean"].append(name)
        stats = {y.year: {"total_g": 0.0, "area": 0.0, "any_area": 0.0, "filled": 0,
                          "pixel_periods": 0} for y in years}
        mean_total = {"g": 0.0, "area": 0.0}
        month_totals = {(y.year, m): [0.0, 0.0] for y in years for m in y.complete_months}
        clim_area = {m: 0.0 for m in clim_months}
        windows = list(_windows(grid))
        first, last = sources[0].period, sources[-1].period  # the series' ends
        for index, window in enumerate(windows):
            reporter.check_cancelled()
            shape = (int(window.height), int(window.width))
            area = areas[int(window.row_off):int(window.row_off) + shape[0]][:, None]
            clim_sum = {m: np.zeros(shape) for m in clim_months}
            clim_days = {m: np.zeros(shape) for m in clim_months}
            clim_ok = {m: np.ones(shape, dtype=bool) for m in clim_months}
            annual_sum, annual_ok = np.zeros(shape), np.ones(shape, dtype=bool)
            for year in years:
                periods = [p for p in P.periods_between(
                    max(year.expected[0] - dt.timedelta(days=8 * max_gap + 8), first),
                    min(year.expected[-1] + dt.timedelta(days=8 * max_gap + 1), last))]
                stack = np.full((len(periods),) + shape, np.nan, dtype=np.float32)
                for t, period in enumerate(periods):
                    if period in by_period:
                        stack[t] = _read(by_period[period], window)
                inside = [t for t, p in enumerate(periods) if p.year == year.year
                          and p in by_period]
                before = np.isnan(stack[inside]).sum()
                stack, _ = fill_gaps(stack, max_gap)
                filled = int(before - np.isnan(stack[inside]).sum())
                st = stats[year.year]
                st["filled"] += filled
                st["pixel_periods"] += int(np.isfinite(stack[inside]).sum())
                any_value = np.isfinite(stack[inside]).any(axis=0)
                st["any_area"] += float((area * any_value).sum())
                month_sum = {m: np.zeros(shape) for m in year.complete_months}
                month_ok = {m: np.ones(shape, dtype=bool) for m in year.complete_months}
                total, total_ok = np.zeros(shape), np.ones(shape, dtype=bool)
                for t in inside:
                    period = periods[t]
                    rate = stack[t].astype(np.float64)
                    ok = np.isfinite(rate)
                    rate = np.where(ok, rate, 0.0)
                    total += rate * P.period_days(period)
                    total_ok &= ok
                    for (y, m), days in month_days(period).items():
                        if y == year.year and m in month_sum:
                            month_sum[m] += rate * days
                            month_ok[m] &= ok
                for m in year.complete_months:
                    value = np.where(month_ok[m], month_sum[m], np.nan)
                    outputs.write(("month", year.year, m), value, window)
                    month_totals[(year.year, m)][0] += float(
                        (np.where(month_ok[m], month_sum[m], 0.0) * area).sum())
                    month_totals[(year.year, m)][1] += float((area * month_ok[m]).sum())
                    clim_sum[m] += np.where(month_ok[m], month_sum[m], 0.0)
                    clim_days[m] += calendar.monthrange(year.year, m)[1]
                    clim_ok[m] &= month_ok[m]
                if year.complete:
                    value = np.where(total_ok, total, np.nan)
                    outputs.write(("annual", year.year), value, window)
                    st["total_g"] += float((np.where(total_ok, total, 0.0) * area).sum())
                    st["area"] += float((area * total_ok).sum())
                    annual_sum += np.where(total_ok, total, 0.0)
                    annual_ok &= total_ok
            for m in clim_months:
                value = np.where(clim_ok[m], clim_sum[m] / np.maximum(clim_days[m], 1), np.nan)
                outputs.write(("clim", m), value, window)
                clim_area[m] += float((area * clim_ok[m]).sum())
            if complete_years:
                mean = np.where(annual_ok, annual_sum / len(complete_years), np.nan)
                outputs.write(("mean",), mean, window)
                mean_total["g"] += float((np.where(annual_ok, mean, 0.0) * area).sum())
                mean_total["area"] += float((area * annual_ok).sum())
            reporter.progress((index + 1) / len(windows))
        if not any(st["pixel_periods"] for st in stats.values()):
            raise _empty_maps_error(sources, nodata, parameter)
        empty_years = [y for y in complete_years if stats[y.year]["area"] <= 0]
        empty_months = [k for k, (_, a) in month_totals.items() if a <= 0]
        if len(empty_years) == len(complete_years) and len(empty_months) == len(month_totals):
            raise InputError(tr(
                "The maps have valid pixels, but no pixel has a value in every period of any "
                "complete month: its gaps are longer than MAX_GAP ({max_gap} period(s)), so "
                "there is no total to report and nothing was written. Check the maps (e.g. "
                "clouds in the predictors) or fill longer gaps with a larger MAX_GAP.").format(
                    max_gap=max_gap), parameter=parameter, path=path)
        for year in empty_years:
            reporter.warn(tr("{year}: no pixel has a value in every period (gaps longer "
                             "than MAX_GAP = {max_gap}): no annual total for {year}.").format(
                                 year=year.year, max_gap=max_gap))
            outputs.discard(("annual", year.year))
            files["annual"].remove(os.path.join(out_folder, "annual",
                                                f"sr_annual_{year.year}.tif"))
        for y, m in empty_months:
            reporter.warn(tr("{year}-{month:02d}: no pixel has a value in every day of the "
                             "month (gaps longer than MAX_GAP = {max_gap}): no monthly "
                             "total.").format(year=y, month=m, max_gap=max_gap))
            outputs.discard(("month", y, m))
            files["monthly"].remove(os.path.join(out_folder, "monthly",
                                                 f"sr_month_{y}{m:02d}.tif"))
            del month_totals[(y, m)]
        for m in [m for m in clim_months if clim_area[m] <= 0]:
            outputs.discard(("clim", m))
            files["climatology"].remove(os.path.join(out_folder, "climatology",
                                                     f"sr_clim_{m:02d}.tif"))
        if complete_years and mean_total["area"] <= 0:
            outputs.discard(("mean",))
            files["mean"] = []
            reporter.warn(tr("No pixel has a total in every complete year: no mean annual "
                             "map."))
        complete_years = [y for y in complete_years if y not in empty_years]
        outputs.commit()
    except BaseException:
        outputs.abort()
        raise
    rows = []
    for year in years:
        st = stats[year.year]
        complete = year in complete_years  # every period mapped and some area with a total
        total = st["total_g"] / 1e12 if complete else float("nan")
        rows.append({
            "year": str(year.year), "n_periods": len(year.present),
            "expected_periods": len(year.expected), "days_covered": year.days_covered,
            "days_in_year": year.days, "complete": complete,
            "missing_periods": " ".join(P.period_label(p) for p in year.missing),
            "total_TgC": total,
            "mean_gC_m2": st["total_g"] / st["area"] if complete else float("nan"),
            "mapped_area_km2": st["area"] / 1e6 if complete else float("nan"),
            "area_with_values_km2": st["any_area"] / 1e6,
            "gap_filled_pct": (100.0 * st["filled"] / st["pixel_periods"]
                               if st["pixel_periods"] else 0.0),
        })
    if complete_years and mean_total["area"] > 0:
        rows.append({
            "year": f"mean {complete_years[0].year}-{complete_years[-1].year}",
            "n_periods": sum(len(y.present) for y in complete_years),
            "expected_periods": sum(len(y.expected) for y in complete_years),
            "days_covered": sum(y.days_covered for y in complete_years),
            "days_in_year": sum(y.days for y in complete_years), "complete": True,
            "missing_periods": "", "total_TgC": mean_total["g"] / 1e12,
            "mean_gC_m2": mean_total["g"] / mean_total["area"] if mean_total["area"] else
            float("nan"),
            "mapped_area_km2": mean_total["area"] / 1e6,
            "area_with_values_km2": float("nan"), "gap_filled_pct": float("nan"),
        })
    table = pd.DataFrame(rows)
    for row in rows:
        if row["complete"]:
            values = dict(year=row["year"], total=row["total_TgC"],
                          area=row["mapped_area_km2"], mean=row["mean_gC_m2"],
                          filled=row["gap_filled_pct"])
            if np.isfinite(row["gap_filled_pct"]):
                reporter.log(tr("{year}: {total:.4f} Tg C yr-1 over {area:,.0f} km2 (mean "
                                "{mean:.1f} g C m-2 yr-1; {filled:.1f} % of pixel-periods "
                                "gap-filled)").format(**values))
            else:
                reporter.log(tr("{year}: {total:.4f} Tg C yr-1 over {area:,.0f} km2 (mean "
                                "{mean:.1f} g C m-2 yr-1)").format(**values))
        elif row["days_covered"] < row["days_in_year"]:
            reporter.log(tr("{year}: incomplete ({covered} of {days} days), no annual "
                            "total.").format(year=row["year"], covered=row["days_covered"],
                                             days=row["days_in_year"]))
    monthly = pd.DataFrame([
        {"year": y, "month": m, "total_TgC": g / 1e12, "mapped_area_km2": a / 1e6,
         "mean_gC_m2": g / a if a else float("nan")}
        for (y, m), (g, a) in sorted(month_totals.items())])
    for row in monthly.itertuples():
        reporter.log(tr("{year}-{month:02d}: {total:.4f} Tg C over {area:,.0f} km2 (mean "
                        "{mean:.1f} g C m-2)").format(
                            year=row.year, month=row.month, total=row.total_TgC,
                            area=row.mapped_area_km2, mean=row.mean_gC_m2))
    monthly_csv = os.path.join(out_folder, "monthly_totals.csv")
    csv = os.path.join(out_folder, "totals.csv")
    for frame, name in ((monthly, monthly_csv), (table, csv)):
        try:
            with replaced_on_success(name) as temp:
                frame.to_csv(temp, index=False)
        except OSError as error:
            raise _write_failed(error, name) from None
    written = {os.path.abspath(p) for group in files.values() for p in group}
    written |= {os.path.abspath(csv), os.path.abspath(monthly_csv)}
    stale = [p for p in earlier if os.path.abspath(p) not in written]
    for old in list(stale):
        try:
            os.remove(old)
        except OSError as error:
            stale.remove(old)
            reporter.warn(tr("Could not remove {path} of the earlier totals ({reason}); "
                             "delete it by hand.").format(path=old, reason=error.strerror))
    if stale:
        reporter.log(tr("Removed {count} file(s) of the earlier totals that this run does "
                        "not replace (e.g. {example}).").format(
                            count=len(stale), example=os.path.basename(stale[0])))
    return AggregationResult(table, files, csv, years, area_note, monthly)
