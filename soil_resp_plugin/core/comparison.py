"""Intercomparison of our SR maps with another SR product and with site observations.

Both inputs are brought to one grid and time step before anything is compared: the finer of
the two grids is aggregated onto the coarser one by an area-weighted mean of its valid cells
(exact ellipsoidal cell areas, partial overlaps weighted by the overlapping area), and our
8-day daily rates become monthly or annual totals weighted by days (a period straddling a
month end gives each month its own days; only months/years whose every period has a map are
used). A coarse cell is compared only where the valid part of the finer input covers at least
``min_valid_fraction`` of that cell's land (land = the finer input's cells that have a value
in any compared time step), so a cell half hidden by gaps does not stand for the whole cell.
Metrics follow the product-comparison literature: R², RMSE, bias, OLS slope/intercept, Taylor
statistics and region totals (Tg C) from cell areas. Pure Python (numpy, pandas, rasterio).
"""
import dataclasses
import datetime as dt
import os
import re

import numpy as np

from . import periods as P
from .aggregation import coverage, fill_gaps, month_days
from .atomic import replaced_on_success
from .errors import InputError
from .i18n import tr
from .products_io import (
    COMMON_UNIT,
    RH_EQUATION,
    UNIT_CHOICES,
    LonLatGrid,
    flux_of,
    open_product,
    parse_unit,
    rh_to_rs,
    step_days,
    step_label,
    step_range,
    to_total,
)
from .reporting import as_reporter

NODATA = -9999.0
RATE_UNIT = "g C m-2 d-1"
TIME_STEPS = ("auto", "month", "year", "static")
_LABEL = re.compile(r"(?<!\d)(\d{7})(?!\d)")
_MONTH_NAME = re.compile(r"^sr_month_(\d{4})(\d{2})\.tif$")
_YEAR_NAME = re.compile(r"^sr_annual_(\d{4})\.tif$")


# ----------------------------------------------------------------------------- our maps
def _raster_grid(path, parameter, band=1):
    """LonLatGrid, synthetic flag and unit text (of ``band``) of one of our rasters."""
    import rasterio

    with rasterio.open(path) as dataset:
        if dataset.crs is None or not dataset.crs.is_geographic:
            crs = dataset.crs.to_string() if dataset.crs else tr("no CRS")
            raise InputError(
                tr("{path} is in {crs}; the comparison needs maps on a geographic lon/lat grid "
                   "(EPSG:4326). Upscale again with 'Target CRS (default: predictors')' "
                   "(TARGET_CRS) set to EPSG:4326 in 'Upscale soil respiration maps', or warp "
                   "the maps to EPSG:4326 first (Raster > Projections > Warp).").format(
                    path=path, crs=crs),
                parameter=parameter, path=path)
        t = dataset.transform
        if t.b or t.d or t.e >= 0 or t.a <= 0:
            raise InputError(tr("{path} is not a north-up grid; warp it first.").format(
                path=path), parameter=parameter, path=path)
        west = t.c - 360.0 if t.c >= 180.0 else t.c
        grid = LonLatGrid(float(west), float(t.f), float(t.a), float(-t.e), dataset.width,
                          dataset.height)
        tags = dataset.tags()
        synthetic = str(tags.get("SYNTHETIC", "")).lower() in ("true", "1", "yes")
        unit = band_unit(dataset, band)
    return grid, synthetic, unit


def band_unit(dataset, band=1):
    """The unit text of ``band`` of an open rasterio dataset: the band's unit type, else its
    ``units``/``UNITS`` metadata tag (GDAL band metadata, netCDF variable attribute), else the
    dataset's ``UNITS``/``units`` tag; '' when none is set."""
    band_tags = dataset.tags(band)
    dataset_tags = dataset.tags()
    units = dataset.units[band - 1] if dataset.units and len(dataset.units) >= band else None
    return (units or band_tags.get("units") or band_tags.get("UNITS")
            or dataset_tags.get("UNITS") or dataset_tags.get("units") or "")


@dataclasses.dataclass
class OurMaps:
    """Our SR maps: 8-day daily rates (``kind`` '8day', keys = period start dates), monthly
    totals ('month', keys ("month", y, m)) or annual totals ('year', keys ("year", y))."""

    folder: str
    kind: str
    files: dict
    grid: LonLatGrid
    synthetic: bool
    template: str
    max_gap: int = 3
    bands: dict = dataclasses.field(default_factory=dict)  # key -> band (multi-band files)
    unit_source: str = ""  # where the unit was read (band units tag, file tag, assumed)

    # -------------------------------------------------------------- what is covered
    def describe(self):
        keys = sorted(self.files)
        if self.kind == "8day":
            return tr("{count} 8-day maps ({template}), {first} to {last}").format(
                count=len(keys), template=self.template, first=keys[0],
                last=P.period_end(keys[-1]))
        if self.kind == "month":
            text = tr("{count} monthly totals ({template}), {first} to {last}")
        elif self.kind == "year":
            text = tr("{count} yearly totals ({template}), {first} to {last}")
        else:
            text = tr("{count} {kind}ly totals ({template}), {first} to {last}")
        return text.format(count=len(keys), kind=self.kind, template=self.template,
                           first=step_label(keys[0]), last=step_label(keys[-1]))

    def date_range(self):
        keys = sorted(self.files)
        if self.kind == "8day":
            return tr("{first} to {last}").format(first=keys[0], last=P.period_end(keys[-1]))
        return tr("{first} to {last}").format(first=step_range(keys[0])[0],
                                              last=step_range(keys[-1])[1])

    def months(self):
        if self.kind == "8day":
            return [("month", y.year, m) for y in coverage(list(self.files))
                    for m in y.complete_months]
        if self.kind == "month":
            return sorted(self.files)
        return []

    def years(self):
        if self.kind == "8day":
            return [("year", y.year) for y in coverage(list(self.files)) if y.complete]
        if self.kind == "month":
            have = set(self.files)
            return [("year", y) for y in sorted({k[1] for k in have})
                    if all(("month", y, m) in have for m in range(1, 13))]
        return sorted(self.files)

    def valid_pixels(self):
        """(valid pixels in all maps, nodata values): read in full, for error messages only."""
        import rasterio

        count, nodata = 0, set()
        for key, path in self.files.items():
            band = self.bands.get(key, 1)
            with rasterio.open(path) as dataset:
                data = dataset.read(band, masked=True)
                nodata.add(dataset.nodatavals[band - 1])
            count += int(np.isfinite(np.ma.filled(data.astype(np.float64), np.nan)).sum())
        return count, sorted(v for v in nodata if v is not None)

    # -------------------------------------------------------------- reading
    def _read(self, key, window):
        import rasterio
        from rasterio.windows import Window

        r0, r1, c0, c1 = window
        with rasterio.open(self.files[key]) as dataset:
            data = dataset.read(self.bands.get(key, 1), window=Window(c0, r0, c1 - c0, r1 - r0),
                                masked=True)
        return np.ma.filled(data.astype(np.float64), np.nan)

    def _period_stack(self, needed, window):
        """Daily rates of the ``needed`` periods, pixel gaps of at most ``max_gap`` periods
        filled in time (as soilresp:aggregatetime does) using neighbouring maps."""
        first, last = min(self.files), max(self.files)
        pad = dt.timedelta(days=8 * self.max_gap + 8)
        span = [p for p in P.periods_between(max(needed[0] - pad, first),
                                             min(needed[-1] + pad, last))]
        if self.max_gap <= 0:
            span = list(needed)
        shape = (window[1] - window[0], window[3] - window[2])
        stack = np.full((len(span),) + shape, np.nan)
        for t, period in enumerate(span):
            if period in self.files:
                stack[t] = self._read(period, window)
        stack, _ = fill_gaps(stack, self.max_gap)
        index = {p: t for t, p in enumerate(span)}
        return {p: stack[index[p]] for p in needed}

    def field(self, key, window, years=()):
        """Totals of step ``key`` on ``window`` (r0, r1, c0, c1): g C m-2 month-1 for a month,
        g C m-2 yr-1 for a year, the mean annual total over ``years`` for ("static",); NaN
        where any needed value is missing."""
        if key[0] == "static":
            fields = [self.field(("year", y), window) for y in years]
            return np.mean(fields, axis=0)  # NaN where any year is missing
        if self.kind == "8day":
            if key[0] == "month":
                needed = sorted(p for p in self.files if (key[1], key[2]) in month_days(p))
                weights = [month_days(p)[(key[1], key[2])] for p in needed]
            else:
                needed = P.periods_of_year(key[1])
                weights = [P.period_days(p) for p in needed]
            rates = self._period_stack(needed, window)
            return sum(rates[p] * w for p, w in zip(needed, weights))
        if key in self.files:
            return self._read(key, window)
        if key[0] == "year" and self.kind == "month":
            return sum(self._read(("month", key[1], m), window)
                       for m in range(1, 13))
        raise KeyError(key)

    def sample(self, period, lons, lats):
        """Pixel values of the 8-day map of ``period`` at the points (NaN outside)."""
        import rasterio
        from rasterio.windows import Window

        g = self.grid
        lons = (np.asarray(lons, dtype=np.float64) - g.west) % 360.0 + g.west
        cols = np.floor((lons - g.west) / g.dx).astype(int)
        rows = np.floor((g.north - np.asarray(lats, dtype=np.float64)) / g.dy).astype(int)
        inside = (cols >= 0) & (cols < g.width) & (rows >= 0) & (rows < g.height)
        out = np.full(len(cols), np.nan)
        if not inside.any():
            return out
        r0, r1 = rows[inside].min(), rows[inside].max() + 1
        c0, c1 = cols[inside].min(), cols[inside].max() + 1
        with rasterio.open(self.files[period]) as dataset:
            block = dataset.read(self.bands.get(period, 1),
                                 window=Window(c0, r0, c1 - c0, r1 - r0), masked=True)
        block = np.ma.filled(block.astype(np.float64), np.nan)
        out[inside] = block[rows[inside] - r0, cols[inside] - c0]
        return out


