"""The scan cache: what a scan found, reused while the files keep their size and modification
time.

One cache file per set of scanned paths and catalog options, in the user's cache folder (never
in a data folder: input folders stay untouched). It holds

- the fingerprint (size, modification time in ns) of every scanned file,
- the finished series of the last scan (a re-open of unchanged files uses them as they are and
  replays the scan's messages), and
- per file what recognising and opening it found, so after a change only the changed, added
  or replaced files are opened again (removed files simply drop out).

The file is JSON after a magic line (no pickle: loading it never runs code). Dates, tuples,
dicts with non-text keys, CRSs, transforms and the catalog's own record classes are written as
tagged JSON objects and rebuilt from a fixed list of classes; anything else in a cache file makes
it "unreadable" (scanned again).

A cache made by another cache format or other catalog code (a digest of the catalog modules'
source) is not used. A damaged or foreign file in the cache folder is ignored with a log
line and replaced by the next scan. Files are written atomically (temporary file, then
rename), so a crash never leaves a half-written cache that looks complete.
"""
import dataclasses
import datetime as dt
import hashlib
import json
import math
import os
import tempfile
from importlib import resources

import numpy as np

from ..i18n import tr
from .grid import crs_wkt

#: bump when the layout of the cache file changes (2: JSON instead of pickle)
FORMAT = 2
MAGIC = b"SOILRESP-CATALOG-CACHE\n"
#: cache files kept in the cache folder (the oldest are removed)
KEEP = 64


def cache_folder():
    """The user cache folder of the catalog (``SOILRESP_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/soil_resp_plugin``, else ``~/.cache/soil_resp_plugin``)."""
    folder = os.environ.get("SOILRESP_CACHE_DIR")
    if folder:
        return folder
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "soil_resp_plugin")


_CODE_DIGEST = None


def code_digest():
    """Digest of the source of the modules that decide what a scan finds and of the Python,
    rasterio and GDAL versions, so a cache made by other plugin code or libraries is never
    used."""
    global _CODE_DIGEST
    if _CODE_DIGEST is None:
        import sys

        import rasterio

        # through the import system: on a dask worker the core is imported from a zip
        here = resources.files(__package__)
        core = resources.files(__package__.rpartition(".")[0])
        versions = (FORMAT, sys.version_info[:2], rasterio.__version__,
                    rasterio.__gdal_version__)
        digest = hashlib.sha256(repr(versions).encode())
        sources = sorted((path for path in here.iterdir() if path.name.endswith(".py")),
                         key=lambda path: path.name)
        sources += [core / name for name in ("products.py", "periods.py")]
        for path in sources:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _CODE_DIGEST = digest.hexdigest()
    return _CODE_DIGEST


# ----------------------------------------------------------------------------- inert codec
_CLASSES = None


def _classes():
    """The only classes a cache file can make: the catalog's records (plain dataclasses)."""
    global _CLASSES
    if _CLASSES is None:
        from .. import products
        from .grid import Grid
        from .records import Candidate, RasterLayer, Series

        _CLASSES = {cls.__name__: cls for cls in (
            Candidate, RasterLayer, Series, Grid, products.VariableSpec, products.QcRule,
            products.LayerRule, products.Product)}
    return _CLASSES


def _encode(value):
    """``value`` as plain JSON data, with tags for what JSON lacks (see the module doc)."""
    if value is None or isinstance(value, (bool, str, int)) and not isinstance(value, np.generic):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$f": repr(value)}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if type(value).__name__ == "Affine":  # a namedtuple: before tuples
        return {"$affine": [float(v) for v in tuple(value)[:6]]}
    if isinstance(value, tuple):
        return {"$t": [_encode(v) for v in value]}
    if isinstance(value, dict):
        return {"$d": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, np.generic):
        return _encode(value.item())
    if dataclasses.is_dataclass(value) and type(value).__name__ in _classes() \
            and _classes()[type(value).__name__] is type(value):
        return {"$c": type(value).__name__,
                "f": {f.name: _encode(getattr(value, f.name))
                      for f in dataclasses.fields(value)}}
    kind = type(value).__name__
    if kind == "CRS" and type(value).__module__.startswith("rasterio"):
        return {"$crs": crs_wkt(value)}  # remembered per CRS object: grids share a few
    raise TypeError(f"cannot write a {type(value).__module__}.{kind} to the catalog cache")


