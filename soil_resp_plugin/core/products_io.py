"""Reading other SR products (netCDF or GeoTIFF) onto a regular lon/lat grid.

Global products come in many shapes: longitudes 0–360 (Hashimoto et al. 2015) or −180–180,
latitudes south-to-north or north-to-south, fill values −999 / ``_FillValue`` / GDAL nodata,
CF time axes, units per month, year, day or second. This module hides that: a
:class:`Product` is a north-up grid with longitudes in −180..180 whose ``read`` returns float64
with NaN for fills, plus its native time steps and unit. Conversions to the comparison's
common units (totals per month or year) live here too, so every reader shares them.
"""
import calendar
import dataclasses
import datetime as dt
import math
import os
import re

import numpy as np

from .errors import InputError
from .i18n import tr

PARAMETER = "OTHER_PRODUCT"
#: extra fill values that no SR product uses for real data
SENTINELS = (-999.0, -9999.0, -99999.0)
G_C_PER_UMOL_CO2 = 12.011e-6

#: the units users can pick (OTHER_UNIT); any parseable unit text is accepted from files
UNIT_CHOICES = ("g C m-2 month-1", "g C m-2 yr-1", "g C m-2 d-1", "kg C m-2 yr-1",
                "umol CO2 m-2 s-1", "kg C m-2 month-1", "kg C m-2 d-1", "kg C m-2 s-1",
                "g C m-2 s-1", "mg C m-2 d-1")
MEAN_YEAR_DAYS = 365.25


# ----------------------------------------------------------------------------- grids
@dataclasses.dataclass(frozen=True)
class LonLatGrid:
    """A regular north-up longitude/latitude grid (degrees; ``dy`` positive)."""

    west: float
    north: float
    dx: float
    dy: float
    width: int
    height: int

    @property
    def east(self):
        return self.west + self.dx * self.width

    @property
    def south(self):
        return self.north - self.dy * self.height

    @property
    def bounds(self):
        return (self.west, self.south, self.east, self.north)

    def lon_edges(self):
        return self.west + self.dx * np.arange(self.width + 1)

    def lat_edges(self):
        return self.north - self.dy * np.arange(self.height + 1)

    def lon_centres(self):
        return self.west + self.dx * (np.arange(self.width) + 0.5)

    def lat_centres(self):
        return self.north - self.dy * (np.arange(self.height) + 0.5)

    @property
    def transform(self):
        from affine import Affine

        return Affine(self.dx, 0.0, self.west, 0.0, -self.dy, self.north)

    def window(self, west, south, east, north):
        """(row0, row1, col0, col1) of the cells overlapping the box (slivers ignored)."""
        eps = 1e-6
        c0 = max(0, int(math.floor((west - self.west) / self.dx + eps)))
        c1 = min(self.width, int(math.ceil((east - self.west) / self.dx - eps)))
        r0 = max(0, int(math.floor((self.north - north) / self.dy + eps)))
        r1 = min(self.height, int(math.ceil((self.north - south) / self.dy - eps)))
        return r0, max(r0, r1), c0, max(c0, c1)

    def sub(self, r0, r1, c0, c1):
        return LonLatGrid(self.west + c0 * self.dx, self.north - r0 * self.dy, self.dx,
                          self.dy, c1 - c0, r1 - r0)

    def row_areas(self):
        """Exact ellipsoidal (WGS 84) cell area of each row, m2."""
        from .aggregation import band_area

        edges = np.clip(self.lat_edges(), -90.0, 90.0)
        return band_area(edges[:-1], edges[1:], self.dx)

    def describe(self):
        return tr("{width}x{height} cells of {dx:.6g}° x {dy:.6g}°, lon {west:.4g} to "
                  "{east:.4g}, lat {south:.4g} to {north:.4g}").format(
            width=self.width, height=self.height, dx=self.dx, dy=self.dy, west=self.west,
            east=self.east, south=self.south, north=self.north)


