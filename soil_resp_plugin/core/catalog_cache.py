"""The scan cache: what a scan found, reused while the files keep their size and modification
time.

One cache file per set of scanned paths and catalog options, in the user's cache folder (never
in a data folder: input folders stay untouched). It holds

- the fingerprint (size, modification time in ns) of every scanned file,
- the finished series of the last scan (a re-open of unchanged files uses them as they are and
  replays the scan's messages), and
- per file what recognising and opening it found, so after a change only the changed, added
  or replaced files are opened again (removed files simply drop out).

A cache made by another cache format or other catalog code (a digest of the catalog modules'
source) is not used. A damaged or foreign file in the cache folder is ignored with a log
line and replaced by the next scan. Files are written atomically (temporary file, then
rename), so a crash never leaves a half-written cache that looks complete.
"""
import hashlib
import json
import os
import pickle
import tempfile

#: bump when the layout of the cache file changes
FORMAT = 1
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

        here = os.path.dirname(os.path.abspath(__file__))
        versions = (FORMAT, sys.version_info[:2], rasterio.__version__,
                    rasterio.__gdal_version__)
        digest = hashlib.sha256(repr(versions).encode())
        for name in sorted(os.listdir(here)):
            if (name.startswith("catalog") or name in ("products.py", "periods.py")) \
                    and name.endswith(".py"):
                with open(os.path.join(here, name), "rb") as handle:
                    digest.update(name.encode() + b"\0" + handle.read())
        _CODE_DIGEST = digest.hexdigest()
    return _CODE_DIGEST


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
        self._result = None  # pickled (series, skipped, synthetic, messages)
        self._per_file = None  # pickled {path: (found, reason, {source: info})}
        self.per_file = {}
        self.state = "none"  # none / full / partial
        self._load()

    def _ignore(self, why):
        self.reporter.log(f"Catalog cache {self.path} ignored ({why}); the predictors are "
                          "scanned again and the cache is rewritten.")

    def _load(self):
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(len(MAGIC))
                if head != MAGIC:
                    if head:
                        self._ignore("not a catalog cache of this plugin")
                    else:
                        self._ignore("empty file")
                    return
                if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
                    self._ignore("owned by another user")
                    return
                content = pickle.load(handle)  # noqa: S301 - own file, magic and owner checked
        except FileNotFoundError:
            return
        except Exception as error:  # noqa: BLE001 - any damage means: scan again
            self._ignore(f"unreadable: {type(error).__name__}: {str(error)[:120]}")
            return
        if not isinstance(content, dict) or content.get("format") != FORMAT:
            self._ignore("written by another cache format")
            return
        if content.get("code") != code_digest():
            self._ignore("written by another version of the plugin")
            return
        if content.get("key") != self.key:
            self._ignore("made for other paths or options")
            return
        try:
            self.files = dict(content["files"])
            self._result = content["result"]
            self._per_file = content["per_file"]
        except (KeyError, TypeError, ValueError) as error:
            self.files = {}
            self._ignore(f"incomplete: {error}")

    def unchanged(self, current):
        """Whether every file of ``current`` {path: fingerprint} is cached with the same
        fingerprint and no cached file is gone (virtual paths are never unchanged)."""
        return (self._result is not None and bool(current) and current == self.files
                and all(v is not None for v in current.values()))

    def result(self):
        """(series, skipped, synthetic, messages) of the cached scan, or None if unusable."""
        try:
            result = pickle.loads(self._result)  # noqa: S301 - own file, checked in _load
            series, skipped, synthetic, messages = result
        except Exception as error:  # noqa: BLE001 - any damage means: scan again
            self._ignore(f"unreadable result: {type(error).__name__}: {str(error)[:120]}")
            return None
        self.state = "full"
        return series, skipped, synthetic, messages

    def reusable(self, current):
        """{path: (found, reason, infos)} for files whose fingerprint is unchanged."""
        if self._per_file is None:
            return {}
        try:
            cached = pickle.loads(self._per_file)  # noqa: S301 - own file, checked in _load
        except Exception as error:  # noqa: BLE001
            self._ignore(f"unreadable per-file part: {type(error).__name__}")
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
            self.reporter.log(f"Old catalog caches in {self.folder} not pruned: {error}")

    def save(self, current, series, skipped, synthetic, messages, per_file):
        """Write the cache atomically; a failure is logged, never fatal."""
        content = {
            "format": FORMAT, "code": code_digest(), "key": self.key,
            "files": {p: f for p, f in current.items() if f is not None},
            "result": pickle.dumps((series, skipped, synthetic, messages),
                                   protocol=pickle.HIGHEST_PROTOCOL),
            "per_file": pickle.dumps({p: e for p, e in per_file.items()
                                      if current.get(p) is not None},
                                     protocol=pickle.HIGHEST_PROTOCOL),
        }
        if any(f is None for f in current.values()):
            content["result"] = None  # virtual files are opened again on every scan
        temporary = None
        try:
            os.makedirs(self.folder, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".catalog-", suffix=".part",
                                                 dir=self.folder)
            with os.fdopen(handle, "wb") as out:
                out.write(MAGIC)
                pickle.dump(content, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
            temporary = None
            self._prune()
        except (OSError, pickle.PicklingError, TypeError, AttributeError) as error:
            self.reporter.log(f"Catalog cache not written to {self.folder} ({error}); the next "
                              "run scans the predictors again.")
        finally:
            if temporary is not None:
                try:
                    os.remove(temporary)
                except OSError as error:
                    self.reporter.log(f"Could not remove the unfinished cache {temporary}: "
                                      f"{error}")