_CRS = {}


def _decode_object(item):
    """json object_hook: rebuild a tagged object (fixed list of types; else ValueError)."""
    if not any(key.startswith("$") for key in item):
        return item  # the field dict of a record
    if len(item) == 1:
        (tag, value), = item.items()
        if tag == "$t":
            return tuple(value)
        if tag == "$d":
            return {k: v for k, v in value}
        if tag == "$date":
            return dt.date.fromisoformat(value)
        if tag == "$dt":
            return dt.datetime.fromisoformat(value)
        if tag == "$f":
            return float(value)
        if tag == "$crs":
            crs = _CRS.get(value)
            if crs is None:
                from rasterio.crs import CRS

                crs = _CRS[value] = CRS.from_wkt(value)
            return crs
        if tag == "$affine":
            from affine import Affine

            return Affine(*value)
    elif len(item) == 2 and "$c" in item:
        cls = _classes().get(item["$c"])
        if cls is None:
            raise ValueError(f"unknown record type {item['$c']!r}")
        return cls(**item["f"])
    raise ValueError(f"unknown entry {sorted(item)[:3]}")


def dumps(value):
    """``value`` as JSON text (tagged; see :func:`loads`)."""
    return json.dumps(_encode(value), separators=(",", ":"), allow_nan=False)


def loads(text):
    """The value written by :func:`dumps` (only plain data and the catalog's records)."""
    return json.loads(text, object_hook=_decode_object)


def is_virtual(path):
    """A GDAL virtual file-system path (/vsicurl/, /vsis3/, ...): not cached (no stat)."""
    return str(path).startswith("/vsi")


def fingerprint(path):
    """(size, mtime in ns) of a local file; None for virtual paths or unreadable entries."""
    if is_virtual(path):
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns)


class Recorder:
    """A reporter that passes everything on and keeps log lines and warnings, so a re-open
    from the cache can repeat what the scan said."""

    def __init__(self, inner):
        self.inner = inner
        self.messages = []

    def log(self, message):
        self.messages.append(("log", message))
        self.inner.log(message)

    def warn(self, message):
        self.messages.append(("warn", message))
        self.inner.warn(message)

    def progress(self, fraction):
        self.inner.progress(fraction)

    def is_cancelled(self):
        return self.inner.is_cancelled()

    def check_cancelled(self):
        self.inner.check_cancelled()


def replay(messages, reporter):
    for kind, message in messages:
        (reporter.warn if kind == "warn" else reporter.log)(message)