def _regular(centres, what, path):
    """Spacing of evenly spaced centres; InputError when irregular."""
    if len(centres) < 2:
        message = (tr("The latitude axis of {path} has fewer than 2 values: cannot tell the "
                      "cell size.") if what == "latitude" else
                   tr("The longitude axis of {path} has fewer than 2 values: cannot tell the "
                      "cell size."))
        raise InputError(message.format(path=path), parameter=PARAMETER, path=path)
    steps = np.diff(centres)
    step = float(np.median(steps))
    if step == 0 or np.max(np.abs(steps - step)) > 1e-3 * abs(step):
        message = (tr("The latitude axis of {path} is not evenly spaced (steps {low:.6g} to "
                      "{high:.6g}); regrid the product to a regular lon/lat grid first.")
                   if what == "latitude" else
                   tr("The longitude axis of {path} is not evenly spaced (steps {low:.6g} to "
                      "{high:.6g}); regrid the product to a regular lon/lat grid first."))
        raise InputError(message.format(path=path, low=steps.min(), high=steps.max()),
                         parameter=PARAMETER, path=path)
    return step


def lon_order(centres, path):
    """(order, regular sorted centres): column order that brings longitudes into −180..180
    ascending (a 0–360 product is rolled), or the native order if that is not regular."""
    centres = np.asarray(centres, dtype=np.float64)
    normalised = (centres + 180.0) % 360.0 - 180.0
    order = np.argsort(normalised, kind="stable")
    ordered = normalised[order]
    steps = np.diff(ordered)
    if len(ordered) > 1 and np.max(np.abs(steps - np.median(steps))) <= 1e-3 * abs(
            np.median(steps)):
        return order, ordered
    order = np.argsort(centres, kind="stable")  # a regional grid across the antimeridian
    _regular(centres[order], "longitude", path)
    return order, centres[order]


def _runs(indices):
    """Contiguous (start, stop) runs of sorted integer indices."""
    runs, start = [], int(indices[0])
    previous = start
    for value in indices[1:]:
        value = int(value)
        if value != previous + 1:
            runs.append((start, previous + 1))
            start = value
        previous = value
    runs.append((start, previous + 1))
    return runs


# ----------------------------------------------------------------------------- units & steps
def step_days(key):
    """Days of a time step key: ("month", y, m), ("year", y) or ("static",)."""
    if key[0] == "month":
        return calendar.monthrange(key[1], key[2])[1]
    if key[0] == "year":
        return 366 if calendar.isleap(key[1]) else 365
    return MEAN_YEAR_DAYS


def step_label(key):
    if key[0] == "month":
        return f"{key[1]}-{key[2]:02d}"
    if key[0] == "year":
        return str(key[1])
    return "static"


def step_range(key):
    """(first day, last day) of a dated step."""
    if key[0] == "month":
        return dt.date(key[1], key[2], 1), dt.date(key[1], key[2], step_days(key))
    return dt.date(key[1], 1, 1), dt.date(key[1], 12, 31)


COMMON_UNIT = {"month": "g C m-2 month-1", "year": "g C m-2 yr-1", "static": "g C m-2 yr-1"}
_MASS = (("kgc", 1000.0), ("mgc", 1e-3), ("gc", 1.0), ("umolco2", G_C_PER_UMOL_CO2),
         ("umolc", G_C_PER_UMOL_CO2), ("umol", G_C_PER_UMOL_CO2))
_TIME = (("month-1", "month"), ("mon-1", "month"), ("yr-1", "yr"), ("year-1", "yr"),
         ("y-1", "yr"), ("a-1", "yr"), ("day-1", "d"), ("d-1", "d"), ("s-1", "s"))


