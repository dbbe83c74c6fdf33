"""Predictor catalog: finds raster time series in folders and reads them in physical units.

Every later step (training-table extraction, upscaling, comparison) reads predictors through
:class:`PredictorCatalog`, so naming schemes, scale factors, fill values, QC bits, 16-day to
8-day mapping and reprojection are handled once, here.

Recognised file names (see docs/predictors.md):

- AppEEARS GeoTIFF: ``MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif``
- MODIS HDF4 granule: ``MOD13A2.A2016145.h18v04.006.2016166145124.hdf`` (all subdatasets)
- MODIStsp: ``MOD13A1_NDVI_2016_001.tif``
- generic: ``<variable>_doy<YYYYDDD>.tif`` for canonical variable ids
- static layers (land cover MCD12, elevation, anything in a ``static/`` folder)
- a user pattern (regex with named groups, or a strftime format with ``{variable}``) and
  multi-band files with one band per date (dates in band descriptions or band metadata).
"""
import dataclasses
import datetime as dt
import math
import os
import re
import threading
import warnings
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.errors import RasterioError, RasterioIOError
from rasterio.io import MemoryFile
from rasterio.vrt import WarpedVRT
from rasterio.warp import transform, transform_bounds
from rasterio.windows import Window

from . import periods as P
from . import products
from .errors import InputError
from .reporting import as_reporter

PARAMETER = "PREDICTORS"
#: what rasterio raises for unreadable files (RasterioIOError is an OSError, not a RasterioError)
READ_ERRORS = (RasterioError, RasterioIOError)
RASTER_EXTENSIONS = (".tif", ".tiff", ".hdf", ".hdf4", ".vrt", ".img")
TEMPORAL_MAPPINGS = ("composite", "linear")
WGS84 = CRS.from_epsg(4326)
#: one bounding-window read serves all sites of a period while it stays below this size
_SITE_BBOX_MAX_PIXELS = 4_000_000
#: open datasets kept per thread (each holds a file handle)
_DATASETS_PER_THREAD = 64


# ----------------------------------------------------------------------------- grid
@dataclass(frozen=True, eq=False)
class Grid:
    """A raster grid: rasterio ``CRS``, affine ``transform`` (north-up), ``width``, ``height``."""

    crs: CRS
    transform: Affine
    width: int
    height: int

    @classmethod
    def of(cls, dataset):
        return cls(dataset.crs, dataset.transform, dataset.width, dataset.height)

    @property
    def shape(self):
        return (self.height, self.width)

    @property
    def res(self):
        return (abs(self.transform.a), abs(self.transform.e))

    @property
    def bounds(self):
        left, top = self.transform * (0, 0)
        right, bottom = self.transform * (self.width, self.height)
        return (min(left, right), min(top, bottom), max(left, right), max(top, bottom))

    def window_transform(self, window):
        return self.transform * Affine.translation(window.col_off, window.row_off)

    def same_crs(self, other):
        if self.crs is None or other.crs is None:
            return self.crs is other.crs
        return self.crs.to_wkt() == other.crs.to_wkt() or self.crs == other.crs

    def offset_in(self, other):
        """(col, row) offset of ``other``'s origin on this grid when ``other`` is this grid
        shifted by whole pixels (same CRS and cell size), else ``None``."""
        a, b = self.transform, other.transform
        if not (math.isclose(a.a, b.a, rel_tol=1e-9) and math.isclose(a.e, b.e, rel_tol=1e-9)):
            return None
        if a.b or a.d or b.b or b.d:
            return None
        col = (b.c - a.c) / a.a
        row = (b.f - a.f) / a.e
        if abs(col - round(col)) > 1e-6 or abs(row - round(row)) > 1e-6:
            return None
        if not self.same_crs(other):
            return None
        return int(round(col)), int(round(row))

    def matches(self, other):
        return (self.width, self.height) == (other.width, other.height) and self.offset_in(
            other
        ) == (0, 0)

    def describe(self):
        crs = self.crs.to_string() if self.crs else "no CRS"
        if len(crs) > 60:
            crs = crs[:57] + "..."
        return f"{self.width}x{self.height} cells of {self.res[0]:.6g} x {self.res[1]:.6g}, {crs}"


# ----------------------------------------------------------------------------- records
@dataclass(frozen=True)
class RasterLayer:
    """One band of one file: a variable at one date (``date`` None: static, undated)."""

    variable: str
    date: object
    source: str  # what rasterio opens: a path or an HDF4_EOS subdataset name
    band: int
    path: str  # the file on disk, for messages
    product: str
    days: int  # time step: 0 static, 1 daily, 4, 8 or 16-day composite
    storage: str = "int"  # "int": stored integers to scale; "float": already physical
    nodata: float = None
    gdal_scale: float = 1.0
    gdal_offset: float = 0.0
    tile: str = None
    qc_source: str = None
    qc_band: int = 1
    qc_rule: products.QcRule = None


@dataclass
class Series:
    variable: str
    spec: products.VariableSpec
    unit: str
    static: bool
    categorical: bool
    layers: list
    grid: Grid
    days: int
    resolution: dict = field(default_factory=dict)  # period -> (mode, ((layer, weight), ...))

    @property
    def product(self):
        return ", ".join(sorted({layer.product for layer in self.layers}))


@dataclass(frozen=True)
class _Candidate:
    """A file (band) recognised by name, before it is opened."""

    path: str
    variable: str
    date: object
    product: str
    days: int
    source: str = None
    band: int = 1
    qc_for: tuple = ()
    qc_rule: products.QcRule = None
    static: bool = False
    tile: str = None
    multiband: bool = False


# ----------------------------------------------------------------------------- names
_APPEEARS = re.compile(
    r"^(?P<product>M[OYC]D\w+?)\.(?P<version>\d{3})_(?P<layer>.+)_doy(?P<yeardoy>\d{7})_aid\d+$"
)
_HDF_GRANULE = re.compile(
    r"^(?P<product>M[OYC]D\w+?)\.A(?P<yeardoy>\d{7})(\.(?P<tile>h\d\dv\d\d))?"
    r"\.(?P<version>\d{3})(\.\d+)?$"
)
_MODISTSP = re.compile(
    r"^(?P<product>M[OYC]D\d\d[A-Z]\d[A-Z]*)_(?P<layer>.+?)_(?P<year>\d{4})_(?P<doy>\d{3})$"
)
_GENERIC = re.compile(r"^(?P<variable>[A-Za-z][A-Za-z0-9_]*?)_doy(?P<yeardoy>\d{7})$")
_MCD12 = re.compile(r"(?<![A-Za-z0-9])(?P<product>MCD12(Q1|C1))(?![A-Za-z0-9])", re.I)
_ELEVATION = re.compile(r"(^|_)(elevation|dem|srtm|gtopo30|gmted\w*|altitude)(_|$)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_DATE_IN_TEXT = (
    re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"),
    re.compile(r"(?:doy|A)(\d{4})(\d{3})(?!\d)"),
    re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(\d{4})(\d{3})(?!\d)"),
)


def _yeardoy(text):
    year, doy = int(text[:4]), int(text[4:7])
    if not 1 <= doy <= 366:
        raise ValueError(f"day of year {doy} out of range")
    return P.date_from_doy(year, doy)