class ScanCache:
    """The cache file of one set of scanned paths and options."""

    def __init__(self, paths, options, reporter, folder=None):
        self.reporter = reporter
        key = json.dumps({"paths": [p if is_virtual(p) else os.path.realpath(p) for p in paths],
                          "options": options}, sort_keys=True, default=str)
        self.folder = folder or cache_folder()
        self.path = os.path.join(
            self.folder, f"catalog-{hashlib.sha256(key.encode()).hexdigest()[:24]}.cache")
        self.key = key
        self.files = {}  # path -> fingerprint, as cached
        self._result = None  # JSON text of (series, skipped, synthetic, messages)
        self._per_file = None  # JSON text of {path: (found, reason, {source: info})}
        self.per_file = {}
        self.state = "none"  # none / full / partial
        self._load()

    def _ignore(self, why):
        self.reporter.log(tr("Catalog cache {path} ignored ({why}); the predictors are "
                             "scanned again and the cache is rewritten.").format(
                                 path=self.path, why=why))

    def _load(self):
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(len(MAGIC))
                if head != MAGIC:
                    if head:
                        self._ignore(tr("not a catalog cache of this plugin"))
                    else:
                        self._ignore(tr("empty file"))
                    return
                if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
                    self._ignore(tr("owned by another user"))
                    return
                content = json.loads(handle.read().decode("utf-8"))
        except FileNotFoundError:
            return
        except Exception as error:  # noqa: BLE001 - any damage means: scan again
            self._ignore(tr("unreadable: {kind}: {error}").format(
                kind=type(error).__name__, error=str(error)[:120]))
            return
        if not isinstance(content, dict) or content.get("format") != FORMAT:
            self._ignore(tr("written by another cache format"))
            return
        if content.get("code") != code_digest():
            self._ignore(tr("written by another version of the plugin"))
            return
        if content.get("key") != self.key:
            self._ignore(tr("made for other paths or options"))
            return
        try:
            self.files = {path: tuple(f) for path, f in content["files"].items()}
            self._result = content["result"]
            self._per_file = content["per_file"]
        except (KeyError, TypeError, ValueError) as error:
            self.files = {}
            self._ignore(tr("incomplete: {error}").format(error=error))

    def unchanged(self, current):
        """Whether every file of ``current`` {path: fingerprint} is cached with the same
        fingerprint and no cached file is gone (virtual paths are never unchanged)."""
        return (self._result is not None and bool(current) and current == self.files
                and all(v is not None for v in current.values()))

    def result(self):
        """(series, skipped, synthetic, messages) of the cached scan, or None if unusable."""
        try:
            result = loads(self._result)
            series, skipped, synthetic, messages = result
        except Exception as error:  # noqa: BLE001 - any damage means: scan again
            self._ignore(tr("unreadable result: {kind}: {error}").format(
                kind=type(error).__name__, error=str(error)[:120]))
            return None
        self.state = "full"
        return series, skipped, synthetic, messages

    def reusable(self, current):
        """{path: (found, reason, infos)} for files whose fingerprint is unchanged."""
        if self._per_file is None:
            return {}
        try:
            cached = loads(self._per_file)
        except Exception as error:  # noqa: BLE001
            self._ignore(tr("unreadable per-file part: {kind}").format(
                kind=type(error).__name__))
            return {}
        out = {path: entry for path, entry in cached.items()
               if current.get(path) is not None and current[path] == self.files.get(path)}
        if out:
            self.state = "partial"
        return out

    def _prune(self, keep=KEEP):
        """Keep the ``keep`` most recently written caches of the folder."""
        try:
            names = [n for n in os.listdir(self.folder)
                     if n.startswith("catalog-") and n.endswith(".cache")]
            if len(names) <= keep:
                return
            paths = sorted((os.path.join(self.folder, n) for n in names),
                           key=os.path.getmtime, reverse=True)
            for old in paths[keep:]:
                os.remove(old)
        except OSError as error:
            self.reporter.log(tr("Old catalog caches in {folder} not pruned: {error}").format(
                folder=self.folder, error=error))

    def save(self, current, series, skipped, synthetic, messages, per_file):
        """Write the cache atomically; a failure is logged, never fatal."""
        temporary = None
        try:
            content = {
                "format": FORMAT, "code": code_digest(), "key": self.key,
                "files": {p: list(f) for p, f in current.items() if f is not None},
                # decoded only when used (a full re-open never needs the per-file part)
                "result": dumps((series, skipped, synthetic, messages)),
                "per_file": dumps({p: e for p, e in per_file.items()
                                   if current.get(p) is not None}),
            }
            if any(f is None for f in current.values()):
                content["result"] = None  # virtual files are opened again on every scan
            os.makedirs(self.folder, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".catalog-", suffix=".part",
                                                 dir=self.folder)
            with os.fdopen(handle, "wb") as out:
                out.write(MAGIC)
                out.write(json.dumps(content, separators=(",", ":")).encode("utf-8"))
            os.replace(temporary, self.path)
            temporary = None
            self._prune()
        except (OSError, TypeError, ValueError) as error:
            self.reporter.log(tr("Catalog cache not written to {folder} ({error}); the next "
                                 "run scans the predictors again.").format(
                                     folder=self.folder, error=error))
        finally:
            if temporary is not None:
                try:
                    os.remove(temporary)
                except OSError as error:
                    self.reporter.log(tr("Could not remove the unfinished cache {path}: "
                                         "{error}").format(path=temporary, error=error))