def parse_unit(text, parameter="OTHER_UNIT", path=None):
    """(grams of C per unit of mass, time unit 's'|'d'|'month'|'yr') of a flux unit text such
    as 'g C m-2 month-1', 'gC/m2/yr', 'kg C m-2 s-1' or 'µmol CO2 m-2 s-1'."""
    key = str(text or "").strip().lower().replace("µ", "u").replace("μ", "u")
    key = re.sub(r"[\s*^·]", "", key).replace("**", "")
    for a, b in (("/m2", "m-2"), ("/m^2", "m-2"), ("/month", "month-1"), ("/mon", "mon-1"),
                 ("/year", "yr-1"), ("/yr", "yr-1"), ("/y", "y-1"), ("/a", "a-1"),
                 ("/day", "d-1"), ("/d", "d-1"), ("/s", "s-1"), ("carbon", "c")):
        key = key.replace(a, b)
    key = key.replace("m2", "m-2") if "m-2" not in key else key
    mass = next((factor for prefix, factor in _MASS if key.startswith(prefix + "m-2")), None)
    time = next((unit for suffix, unit in _TIME if key.endswith("m-2" + suffix)), None)
    if mass is None or time is None:
        message = (tr("Unknown units '{unit}' (units attribute of {path}). Set OTHER_UNIT to "
                      "the product's unit: {units}.") if path else
                   tr("Unknown units '{unit}'. Set OTHER_UNIT to the product's unit: {units}."))
        raise InputError(message.format(unit=text, path=path, units=", ".join(UNIT_CHOICES)),
                         parameter=parameter, path=path)
    return mass, time


def calendar_days(years):
    """Mean length in days of the calendar ``years`` (365, 366 or their mean); the mean
    Gregorian year (365.25 days) when no year is given."""
    years = list(years or ())
    if not years:
        return MEAN_YEAR_DAYS
    return float(np.mean([366 if calendar.isleap(int(y)) else 365 for y in years]))


def to_total(values, unit, key, years=()):
    """Values of ``unit`` for the native step ``key`` → totals of that step in the common
    units: g C m-2 month-1 for a month, g C m-2 yr-1 for a year or a static (mean annual) map.
    Rates per second or day are multiplied by the step's days (a static map: the mean length
    of the calendar ``years`` it stands for, 365.25 days only when none is given); per-month
    units of an annual map count as a mean month (×12), per-year units of a month as that
    year's share."""
    mass, time = parse_unit(unit)
    if key[0] == "static":
        days = year_days = calendar_days(years)
    else:
        days = step_days(key)
        year_days = step_days(("year", key[1]))
    per_unit = {"s": 1.0 / 86400.0, "d": 1.0, "yr": year_days,
                "month": days if key[0] == "month" else year_days / 12.0}[time]
    return values * (mass * days / per_unit)


_RH = re.compile(r"(^|[^a-z])(rh|hr)([^a-z]|$)|heterotrophic", re.IGNORECASE)


def flux_of(product):
    """'Rh' when the product's metadata (variable name, long_name, standard_name, a FLUX tag)
    says heterotrophic respiration (e.g. 'rh', 'Rh_annual', 'heterotrophic_respiration'),
    else 'Rs'."""
    return "Rh" if _RH.search(product.flux_text or "") else "Rs"


RH_EQUATION = ("Bond-Lamberty et al. (2004): ln Rh = 1.22 + 0.73 ln Rs, annual totals in "
               "g C m-2 yr-1, inverted: Rs = exp((ln Rh - 1.22) / 0.73)")


