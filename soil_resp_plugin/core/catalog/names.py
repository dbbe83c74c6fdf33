"""Recognising files: naming schemes, dates in names, user patterns, browser copies and
the folder scan."""
import dataclasses
import datetime as dt
import os
import posixpath
import re
import warnings

import numpy as np
import rasterio

from .. import periods as P
from .. import products
from ..errors import InputError
from ..i18n import tr
from .common import PARAMETER, RASTER_EXTENSIONS, READ_ERRORS
from .records import Candidate as _Candidate

_APPEEARS = re.compile(
    r"^(?P<product>M[OYC]D\w+?)\.(?P<version>\d{3})_(?P<layer>.+)_doy(?P<yeardoy>\d{7})_aid\d+$"
)
_HDF_GRANULE = re.compile(
    r"^(?P<product>M[OYC]D\w+?)\.A(?P<yeardoy>\d{7})(\.(?P<tile>h\d\dv\d\d))?"
    r"\.(?P<version>\d{3})(\.(?P<produced>\d+))?$"
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
                    tr("PATTERN '{text}' is neither a regular expression with named groups "
                       "(e.g. (?P<variable>[a-z_]+)_(?P<year>\\d{{4}})(?P<doy>\\d{{3}})) nor a "
                       "strftime format (e.g. {{variable}}_%Y%m%d.tif).").format(text=text),
                    parameter="PATTERN",
                )
        except re.error as error:
            raise InputError(tr("PATTERN '{text}' is not a valid regular expression: "
                                "{error}").format(text=text, error=error),
                             parameter="PATTERN") from None
        groups = set(self.regex.groupindex)
        if "variable" not in groups and not self.fixed_variable:
            raise InputError(
                tr("PATTERN '{text}' does not say which variable a file holds: add a named "
                   "group (?P<variable>...) or {{variable}}, or a fixed name such as "
                   "ndvi_%Y%m%d.").format(text=text),
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
        # the text must keep "(PATTERN)" in every language: the catalog finds hints by it
        return tr("its name holds the date {date} but no built-in naming scheme reads it: give "
                  "'File name pattern for other names' (PATTERN) {format} (or the regular "
                  "expression {regex}); the variable '{variable}' is read as {known}").format(
            date=match.group(0), format=fmt, regex=regex_text, variable=variable, known=known)
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
        return _hdf_candidates(path, _HDF_GRANULE.match(stem))

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
            return [], tr("'{variable}' is not a known predictor variable").format(
                variable=match.group("variable"))
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
                or tr("file name matches no known naming scheme (give PATTERN for your own "
                      "names)"))


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
            reason = tr("a browser's second download of {name} (same bytes); {name} is "
                        "used").format(name=os.path.basename(kept))
            skipped.append((other, reason))
            reporter.warn(tr("{path}: {reason}.").format(path=other, reason=reason))
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
        return [], tr("MODIS product {product} is not one the catalog knows").format(
            product=short_name)
    rule = products.layer_rule(product, layer)
    if rule is None:
        return [], tr("layer '{layer}' of {product} is not a predictor the catalog "
                      "uses").format(layer=layer, product=short_name)
    days = product.days_for(short_name)
    if days is None:
        return [], tr("time step of {product} is not supported").format(product=short_name)
    static = days == 0
    if rule.qc is not None:
        return [_Candidate(path, None, date, short_name, days, source=source, qc_for=rule.variables,
                           qc_rule=rule.qc, tile=tile)], None
    return [_Candidate(path, rule.variables[0], date, short_name, days, source=source,
                       static=static, tile=tile)], None


#: what a damaged file's skip reason starts with (the catalog warns about these, not only logs;
#: translated as tr("damaged or not an HDF4 file"))
DAMAGED = "damaged or not an HDF4 file"