def find_our_maps(path, max_gap=3, reporter=None):
    """Our maps in ``path``: a VRT (sr.vrt), multi-band GeoTIFF or netCDF whose bands are
    dated (see :func:`band_date`), or a folder of 8-day maps (any ``*YYYYDDD*.tif`` with one 7-digit year +
    day of year label, e.g. ``sr_2005001.tif`` or the demo's ``sr_true_doy2005001.tif``),
    else monthly (``sr_month_YYYYMM.tif``) or annual (``sr_annual_YYYY.tif``) totals of
    soilresp:aggregatetime, in the folder or its monthly/ and annual/ subfolders."""
    reporter = as_reporter(reporter)
    path = os.fspath(path) if path else ""
    if path and os.path.isfile(path):
        return _maps_in_file(path, max_gap, reporter)
    if not path or not os.path.isdir(path):
        raise InputError(tr("'{path}' is neither a folder of SR maps nor a VRT, multi-band "
                            "GeoTIFF or netCDF of them. Give the upscaling's output folder or "
                            "its sr.vrt.").format(path=path),
                         parameter="OUR_MAPS", path=path or None)
    names = sorted(os.listdir(path))
    groups = {}
    for name in names:
        if not name.lower().endswith((".tif", ".tiff")) or name.startswith("."):
            continue
        labels = _LABEL.findall(name)
        if len(labels) != 1:
            continue
        try:
            period = P.parse_period_label(labels[0])
        except ValueError:
            continue
        if not 1 <= int(labels[0][4:]) <= 366 or P.period_start(period) != period:
            continue
        template = name.replace(labels[0], "{YYYYDDD}")
        groups.setdefault(template, {})[period] = os.path.join(path, name)
    kind, files, template = None, {}, ""
    if groups:
        if len(groups) > 1:
            preferred = [t for t in groups if t == "sr_{YYYYDDD}.tif"] or [
                t for t in groups if t.lower().startswith("sr")
                and not any(w in t.lower() for w in ("sd", "aoa", "di_"))]
            if len(preferred) != 1:
                raise InputError(
                    tr("{path} holds several series of 8-day maps ({series}); give a folder "
                       "with one SR series.").format(path=path,
                                                     series=", ".join(sorted(groups))),
                    parameter="OUR_MAPS", path=path)
            reporter.log(tr("OUR_MAPS: using {series}; ignoring {ignored}.").format(
                series=preferred[0],
                ignored=", ".join(t for t in sorted(groups) if t != preferred[0])))
            template = preferred[0]
        else:
            template = next(iter(groups))
        kind, files = "8day", groups[template]
    else:
        for sub, pattern, what in (("monthly", _MONTH_NAME, "month"),
                                   ("annual", _YEAR_NAME, "year")):
            for folder in (path, os.path.join(path, sub)):
                if not os.path.isdir(folder):
                    continue
                for name in sorted(os.listdir(folder)):
                    match = pattern.match(name)
                    if match:
                        key = (what,) + tuple(int(g) for g in match.groups())
                        files[key] = os.path.join(folder, name)
                if files:
                    kind = what
                    template = ("sr_month_{YYYYMM}.tif" if what == "month"
                                else "sr_annual_{YYYY}.tif")
                    break
            if files:
                break
    if not files:
        raise InputError(
            tr("No SR maps found in {path}: expected 8-day maps named with year and day of year "
               "(sr_YYYYDDD.tif from 'Upscale soil respiration maps', or "
               "sr_true_doyYYYYDDD.tif), or the monthly/annual totals of 'Aggregate SR maps in "
               "time'.").format(path=path),
            parameter="OUR_MAPS", path=path)
    grid, synthetic, units = None, False, set()
    for file in files.values():
        this, synth, unit = _raster_grid(file, "OUR_MAPS")
        synthetic |= synth
        units.add(unit)
        if grid is None:
            grid = this
        elif not (np.allclose([this.west, this.north, this.dx, this.dy],
                              [grid.west, grid.north, grid.dx, grid.dy], rtol=0, atol=1e-9)
                  and (this.width, this.height) == (grid.width, grid.height)):
            raise InputError(tr("{file} is on another grid ({grid}) than the first map "
                                "({first}).").format(file=file, grid=this.describe(),
                                                     first=grid.describe()),
                             parameter="OUR_MAPS", path=file)
    expected = {"8day": "d", "month": "month", "year": "yr"}[kind]
    for unit in units - {""}:
        mass, time = parse_unit(unit, parameter="OUR_MAPS")
        if mass != 1.0 or time != expected:
            raise InputError(tr("The maps in {path} are in {unit}; expected {expected}.").format(
                path=path, unit=unit,
                expected=RATE_UNIT if kind == '8day' else COMMON_UNIT[kind]),
                parameter="OUR_MAPS", path=path)
    if "" in units:
        reporter.warn(tr("Some maps in {path} carry no unit: taken as {unit}.").format(
            path=path, unit=RATE_UNIT if kind == '8day' else COMMON_UNIT[kind]))
    return OurMaps(path, kind, dict(sorted(files.items())), grid, synthetic, template, max_gap)


_NETCDF_TIME = re.compile(r"^(?P<unit>days|hours|minutes|seconds) since (?P<origin>\S+)")


def band_date(dataset, band):
    """Date of ``band``: its PERIOD_START tag, an ISO date or a YYYYDDD label as its
    description, or its netCDF time (NETCDF_DIM_time with the dataset's time#units, standard
    calendar); None when undated."""
    tags = dataset.tags(band)
    text = str(tags.get("PERIOD_START") or dataset.descriptions[band - 1] or "").strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    label = _LABEL.search(text)
    if label and 1 <= int(label.group(1)[4:]) <= 366:
        return P.parse_period_label(label.group(1))
    value = tags.get("NETCDF_DIM_time")
    match = _NETCDF_TIME.match(str(dataset.tags().get("time#units", "")))
    if value is not None and match:
        origin = dt.datetime.fromisoformat(match.group("origin").replace("T", " ")[:19]
                                           if ":" in match.group("origin")
                                           else match.group("origin")[:10])
        seconds = {"days": 86400, "hours": 3600, "minutes": 60, "seconds": 1}[match["unit"]]
        return (origin + dt.timedelta(seconds=float(value) * seconds)).date()
    return None