def parse_date_text(text):
    """A date from text such as ``2016-01-01``, ``doy2016001``, ``A2016001``, ``20160101``,
    ``2016001``; ``None`` when the text holds no date."""
    text = str(text)
    for index, pattern in enumerate(_DATE_IN_TEXT):
        match = pattern.search(text)
        if not match:
            continue
        try:
            if index in (1, 3):
                return _yeardoy(match.group(1) + match.group(2))
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
    return None


def _as_date(value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if isinstance(value, np.datetime64):
        return dt.date.fromisoformat(str(value)[:10])
    raise TypeError(f"not a date: {value!r}")


class UserPattern:
    """A user's file-name pattern: a regex with named groups ``variable`` and ``year`` +
    ``doy``, ``date`` (YYYYMMDD, YYYY-MM-DD or YYYYDDD) or ``yeardoy``; or a strftime format
    (``%Y %m %d %j``) with ``{variable}``, or whose fixed text names the variable."""

    def __init__(self, text):
        self.text = text
        self.fixed_variable = None
        try:
            if "(?P<" in text:
                self.regex = re.compile(text)
            elif "%" in text:
                self.regex = re.compile(self._from_strftime(text))
            else:
                raise InputError(
                    f"PATTERN '{text}' is neither a regular expression with named groups "
                    "(e.g. (?P<variable>[a-z_]+)_(?P<year>\\d{4})(?P<doy>\\d{3})) nor a strftime "
                    "format (e.g. {variable}_%Y%m%d.tif).",
                    parameter="PATTERN",
                )
        except re.error as error:
            raise InputError(f"PATTERN '{text}' is not a valid regular expression: {error}",
                             parameter="PATTERN") from None
        groups = set(self.regex.groupindex)
        if "variable" not in groups and not self.fixed_variable:
            raise InputError(
                f"PATTERN '{text}' does not say which variable a file holds: add a named group "
                "(?P<variable>...) or {variable}, or a fixed name such as ndvi_%Y%m%d.",
                parameter="PATTERN",
            )

    def _from_strftime(self, text):
        tokens = {"%Y": r"(?P<year>\d{4})", "%m": r"(?P<month>\d{2})", "%d": r"(?P<day>\d{2})",
                  "%j": r"(?P<doy>\d{3})", "{variable}": r"(?P<variable>[A-Za-z][\w\-]*?)"}
        parts = re.split(r"(%[Ymdj]|\{variable\})", text)
        if "{variable}" not in parts:
            fixed = re.split(r"%[A-Za-z]", text)[0]
            fixed = products.normalise_name(re.sub(r"\.\w+$", "", fixed))
            self.fixed_variable = fixed or None
        body = "".join(tokens.get(part, re.escape(part)) for part in parts)
        body = body.replace(r"\*", ".*")
        return "^" + body + r"(\.\w+)?$"

    def match(self, name):
        """(variable, date or None) for a file name, or ``None`` when it does not match."""
        match = self.regex.search(name)
        if not match:
            return None
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        variable = groups.get("variable", self.fixed_variable)
        try:
            if "date" in groups:
                date = parse_date_text(groups["date"])
                if date is None:
                    return None
            elif "yeardoy" in groups:
                date = _yeardoy(groups["yeardoy"])
            elif "year" in groups and "doy" in groups:
                date = P.date_from_doy(groups["year"], groups["doy"])
            elif "year" in groups and "month" in groups:
                date = dt.date(int(groups["year"]), int(groups["month"]), int(groups.get("day", 1)))
            else:
                date = None
        except ValueError:
            return None
        return variable, date


def _variable_id(name, known_only):
    canonical = products.canonical_variable(name)
    if canonical or known_only:
        return canonical
    return products.safe_identifier(name)


#: what a browser appends to a file downloaded twice: "name (1).tif"
_BROWSER_COPY = re.compile(r"\s\(\d{1,3}\)$")


def browser_copy_of(name):
    """The original file name of a browser's second download ``x (1).tif`` -> ``x.tif``, or
    ``None`` when ``name`` has no such suffix."""
    stem, ext = os.path.splitext(name)
    if not _BROWSER_COPY.search(stem):
        return None
    return _BROWSER_COPY.sub("", stem) + ext


_DATE_FORMATS = (  # (regex of a date in a name, strftime equivalent, PATTERN regex group)
    (re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"), "%Y-%m-%d", r"(?P<date>\d{4}-\d{2}-\d{2})"),
    (re.compile(r"(?<!\d)\d{8}(?!\d)"), "%Y%m%d", r"(?P<date>\d{8})"),
    (re.compile(r"(?<!\d)\d{4}_\d{2}_\d{2}(?!\d)"), "%Y_%m_%d",
     r"(?P<year>\d{4})_(?P<month>\d{2})_(?P<day>\d{2})"),
    (re.compile(r"(?<!\d)\d{7}(?!\d)"), "%Y%j", r"(?P<date>\d{7})"),
)


def pattern_hint(path, known_only=True):
    """A ready-to-use PATTERN (strftime and regex) for a file name ``<variable><sep><date>``
    that the built-in naming schemes do not read, or ``None``."""
    name = os.path.basename(path)
    stem, ext = os.path.splitext(browser_copy_of(name) or name)
    for regex, strftime, group in _DATE_FORMATS:
        match = regex.search(stem)
        if not match:
            continue
        prefix, suffix = stem[:match.start()], stem[match.end():]
        if strftime == "%Y%j":
            try:
                _yeardoy(match.group(0))
            except ValueError:
                continue
        separator = re.search(r"[_\-. ]*$", prefix).group(0)
        variable = prefix[: len(prefix) - len(separator)]
        if not variable or not re.match(r"^[A-Za-z][\w\-]*$", variable):
            return None
        known = _variable_id(variable, known_only)
        if known is None:
            return None
        fmt = "{variable}" + separator + strftime + suffix + ext
        regex_text = (r"(?P<variable>[A-Za-z][A-Za-z0-9_\-]*?)" + re.escape(separator) + group
                      + re.escape(suffix) + re.escape(ext) + "$")
        return (f"its name holds the date {match.group(0)} but no built-in naming scheme reads "
                f"it: give 'File name pattern for other names' (PATTERN) {fmt} (or the regular "
                f"expression {regex_text}); the variable '{variable}' is read as {known}")
    return None


def _recognise(path, root, user_pattern):
    """Candidates for one file from its name (HDF granules list their subdatasets), and a
    reason when the file is skipped. A browser's duplicate-download suffix " (1)" is ignored
    (the copies are sorted out in :func:`_drop_browser_copies`)."""
    name = os.path.basename(path)
    stem, ext = os.path.splitext(name)
    ext = ext.lower()
    stem = _BROWSER_COPY.sub("", stem)
    rel_parts = [p.lower() for p in os.path.relpath(os.path.dirname(path), root).split(os.sep)]
    in_static = "static" in rel_parts or os.path.basename(root).lower() == "static"

    if user_pattern is not None:
        found = user_pattern.match(name)
        if found is None and browser_copy_of(name):
            found = user_pattern.match(browser_copy_of(name))
        if found is not None:
            variable, date = found
            var_id = _variable_id(variable, known_only=False)
            spec = products.VARIABLES.get(var_id)
            static = in_static or (spec is not None and spec.static)
            return [_Candidate(path, var_id, date, "user pattern", 0 if static else -1,
                               static=static, multiband=date is None and not static)], None

    if ext in (".hdf", ".hdf4"):
        match = _HDF_GRANULE.match(stem)
        if not match:
            return [], "HDF file whose name is not a MODIS granule name (MOD13A2.A2016145....hdf)"
        return _hdf_candidates(path, match)

    match = _APPEEARS.match(stem)
    if match:
        return _product_candidate(path, match.group("product"), match.group("layer"),
                                  _yeardoy(match.group("yeardoy")))
    match = _MODISTSP.match(stem)
    if match:
        date = P.date_from_doy(match.group("year"), match.group("doy"))
        return _product_candidate(path, match.group("product"), match.group("layer"), date)
    match = _MCD12.search(stem)
    if match:
        product = products.product_for(match.group("product").upper())
        rule = products.layer_rule(product, stem)
        if rule is not None and rule.qc is None:
            year = _YEAR.search(stem.replace(match.group(0), ""))
            date = dt.date(int(year.group(1)), 1, 1) if year else None
            return [_Candidate(path, "landcover", date, match.group("product").upper(), 0,
                               static=True)], None
    match = _GENERIC.match(stem)
    if match:
        var_id = products.canonical_variable(match.group("variable"))
        if var_id is None:
            return [], f"'{match.group('variable')}' is not a known predictor variable"
        spec = products.VARIABLES[var_id]
        return [_Candidate(path, var_id, _yeardoy(match.group("yeardoy")), "generic",
                           0 if spec.static else -1, static=spec.static)], None
    normal = products.normalise_name(stem)
    if _ELEVATION.search(normal):
        return [_Candidate(path, "elevation", None, "static", 0, static=True)], None
    if in_static:
        return [_Candidate(path, _variable_id(stem, known_only=False), None, "static", 0,
                           static=True)], None
    known = _known_prefix(normal)
    if known is not None:
        return [_Candidate(path, known, None, "generic", -1, multiband=True)], None
    return [], (pattern_hint(path, known_only=False)
                or "file name matches no known naming scheme (give PATTERN for your own names)")


def _same_bytes(a, b):
    import filecmp

    try:
        return filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def _drop_browser_copies(candidates, skipped, reporter):
    """Keep one file of each set of identical browser copies (``x.tif``, ``x (1).tif``): the
    original name when present, else the first copy. Copies whose bytes differ are all kept,
    so the duplicate check names them."""
    by_original = {}
    for candidate in candidates:
        name = os.path.basename(candidate.path)
        original = os.path.join(os.path.dirname(candidate.path), browser_copy_of(name) or name)
        by_original.setdefault((original, candidate.source and _BROWSER_COPY.sub(
            "", os.path.splitext(candidate.source)[0]), candidate.band), []).append(candidate)
    dropped = set()
    for (original, _, _), group in by_original.items():
        paths = sorted({c.path for c in group}, key=lambda p: (p != original, p))
        if len(paths) < 2:
            continue
        kept = paths[0]
        for other in paths[1:]:
            if other in dropped or not _same_bytes(kept, other):
                continue
            dropped.add(other)
            reason = (f"a browser's second download of {os.path.basename(kept)} (same bytes); "
                      f"{os.path.basename(kept)} is used")
            skipped.append((other, reason))
            reporter.warn(f"{other}: {reason}.")
    return [c for c in candidates if c.path not in dropped]


def _known_prefix(normal):
    """Canonical id at the start of a name (``ndvi_stack_2016`` -> ``ndvi``) for multi-band
    files, else ``None``."""
    parts = normal.split("_")
    for end in range(len(parts), 0, -1):
        var_id = products.canonical_variable("_".join(parts[:end]))
        if var_id is not None:
            return var_id
    return None


def _product_candidate(path, short_name, layer, date, source=None, tile=None):
    product = products.product_for(short_name)
    if product is None:
        return [], f"MODIS product {short_name} is not one the catalog knows"
    rule = products.layer_rule(product, layer)
    if rule is None:
        return [], f"layer '{layer}' of {short_name} is not a predictor the catalog uses"
    days = product.days_for(short_name)
    if days is None:
        return [], f"time step of {short_name} is not supported"
    static = days == 0
    if rule.qc is not None:
        return [_Candidate(path, None, date, short_name, days, source=source, qc_for=rule.variables,
                           qc_rule=rule.qc, tile=tile)], None
    return [_Candidate(path, rule.variables[0], date, short_name, days, source=source,
                       static=static, tile=tile)], None


def _hdf_candidates(path, match):
    short_name = match.group("product")
    date = _yeardoy(match.group("yeardoy"))
    try:
        with warnings.catch_warnings():  # the HDF container itself has no geotransform
            warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
            with rasterio.open(path) as dataset:
                subdatasets = list(dataset.subdatasets)
    except READ_ERRORS as error:
        raise InputError(
            f"Cannot open the HDF4 file {path} ({error}). It may be damaged or truncated: "
            "download it again, or remove it from PREDICTORS. (Reading HDF4 needs GDAL's HDF4 "
            "driver: `gdalinfo --formats | grep HDF4`.)",
            parameter=PARAMETER, path=path,
        ) from None
    out, reasons = [], []
    for source in subdatasets:
        field_name = source.rsplit(":", 1)[-1].strip('"')
        found, reason = _product_candidate(path, short_name, field_name, date, source=source,
                                           tile=match.group("tile"))
        out += found
        if reason:
            reasons.append(reason)
    if not out:
        return [], reasons[0] if reasons else "HDF file without subdatasets"
    return out, None


def _scan(paths):
    """(file, scan root) pairs: folders recursively (hidden folders skipped), files as given."""
    found, missing = [], []
    for entry in paths:
        entry = os.fspath(entry)
        if os.path.isdir(entry):
            for folder, subfolders, files in os.walk(entry):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(RASTER_EXTENSIONS):
                        found.append((os.path.join(folder, name), entry))
        elif os.path.isfile(entry):
            found.append((entry, os.path.dirname(entry)))
        else:
            missing.append(entry)
    if missing:
        raise InputError(
            f"These predictor paths do not exist: {', '.join(missing)}. Check the folder names.",
            parameter=PARAMETER, path=missing[0],
        )
    unique, seen = [], set()
    for path, root in found:  # a folder given twice, or a file inside a given folder
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            unique.append((path, root))
    return unique


# ----------------------------------------------------------------------------- dataset cache
_local = threading.local()
# Every thread's dataset cache, so close_all_datasets() reaches caches of threads that are
# idle or gone: a dataset still open when QGIS shuts GDAL down crashes the process at exit.
class _DatasetCache(OrderedDict):
    """Open datasets of one thread (a class of its own so the registry can hold weak refs)."""


_thread_caches = weakref.WeakValueDictionary()  # id -> cache
_thread_caches_lock = threading.Lock()


def thread_cache(local):
    """This thread's cache on ``local``, registered for :func:`close_all_datasets`."""
    cache = getattr(local, "datasets", None)
    if cache is None:
        cache = local.datasets = _DatasetCache()
        with _thread_caches_lock:
            _thread_caches[id(cache)] = cache
    return cache


def _dataset(source):
    """An open dataset for this thread; datasets are reused across windows and periods."""
    cache = thread_cache(_local)
    dataset = cache.get(source)
    if dataset is not None and not dataset.closed:
        cache.move_to_end(source)
        return dataset
    dataset = rasterio.open(source)
    cache[source] = dataset
    while len(cache) > _DATASETS_PER_THREAD:
        _, old = cache.popitem(last=False)
        old.close()
    return dataset


def _close_cache(cache):
    while cache:
        _, value = cache.popitem()
        for dataset in reversed(value) if isinstance(value, tuple) else (value,):  # VRT first
            dataset.close()


def close_datasets():
    """Close the datasets this thread keeps open (e.g. before deleting files)."""
    _close_cache(getattr(_local, "datasets", None))


def close_all_datasets():
    """Close every thread's cached datasets; call before GDAL shuts down (plugin unload,
    end of a test session), when no read is running."""
    with _thread_caches_lock:
        caches = list(_thread_caches.values())
    for cache in caches:
        _close_cache(cache)


def _damaged(path, error):
    return InputError(
        f"Cannot read {path}: {error}. The file is damaged or truncated: download it again, or "
        "remove it from PREDICTORS.",
        parameter=PARAMETER, path=path,
    )


# ----------------------------------------------------------------------------- decoding
def decode(raw, layer, spec, qc=None, quality="any", dtype=np.float32):
    """Stored values -> float32 physical values, NaN where fill/nodata/out of range or where
    QC bits fail ``quality``. Float storage is taken as already scaled (MODIStsp writes some
    dates as float32 physical values in an otherwise int16 stack)."""
    raw = np.asarray(raw)
    if layer.storage == "float" or raw.dtype.kind == "f":
        data = raw.astype(dtype, copy=True)
        bad = ~np.isfinite(data)
        if layer.nodata is not None and np.isfinite(layer.nodata):
            bad |= raw == raw.dtype.type(layer.nodata)
        if spec is not None and spec.physical_range is not None:
            low, high = spec.physical_range
            tolerance = 1e-4 * (high - low)
            with np.errstate(invalid="ignore"):
                bad |= (data < low - tolerance) | (data > high + tolerance)
        elif spec is None and (layer.gdal_scale != 1.0 or layer.gdal_offset != 0.0):
            data = (data * layer.gdal_scale + layer.gdal_offset).astype(dtype, copy=False)
    else:
        bad = np.zeros(raw.shape, dtype=bool)
        if layer.nodata is not None and np.isfinite(layer.nodata):
            bad |= raw == layer.nodata
        if spec is not None:
            fills = spec.fill_values
            if spec.valid_range is not None:
                low, high = spec.valid_range
                bad |= (raw < low) | (raw > high)
                # MODIS fills mostly lie outside the valid range: test only the others
                fills = [value for value in fills if low <= value <= high]
            if fills:
                bad |= np.isin(raw, fills)
            scale, offset = spec.scale, spec.offset
        else:
            scale, offset = layer.gdal_scale, layer.gdal_offset
        if scale == 1.0 and offset == 0.0:
            data = raw.astype(dtype)
        else:
            data = (raw.astype(np.float64) * scale + offset).astype(dtype, copy=False)
    if qc is not None and quality != "any" and layer.qc_rule is not None:
        rule = layer.qc_rule
        limit = rule.good_max if quality == "good" else rule.usable_max
        bad |= (np.asarray(qc).astype(np.int64) & rule.mask) > limit
    data[bad] = np.nan
    return data


# ----------------------------------------------------------------------------- catalog
class PredictorCatalog:
    """Raster time series of predictors, by canonical variable id and 8-day period.

    Build with :meth:`from_folder` / :meth:`from_files`. Holds no open files (picklable for
    dask workers); reads open datasets per thread and keep them for later windows.
    """

    def __init__(self, series, temporal_mapping="composite", quality="any", skipped=(),
                 synthetic=False):
        self._series = series
        self.temporal_mapping = temporal_mapping
        self.quality = quality
        self.skipped = list(skipped)
        self.synthetic = synthetic
        self._pixel_cache = {}

    # -- construction
    @classmethod
    def from_folder(cls, folder, pattern=None, temporal_mapping="composite", reporter=None,
                    quality="any", static=()):
        return cls.from_files([folder], pattern=pattern, temporal_mapping=temporal_mapping,
                              reporter=reporter, quality=quality, static=static)

    @classmethod
    def from_files(cls, paths, pattern=None, temporal_mapping="composite", reporter=None,
                   quality="any", static=()):
        """Catalog of files and folders (scanned recursively). ``static``: extra files that
        apply to every date. Files with unknown names are skipped and listed in ``skipped``."""
        reporter = as_reporter(reporter)
        if temporal_mapping not in TEMPORAL_MAPPINGS:
            raise InputError(f"Unknown temporal mapping '{temporal_mapping}'; use one of "
                             f"{', '.join(TEMPORAL_MAPPINGS)}.", parameter="TEMPORAL_MAPPING")
        if quality not in products.QUALITY_LEVELS:
            raise InputError(f"Unknown quality level '{quality}'; use one of "
                             f"{', '.join(products.QUALITY_LEVELS)}.", parameter="QUALITY")
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        paths = [os.fspath(p) for p in paths]
        user_pattern = UserPattern(pattern) if pattern else None
        files = _scan(paths)
        candidates, skipped = [], []
        for path, root in files:
            found, reason = _recognise(path, root, user_pattern)
            if reason:
                skipped.append((path, reason))
            candidates += found
        for path in static or ():
            path = os.fspath(path)
            if not os.path.isfile(path):
                raise InputError(f"Static layer {path} does not exist.", parameter="STATIC",
                                 path=path)
            stem = os.path.splitext(os.path.basename(path))[0]
            candidates.append(_Candidate(path, _variable_id(stem, known_only=False), None,
                                         "static", 0, static=True))
        candidates = _drop_browser_copies(candidates, skipped, reporter)
        targets = [c for c in candidates if c.variable and products.looks_like_target(c.variable)]
        for candidate in targets:
            skipped.append((candidate.path, f"'{candidate.variable}' looks like the target (soil "
                                            "respiration), not a predictor"))
        candidates = [c for c in candidates if c not in targets]
        if not candidates:
            raise InputError(cls._nothing_found_message(paths, files, skipped),
                             parameter=PARAMETER, path=paths[0] if paths else None)
        series, synthetic = _build_series(candidates, temporal_mapping, quality, reporter,
                                          skipped)
        if not series:
            raise InputError(cls._nothing_found_message(paths, files, skipped),
                             parameter=PARAMETER, path=paths[0] if paths else None)
        catalog = cls(series, temporal_mapping, quality, skipped, synthetic)
        catalog._log_summary(reporter)
        return catalog

    @staticmethod
    def _nothing_found_message(paths, files, skipped):
        hints = [(p, r) for p, r in skipped if "(PATTERN)" in r]
        if hints:
            shown = "; ".join(f"{os.path.basename(p)}: {r}" for p, r in hints[:3])
            more = f" ({len(hints)} such files)" if len(hints) > 3 else ""
            return (f"No predictor rasters recognised in {', '.join(paths)} ({len(files)} raster "
                    f"files scanned). {shown}{more}.")
        examples = "; ".join(f"{os.path.basename(p)}: {r}" for p, r in skipped[:20])
        return (
            f"No predictor rasters recognised in {', '.join(paths)} ({len(files)} raster files "
            f"scanned{'; e.g. ' + examples if examples else ''}). The catalog reads AppEEARS "
            "GeoTIFFs (MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif), MODIS HDF4 granules "
            "(MOD13A2.A2016145.h18v04.006.*.hdf), MODIStsp files (MOD13A1_NDVI_2016_001.tif), "
            "<variable>_doy<YYYYDDD>.tif and static/ folders. For other names give PATTERN, "
            "e.g. {variable}_%Y%m%d.tif."
        )

    def _log_summary(self, reporter):
        for row in self.describe():
            if row["static"]:
                reporter.log(f"Predictor {row['variable']} [{row['unit']}]: static "
                             f"({row['product']}), {row['grid']}")
            else:
                reporter.log(
                    f"Predictor {row['variable']} [{row['unit']}]: {row['n_periods']} periods "
                    f"{row['first_period']}..{row['last_period']} ({row['product']}, "
                    f"{row['time_step']}), {row['n_gaps']} gaps, {row['grid']}"
                )
        hinted = [(p, r) for p, r in self.skipped if "(PATTERN)" in r]
        for path, reason in hinted[:20]:
            reporter.warn(f"Skipped {path}: {reason}.")
        if len(hinted) > 20:
            reporter.warn(f"... and {len(hinted) - 20} more files with a date PATTERN would read.")
        if self.skipped and len(self.skipped) <= 20:
            reporter.log(f"Skipped {len(self.skipped)} raster file(s) that are not predictors:")
            for path, reason in self.skipped:
                reporter.log(f"  {path}: {reason}")
        elif self.skipped:
            reporter.log(f"Skipped {len(self.skipped)} raster files that are not predictors:")
            groups = {}
            for path, reason in self.skipped:
                groups.setdefault((os.path.dirname(path), reason), []).append(path)
            for (folder, reason), paths in list(groups.items())[:20]:
                example = os.path.basename(paths[0])
                more = f" and {len(paths) - 1} more" if len(paths) > 1 else ""
                reporter.log(f"  {folder}: {example}{more}: {reason}")
            if len(groups) > 20:
                reporter.log(f"  ... and {len(groups) - 20} more groups")
        if self.synthetic:
            reporter.log("Note: the predictors are SYNTHETIC demo data (SYNTHETIC=true tag).")

    # -- description
    @property
    def variables(self):
        order = {v: i for i, v in enumerate(products.CANONICAL_ORDER)}
        return sorted(self._series, key=lambda v: (order.get(v, len(order)), v))

    def _get(self, var):
        try:
            return self._series[var]
        except KeyError:
            raise InputError(
                f"The predictor catalog has no variable '{var}' (it has: "
                f"{', '.join(self.variables)}). Add its rasters to PREDICTORS.",
                parameter=PARAMETER,
            ) from None

    def unit(self, var):
        return self._get(var).unit

    def units(self):
        return {var: self.unit(var) for var in self.variables}

    def is_static(self, var):
        return self._get(var).static

    def is_categorical(self, var):
        return self._get(var).categorical

    def grid(self, var=None):
        """Grid of ``var``; without ``var`` the grid most variables share (ties: the finest)."""
        if var is not None:
            return self._get(var).grid
        groups = []
        for name in self.variables:
            grid = self._series[name].grid
            for group in groups:
                if group[0].matches(grid):
                    group[1].append(name)
                    break
            else:
                groups.append((grid, [name]))
        groups.sort(key=lambda g: (-len(g[1]), g[0].res[0] * g[0].res[1]))
        return groups[0][0]

    def files(self, var):
        return sorted({layer.path for layer in self._get(var).layers})

    def periods(self, var):
        """8-day period starts with data for ``var``, in time order; ``()`` for static
        variables, which apply to every period."""
        series = self._get(var)
        return () if series.static else tuple(sorted(series.resolution))

    def has_period(self, var, period_start):
        series = self._get(var)
        return series.static or _as_date(period_start) in series.resolution

    def dynamic_variables(self):
        return [v for v in self.variables if not self._series[v].static]

    def date_range(self):
        """(first, last) period start over all time-varying variables, or (None, None)."""
        starts = [p for v in self.dynamic_variables() for p in self.periods(v)]
        return (min(starts), max(starts)) if starts else (None, None)

    def gaps(self, first=None, last=None):
        """Missing 8-day periods per time-varying variable between ``first`` and ``last``
        (default: the catalog's whole range)."""
        low, high = self.date_range()
        first = _as_date(first) or low
        last = _as_date(last) or high
        if first is None:
            return {}
        expected = P.periods_between(first, last)
        return {v: [p for p in expected if p not in self._series[v].resolution]
                for v in self.dynamic_variables()}

    def describe(self):
        """One dict per variable: unit, product, time step, periods, gaps, grid, files."""
        rows = []
        gaps = self.gaps()
        for var in self.variables:
            series = self._series[var]
            periods = self.periods(var)
            missing = gaps.get(var, [])
            rows.append({
                "variable": var,
                "unit": series.unit,
                "product": series.product,
                "static": series.static,
                "categorical": series.categorical,
                "time_step": "static" if series.static else f"{series.days}-day",
                "first_period": periods[0].isoformat() if periods else "",
                "last_period": periods[-1].isoformat() if periods else "",
                "n_periods": len(periods),
                "n_gaps": len(missing),
                "gaps": _compact_dates(missing),
                "n_files": len(self.files(var)),
                "grid": series.grid.describe(),
                "resampling": "nearest" if series.categorical else "bilinear",
            })
        return rows

    # -- reading
    def _resolve(self, series, period):
        if series.static:
            layers = series.layers
            dated = [layer for layer in layers if layer.date is not None]
            if not dated:
                return "single", ((layers[0], 1.0),)
            before = [layer for layer in dated if period is None or layer.date <= period]
            return "single", (((before[-1] if before else dated[0]), 1.0),)
        found = series.resolution.get(period)
        if found is None:
            first, last = (min(series.resolution), max(series.resolution))
            where = "outside" if not first <= period <= last else "a gap in"
            raise InputError(
                f"No {series.variable} raster for the 8-day period starting {period} ({where} "
                f"its periods {first}..{last}). Add the missing files or use periods the "
                "catalog covers (see 'Describe predictor catalog').",
                parameter=PARAMETER,
            )
        return found

    def read(self, var, period_start, grid=None, window=None):
        """``var`` for one period as float32 in physical units (NaN = no data), on ``grid``
        (default: the variable's own grid) within ``window`` (a rasterio ``Window`` on it).

        Reprojection resamples physical values (fill already NaN): nearest neighbour for
        categorical variables, bilinear (NaN-aware) otherwise.
        """
        series = self._get(var)
        mode, parts = self._resolve(series, _as_date(period_start) if period_start else None)
        target = grid if grid is not None else series.grid
        if window is None:
            window = Window(0, 0, target.width, target.height)
        arrays = [self._read_layer(series, layer, target, window) for layer, _ in parts]
        return _combine(mode, arrays, [w for _, w in parts])

    def _read_layer(self, series, layer, target, window):
        offset = series.grid.offset_in(target)
        if offset is not None:
            native = Window(window.col_off + offset[0], window.row_off + offset[1],
                            window.width, window.height)
            return self._read_native(series, layer, native)
        return self._read_warped(series, layer, target, window)

    def _read_native(self, series, layer, window, dtype=np.float32):
        """Window of one layer on its own grid; cells outside the raster are NaN."""
        height, width = int(window.height), int(window.width)
        out = np.full((height, width), np.nan, dtype=dtype)
        col0, row0 = int(window.col_off), int(window.row_off)
        c0, r0 = max(col0, 0), max(row0, 0)
        c1 = min(col0 + width, series.grid.width)
        r1 = min(row0 + height, series.grid.height)
        if c1 <= c0 or r1 <= r0:
            return out
        inner = Window(c0, r0, c1 - c0, r1 - r0)
        out[r0 - row0:r1 - row0, c0 - col0:c1 - col0] = self._decoded(series, layer, inner,
                                                                     dtype)
        return out

    def _decoded(self, series, layer, window, dtype=np.float32):
        try:
            raw = _dataset(layer.source).read(layer.band, window=window)
            qc = None
            if self.quality != "any" and layer.qc_source is not None:
                qc = _dataset(layer.qc_source).read(layer.qc_band, window=window)
        except READ_ERRORS as error:
            raise _damaged(layer.path, error) from None
        return decode(raw, layer, series.spec, qc, self.quality, dtype)

    def _read_warped(self, series, layer, target, window):
        """Reproject physical values (fill already NaN) through a WarpedVRT. Fill values are
        masked before warping, so bilinear never blends them into valid cells; the exact
        transformer (tolerance ~0) and a fixed kernel scale per grid pair make any window
        identical to the same cells of a whole-grid read: block-wise output has no seams."""
        height, width = int(window.height), int(window.width)
        out = np.full((height, width), np.nan, dtype=np.float32)
        xscale, yscale = _warp_scales(series.grid, target)
        pad = 2 + int(math.ceil(2.0 / min(xscale, yscale, 1.0)))
        source_window = _source_window(series.grid, target, window, pad)
        if source_window is None:
            return out
        data = self._read_native(series, layer, source_window)
        if not np.isfinite(data).any():
            return out
        profile = dict(driver="GTiff", width=data.shape[1], height=data.shape[0], count=1,
                       dtype="float32", crs=series.grid.crs, nodata=np.nan,
                       transform=series.grid.window_transform(source_window))
        with MemoryFile() as memory:
            with memory.open(**profile) as scratch:
                scratch.write(data, 1)
            with memory.open() as scratch, WarpedVRT(
                scratch, crs=target.crs, transform=target.window_transform(window),
                width=width, height=height, src_nodata=np.nan, nodata=np.nan,
                resampling=Resampling.nearest if series.categorical else Resampling.bilinear,
                tolerance=1e-9, XSCALE=xscale, YSCALE=yscale,
            ) as warped:
                return warped.read(1).astype(np.float32, copy=False)

    def _read_native_period(self, series, period, window, dtype=np.float32):
        mode, parts = self._resolve(series, period)
        arrays = [self._read_native(series, layer, window, dtype) for layer, _ in parts]
        return _combine(mode, arrays, [w for _, w in parts])

    # -- sampling at sites
    def _pixels(self, grid, lons, lats):
        lons = np.asarray(lons, dtype=np.float64)
        lats = np.asarray(lats, dtype=np.float64)
        key = (grid.crs.to_wkt() if grid.crs else "", tuple(grid.transform), lons.tobytes(),
               lats.tobytes())
        cached = self._pixel_cache.get(key)
        if cached is not None:
            return cached
        if grid.crs is None or grid.crs == WGS84:
            xs, ys = lons, lats
        else:
            xs, ys = transform(WGS84, grid.crs, lons.tolist(), lats.tolist())
        cols, rows = ~grid.transform * (np.asarray(xs, float), np.asarray(ys, float))
        cols = np.asarray(cols, dtype=np.float64)
        rows = np.asarray(rows, dtype=np.float64)
        finite = np.isfinite(cols) & np.isfinite(rows)
        cols = np.where(finite, np.floor(np.where(finite, cols, 0)), -1).astype(np.int64)
        rows = np.where(finite, np.floor(np.where(finite, rows, 0)), -1).astype(np.int64)
        inside = finite & (cols >= 0) & (rows >= 0) & (cols < grid.width) & (rows < grid.height)
        if len(self._pixel_cache) > 256:
            self._pixel_cache.clear()
        self._pixel_cache[key] = (rows, cols, inside)
        return rows, cols, inside

    def inside(self, var, lons, lats):
        """Whether each site (lon/lat, EPSG:4326) falls on a cell of ``var``'s raster."""
        return self._pixels(self._get(var).grid, lons, lats)[2]

    def sample(self, var, period_start, lons, lats, window_size=1):
        """Values of ``var`` at sites (lon/lat in EPSG:4326) for one period: the cell value
        (``window_size`` 1) or the mean of valid cells in an N x N window centred on the site's
        cell (categorical: the most frequent class). Returns (values, n_valid)."""
        if window_size < 1 or window_size % 2 == 0:
            raise InputError(f"Window size {window_size} must be odd (1, 3, 5, ...) so the "
                             "window is centred on the site's cell.", parameter="WINDOW_SIZE")
        series = self._get(var)
        period = _as_date(period_start) if period_start is not None else None
        rows, cols, inside = self._pixels(series.grid, lons, lats)
        values = np.full(len(rows), np.nan)
        n_valid = np.zeros(len(rows), dtype=np.int64)
        if not inside.any():
            return values, n_valid
        half = window_size // 2
        r0 = max(int(rows[inside].min()) - half, 0)
        c0 = max(int(cols[inside].min()) - half, 0)
        r1 = min(int(rows[inside].max()) + half + 1, series.grid.height)
        c1 = min(int(cols[inside].max()) + half + 1, series.grid.width)
        block = None
        if (r1 - r0) * (c1 - c0) <= _SITE_BBOX_MAX_PIXELS:
            block = self._read_native_period(series, period, Window(c0, r0, c1 - c0, r1 - r0),
                                             np.float64)
        for i in np.flatnonzero(inside):
            if block is not None:
                top, left = rows[i] - half - r0, cols[i] - half - c0
                cells = block[max(top, 0):top + window_size, max(left, 0):left + window_size]
            else:
                cells = self._read_native_period(
                    series, period,
                    Window(cols[i] - half, rows[i] - half, window_size, window_size), np.float64,
                )
            valid = cells[np.isfinite(cells)]
            n_valid[i] = valid.size
            if valid.size:
                values[i] = _mode(valid) if series.categorical else float(valid.mean())
        return values, n_valid

    def extent_lonlat(self, var):
        """(west, south, east, north) of ``var``'s raster in degrees."""
        grid = self._get(var).grid
        if grid.crs is None:
            return grid.bounds
        return transform_bounds(grid.crs, WGS84, *grid.bounds, densify_pts=21)


def _mode(values):
    classes, counts = np.unique(values, return_counts=True)
    return float(classes[np.argmax(counts)])


def _combine(mode, arrays, weights):
    if mode == "single":
        return arrays[0]
    if mode == "linear":
        (a, b), (wa, wb) = arrays, weights
        out = (wa * a + wb * b).astype(a.dtype)
        return np.where(np.isnan(a), b, np.where(np.isnan(b), a, out)).astype(a.dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=RuntimeWarning)
        return np.nanmean(np.stack(arrays), axis=0).astype(arrays[0].dtype)


def _source_window(source, target, window, pad):
    """Window of ``source`` covering ``window`` of ``target`` plus ``pad`` cells (the
    resampling kernel), clipped to the source raster; ``None`` when they do not overlap."""
    left, top = target.window_transform(window) * (0, 0)
    right, bottom = target.window_transform(window) * (window.width, window.height)
    try:
        bounds = transform_bounds(target.crs, source.crs, min(left, right), min(top, bottom),
                                  max(left, right), max(top, bottom), densify_pts=21)
    except Exception:  # outside the projection's domain: fall back to the whole source
        return Window(0, 0, source.width, source.height)
    if not all(np.isfinite(bounds)):
        return Window(0, 0, source.width, source.height)
    inverse = ~source.transform
    xs = (bounds[0], bounds[2], bounds[0], bounds[2])
    ys = (bounds[1], bounds[1], bounds[3], bounds[3])
    cols, rows = zip(*(inverse * (x, y) for x, y in zip(xs, ys)))
    c0 = max(int(math.floor(min(cols))) - pad, 0)
    r0 = max(int(math.floor(min(rows))) - pad, 0)
    c1 = min(int(math.ceil(max(cols))) + pad, source.width)
    r1 = min(int(math.ceil(max(rows))) + pad, source.height)
    if c1 <= c0 or r1 <= r0:
        return None
    return Window(c0, r0, c1 - c0, r1 - r0)


_scale_cache = {}


def _warp_scales(source, target):
    """GDAL's XSCALE/YSCALE (target cells per source cell) at the target grid's centre.

    GDAL otherwise estimates them per warp chunk, so a window would resample differently
    from the whole grid."""
    key = (source.crs.to_wkt(), tuple(source.transform), target.crs.to_wkt(),
           tuple(target.transform), target.width, target.height)
    cached = _scale_cache.get(key)
    if cached is not None:
        return cached
    col, row = target.width / 2.0, target.height / 2.0
    points = [target.transform * (col, row), target.transform * (col + 1, row),
              target.transform * (col, row + 1)]
    try:
        xs, ys = transform(target.crs, source.crs, [p[0] for p in points],
                           [p[1] for p in points])
        pixels = [~source.transform * (x, y) for x, y in zip(xs, ys)]
        along_x = math.hypot(pixels[1][0] - pixels[0][0], pixels[1][1] - pixels[0][1])
        along_y = math.hypot(pixels[2][0] - pixels[0][0], pixels[2][1] - pixels[0][1])
        scales = (1.0 / along_x, 1.0 / along_y)
        if not all(math.isfinite(v) and v > 0 for v in scales):
            raise ValueError("degenerate scale")
    except Exception:  # centre outside the source projection's domain: no kernel widening
        scales = (1.0, 1.0)
    if len(_scale_cache) > 1024:
        _scale_cache.clear()
    _scale_cache[key] = scales
    return scales


def _compact_dates(dates, limit=6):
    if not dates:
        return ""
    text = ", ".join(d.isoformat() for d in dates[:limit])
    return text + (f", ... ({len(dates)} in all)" if len(dates) > limit else "")


# ----------------------------------------------------------------------------- building
def _open_info(path, source, band):
    """Open one band: grid, storage type, nodata, GDAL scale, units and SYNTHETIC tag; reads
    the last block so truncated files fail here rather than halfway through a run."""
    try:
        with rasterio.open(source) as dataset:
            grid = Grid.of(dataset)
            count = dataset.count
            dtype = dataset.dtypes[band - 1]
            nodata = dataset.nodatavals[band - 1]
            scale = dataset.scales[band - 1] if dataset.scales else 1.0
            offset = dataset.offsets[band - 1] if dataset.offsets else 0.0
            tags = dict(dataset.tags())
            band_tags = [dict(dataset.tags(b)) for b in range(1, count + 1)]
            descriptions = list(dataset.descriptions)
            height, width = dataset.block_shapes[band - 1]
            last = Window(
                ((dataset.width - 1) // width) * width, ((dataset.height - 1) // height) * height,
                min(width, dataset.width - ((dataset.width - 1) // width) * width),
                min(height, dataset.height - ((dataset.height - 1) // height) * height),
            )
            dataset.read(band, window=last)
    except READ_ERRORS as error:
        raise _damaged(path, error) from None
    if grid.crs is None:
        raise InputError(f"{path} has no coordinate reference system: assign one (e.g. with "
                         "'Assign projection') before using it as a predictor.",
                         parameter=PARAMETER, path=path)
    units = band_tags[band - 1].get("units") or tags.get("units") or tags.get("UNITS")
    return {
        "grid": grid, "count": count, "storage": "float" if dtype.startswith("float") else "int",
        "nodata": nodata, "scale": scale if scale else 1.0, "offset": offset or 0.0,
        "synthetic": str(tags.get("SYNTHETIC", "")).lower() == "true",
        "units": units, "band_tags": band_tags, "descriptions": descriptions,
    }


def _band_dates(path, info):
    dates = []
    for index in range(info["count"]):
        texts = [info["descriptions"][index] or ""]
        tags = info["band_tags"][index]
        texts += [tags.get(k, "") for k in ("date", "DATE", "time", "TIME", "acquisition_date")]
        texts += [v for k, v in tags.items() if k.startswith("NETCDF_DIM_time")]
        date = next((d for d in (parse_date_text(t) for t in texts if t) if d), None)
        if date is None:
            raise InputError(
                f"Band {index + 1} of the multi-band file {path} has no date in its description "
                "or metadata (expected e.g. 2016-01-01 or 2016001). Name each band by its date, "
                "or store one file per date.",
                parameter=PARAMETER, path=path,
            )
        dates.append(date)
    return dates


def _build_series(candidates, temporal_mapping, quality, reporter, skipped):
    layers, qc_layers, synthetic = [], {}, False
    info_cache = {}
    for candidate in candidates:
        source = candidate.source or candidate.path
        info = info_cache.get(source) or _open_info(candidate.path, source, candidate.band)
        info_cache[source] = info
        synthetic |= info["synthetic"]
        if candidate.qc_for:
            for var in candidate.qc_for:
                key = (candidate.product, candidate.date, candidate.tile,
                       os.path.dirname(candidate.path), var)
                qc_layers[key] = (source, candidate.band, candidate.qc_rule, info["grid"])
            continue
        if candidate.multiband and info["count"] > 1:
            dates = list(zip(range(1, info["count"] + 1), _band_dates(candidate.path, info)))
        elif candidate.multiband and candidate.date is None:
            skipped.append((candidate.path, pattern_hint(candidate.path)
                            or "one band and no date in its name, and not in a static/ folder"))
            continue
        else:
            dates = [(candidate.band, candidate.date)]
        for band, date in dates:
            layers.append((candidate, RasterLayer(
                variable=candidate.variable, date=date, source=source, band=band,
                path=candidate.path, product=candidate.product,
                days=candidate.days, storage=info["storage"], nodata=info["nodata"],
                gdal_scale=info["scale"], gdal_offset=info["offset"], tile=candidate.tile,
            ), info))
    by_var = {}
    for candidate, layer, info in layers:
        key = (candidate.product, layer.date, candidate.tile, os.path.dirname(candidate.path),
               layer.variable)
        qc = qc_layers.get(key)
        if qc is not None and qc[3].matches(info["grid"]):
            layer = dataclasses.replace(layer, qc_source=qc[0], qc_band=qc[1], qc_rule=qc[2])
        by_var.setdefault(layer.variable, []).append((layer, info))
    series = {}
    for var, items in by_var.items():
        series[var] = _one_series(var, items, temporal_mapping)
        check_plausible(series[var], reporter)
        if quality != "any" and not any(layer.qc_source for layer in series[var].layers):
            reporter.warn(f"QUALITY={quality} asked for, but {var} has no QC layer next to its "
                          "files: its values are used without QC filtering.")
    return series, synthetic


#: share of a variable's stored values a valid-range test may mask before the catalog warns,
#: and fails (the values are then in another unit or scaling, not a few bad pixels)
IMPLAUSIBLE_WARN, IMPLAUSIBLE_FAIL = 0.05, 0.5


def _sample_values(layer, size=64):
    """Up to size x size stored values of one layer (decimated), without nodata/fill/NaN."""
    try:
        with rasterio.open(layer.source) as dataset:
            shape = (min(size, dataset.height), min(size, dataset.width))
            raw = dataset.read(layer.band, out_shape=shape, resampling=Resampling.nearest)
    except READ_ERRORS as error:
        raise _damaged(layer.path, error) from None
    return raw


def suspected_unit(spec, low, high, stored_float):
    """What values ``low..high`` of ``spec`` look like, and how to convert them; or None."""
    expected_low, expected_high = spec.physical_range
    if spec.unit == "K" and -90 <= low and high <= 80:
        return ("They look like degrees Celsius; LST must be in kelvin: convert (value + 273.15, "
                "e.g. gdal_calc.py -A in.tif --calc='A+273.15' --outfile=out.tif)")
    if spec.unit == "degC" and 150 <= low and high <= 400:
        return "They look like kelvin; soil temperature must be in degC: convert (value - 273.15)"
    if (stored_float and spec.scale != 1.0 and expected_low <= low * spec.scale
            and high * spec.scale <= expected_high * 1.001):
        return (f"They look like the product's stored integers without the scale factor "
                f"{spec.scale:g} (saved as float, e.g. by a tool that dropped the scaling): "
                f"multiply by {spec.scale:g}, or use the original integer files, which the "
                "catalog scales itself")
    if expected_high <= 1.0 and 0 <= low and high <= 100:
        return "They look like percent: divide by 100"
    return None


def check_plausible(series, reporter):
    """Fail (most values) or warn (some values) when the decoded values of a variable with a
    known physical unit fall outside its plausible range, so a unit or scaling mistake is
    named instead of showing up later as 'fill/no data'. Samples the first, middle and last
    file of the series."""
    spec = series.spec
    if spec is None or spec.physical_range is None or spec.categorical:
        return
    layers = series.layers
    picks = sorted({0, len(layers) // 2, len(layers) - 1})
    stored, masked, total, floats = [], 0, 0, False
    for index in picks:
        layer = layers[index]
        raw = _sample_values(layer)
        usable = np.ones(raw.shape, dtype=bool)
        if raw.dtype.kind == "f":
            floats = True
            usable &= np.isfinite(raw)
        if layer.nodata is not None and np.isfinite(layer.nodata):
            usable &= raw != raw.dtype.type(layer.nodata)
        if raw.dtype.kind != "f" and spec.fill_values:
            usable &= ~np.isin(raw, spec.fill_values)
        if not usable.any():
            continue
        decoded = decode(raw, layer, spec)
        masked += int((np.isnan(decoded) & usable).sum())
        total += int(usable.sum())
        stored.append(raw[usable].astype(np.float64))
    if not total or masked < IMPLAUSIBLE_WARN * total:
        return
    values = np.concatenate(stored)
    low, high = float(values.min()), float(values.max())
    expected_low, expected_high = spec.physical_range
    storage = "float" if floats else "integer"
    share = masked / total
    files = [layer.path for layer in layers]
    named = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
    if storage == "float":
        expected = f"{expected_low:g}..{expected_high:g} {spec.unit}"
    else:
        expected = (f"stored integers {spec.valid_range[0]}..{spec.valid_range[1]} (x "
                    f"{spec.scale:g} = {expected_low:g}..{expected_high:g} {spec.unit})"
                    if spec.valid_range else f"{expected_low:g}..{expected_high:g} {spec.unit}")
    guess = suspected_unit(spec, low, high, storage == "float")
    text = (f"{series.variable} ({spec.long_name}, {spec.unit}): the {storage} values of its "
            f"{len(files)} file(s) ({named}) range {low:g}..{high:g}, but {series.variable} must "
            f"be {expected}. {masked} of {total} sampled values ({share:.0%}) lie outside that "
            "valid range and are masked as missing (they are not fill/no-data values).")
    if guess and share >= IMPLAUSIBLE_FAIL:
        text += f" {guess}."
    if share >= IMPLAUSIBLE_FAIL:
        raise InputError(text + " Or leave these files out.", parameter=PARAMETER,
                         path=files[0])
    reporter.warn(text)


def _one_series(var, items, temporal_mapping):
    spec = products.VARIABLES.get(var)
    layers = [layer for layer, _ in items]
    grid = items[0][1]["grid"]
    for layer, info in items[1:]:
        if not info["grid"].matches(grid):
            raise InputError(
                f"Rasters of {var} are on different grids: {layers[0].path} has "
                f"{grid.describe()}, {layer.path} has {info['grid'].describe()}. Put every "
                f"{var} raster on one grid (e.g. gdalwarp -tr/-te to a common grid) or keep "
                "only one version of the files.",
                parameter=PARAMETER, path=layer.path,
            )
    static = any(layer.days == 0 for layer in layers) or (spec is not None and spec.static)
    if spec is not None:
        unit = spec.unit
    else:
        unit = next((info["units"] for _, info in items if info["units"]), None) or "unknown"
    categorical = spec.categorical if spec is not None else False
    days = 0 if static else _time_step(layers)
    layers = sorted(layers, key=lambda layer: (layer.date or dt.date.min, layer.path))
    _check_duplicates(var, layers, days)
    series = Series(var, spec, unit, static, categorical, layers, grid, days)
    if not static:
        series.resolution = _period_resolution(layers, days, temporal_mapping)
    return series


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
    seen = {}
    for layer in layers:
        if days in (1, 4):
            key = layer.date
        elif days == P.PERIOD_DAYS:
            key = P.period_start(layer.date)
        else:
            key = layer.date
        other = seen.get(key)
        if other is None:
            seen[key] = layer
            continue
        if other.tile and layer.tile and other.tile != layer.tile:
            what = (f"are different MODIS tiles ({other.tile}, {layer.tile}) of the same date "
                    f"{layer.date}. Mosaic the tiles first (e.g. gdalbuildvrt, or order a mosaic "
                    "from AppEEARS) and give the mosaics as PREDICTORS")
        elif other.date is None:
            what = (f"are both static {var} layers. Keep one of them")
        elif other.date == layer.date:
            what = (f"both claim {var} for {layer.date}. Keep one of them (e.g. Terra MOD or "
                    "Aqua MYD, one collection version) and move the other out of PREDICTORS")
        else:
            what = (f"both fall in the 8-day period starting {key} ({other.date} and "
                    f"{layer.date}). Keep one raster per period")
        where = f"{other.path}" + (f" ({other.source})" if other.source != other.path else "")
        raise InputError(f"Two rasters of {var}: {where} and {layer.path} {what}.",
                         parameter=PARAMETER, path=layer.path)


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
        for period, members in grouped.items():
            mode = "single" if len(members) == 1 else "mean"
            resolution[period] = (mode, tuple((m, 1.0 / len(members)) for m in members))
        return resolution
    for layer in layers:
        resolution[P.period_start(layer.date)] = ("single", ((layer, 1.0),))
    return resolution