def granule_metadata(tags):
    """(product, date, tile, collection, produced, granule id) from an HDF-EOS granule's
    metadata (LOCALGRANULEID, SHORTNAME, VERSIONID, RANGEBEGINNINGDATE); missing parts None."""
    granule = (tags.get("LOCALGRANULEID") or "").strip()
    match = _HDF_GRANULE.match(re.sub(r"\.hdf4?$", "", granule, flags=re.I)) if granule else None
    product = match.group("product") if match else (tags.get("SHORTNAME") or "").strip() or None
    begin = (tags.get("RANGEBEGINNINGDATE") or "").strip()
    try:
        date = dt.date.fromisoformat(begin[:10]) if begin else None
    except ValueError:
        date = None
    if date is None and match:
        date = _yeardoy(match.group("yeardoy"))
    version = (tags.get("VERSIONID") or "").strip()
    collection = match.group("version") if match else (f"{int(version):03d}" if version.isdigit()
                                                       else None)
    return (product, date, match.group("tile") if match else None, collection,
            match.group("produced") if match else None, granule or None)


def _single_field_listing(gdal, path):
    """SUBDATASETS metadata, as GDAL gives it for a file of several fields, of an HDF-EOS
    grid file holding ONE field (what subsetting tools such as HEG write): GDAL
    opens such a file as a plain raster that does not name its field; only its
    multidimensional API does (/eos_grids/<grid>/Data Fields/<field>). Empty when the file
    holds no grid field."""
    dataset = gdal.OpenEx(path, gdal.OF_MULTIDIM_RASTER | gdal.OF_READONLY)
    root = dataset.GetRootGroup() if dataset is not None else None
    if root is None or "eos_grids" not in (root.GetGroupNames() or []):
        return {}
    grids = root.OpenGroup("eos_grids")
    for grid in grids.GetGroupNames() or []:
        group = grids.OpenGroup(grid)
        if "Data Fields" not in (group.GetGroupNames() or []):
            continue
        fields = group.OpenGroup("Data Fields")
        for name in fields.GetMDArrayNames() or []:
            array = fields.OpenMDArray(name)
            size = "x".join(str(dimension.GetSize()) for dimension in array.GetDimensions())
            data_type = gdal.GetDataTypeName(array.GetDataType().GetNumericDataType())
            return {"SUBDATASET_1_NAME": f'HDF4_EOS:EOS_GRID:"{path}":{grid}:{name}',
                    "SUBDATASET_1_DESC": f"[{size}] {name} {grid} ({data_type})"}
    return {}


def _hdf_listing(path):
    """(subdataset names, metadata, SUBDATASETS metadata) of an HDF4 file. Through GDAL's own
    bindings when present (a scan opens tens of thousands of granules: about three times faster
    than through rasterio, which sets up its GDAL environment on every open), else rasterio.
    A file of one HDF-EOS grid field is listed as that field's subdataset (through GDAL's
    bindings only: rasterio cannot name the field). Raises a rasterio error for unreadable
    files."""
    try:
        from osgeo import gdal
    except ImportError:
        gdal = None
    if gdal is not None and not path.startswith("/vsi"):
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            gdal.ErrorReset()
            dataset = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY)
            if dataset is None:
                raise rasterio.errors.RasterioIOError(gdal.GetLastErrorMsg() or "not readable")
            tags = dict(dataset.GetMetadata() or {})
            listing = dict(dataset.GetMetadata("SUBDATASETS") or {})
            if not listing and dataset.RasterCount:
                listing = _single_field_listing(gdal, path)
            dataset = None
        finally:
            gdal.PopErrorHandler()
        names = [listing[f"SUBDATASET_{i}_NAME"].replace('"', "")
                 for i in range(1, len(listing) + 1) if f"SUBDATASET_{i}_NAME" in listing]
        return names, tags, listing
    with warnings.catch_warnings():  # the HDF container itself has no geotransform
        warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
        with rasterio.open(path) as dataset:
            return (list(dataset.subdatasets), dict(dataset.tags()),
                    dict(dataset.tags(ns="SUBDATASETS")))