def _maps_in_file(path, max_gap, reporter):
    """:class:`OurMaps` of one file with one band per 8-day period (the upscaling's sr.vrt, a
    multi-band GeoTIFF or a netCDF with a time axis)."""
    import rasterio

    try:
        dataset = rasterio.open(path)
    except Exception as error:  # RasterioIOError and friends
        raise InputError(tr("Cannot read {path} as a raster ({error}). Give the folder of "
                            "maps, sr.vrt, a multi-band GeoTIFF or a netCDF.").format(
            path=path, error=error), parameter="OUR_MAPS", path=path) from None
    with dataset:
        dates = [band_date(dataset, b) for b in range(1, dataset.count + 1)]
        units = {band_unit(dataset, b) for b in range(1, dataset.count + 1)}
    undated = [b for b, d in enumerate(dates, start=1) if d is None]
    if undated:
        raise InputError(tr("Band {band} of {path} has no date ({undated} of {bands} bands "
                            "undated): each band needs a PERIOD_START tag or description such "
                            "as 2005-01-09 (as sr.vrt has), or a netCDF time axis.").format(
            band=undated[0], path=path, undated=len(undated), bands=len(dates)),
            parameter="OUR_MAPS", path=path)
    bad = [d for d in dates if P.period_start(d) != d]
    if bad:
        raise InputError(tr("{count} band date(s) of {path} are not starts of 8-day periods "
                            "(e.g. {example}); expected day of year 1, 9, 17, ...").format(
            count=len(bad), path=path, example=bad[0]), parameter="OUR_MAPS", path=path)
    if len(set(dates)) != len(dates):
        twice = sorted({d for d in dates if dates.count(d) > 1})
        raise InputError(tr("{path} has two bands for period {period}.").format(
            path=path, period=twice[0]), parameter="OUR_MAPS", path=path)
    grid, synthetic, _ = _raster_grid(path, "OUR_MAPS")
    for unit in units - {""}:
        mass, time = parse_unit(unit, parameter="OUR_MAPS")
        if mass != 1.0 or time != "d":
            raise InputError(tr("The bands of {path} are in {unit}; expected {expected} (8-day "
                                "mean daily rates).").format(path=path, unit=unit,
                                                             expected=RATE_UNIT),
                             parameter="OUR_MAPS", path=path)
    if "" in units:
        reporter.warn(tr("Some bands of {path} carry no unit: taken as {unit}.").format(
            path=path, unit=RATE_UNIT))
    order = sorted(range(len(dates)), key=lambda i: dates[i])
    files = {dates[i]: path for i in order}
    bands = {dates[i]: i + 1 for i in order}
    unit_source = "band units" if units - {""} else "assumed"
    return OurMaps(path, "8day", files, grid, synthetic,
                   tr("{file} bands").format(file=os.path.basename(path)),
                   max_gap, bands, unit_source)


# ----------------------------------------------------------------------------- product side
def _product_years(product):
    if product.native_step == "year":
        return [k for k in product.steps]
    if product.native_step == "month":
        have = set(product.steps)
        return [("year", y) for y in sorted({k[1] for k in have})
                if all(("month", y, m) in have for m in range(1, 13))]
    return []


def product_field(product, key, window, years=(), is_rh=False):
    """The product's totals for step ``key`` in the common units (see products_io.to_total),
    coarsened from its native step when needed; Rh converted to Rs when ``is_rh``."""
    index = {k: i for i, k in enumerate(product.steps)}
    native = product.native_step
    if key[0] == "static":
        if native == "static":
            values = to_total(product.read(0, window), product.unit, ("static",), years)
        else:
            values = np.mean([product_field(product, ("year", y), window) for y in years],
                             axis=0)
    elif key[0] == native:
        values = to_total(product.read(index[key], window), product.unit, key)
    elif key[0] == "year" and native == "month":
        values = sum(to_total(product.read(index[("month", key[1], m)], window), product.unit,
                              ("month", key[1], m)) for m in range(1, 13))
    else:
        raise KeyError(key)
    return rh_to_rs(values) if is_rh else values


def resolve_step(product, requested, is_rh, reporter):
    """The common time step kind ('month' | 'year' | 'static') for a requested OTHER_TIME_STEP
    and the product's native step."""
    native = product.native_step
    if requested not in TIME_STEPS:
        raise InputError(tr("Unknown time step '{step}'.").format(step=requested),
                         parameter="OTHER_TIME_STEP")
    step = native if requested == "auto" else requested
    if step == "month" and native != "month":
        raise InputError(tr("OTHER_TIME_STEP is monthly, but {path} is {native} ({range}); "
                            "choose annual or static.").format(
            path=product.path, native=native, range=product.date_range()),
            parameter="OTHER_TIME_STEP", path=product.path)
    if step == "year" and native == "static":
        reporter.log(tr("The product is a static map without a date: compared as a mean annual "
                        "map with the mean of our complete years."))
        step = "static"
    if is_rh and step == "month":
        if requested == "month":
            raise InputError(tr("The Rh to Rs conversion (Bond-Lamberty et al. 2004) holds for "
                                "annual totals only: set OTHER_TIME_STEP to annual or static."),
                             parameter="OTHER_TIME_STEP")
        reporter.log(tr("Heterotrophic respiration product: monthly values are summed to annual "
                        "totals before the Rh to Rs conversion (annual only)."))
        step = "year"
    return step


def _empty_ours(ours, product, compared, region, other_any):
    """Raise the error for our maps without a value in the compared region and steps."""
    valid, nodata = ours.valid_pixels()
    values = " / ".join(f"{v:g}" for v in nodata) or tr("none set")
    also = ("" if other_any else tr(" (The product has no valid value there either.)"))
    if not valid:
        raise InputError(
            tr("Our maps are empty: none of the {count} maps ({template}, {range}) has a valid "
               "pixel (every value is nodata, {values}, or NaN). Nothing was compared; this is "
               "not a problem of the other product. Check the log of 'Upscale soil respiration "
               "maps' (how many pixels it predicted) and that its extent lies inside the "
               "predictors' coverage.{also}").format(
                count=len(ours.files), template=ours.template, range=ours.date_range(),
                values=values, also=also),
            parameter="OUR_MAPS", path=ours.folder)
    raise InputError(
        tr("Our maps have no value over {region} in the {compared}: their {valid} valid "
           "pixel-periods lie elsewhere or in other periods, or their gaps are longer than "
           "MAX_GAP ({max_gap}) so no month/year total exists. Nothing was compared.{also}"
           ).format(region=region, compared=compared, valid=valid, max_gap=ours.max_gap,
                    also=also),
        parameter="OUR_MAPS", path=ours.folder)


# ----------------------------------------------------------------------------- regridding
def _overlap(c_lo, c_hi, f_lo, f_hi):
    lo = np.maximum(c_lo[:, None], f_lo[None, :])
    hi = np.minimum(c_hi[:, None], f_hi[None, :])
    return lo, hi, hi > lo


class Aggregator:
    """Area-weighted mean of a fine lon/lat grid on a coarse one, as matrix products:
    sum = W_lat @ (values x valid) @ W_lon.T, where W_lat holds the ellipsoidal area per degree
    of longitude of each overlapping latitude band and W_lon the overlapping degrees."""

    def __init__(self, fine, coarse):
        from .aggregation import band_area

        f_lon, c_lon = fine.lon_edges(), coarse.lon_edges()
        lo, hi, ok = _overlap(c_lon[:-1], c_lon[1:], f_lon[:-1], f_lon[1:])
        self.w_lon = np.where(ok, hi - lo, 0.0)
        f_lat, c_lat = fine.lat_edges(), coarse.lat_edges()
        lo, hi, ok = _overlap(c_lat[1:], c_lat[:-1], f_lat[1:], f_lat[:-1])
        self.w_lat = np.where(ok, band_area(np.where(ok, lo, 0.0), np.where(ok, hi, 0.0), 1.0),
                              0.0)
        self.cell_area = coarse.row_areas()[:, None] * np.ones((1, coarse.width))
        self.inside_area = self.w_lat.sum(axis=1)[:, None] * self.w_lon.sum(axis=1)[None, :]

    def area(self, valid):
        return self.w_lat @ valid.astype(np.float64) @ self.w_lon.T

    def mean(self, values):
        """(area-weighted mean of the finite values, their area in m2) per coarse cell."""
        valid = np.isfinite(values)
        total = self.w_lat @ np.where(valid, values, 0.0) @ self.w_lon.T
        area = self.area(valid)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(area > 0, total / np.where(area > 0, area, 1.0), np.nan), area