def rh_to_rs(rh_annual):
    """Bond-Lamberty et al. (2004): ln Rh = 1.22 + 0.73 ln Rs, for annual g C m-2 yr-1 only,
    inverted: Rs = exp((ln Rh − 1.22) / 0.73). Non-positive Rh gives NaN."""
    rh = np.asarray(rh_annual, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(rh > 0, np.exp((np.log(np.where(rh > 0, rh, 1.0)) - 1.22) / 0.73),
                        np.nan)


# ----------------------------------------------------------------------------- product
@dataclasses.dataclass
class Product:
    """Another SR product on a north-up lon/lat grid (longitudes −180..180 when possible)."""

    path: str
    variable: str
    variables: list
    grid: LonLatGrid
    unit: str
    native_step: str  # "month" | "year" | "static"
    steps: list  # native step keys, in time order
    synthetic: bool
    notes: list
    _read: object  # callable(index, r0, r1, c0, c1) -> float64 array in the native unit
    fills: tuple = ()  # the values read as missing
    unit_source: str = "file"  # "file" (units attribute) or "OTHER_UNIT" (set by the user)
    flux_text: str = ""  # variable name, long_name, standard_name, FLUX tag: see flux_of()

    def read(self, index, window=None):
        r0, r1, c0, c1 = window or (0, self.grid.height, 0, self.grid.width)
        return self._read(index, r0, r1, c0, c1)

    def date_range(self):
        dated = [k for k in self.steps if k[0] != "static"]
        if not dated:
            return tr("static (no date)")
        if self.native_step == "month":
            text = tr("{first} to {last} (monthly)")
        elif self.native_step == "year":
            text = tr("{first} to {last} (yearly)")
        else:
            text = tr("{first} to {last} ({step}ly)")
        return text.format(first=step_label(dated[0]), last=step_label(dated[-1]),
                           step=self.native_step)


def _mask(values, fills):
    values = np.ma.filled(np.ma.asarray(values, dtype=np.float64), np.nan)
    bad = ~np.isfinite(values) | (np.abs(values) > 1e30)
    for fill in fills:
        if fill is not None and np.isfinite(fill):
            bad |= (values == fill) | (values == float(np.float32(fill)))
    values[bad] = np.nan
    return values


def open_product(path, variable=None, unit=None, nodata=None):
    """Open ``path`` (netCDF or GeoTIFF); ``unit`` overrides the file's units, ``nodata`` adds
    a fill value."""
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise InputError(tr("{path} does not exist or is not a file.").format(path=path),
                         parameter=PARAMETER, path=path)
    with open(path, "rb") as handle:
        magic = handle.read(8)
    fills = SENTINELS + (() if nodata is None else (float(nodata),))
    if magic[:3] == b"CDF" or magic[:8] == b"\x89HDF\r\n\x1a\n":
        product = _open_netcdf(path, variable, fills)
    else:
        product = _open_raster(path, fills)
    if unit:
        product.unit = unit
        product.unit_source = "OTHER_UNIT"
    if not product.unit:
        raise InputError(tr("{path} states no units for '{variable}'. Set OTHER_UNIT to one "
                            "of: {units}.").format(path=path, variable=product.variable,
                                                   units=", ".join(UNIT_CHOICES)),
                         parameter="OTHER_UNIT", path=path)
    parse_unit(product.unit, path=None if unit else path)
    return product


# ----------------------------------------------------------------------------- netCDF
def _axis_kind(var):
    name = var.name.lower()
    units = str(getattr(var, "units", "")).lower()
    standard = str(getattr(var, "standard_name", "")).lower()
    axis = str(getattr(var, "axis", "")).upper()
    if standard == "latitude" or name in ("lat", "latitude", "nav_lat") or (
            units.startswith("degree") and units.endswith(("north", "_n", "n"))):
        return "lat"
    if standard == "longitude" or name in ("lon", "long", "longitude", "nav_lon") or (
            units.startswith("degree") and units.endswith(("east", "_e", "e"))):
        return "lon"
    if standard == "time" or name == "time" or " since " in units or axis == "T":
        return "time"
    return None


def _open_netcdf(path, variable, fills):
    try:
        import netCDF4
    except ImportError:
        raise InputError(tr("Reading netCDF needs the Python package netCDF4 (Debian: "
                            "python3-netcdf4)."), parameter=PARAMETER, path=path) from None
    try:
        ds = netCDF4.Dataset(path)
    except OSError as error:
        raise InputError(tr("Cannot read {path} as netCDF ({error}). Give a netCDF or "
                            "GeoTIFF SR product.").format(path=path, error=error),
                         parameter=PARAMETER, path=path) from None
    try:
        kinds = {}
        for name in ds.dimensions:
            if name in ds.variables and ds.variables[name].ndim == 1:
                kinds[name] = _axis_kind(ds.variables[name])
        coordinates = {n for n, k in kinds.items() if k}
        lat_dims = [n for n, k in kinds.items() if k == "lat"]
        lon_dims = [n for n, k in kinds.items() if k == "lon"]
        candidates = []
        for name, var in ds.variables.items():
            if name in coordinates or var.dtype == str or var.ndim < 2:
                continue
            dims = var.dimensions
            if any(d in lat_dims for d in dims) and any(d in lon_dims for d in dims):
                candidates.append(name)
        if not lat_dims or not lon_dims or not candidates:
            raise InputError(
                tr("{path} has no variable on a latitude/longitude grid (variables found: "
                   "{variables}). Give a gridded lon/lat product.").format(
                    path=path, variables=", ".join(ds.variables) or tr("none")),
                parameter=PARAMETER, path=path)
        if variable:
            if variable not in ds.variables:
                raise InputError(tr("Variable '{variable}' is not in {path}. Data variables "
                                    "found: {candidates}.").format(
                    variable=variable, path=path, candidates=", ".join(candidates)),
                    parameter="OTHER_VARIABLE", path=path)
            if variable not in candidates:
                raise InputError(tr("Variable '{variable}' of {path} is not on the lon/lat "
                                    "grid. Data variables found: {candidates}.").format(
                    variable=variable, path=path, candidates=", ".join(candidates)),
                    parameter="OTHER_VARIABLE", path=path)
        elif len(candidates) > 1:
            raise InputError(tr("{path} has several data variables: {candidates}. Set "
                                "OTHER_VARIABLE to the SR variable.").format(
                path=path, candidates=", ".join(candidates)),
                parameter="OTHER_VARIABLE", path=path)
        else:
            variable = candidates[0]
        var = ds.variables[variable]
        dims = var.dimensions
        y_dim = next(d for d in dims if d in lat_dims)
        x_dim = next(d for d in dims if d in lon_dims)
        t_dim = next((d for d in dims if kinds.get(d) == "time"), None)
        others = [d for d in dims if d not in (y_dim, x_dim, t_dim)]
        for d in others:
            if len(ds.dimensions[d]) != 1:
                raise InputError(tr("Variable '{variable}' of {path} has an extra dimension "
                                    "'{dimension}' of size {size}; only time, lat and lon are "
                                    "supported.").format(
                    variable=variable, path=path, dimension=d, size=len(ds.dimensions[d])),
                    parameter="OTHER_VARIABLE", path=path)
        lat = np.asarray(ds.variables[y_dim][:], dtype=np.float64)
        lon = np.asarray(ds.variables[x_dim][:], dtype=np.float64)
        dy = _regular(lat, "latitude", path)
        order, lon_sorted = lon_order(lon, path)
        dx = float(np.median(np.diff(lon_sorted)))
        ascending = dy > 0
        grid = LonLatGrid(float(lon_sorted[0] - dx / 2), float(lat.max() + abs(dy) / 2), dx,
                          abs(dy), len(lon), len(lat))
        unit = str(getattr(var, "units", "") or "")
        flux_text = " ".join(str(v) for v in (
            variable, getattr(var, "long_name", ""), getattr(var, "standard_name", ""),
            getattr(var, "FLUX", "")) if v)
        attrs = {k: ds.getncattr(k) for k in ds.ncattrs()}
        synthetic = str(attrs.get("SYNTHETIC", attrs.get("synthetic", ""))).lower() in (
            "true", "1", "yes")
        var_fills = [getattr(var, a, None) for a in ("_FillValue", "missing_value")]
        var_fills = [float(np.ravel(v)[0]) for v in var_fills if v is not None]
        notes = []
        steps, native = _netcdf_steps(ds, t_dim, path, notes)
    finally:
        ds.close()
    all_fills = tuple(fills) + tuple(var_fills)
    n_lat = len(lat)

    def read(index, r0, r1, c0, c1):
        rows = np.arange(r0, r1)
        native_rows = (n_lat - 1 - rows) if ascending else rows
        cols = order[c0:c1]
        col_sort = np.argsort(cols, kind="stable")
        sorted_cols = cols[col_sort]
        with netCDF4.Dataset(path) as handle:
            v = handle.variables[variable]
            pieces = []
            y0, y1 = int(native_rows.min()), int(native_rows.max()) + 1
            for a, b in _runs(sorted_cols):
                key = []
                for d in dims:
                    if d == y_dim:
                        key.append(slice(y0, y1))
                    elif d == x_dim:
                        key.append(slice(a, b))
                    elif d == t_dim:
                        key.append(index)
                    else:
                        key.append(0)
                block = v[tuple(key)]
                kept = [d for d in dims if d in (y_dim, x_dim)]
                block = np.ma.asarray(block)
                if kept.index(y_dim) == 1:
                    block = block.T
                pieces.append(block)
            data = np.ma.concatenate(pieces, axis=1) if len(pieces) > 1 else pieces[0]
        data = _mask(data, all_fills)
        if ascending:
            data = data[::-1]
        out = np.empty_like(data)
        out[:, col_sort] = data
        return out

    return Product(path, variable, candidates, grid, unit, native, steps, synthetic, notes, read,
                   fills=all_fills, flux_text=flux_text)


def _netcdf_steps(ds, t_dim, path, notes):
    """Native step keys from the CF time axis (bounds when present)."""
    if t_dim is None:
        return [("static",)], "static"
    import netCDF4

    tvar = ds.variables[t_dim]
    units = getattr(tvar, "units", None)
    calendar_name = getattr(tvar, "calendar", "standard")
    if not units or " since " not in str(units):
        raise InputError(tr("The time axis '{axis}' of {path} has no CF units ('days since "
                            "...'); cannot date the product.").format(axis=t_dim, path=path),
                         parameter=PARAMETER, path=path)
    values = np.asarray(tvar[:], dtype=np.float64)
    bounds_name = getattr(tvar, "bounds", None)
    bounds = None
    if bounds_name and bounds_name in ds.variables:
        bounds = np.asarray(ds.variables[bounds_name][:], dtype=np.float64)

    def dates(numbers):  # cftime objects: any CF calendar (noleap, 360_day, ...)
        return list(np.ravel(netCDF4.num2date(numbers, units, calendar_name,
                                              only_use_cftime_datetimes=True)))

    def days(a, b):
        return (b - a).total_seconds() / 86400.0

    stamps = dates(values)
    if bounds is not None:
        starts, ends = dates(bounds[:, 0]), dates(bounds[:, 1])
        lengths = [days(s, e) for s, e in zip(starts, ends)]
        mids = [s + (e - s) / 2 for s, e in zip(starts, ends)]
    else:
        lengths = [days(a, b) for a, b in zip(stamps[:-1], stamps[1:])]
        mids = stamps
    if not lengths:
        first = stamps[0]
        notes.append(tr("The product has one time step ({year}-{month:02d}-{day:02d}) "
                        "without time bounds: taken as a static map (compared with the mean "
                        "of our complete years); add time bounds to date it.").format(
            year=first.year, month=first.month, day=first.day))
        return [("static",)], "static"
    typical = float(np.median(lengths))
    if 27.5 <= typical <= 31.5:
        return [("month", d.year, d.month) for d in mids], "month"
    if 359 <= typical <= 367:
        return [("year", d.year) for d in mids], "year"
    raise InputError(tr("The time step of {path} is about {days:.1f} days; only monthly and "
                        "annual products (or static maps) are supported.").format(
        path=path, days=typical), parameter="OTHER_TIME_STEP", path=path)


# ----------------------------------------------------------------------------- GeoTIFF
_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2}))?(?:-\d{2})?")