def _hdf_candidates(path, match):
    """Candidates of an HDF4 granule: one per subdataset the catalog uses. The date, product
    and tile come from the name, or, for a renamed granule, from its metadata."""
    try:
        subdatasets, tags, listing = _hdf_listing(path)
    except READ_ERRORS as error:
        return [], tr("{damaged} ({error}); download it again, or remove it (reading HDF4 "
                      "needs GDAL's HDF4 driver: `gdalinfo --formats | grep HDF4`)").format(
            damaged=tr("damaged or not an HDF4 file"), error=str(error).strip()[:160])
    meta_product, meta_date, meta_tile, meta_collection, produced, granule = \
        granule_metadata(tags)
    if match:
        short_name = match.group("product")
        date = _yeardoy(match.group("yeardoy"))
        tile, collection = match.group("tile"), match.group("version")
        produced = match.group("produced") or produced
        if meta_date is not None and meta_date != date and products.product_for(short_name):
            if granule:
                text = tr("The granule {path} says {date} in its name (A{yeardoy}) but "
                          "{meta_date} in its metadata (RANGEBEGINNINGDATE, LOCALGRANULEID "
                          "{granule}). The file was renamed by hand or is damaged: give it its "
                          "original name (LOCALGRANULEID), or remove it from PREDICTORS.")
            else:
                text = tr("The granule {path} says {date} in its name (A{yeardoy}) but "
                          "{meta_date} in its metadata (RANGEBEGINNINGDATE). The file was "
                          "renamed by hand or is damaged: give it its original name "
                          "(LOCALGRANULEID), or remove it from PREDICTORS.")
            raise InputError(
                text.format(path=path, date=date, yeardoy=match.group("yeardoy"),
                            meta_date=meta_date, granule=granule),
                parameter=PARAMETER, path=path,
            )
    elif meta_product and meta_date:
        short_name, date, tile, collection = meta_product, meta_date, meta_tile, meta_collection
    else:
        return [], tr("HDF file whose name is not a MODIS granule name "
                      "(MOD13A2.A2016145....hdf) and whose metadata holds no "
                      "SHORTNAME/RANGEBEGINNINGDATE")
    layouts = {listing[key].replace('"', ""): listing.get(key[:-4] + "DESC")
               for key in listing if key.endswith("_NAME")}
    out, reasons = [], []
    for source in subdatasets:
        field_name = source.rsplit(":", 1)[-1].strip('"')
        found, reason = _product_candidate(path, short_name, field_name, date, source=source,
                                           tile=tile)
        out += [dataclasses.replace(c, collection=collection, produced=produced,
                                    granule=granule, layout=layouts.get(source.replace('"', "")))
                for c in found]
        if reason:
            reasons.append(reason)
    if not out:
        return [], reasons[0] if reasons else tr("HDF file without subdatasets")
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
        elif entry.startswith("/vsi"):  # GDAL virtual file system: read through rasterio
            if not entry.split("?")[0].lower().endswith(RASTER_EXTENSIONS):
                raise InputError(
                    tr("{entry} is a remote path without a raster file name (one of "
                       "{extensions}): remote folders are not listed. Give the remote files one "
                       "by one (e.g. /vsicurl/https://host/"
                       "MOD11A2.061_LST_Day_1km_doy2016145_aid0001.tif), or download the "
                       "folder.").format(entry=entry, extensions=", ".join(RASTER_EXTENSIONS)),
                    parameter=PARAMETER, path=entry,
                )
            found.append((entry, posixpath.dirname(entry)))
        else:
            missing.append(entry)
    if missing:
        raise InputError(
            tr("These predictor paths do not exist: {paths}. Check the folder names.").format(
                paths=", ".join(missing)),
            parameter=PARAMETER, path=missing[0],
        )
    unique, seen = [], set()
    for path, root in found:  # a folder given twice, or a file inside a given folder
        real = path if path.startswith("/vsi") else os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            unique.append((path, root))
    return unique