@dataclasses.dataclass
class Harmonised:
    """Both inputs on the common grid and steps: arrays (steps, rows, cols), NaN where a cell
    is not compared. ``area`` is the land area (m2) behind each compared value."""

    grid: LonLatGrid
    step: str
    steps: list
    unit: str
    ours: np.ndarray
    other: np.ndarray
    area: np.ndarray
    fine_side: str
    n_cells: int
    static_years: list
    notes: list
    #: for the claims (comparison_claims): the aggregator fine -> common grid, our grid cut to
    #: the overlap, the window of our maps on it, and the mean over the steps of our totals on
    #: that grid (NaN where a step is missing)
    aggregator: object = None
    our_grid: LonLatGrid = None
    our_window: tuple = None
    ours_fine: np.ndarray = None

    @property
    def paired(self):
        return np.isfinite(self.ours) & np.isfinite(self.other)


def _extent_text(grid):
    return tr("lon {west:.4g} to {east:.4g}, lat {south:.4g} to {north:.4g}").format(
        west=grid.west, east=grid.east, south=grid.south, north=grid.north)


def harmonise(ours, product, step, is_rh=False, min_valid_fraction=0.5, min_land_fraction=0.0,
              reporter=None):
    """Bring ``ours`` (:class:`OurMaps`) and ``product`` to the coarser grid and the common
    ``step`` ('month' | 'year' | 'static'). See the module docstring for the rules."""
    reporter = as_reporter(reporter)
    notes = list(product.notes)
    # ---------------------------------------------------------------- time
    static_years = []
    if step == "month":
        mine = ours.months()
        theirs = set(product.steps)
        steps = [k for k in mine if k in theirs]
        ours_text = (tr("complete months {first} to {last}").format(
            first=step_label(mine[0]), last=step_label(mine[-1])) if mine
            else tr("no complete month"))
    else:
        mine = ours.years()
        ours_text = (tr("complete years {first} to {last}").format(
            first=mine[0][1], last=mine[-1][1]) if mine else tr("no complete year"))
        if step == "year":
            theirs = set(_product_years(product))
            steps = [k for k in mine if k in theirs]
        else:
            if product.native_step == "static":
                static_years = [k[1] for k in mine]
            else:
                theirs = set(_product_years(product))
                static_years = [k[1] for k in mine if k in theirs]
            steps = [("static",)] if static_years else []
    if not steps:
        message = (tr("No overlap in time, nothing compared:\n"
                      "  OUR_MAPS       {ours} ({ours_text})\n"
                      "  OTHER_PRODUCT  {product}\n"
                      "Compare maps and a product for the same months (whole months/years of "
                      "our maps are needed).") if step == "month" else
                   tr("No overlap in time, nothing compared:\n"
                      "  OUR_MAPS       {ours} ({ours_text})\n"
                      "  OTHER_PRODUCT  {product}\n"
                      "Compare maps and a product for the same years (whole months/years of "
                      "our maps are needed)."))
        raise InputError(
            message.format(ours=ours.date_range(), ours_text=ours_text,
                           product=product.date_range()),
            parameter="OTHER_PRODUCT", path=product.path)
    # ---------------------------------------------------------------- space
    a, b = ours.grid, product.grid
    west, east = max(a.west, b.west), min(a.east, b.east)
    south, north = max(a.south, b.south), min(a.north, b.north)
    if not (east > west and north > south):
        raise InputError(
            tr("No overlap in space, nothing compared (both in lon/lat degrees, EPSG:4326; the "
               "product's longitudes brought to -180..180):\n"
               "  OUR_MAPS       {ours}\n"
               "  OTHER_PRODUCT  {product}\n"
               "Give a product that covers the mapped region.").format(
                ours=_extent_text(a), product=_extent_text(b)),
            parameter="OTHER_PRODUCT", path=product.path)
    product_coarse = b.dx * b.dy >= a.dx * a.dy * (1 - 1e-9)
    coarse, fine = (b, a) if product_coarse else (a, b)
    c_win = coarse.window(west, south, east, north)
    f_win = fine.window(west, south, east, north)
    common = coarse.sub(*c_win)
    aggregator = Aggregator(fine.sub(*f_win), common)
    o_win, p_win = (f_win, c_win) if product_coarse else (c_win, f_win)
    fine_side = "ours" if product_coarse else "other"
    reporter.log((tr("Common grid: the product grid, {grid}; our maps are aggregated onto it "
                     "(area-weighted mean of valid cells).") if product_coarse else
                  tr("Common grid: the our maps grid, {grid}; the product is aggregated onto "
                     "it (area-weighted mean of valid cells).")).format(grid=common.describe()))
    # ---------------------------------------------------------------- pass over the steps
    shape = (len(steps), common.height, common.width)
    ours_c, other_c, valid_area = np.full(shape, np.nan), np.full(shape, np.nan), np.zeros(shape)
    union = np.zeros((f_win[1] - f_win[0], f_win[3] - f_win[2]), dtype=bool)
    ours_sum = 0.0
    ours_any = other_any = False
    for t, key in enumerate(steps):
        reporter.check_cancelled()
        mine_values = ours.field(key, o_win, static_years)
        theirs_values = product_field(product, key, p_win, static_years, is_rh)
        ours_any |= bool(np.isfinite(mine_values).any())
        other_any |= bool(np.isfinite(theirs_values).any())
        ours_sum = ours_sum + mine_values
        fine_values = mine_values if product_coarse else theirs_values
        mean, area = aggregator.mean(fine_values)
        union |= np.isfinite(fine_values)
        valid_area[t] = area
        if product_coarse:
            ours_c[t], other_c[t] = mean, theirs_values
        else:
            ours_c[t], other_c[t] = mine_values, mean
        reporter.progress(0.8 * (t + 1) / len(steps))
    compared = tr("{count} {step} step(s), {first} to {last}").format(
        count=len(steps), step=step, first=step_label(steps[0]), last=step_label(steps[-1]))
    region = tr("lon {west:.4g} to {east:.4g}, lat {south:.4g} to {north:.4g}").format(
        west=west, east=east, south=south, north=north)
    if not ours_any:
        _empty_ours(ours, product, compared, region, other_any)
    if not other_any:
        fills = " / ".join(f"{v:g}" for v in sorted(set(product.fills))) or tr("none")
        raise InputError(
            tr("The product is empty where our maps are: {variable} has no valid value over "
               "{region} in the {compared} (every value is a fill value: {fills}, or NaN). "
               "Nothing was compared; our maps do have values there. Check that this is the SR "
               "variable (OTHER_VARIABLE), its fill value (OTHER_NODATA) and that the product "
               "covers the mapped region.").format(variable=product.variable, region=region,
                                                    compared=compared, fills=fills),
            parameter="OTHER_PRODUCT", path=product.path)
    land = aggregator.area(union)
    with np.errstate(invalid="ignore", divide="ignore"):
        enough = ((valid_area >= min_valid_fraction * land[None] - 1e-6 * land[None])
                  & (land > 0)[None]
                  & (land >= min_land_fraction * aggregator.cell_area)[None]
                  & (aggregator.inside_area >= min_valid_fraction * aggregator.cell_area
                     * (1 - 1e-9))[None])
    if product_coarse:
        ours_c[~enough] = np.nan
    else:
        other_c[~enough] = np.nan
    paired = np.isfinite(ours_c) & np.isfinite(other_c)
    ours_c[~paired] = np.nan
    other_c[~paired] = np.nan
    area = np.where(paired, valid_area, 0.0)
    n_cells = int(paired.any(axis=0).sum())
    if n_cells == 0:
        raise InputError(
            tr("Nothing compared: both inputs have values, but no {cell:.4g}° cell has values "
               "in both with at least {percent:.0f} % of its land covered, in any of the "
               "{compared}:\n"
               "  OUR_MAPS       {ours}\n"
               "  OTHER_PRODUCT  {product}\n"
               "Their valid cells do not meet (e.g. the product is masked where we map). Check "
               "the product's fill values (OTHER_NODATA) and variable (OTHER_VARIABLE), or "
               "lower MIN_VALID_FRACTION.").format(
                cell=common.dx, percent=100 * min_valid_fraction, compared=compared,
                ours=_extent_text(a), product=_extent_text(b)),
            parameter="OTHER_PRODUCT", path=product.path)
    unit = COMMON_UNIT[step]
    if is_rh:
        notes.append(tr("The product is heterotrophic respiration (Rh); it was converted to "
                        "soil respiration with Bond-Lamberty et al. (2004), ln Rh = 1.22 + 0.73 "
                        "ln Rs, applied to annual totals in g C m-2 yr-1. The relation is a "
                        "global regression: the converted values are approximate."))
    if step == "static":
        notes.append((tr("Static comparison: our mean annual total over {years} against the "
                         "product's single undated map.")
                      if product.native_step == "static" else
                      tr("Static comparison: our mean annual total over {years} against the "
                         "product's mean over the same years.")).format(
            years=", ".join(map(str, static_years))))
    reporter.log(tr("{cells} cells of {cell:.4g}° compared over {count} {step} step(s) ({first} "
                    "to {last}), in {unit}.").format(
        cells=n_cells, cell=common.dx, count=len(steps), step=step,
        first=step_label(steps[0]), last=step_label(steps[-1]), unit=unit))
    return Harmonised(common, step, steps, unit, ours_c, other_c, area, fine_side, n_cells,
                      static_years, notes, aggregator, ours.grid.sub(*o_win), o_win,
                      ours_sum / len(steps))