def _open_raster(path, fills):
    import rasterio

    try:
        dataset = rasterio.open(path)
    except Exception as error:  # rasterio.errors.RasterioIOError and friends
        raise InputError(tr("Cannot read {path} as a raster or netCDF ({error}). Give a "
                            "netCDF or GeoTIFF SR product.").format(path=path, error=error),
                         parameter=PARAMETER, path=path) from None
    with dataset:
        if dataset.crs is None or not dataset.crs.is_geographic:
            crs = dataset.crs.to_string() if dataset.crs else tr("no CRS")
            raise InputError(tr("{path} is in {crs}; the comparison needs a geographic lon/lat "
                                "product (EPSG:4326). Warp it first (Raster › Projections › "
                                "Warp).").format(path=path, crs=crs),
                             parameter=PARAMETER, path=path)
        t = dataset.transform
        if t.b or t.d:
            raise InputError(tr("{path} is rotated; warp it to a north-up grid first.").format(
                path=path), parameter=PARAMETER, path=path)
        width, height = dataset.width, dataset.height
        dx, dy = abs(t.a), abs(t.e)
        south_up = t.e > 0
        top = t.f if not south_up else t.f + t.e * height
        lon = t.c + t.a * (np.arange(width) + 0.5)
        if t.a < 0:
            raise InputError(tr("{path} has longitudes running east to west; flip it "
                                "first.").format(path=path), parameter=PARAMETER, path=path)
        order, lon_sorted = lon_order(lon, path) if width > 1 else (np.arange(1), lon)
        grid = LonLatGrid(float(lon_sorted[0] - dx / 2), float(top), dx, dy, width, height)
        tags = dataset.tags()
        synthetic = str(tags.get("SYNTHETIC", "")).lower() in ("true", "1", "yes")
        unit = (dataset.units[0] if dataset.units and dataset.units[0] else None) or tags.get(
            "units") or tags.get("UNITS") or ""
        flux_text = " ".join(str(v) for v in (tags.get("FLUX"), tags.get("VARIABLE"),
                                               dataset.descriptions[0]) if v)
        raster_fills = [dataset.nodata] + [float(tags[k]) for k in ("_FillValue",) if k in tags]
        scale = dataset.scales[0] if dataset.scales else 1.0
        offset = dataset.offsets[0] if dataset.offsets else 0.0
        notes = []
        keys = []
        for band in range(1, dataset.count + 1):
            band_tags = dataset.tags(band)
            text = (band_tags.get("PERIOD_START") or dataset.descriptions[band - 1] or "")
            year = band_tags.get("YEAR") or (tags.get("YEAR") if dataset.count == 1 else None)
            month = band_tags.get("MONTH") or (tags.get("MONTH") if dataset.count == 1 else None)
            match = _DATE.match(str(text).strip())
            if match:
                year, month = match.group("y"), match.group("m") or month
            if year and month:
                keys.append(("month", int(year), int(month)))
            elif year:
                keys.append(("year", int(year)))
            else:
                keys.append(("static",))
        kinds = {k[0] for k in keys}
        if len(kinds) > 1 or (kinds == {"static"} and len(keys) > 1):
            raise InputError(tr("{path} has {count} bands but no consistent band dates (band "
                                "descriptions or YEAR/MONTH tags such as 2005 or 2005-01). "
                                "Give one band, or date the bands.").format(
                path=path, count=dataset.count), parameter=PARAMETER, path=path)
    all_fills = tuple(fills) + tuple(f for f in raster_fills if f is not None)

    def read(index, r0, r1, c0, c1):
        from rasterio.windows import Window

        rows = np.arange(r0, r1)
        native_rows = (height - 1 - rows) if south_up else rows
        cols = order[c0:c1]
        col_sort = np.argsort(cols, kind="stable")
        y0, y1 = int(native_rows.min()), int(native_rows.max()) + 1
        pieces = []
        with rasterio.open(path) as handle:
            for a, b in _runs(cols[col_sort]):
                pieces.append(handle.read(index + 1, window=Window(a, y0, b - a, y1 - y0),
                                          masked=True))
        data = _mask(np.ma.concatenate(pieces, axis=1) if len(pieces) > 1 else pieces[0],
                     all_fills)
        data = data * scale + offset
        if south_up:
            data = data[::-1]
        out = np.empty_like(data)
        out[:, col_sort] = data
        return out

    native = keys[0][0]
    return Product(path, "band 1" if len(keys) == 1 else f"{len(keys)} bands", [], grid, unit,
                   native, keys, synthetic, notes, read, fills=all_fills, flux_text=flux_text)