# ----------------------------------------------------------------------------- metrics
METRIC_COLUMNS = ("n", "r2", "r", "rmse", "mae", "bias", "rel_bias_pct", "slope", "intercept",
                  "slope_origin", "mean_reference", "mean_compared", "sd_reference",
                  "sd_compared", "sd_ratio", "crmsd", "crmsd_norm")


def pair_metrics(reference, compared):
    """Agreement of ``compared`` with ``reference`` (1-d arrays, NaN pairs dropped):
    R² = squared Pearson correlation; RMSE, MAE and bias of compared − reference; relative
    bias = bias / mean reference; OLS slope and intercept of compared on reference and the
    slope through the origin; Taylor statistics: standard deviations (population), their ratio
    and the centred RMS difference, also divided by the reference standard deviation."""
    x = np.asarray(reference, dtype=np.float64)
    y = np.asarray(compared, dtype=np.float64)
    ok = np.isfinite(x) & np.isfinite(y)
    x, y = x[ok], y[ok]
    out = {k: float("nan") for k in METRIC_COLUMNS}
    out["n"] = int(len(x))
    if not len(x):
        return out
    d = y - x
    mx, my = x.mean(), y.mean()
    sx, sy = x.std(), y.std()
    out.update(mean_reference=mx, mean_compared=my, sd_reference=sx, sd_compared=sy,
               rmse=float(np.sqrt(np.mean(d * d))), mae=float(np.mean(np.abs(d))),
               bias=float(d.mean()))
    out["rel_bias_pct"] = 100.0 * out["bias"] / mx if mx != 0 else float("nan")
    sxx = float(np.sum(x * x))
    out["slope_origin"] = float(np.sum(x * y) / sxx) if sxx > 0 else float("nan")
    crmsd = float(np.sqrt(np.mean(((y - my) - (x - mx)) ** 2)))
    out["crmsd"] = crmsd
    if len(x) >= 2 and sx > 0:
        out["slope"] = float(np.mean((x - mx) * (y - my)) / (sx * sx))
        out["intercept"] = float(my - out["slope"] * mx)
        out["sd_ratio"] = float(sy / sx)
        out["crmsd_norm"] = crmsd / sx
        if sy > 0:
            out["r"] = float(np.mean((x - mx) * (y - my)) / (sx * sy))
            out["r2"] = out["r"] ** 2
    return out


def _row(scope, step, site, reference, compared, unit, metrics, **extra):
    row = {"scope": scope, "step": step, "site": site, "reference": reference,
           "compared": compared, "unit": unit}
    row.update({k: metrics[k] for k in METRIC_COLUMNS})
    row.update({"total_reference_TgC": float("nan"), "total_compared_TgC": float("nan"),
                "total_ratio": float("nan"), "total_unit": "", "total_basis": ""})
    row.update(extra)
    return row


def product_statistics(h, product_name):
    """Per-step and pooled metrics of the product (compared) against our maps (reference),
    with region totals in Tg C over the compared cells' land area."""
    import pandas as pd

    rows = []
    totals = []
    for t, key in enumerate(h.steps):
        paired = np.isfinite(h.ours[t]) & np.isfinite(h.other[t])
        metrics = pair_metrics(h.ours[t][paired], h.other[t][paired])
        mine = float(np.sum(h.ours[t][paired] * h.area[t][paired])) / 1e12
        theirs = float(np.sum(h.other[t][paired] * h.area[t][paired])) / 1e12
        totals.append((mine, theirs, step_days(key)))
        total_unit = "Tg C month-1" if key[0] == "month" else "Tg C yr-1"
        rows.append(_row(key[0], step_label(key), "", "our maps", product_name, h.unit, metrics,
                         total_reference_TgC=mine, total_compared_TgC=theirs,
                         total_ratio=theirs / mine if mine else float("nan"),
                         total_unit=total_unit))
    paired = h.paired
    metrics = pair_metrics(h.ours[paired], h.other[paired])
    mine, theirs, total_unit, basis = annual_totals(h.steps, totals)
    label = (f"{step_label(h.steps[0])} to {step_label(h.steps[-1])}" if len(h.steps) > 1
             else step_label(h.steps[0]))
    pooled = _row("pooled", label, "", "our maps", product_name, h.unit, metrics,
                  total_reference_TgC=mine, total_compared_TgC=theirs,
                  total_ratio=theirs / mine if mine else float("nan"), total_unit=total_unit,
                  total_basis=basis)
    return pd.DataFrame([pooled] + rows)


def annual_totals(steps, totals):
    """(ours, theirs, unit, basis) of the pooled region totals from per-step totals
    ``totals`` [(ours Tg C, theirs Tg C, days)]: monthly steps are summed within each calendar
    year (28-31 days each, so leap years are exact) and the calendar years all of whose 12
    months were compared are averaged, in Tg C yr-1. Only when no calendar year is complete
    are the compared months scaled to 365 days, labelled 'Tg C per 365 days'. Annual steps
    are calendar-year totals already; a static step is the mean annual total."""
    if steps[0][0] != "month":
        return (float(np.mean([m for m, _, _ in totals])),
                float(np.mean([o for _, o, _ in totals])), "Tg C yr-1",
                "mean of calendar-year totals" if steps[0][0] == "year"
                else "mean annual total (static)")
    years = {}
    for key, (m, o, _) in zip(steps, totals):
        years.setdefault(key[1], []).append((m, o))
    full = sorted(y for y, months in years.items() if len(months) == 12)
    if full:
        mine = float(np.mean([sum(m for m, _ in years[y]) for y in full]))
        theirs = float(np.mean([sum(o for _, o in years[y]) for y in full]))
        left = len(steps) - 12 * len(full)
        return mine, theirs, "Tg C yr-1", (
            f"mean of the calendar-year sums of {', '.join(map(str, full))}"
            + (f" ({left} month(s) of incomplete years not in the total)" if left else ""))
    days = sum(d for _, _, d in totals)
    return (sum(m for m, _, _ in totals) * 365.0 / days,
            sum(o for _, o, _ in totals) * 365.0 / days, "Tg C per 365 days",
            f"{len(steps)} compared month(s) ({days} days) scaled to 365 days: no complete "
            "calendar year")


# ----------------------------------------------------------------------------- observations
def observation_samples(ours, table, reporter=None):
    """Our 8-day maps sampled (pixel value) at each observation row's site and period.
    ``table``: the importobservations table (site, lon, lat, period_start, sr)."""
    import pandas as pd

    reporter = as_reporter(reporter)
    missing = [c for c in ("site", "lon", "lat", "period_start", "sr") if c not in table.columns]
    if missing:
        raise InputError(tr("The observation table lacks column(s) {columns}; give the output "
                            "of 'Import soil respiration observations'.").format(
            columns=", ".join(missing)), parameter="OBSERVATIONS")
    if ours.kind != "8day":
        if ours.kind == "month":
            text = tr("Observations need 8-day maps; OUR_MAPS holds monthly totals, so the "
                      "sites are not compared.")
        elif ours.kind == "year":
            text = tr("Observations need 8-day maps; OUR_MAPS holds yearly totals, so the "
                      "sites are not compared.")
        else:
            text = tr("Observations need 8-day maps; OUR_MAPS holds {kind}ly totals, so the "
                      "sites are not compared.")
        reporter.warn(text.format(kind=ours.kind))
        return None
    frame = table[["site", "lon", "lat", "period_start", "sr"]].copy()
    frame["site"] = frame["site"].astype(str)
    frame["period_start"] = pd.to_datetime(frame["period_start"]).dt.date
    frame["sr"] = pd.to_numeric(frame["sr"], errors="coerce")
    frame["map"] = np.nan
    for period, rows in frame.groupby("period_start"):
        if period in ours.files:
            frame.loc[rows.index, "map"] = ours.sample(period, rows["lon"], rows["lat"])
    kept = frame[np.isfinite(frame["map"]) & np.isfinite(frame["sr"])]
    outside = frame[~frame["period_start"].isin(list(ours.files))]
    if len(outside):
        reporter.log(tr("{count} observation row(s) fall in periods without a map and are not "
                        "compared.").format(count=len(outside)))
    if kept.empty:
        reporter.warn(tr("No observation matches a mapped period and a valid pixel: the sites "
                         "are not compared."))
        return None
    return kept.sort_values(["site", "period_start"]).reset_index(drop=True)


def observation_statistics(samples):
    import pandas as pd

    rows = []
    for site, part in samples.groupby("site"):
        rows.append(_row("site", f"{part['period_start'].min()} to "
                         f"{part['period_start'].max()}", site, "observations", "our maps",
                         RATE_UNIT, pair_metrics(part["sr"], part["map"])))
    rows.append(_row("sites pooled", f"{samples['period_start'].min()} to "
                     f"{samples['period_start'].max()}", "all", "observations", "our maps",
                     RATE_UNIT, pair_metrics(samples["sr"], samples["map"])))
    return pd.DataFrame(rows)


# ----------------------------------------------------------------------------- plausibility
#: SR products agree within a factor of about 2; beyond this, a unit is the likelier cause
PLAUSIBLE_FACTOR = 5.0


def unit_plausibility(h, product, is_rh=False, factor=PLAUSIBLE_FACTOR,
                      describe=lambda name: name):
    """A warning text when the product's area-weighted mean differs from ours by more than
    ``factor`` after harmonising, naming the units (of :data:`UNIT_CHOICES`) that would bring
    the ratio near 1 had the product been in them; None when plausible."""
    paired = h.paired
    area = np.where(paired, h.area, 0.0)
    if not area.sum():
        return None
    mine = float(np.sum(np.where(paired, h.ours, 0.0) * area) / area.sum())
    theirs = float(np.sum(np.where(paired, h.other, 0.0) * area) / area.sum())
    if not (np.isfinite(mine) and np.isfinite(theirs)) or mine <= 0:
        return None
    ratio = theirs / mine
    if 1.0 / factor <= ratio <= factor:
        return None
    key = product.steps[len(product.steps) // 2]
    given = to_total(1.0, product.unit, key)
    fits = []
    for unit in UNIT_CHOICES:
        scale = to_total(1.0, unit, key) / given  # the values x this, had they been in unit
        if is_rh:  # Rs = exp((ln Rh - 1.22) / 0.73) scales with Rh^(1/0.73)
            scale = scale ** (1.0 / 0.73)
        corrected = ratio * scale
        if parse_unit(unit) != parse_unit(product.unit) and 0.5 <= corrected <= 2.0:
            fits.append((abs(np.log(corrected)), unit, scale, corrected))
    source = (tr("as set in OTHER_UNIT") if product.unit_source == "OTHER_UNIT"
              else tr("as its units attribute states"))
    text = tr("{parameter}: implausible values. After conversion to {unit}, the product's mean "
              "over the compared cells ({theirs:.4g}) is {ratio:.4g} times ours ({mine:.4g}; our "
              "maps are in {rate_unit}, a known unit). SR products rarely differ by more than a "
              "factor of {factor:g}, so the product's unit '{product_unit}' ({source}) is "
              "probably wrong.").format(
        parameter=describe('OTHER_UNIT'), unit=h.unit, theirs=theirs, ratio=ratio, mine=mine,
        rate_unit=RATE_UNIT, factor=factor, product_unit=product.unit, source=source)
    if fits:
        advice = tr("Suspected unit: {suspects}. Set {parameter} to the product's real unit (or "
                    "fix its units attribute) and run again.").format(
            suspects="; ".join(
                tr("if its values were in {unit} (x {scale:.4g}) the ratio would be "
                   "{ratio:.3g}").format(unit=unit, scale=scale, ratio=corrected)
                for _, unit, scale, corrected in sorted(fits)[:3]),
            parameter=describe('OTHER_UNIT'))
    else:
        advice = tr("No supported unit ({units}) brings the ratio near 1: check the variable "
                    "({variable}), its scale factor and {is_rh}.").format(
            units=", ".join(UNIT_CHOICES), variable=describe('OTHER_VARIABLE'),
            is_rh=describe('OTHER_IS_RH'))
    return tr("{problem} {advice} The statistics were computed with the unit as given.").format(
        problem=text, advice=advice)


# ----------------------------------------------------------------------------- outputs
def mean_difference(h):
    """Mean over the compared steps of other − ours per cell (NaN where never compared)."""
    paired = h.paired
    count = paired.sum(axis=0)
    total = np.where(paired, h.other - h.ours, 0.0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def mean_ratio(h):
    """Ratio of the sums over the compared steps, other / ours, per cell (NaN where never
    compared or where our sum is not positive)."""
    paired = h.paired
    mine = np.where(paired, h.ours, 0.0).sum(axis=0)
    theirs = np.where(paired, h.other, 0.0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(paired.any(axis=0) & (mine > 0), theirs / np.where(mine > 0, mine, 1.0),
                        np.nan)


def write_difference(h, path, synthetic=False, description="", kind="difference"):
    """GeoTIFF of :func:`mean_difference` (``kind`` 'difference', in the common unit) or of
    :func:`mean_ratio` ('ratio', unitless), float32, nodata -9999, written under a temporary
    name and renamed, so a reader never sees half a file."""
    import rasterio
    from rasterio.crs import CRS

    ratio = kind == "ratio"
    data = mean_ratio(h) if ratio else mean_difference(h)
    quantity = ("other product / our maps, ratio of the sums over" if ratio
                else "other product - our maps, mean over")
    unit = "1" if ratio else h.unit
    tags = {"UNITS": unit, "QUANTITY": f"{quantity} {len(h.steps)} {h.step} step(s)",
            "STEPS": ",".join(step_label(k) for k in h.steps),
            "SOILRESP_PRODUCT": "comparison"}
    if synthetic:
        tags["SYNTHETIC"] = "true"
    if description:
        tags["DESCRIPTION"] = description
    with replaced_on_success(path) as temp:
        with rasterio.open(temp, "w", driver="GTiff", width=h.grid.width, height=h.grid.height,
                           count=1, dtype="float32", crs=CRS.from_epsg(4326),
                           transform=h.grid.transform, nodata=NODATA,
                           compress="deflate") as dataset:
            dataset.write(np.where(np.isfinite(data), data, NODATA).astype(np.float32), 1)
            dataset.set_band_description(1, "ratio other / ours" if ratio
                                         else "difference other - ours")
            dataset.set_band_unit(1, unit)
            dataset.update_tags(**tags)
    return path


def write_text(path, text):
    with replaced_on_success(path) as temp, open(temp, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


# ----------------------------------------------------------------------------- the run
@dataclasses.dataclass
class ProductSpec:
    """One product to compare: a file and what is known about it. None / 'auto' = read from
    the file's metadata (variable: the only data variable; unit: its units attribute; time
    step: its time axis; flux: Rh when its name or long_name says heterotrophic)."""

    path: str
    variable: str = None
    unit: str = None
    time_step: str = "auto"
    flux: str = "auto"  # 'auto' | 'Rs' | 'Rh'
    nodata: float = None
    parameter: str = "OTHER_PRODUCT"  # the Processing parameter errors about it name


@dataclasses.dataclass
class ProductComparison:
    """One product against our maps: its name (file name), harmonised arrays and statistics."""

    name: str
    spec: ProductSpec
    product: object
    harmonised: Harmonised
    statistics: object
    is_rh: bool
    warnings: list = dataclasses.field(default_factory=list)
    files: dict = dataclasses.field(default_factory=dict)

    def pooled(self):
        return self.statistics[self.statistics["scope"] == "pooled"].iloc[0]


@dataclasses.dataclass
class ComparisonResult:
    statistics: object  # pandas DataFrame: every product's pooled/step rows, sites, breakdowns
    harmonised: Harmonised  # of the first product
    ours: OurMaps
    product: object  # the first product
    samples: object  # DataFrame of site samples (our maps and every product), or None
    synthetic: bool
    files: dict
    warnings: list = dataclasses.field(default_factory=list)  # shown in the report too
    comparisons: list = dataclasses.field(default_factory=list)  # ProductComparison each
    claims: dict = dataclasses.field(default_factory=dict)  # name -> DataFrame (claims module)

    def pooled(self):
        return self.statistics[self.statistics["scope"] == "pooled"].iloc[0]


def _write(parameter, path, write):
    """Run ``write()``; an OS or GDAL error becomes an InputError naming the output."""
    from rasterio.errors import RasterioError

    try:
        return write()
    except (OSError, RasterioError) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        reason = re.sub(r"[^'\"\s]*\.partial", path, reason)  # not our temporary name
        raise InputError(tr("Cannot write {path}: {reason}. Choose a location you can write "
                            "to and with free space.").format(path=path, reason=reason),
                         parameter=parameter, path=path) from None


def product_names(paths):
    """A short unique name per product path: the file name, with its folder when two files
    share a name."""
    names = [os.path.basename(os.fspath(p)) for p in paths]
    out = []
    for path, name in zip(paths, names):
        if names.count(name) > 1:
            name = os.path.join(os.path.basename(os.path.dirname(os.fspath(path))), name)
        while name in out:
            name += "'"
        out.append(name)
    return out


def map_file_stem(name):
    """A file-name-safe stem for a product name (difference_<stem>.tif, ratio_<stem>.tif)."""
    stem = os.path.splitext(os.path.basename(name))[0]
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", stem) or "product"


_OPTION_KEYS = {"variable": "variable", "unit": "unit", "flux": "flux", "step": "time_step",
                "time_step": "time_step", "nodata": "nodata"}


def parse_product_options(text, paths):
    """{path: ProductSpec keyword arguments} from PRODUCT_OPTIONS lines such as
    'rh_annual.nc: variable=rh; unit=g C m-2 yr-1; flux=Rh; step=year; nodata=-1' (the file
    by its name or path)."""
    out = {}
    by_name = {}
    for path in paths:
        by_name.setdefault(os.path.basename(path), []).append(path)
        by_name.setdefault(path, []).append(path)
    for number, line in enumerate(str(text or "").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, settings = line.rpartition(":") if "=" not in line.split(":")[0] else (
            "", "", line)
        name = name.strip()
        if not sep or not name:
            raise InputError(tr("Line {number} '{line}' does not start with a file name and "
                                "':' (e.g. 'rh_annual.nc: flux=Rh; step=year').").format(
                number=number, line=line), parameter="PRODUCT_OPTIONS")
        matches = by_name.get(name, [])
        if len(matches) != 1:
            known = ", ".join(sorted({os.path.basename(p) for p in paths})) or tr("none")
            message = (tr("Line {number}: '{name}' is not one of the OTHER_PRODUCTS files "
                          "({known}).") if not matches else
                       tr("Line {number}: '{name}' is more than one of the OTHER_PRODUCTS "
                          "files ({known})."))
            raise InputError(message.format(number=number, name=name, known=known),
                             parameter="PRODUCT_OPTIONS")
        options = out.setdefault(matches[0], {})
        for item in settings.split(";"):
            if not item.strip():
                continue
            key, eq, value = item.partition("=")
            key, value = key.strip().lower(), value.strip()
            if not eq or key not in _OPTION_KEYS:
                raise InputError(tr("Line {number}: unknown setting '{setting}'; use "
                                    "variable=, unit=, flux=Rs|Rh, "
                                    "step=auto|month|year|static, nodata=.").format(
                    number=number, setting=item.strip()), parameter="PRODUCT_OPTIONS")
            if key == "flux" and value.lower() not in ("rs", "rh", "auto"):
                raise InputError(tr("Line {number}: flux must be Rs, Rh or auto, not "
                                    "'{value}'.").format(number=number, value=value),
                                 parameter="PRODUCT_OPTIONS")
            if key in ("step", "time_step") and value not in TIME_STEPS:
                raise InputError(tr("Line {number}: step must be one of {steps}, not "
                                    "'{value}'.").format(number=number,
                                                         steps=", ".join(TIME_STEPS),
                                                         value=value),
                                 parameter="PRODUCT_OPTIONS")
            if key == "nodata":
                try:
                    value = float(value)
                except ValueError:
                    raise InputError(tr("Line {number}: nodata must be a number, not "
                                        "'{value}'.").format(number=number, value=value),
                                     parameter="PRODUCT_OPTIONS") from None
            if key == "unit":
                parse_unit(value, parameter="PRODUCT_OPTIONS")
            if key == "flux":
                value = {"rs": "Rs", "rh": "Rh", "auto": "auto"}[value.lower()]
            options[_OPTION_KEYS[key]] = value
    return out


def _open_spec(spec):
    """open_product for ``spec``; errors about a product of the OTHER_PRODUCTS list name that
    parameter and say how to give the setting for that one file."""
    try:
        return open_product(spec.path, variable=spec.variable, unit=spec.unit,
                            nodata=spec.nodata)
    except InputError as error:
        if spec.parameter == "OTHER_PRODUCT":
            raise
        text = Exception.__str__(error)
        if error.parameter in ("OTHER_VARIABLE", "OTHER_UNIT", "OTHER_TIME_STEP"):
            key = error.parameter.split("_", 1)[1].lower()
            text = tr("{message} For this file of OTHER_PRODUCTS, give it in PRODUCT_OPTIONS "
                      "as '{file}: {key}=...'.").format(
                message=text, file=os.path.basename(spec.path), key=key)
        raise InputError(text, parameter=spec.parameter, path=error.path or spec.path) from None


def _compare_one(ours, spec, name, min_valid_fraction, min_land_fraction, reporter, describe):
    product = _open_spec(spec)
    flux = flux_of(product) if spec.flux in (None, "", "auto") else spec.flux
    is_rh = flux.lower() == "rh"
    from_metadata = spec.flux in (None, '', 'auto')
    if product.unit_source != 'file':
        text = (tr("Product {name}: variable {variable} [{unit}, as given], {range}, flux "
                   "{flux} (from its metadata); {grid}.") if from_metadata else
                tr("Product {name}: variable {variable} [{unit}, as given], {range}, flux "
                   "{flux}; {grid}."))
    else:
        text = (tr("Product {name}: variable {variable} [{unit}, from the file], {range}, flux "
                   "{flux} (from its metadata); {grid}.") if from_metadata else
                tr("Product {name}: variable {variable} [{unit}, from the file], {range}, flux "
                   "{flux}; {grid}."))
    reporter.log(text.format(name=name, variable=product.variable, unit=product.unit,
                             range=product.date_range(), flux='Rh' if is_rh else 'Rs',
                             grid=product.grid.describe()))
    if is_rh:
        reporter.log(tr("{name} is heterotrophic respiration: converted to soil respiration "
                        "with {equation}.").format(name=name, equation=RH_EQUATION))
    try:
        step = resolve_step(product, spec.time_step or "auto", is_rh, reporter)
        h = harmonise(ours, product, step, is_rh, min_valid_fraction, min_land_fraction,
                      reporter)
    except InputError as error:
        if spec.parameter == "OTHER_PRODUCT" or error.parameter == "OUR_MAPS":
            raise
        raise InputError(f"{name}: {Exception.__str__(error)}", parameter=spec.parameter,
                         path=error.path or spec.path) from None
    for note in h.notes:
        reporter.log(note)
    statistics = product_statistics(h, name)
    comparison = ProductComparison(name, spec, product, h, statistics, is_rh)
    unit_parameter = ("OTHER_UNIT" if spec.parameter == "OTHER_PRODUCT" else "PRODUCT_OPTIONS")
    warning = unit_plausibility(h, product, is_rh, describe=lambda p: describe(
        unit_parameter if p == "OTHER_UNIT" else p))
    if warning:
        warning = f"{name}: {warning}"
        reporter.warn(warning)
        comparison.warnings.append(warning)
    pooled = comparison.pooled()
    reporter.log(tr("{name}, pooled ({n} cell-steps): R2 {r2:.3f}, RMSE {rmse:.4g}, bias "
                    "{bias:.4g} {unit} ({rel_bias:.1f} %), slope {slope:.3f}, slope through "
                    "origin {slope_origin:.3f}; totals {ours:.4g} (ours) and {other:.4g} "
                    "(other) {total_unit} ({basis}), ratio {ratio:.3f}.").format(
        name=name, n=pooled['n'], r2=pooled['r2'], rmse=pooled['rmse'], bias=pooled['bias'],
        unit=h.unit, rel_bias=pooled['rel_bias_pct'], slope=pooled['slope'],
        slope_origin=pooled['slope_origin'], ours=pooled['total_reference_TgC'],
        other=pooled['total_compared_TgC'], total_unit=pooled['total_unit'],
        basis=pooled['total_basis'], ratio=pooled['total_ratio']))
    return comparison


def compare(our_maps, other_path=None, variable=None, unit=None, time_step="auto", is_rh=False,
            nodata=None, min_valid_fraction=0.5, min_land_fraction=0.0, max_gap=3,
            observations=None, statistics_csv=None, difference=None, report=None,
            reporter=None, describe=lambda name: name, products=(), ratio=None,
            maps_folder=None, land_cover=None, scales_km=None, lat_band=10.0,
            spatial_csv=None, temporal_csv=None, tr=lambda text: text):
    """Compare our maps ``our_maps`` (folder, sr.vrt, multi-band GeoTIFF or netCDF) with the
    product ``other_path`` (set by ``variable``, ``unit``, ``time_step``, ``is_rh``,
    ``nodata``) and/or each :class:`ProductSpec` (or path) of ``products``; optionally with an
    observation table (DataFrame) and a land-cover raster. Writes the outputs whose paths are
    given (each atomically): statistics CSV, difference and ratio maps of the first product,
    difference_<name>.tif and ratio_<name>.tif of every product in ``maps_folder``, the
    claims' tables and the report; returns a :class:`ComparisonResult`. ``describe(parameter
    id)`` names a parameter in warnings (the Processing label and id); ``tr`` translates the
    report's headings and fixed sentences (default: English)."""
    import pandas as pd

    from . import comparison_claims as claims

    reporter = as_reporter(reporter)
    if not 0.0 < float(min_valid_fraction) <= 1.0:
        raise InputError(tr("MIN_VALID_FRACTION must be in (0, 1]."),
                         parameter="MIN_VALID_FRACTION")
    specs = []
    if other_path not in (None, ""):
        specs.append(ProductSpec(os.fspath(other_path), variable, unit, time_step,
                                 "Rh" if is_rh else "Rs", nodata))
    for item in products or ():
        specs.append(item if isinstance(item, ProductSpec)
                     else ProductSpec(os.fspath(item), parameter="OTHER_PRODUCTS"))
    if not specs:
        raise InputError(tr("No product to compare: give a product file (OTHER_PRODUCT) or a "
                            "list of them (OTHER_PRODUCTS)."), parameter="OTHER_PRODUCT")
    ours = find_our_maps(our_maps, max_gap=max_gap, reporter=reporter)
    reporter.log(tr("Our maps: {maps}; {grid}.").format(maps=ours.describe(),
                                                         grid=ours.grid.describe()))
    names = product_names([spec.path for spec in specs])
    comparisons = []
    for spec, name in zip(specs, names):
        comparisons.append(_compare_one(ours, spec, name, min_valid_fraction,
                                        min_land_fraction, reporter, describe))
    first = comparisons[0]
    statistics = pd.concat([c.statistics for c in comparisons], ignore_index=True)
    samples = site_daily = None
    result_claims = {}
    if observations is not None:
        samples = observation_samples(ours, observations, reporter)
        if samples is not None:
            statistics = pd.concat([statistics, observation_statistics(samples)],
                                   ignore_index=True)
            samples, site_daily = claims.sample_products_at_sites(samples, comparisons,
                                                                  reporter)
            site_rows = claims.site_statistics(samples, comparisons)
            statistics = pd.concat([statistics, site_rows], ignore_index=True)
    breakdown = claims.breakdowns(comparisons, land_cover, lat_band, reporter)
    if len(breakdown):
        statistics = pd.concat([statistics, breakdown], ignore_index=True)
    result_claims["spatial"], result_claims["within_cell"] = claims.spatial_detail(
        comparisons, scales_km or claims.SCALES_KM)
    result_claims["temporal"], result_claims["regional_series"] = claims.temporal_detail(
        ours, comparisons, samples, reporter, site_daily)
    synthetic = ours.synthetic or any(c.product.synthetic for c in comparisons)
    if synthetic:
        which = ([tr("our maps")] if ours.synthetic else []) + [
            c.name for c in comparisons if c.product.synthetic]
        reporter.warn(tr("SYNTHETIC input: {inputs} carry SYNTHETIC=true; the numbers show how "
                         "the tool works, not real SR.").format(inputs=", ".join(which)))
    result = ComparisonResult(statistics, first.harmonised, ours, first.product, samples,
                              synthetic, {}, [w for c in comparisons for w in c.warnings],
                              comparisons, result_claims)
    if len(comparisons) > 1:
        reporter.log(tr("Totals: {totals}.").format(totals="; ".join(
            tr("{product} {total:.4g} vs ours {ours:.4g} {unit}").format(
                product=c.name, total=c.pooled()['total_compared_TgC'],
                ours=c.pooled()['total_reference_TgC'], unit=c.pooled()['total_unit'])
            for c in comparisons)))

    def csv_writer(frame, path):
        def write():
            with replaced_on_success(path) as temp:
                frame.to_csv(temp, index=False)
            return path
        return write

    if statistics_csv:
        result.files["statistics_csv"] = _write("STATISTICS_CSV", statistics_csv,
                                                csv_writer(statistics, statistics_csv))
    for key, path, parameter in (("spatial", spatial_csv, "SPATIAL_DETAIL_CSV"),
                                 ("temporal", temporal_csv, "TEMPORAL_DETAIL_CSV")):
        if path:
            result.files[key] = _write(parameter, path, csv_writer(result_claims[key], path))
    first_synthetic = ours.synthetic or first.product.synthetic
    if difference:
        result.files["difference"] = _write("DIFFERENCE", difference, lambda: write_difference(
            first.harmonised, difference, first_synthetic, f"{first.name} - {ours.folder}"))
    if ratio:
        result.files["ratio"] = _write("RATIO", ratio, lambda: write_difference(
            first.harmonised, ratio, first_synthetic, f"{first.name} / {ours.folder}",
            kind="ratio"))
    if maps_folder:
        os.makedirs(maps_folder, exist_ok=True)
        for c in comparisons:
            flag = ours.synthetic or c.product.synthetic
            for kind in ("difference", "ratio"):
                path = os.path.join(maps_folder, f"{kind}_{map_file_stem(c.name)}.tif")
                c.files[kind] = _write("MAPS_FOLDER", path, lambda c=c, k=kind, p=path, f=flag:
                                       write_difference(c.harmonised, p, f,
                                                        f"{c.name} vs {ours.folder}", kind=k))
    if report:
        from .comparison_report import render

        text = render(result, tr=tr)
        result.files["report"] = _write("REPORT", report, lambda: write_text(report, text))
    reporter.progress(1.0)
    return result
