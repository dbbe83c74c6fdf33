"""The predictor catalog: :class:`PredictorCatalog`, the one object the rest of the plugin
uses to list predictor series and read them per period, window and grid (with gaps filled in
time on request)."""
import datetime as dt
import functools
import os
import warnings

import numpy as np
import rasterio
from rasterio.warp import transform, transform_bounds
from rasterio.windows import Window

from .. import periods as P
from .. import products
from ..errors import InputError
from ..gapfill import (
    CLIMATOLOGY,
    DEFAULT_MAX_GAP,
    INTERPOLATED,
    MISSING,
    OBSERVED,
    fill_flags,
    interpolate_gaps,
)
from ..gapfill import climatology as _climatology
from ..i18n import tr
from ..reporting import as_reporter
from . import warp
from .building import _build_series
from .cache import Recorder, ScanCache, fingerprint, is_virtual, replay
from .common import PARAMETER, READ_ERRORS, TEMPORAL_MAPPINGS, WGS84
from .datasets import _dataset
from .datasets import damaged as _damaged
from .decoding import decode
from .names import (
    DAMAGED,
    UserPattern,
    _as_date,
    _drop_browser_copies,
    _recognise,
    _scan,
    _variable_id,
)
from .prepared import PreparedStore, layers_identity
from .records import Candidate as _Candidate
from .temporal import (
    MIN_VALID_DAYS,
    _combine,
    _compact_dates,
    _mode,
    missing_days,
    yearly_layer,
)


def write_skipped_log(skipped):
    """Write every skipped file and its reason to a log file in the user cache folder; its
    path, or None when it cannot be written."""
    import hashlib
    import tempfile

    from .cache import cache_folder

    text = "".join(f"{path}\t{reason}\n" for path, reason in skipped)
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    for folder in (cache_folder(), tempfile.gettempdir()):
        try:
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, f"skipped-files-{digest}.tsv")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("file\treason\n" + text)
            return path
        except OSError:
            continue
    return None


#: a target cell spanning at least this many source cells (each way) is coarsening
COARSENING = 1.5


def _neighbour_periods(period, max_gap):
    """The periods from ``max_gap`` before ``period`` to ``max_gap`` after it, and the
    index of ``period`` among them: what interpolating a gap of ``max_gap`` periods reads."""
    span = dt.timedelta(days=P.PERIOD_DAYS * (max_gap + 1))
    around = P.periods_between(period - span, period + span)
    k = around.index(period)
    around = around[max(k - max_gap, 0):k + max_gap + 1]
    return around, around.index(period)


class YearNotCoveredWarning(UserWarning):
    """A yearly layer (land cover) is read for a year it does not cover (nearest year used)."""


#: one bounding-window read serves all sites of a period while it stays below this size
_SITE_BBOX_MAX_PIXELS = 4_000_000


class PredictorCatalog:
    """Raster time series of predictors, by canonical variable id and 8-day period.

    Build with :meth:`from_folder` / :meth:`from_files`. Holds no open files (picklable for
    dask workers); reads open datasets per thread and keep them for later windows.
    """

    def __init__(self, series, temporal_mapping="composite", quality="any", skipped=(),
                 synthetic=False, min_valid_days=MIN_VALID_DAYS):
        self._series = series
        self.temporal_mapping = temporal_mapping
        self.quality = quality
        self.min_valid_days = int(min_valid_days)
        self.skipped_log = None  # file listing every skipped file when there are many
        self._year_warned = set()
        self.skipped = list(skipped)
        self.synthetic = synthetic
        self._pixel_cache = {}
        self.scan_stats = {}  # cache use of the scan: 'cache' (full/partial/none/off), 'opened'
        self.prepared = None  # PreparedStore: composited/resampled blocks kept on disk
        self._fingerprints = {}  # path -> (size, mtime ns) when the catalog was built
        self._identities = {}  # (var, period) or ("filled", ...) -> what values are made of

    def __getstate__(self):
        """Pickled for dask workers without the per-process caches of pixel indices and
        prepared-value identities (rebuilt where needed)."""
        state = dict(self.__dict__)
        state["_pixel_cache"] = {}
        state["_identities"] = {}
        return state

    # -- construction
    @classmethod
    def from_folder(cls, folder, pattern=None, temporal_mapping="composite", reporter=None,
                    quality="any", static=(), min_valid_days=MIN_VALID_DAYS, cache=True):
        return cls.from_files([folder], pattern=pattern, temporal_mapping=temporal_mapping,
                              reporter=reporter, quality=quality, static=static,
                              min_valid_days=min_valid_days, cache=cache)

    @classmethod
    def from_files(cls, paths, pattern=None, temporal_mapping="composite", reporter=None,
                   quality="any", static=(), min_valid_days=MIN_VALID_DAYS, cache=True):
        """Catalog of files and folders (scanned recursively). ``static``: extra files that
        apply to every date. Files with unknown names are skipped and listed in ``skipped``.
        ``min_valid_days``: valid days a pixel of a daily MODIS product (MOD11A1, ...) needs
        for an 8-day value. ``cache``: reuse what an earlier scan of unchanged files found."""
        reporter = as_reporter(reporter)
        if not 1 <= int(min_valid_days) <= P.PERIOD_DAYS:
            raise InputError(tr("The minimum number of valid days must be 1..{most}, not "
                                "{value}.").format(most=P.PERIOD_DAYS, value=min_valid_days),
                             parameter="MIN_VALID_DAYS")
        if temporal_mapping not in TEMPORAL_MAPPINGS:
            raise InputError(tr("Unknown temporal mapping '{value}'; use one of "
                                "{choices}.").format(value=temporal_mapping,
                                                     choices=", ".join(TEMPORAL_MAPPINGS)),
                             parameter="TEMPORAL_MAPPING")
        if quality not in products.QUALITY_LEVELS:
            raise InputError(tr("Unknown quality level '{value}'; use one of {choices}.").format(
                value=quality, choices=", ".join(products.QUALITY_LEVELS)),
                parameter="QUALITY")
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        paths = [os.fspath(p) for p in paths]
        static = [os.fspath(p) for p in static or ()]
        for path in static:
            if not is_virtual(path) and not os.path.isfile(path):
                raise InputError(tr("Static layer {path} does not exist.").format(path=path),
                                 parameter="STATIC", path=path)
        with rasterio.Env():  # one GDAL environment for the whole scan (not one per file)
            return cls._from_files(paths, pattern, temporal_mapping, reporter, quality, static,
                                   min_valid_days, cache)

    @classmethod
    def _from_files(cls, paths, pattern, temporal_mapping, reporter, quality, static,
                    min_valid_days, cache):
        files = _scan(paths)
        current = {path: fingerprint(path) for path, _ in files}
        current.update({path: fingerprint(path) for path in static})
        store = None
        if cache:
            store = ScanCache(paths, {"pattern": pattern, "temporal_mapping": temporal_mapping,
                                      "quality": quality, "static": static}, reporter)
            if store.unchanged(current):
                cached = store.result()
                if cached is not None:
                    series, skipped, synthetic, messages = cached
                    replay(messages, reporter)
                    reporter.log(tr("Predictor catalog read from the cache {path} ({count} "
                                    "files unchanged since the last scan).").format(
                                        path=store.path, count=len(current)))
                    catalog = cls(series, temporal_mapping, quality, skipped, synthetic,
                                  min_valid_days)
                    catalog.scan_stats = {"cache": "full", "files": len(current), "opened": []}
                    catalog._fingerprints = current
                    catalog._log_summary(reporter)
                    return catalog
        reusable = store.reusable(current) if store is not None else {}
        recorder = Recorder(reporter)
        user_pattern = UserPattern(pattern) if pattern else None
        candidates, skipped, opened, per_file, infos = [], [], [], {}, {}
        for path, root in files:
            entry = reusable.get(path)
            if entry is not None:
                found, reason, file_infos = entry
                infos.update(file_infos)
            else:
                found, reason = _recognise(path, root, user_pattern)
                opened.append(path)
            per_file[path] = (found, reason)
            if reason:
                skipped.append((path, reason))
            candidates += found
        for path in static:
            stem = os.path.splitext(os.path.basename(path))[0]
            candidates.append(_Candidate(path, _variable_id(stem, known_only=False), None,
                                         "static", 0, static=True))
            if path in reusable:
                infos.update(reusable[path][2])
            else:
                opened.append(path)
            per_file.setdefault(path, ((), None))
        candidates = _drop_browser_copies(candidates, skipped, recorder)
        targets = [c for c in candidates if c.variable and products.looks_like_target(c.variable)]
        for candidate in targets:
            skipped.append((candidate.path, tr("'{variable}' looks like the target (soil "
                                               "respiration), not a predictor").format(
                                                   variable=candidate.variable)))
        candidates = [c for c in candidates if c not in targets]
        if not candidates:
            raise InputError(cls._nothing_found_message(paths, files, skipped),
                             parameter=PARAMETER, path=paths[0] if paths else None)
        series, synthetic = _build_series(candidates, temporal_mapping, quality, recorder,
                                          skipped, info_cache=infos)
        if not series:
            raise InputError(cls._nothing_found_message(paths, files, skipped),
                             parameter=PARAMETER, path=paths[0] if paths else None)
        catalog = cls(series, temporal_mapping, quality, skipped, synthetic, min_valid_days)
        catalog.scan_stats = {"cache": store.state if store is not None else "off",
                              "files": len(current), "opened": opened}
        catalog._fingerprints = current
        if store is not None:
            by_path = {}
            for candidate in candidates:
                source = candidate.source or candidate.path
                if source in infos:
                    by_path.setdefault(candidate.path, {})[source] = infos[source]
            store.save(current, series, skipped, synthetic, recorder.messages,
                       {p: (found, reason, by_path.get(p, {}))
                        for p, (found, reason) in per_file.items()})
        catalog._log_summary(reporter)
        return catalog

    @staticmethod
    def _nothing_found_message(paths, files, skipped):
        hints = [(p, r) for p, r in skipped if "(PATTERN)" in r]
        if hints:
            shown = "; ".join(f"{os.path.basename(p)}: {r}" for p, r in hints[:3])
            if len(hints) > 3:
                return tr("No predictor rasters recognised in {paths} ({count} raster files "
                          "scanned). {hints} ({hinted} such files).").format(
                    paths=", ".join(paths), count=len(files), hints=shown, hinted=len(hints))
            return tr("No predictor rasters recognised in {paths} ({count} raster files "
                      "scanned). {hints}.").format(paths=", ".join(paths), count=len(files),
                                                   hints=shown)
        examples = "; ".join(f"{os.path.basename(p)}: {r}" for p, r in skipped[:20])
        if examples:
            return tr(
                "No predictor rasters recognised in {paths} ({count} raster files scanned; e.g. "
                "{examples}). The catalog reads AppEEARS GeoTIFFs "
                "(MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif), MODIS HDF4 granules "
                "(MOD13A2.A2016145.h18v04.006.*.hdf), MODIStsp files (MOD13A1_NDVI_2016_001.tif), "
                "<variable>_doy<YYYYDDD>.tif and static/ folders. For other names give PATTERN, "
                "e.g. {{variable}}_%Y%m%d.tif."
            ).format(paths=", ".join(paths), count=len(files), examples=examples)
        return tr(
            "No predictor rasters recognised in {paths} ({count} raster files scanned). The "
            "catalog reads AppEEARS GeoTIFFs (MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif), "
            "MODIS HDF4 granules (MOD13A2.A2016145.h18v04.006.*.hdf), MODIStsp files "
            "(MOD13A1_NDVI_2016_001.tif), <variable>_doy<YYYYDDD>.tif and static/ folders. For "
            "other names give PATTERN, e.g. {{variable}}_%Y%m%d.tif."
        ).format(paths=", ".join(paths), count=len(files))

    def _log_summary(self, reporter):
        for row in self.describe():
            if row["static"]:
                reporter.log(tr("Predictor {variable} [{unit}]: static ({product}), "
                                "{grid}").format(variable=row["variable"], unit=row["unit"],
                                                 product=row["product"], grid=row["grid"]))
            else:
                reporter.log(tr(
                    "Predictor {variable} [{unit}]: {n_periods} periods {first}..{last} "
                    "({product}, {time_step}), {n_gaps} gaps, {grid}").format(
                    variable=row["variable"], unit=row["unit"], n_periods=row["n_periods"],
                    first=row["first_period"], last=row["last_period"], product=row["product"],
                    time_step=row["time_step"], n_gaps=row["n_gaps"], grid=row["grid"]))
        for var in self.dynamic_variables():
            for platform, days in missing_days(self._series[var]).items():
                reporter.warn(tr(
                    "{variable}: daily series ({platform}) with {count} missing day(s) "
                    "({days}): those 8-day periods are composited from the days present; "
                    "pixels with fewer than {min_valid_days} valid days (MIN_VALID_DAYS) are "
                    "no data. Download the missing days to use them.").format(
                    variable=var, platform=platform, count=len(days),
                    days=_compact_dates(days), min_valid_days=self.min_valid_days))
        for note in self.year_fallbacks():
            reporter.warn(note)
        # reasons are translated when made; a cache may hold them in another language
        damaged = [(p, r) for p, r in self.skipped
                   if r.startswith((DAMAGED, tr("damaged or not an HDF4 file")))]
        for path, reason in damaged[:20]:
            reporter.warn(tr("Skipped damaged file {path}: {reason}.").format(path=path,
                                                                             reason=reason))
        if len(damaged) > 20:
            reporter.warn(tr("... and {count} more damaged files (all are listed in the "
                             "skipped-files log).").format(count=len(damaged) - 20))
        if len(self.skipped) > 20:
            self.skipped_log = write_skipped_log(self.skipped)
            if self.skipped_log:
                reporter.warn(tr("{count} files were skipped; every one is listed with its "
                                 "reason in {path}").format(count=len(self.skipped),
                                                            path=self.skipped_log))
        hinted = [(p, r) for p, r in self.skipped if "(PATTERN)" in r]
        for path, reason in hinted[:20]:
            reporter.warn(tr("Skipped {path}: {reason}.").format(path=path, reason=reason))
        if len(hinted) > 20:
            reporter.warn(tr("... and {count} more files with a date PATTERN would "
                             "read.").format(count=len(hinted) - 20))
        if self.skipped and len(self.skipped) <= 20:
            reporter.log(tr("Skipped {count} raster file(s) that are not predictors:").format(
                count=len(self.skipped)))
            for path, reason in self.skipped:
                reporter.log(f"  {path}: {reason}")
        elif self.skipped:
            reporter.log(tr("Skipped {count} raster files that are not predictors:").format(
                count=len(self.skipped)))
            groups = {}
            for path, reason in self.skipped:
                groups.setdefault((os.path.dirname(path), reason), []).append(path)
            for (folder, reason), paths in list(groups.items())[:20]:
                example = os.path.basename(paths[0])
                if len(paths) > 1:
                    example = tr("{files} and {count} more").format(files=example,
                                                                    count=len(paths) - 1)
                reporter.log(f"  {folder}: {example}: {reason}")
            if len(groups) > 20:
                reporter.log(tr("  ... and {count} more groups").format(count=len(groups) - 20))
        if self.synthetic:
            reporter.log(tr("Note: the predictors are SYNTHETIC demo data (SYNTHETIC=true "
                            "tag)."))

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
                tr("The predictor catalog has no variable '{variable}' (it has: {variables}). "
                   "Add its rasters to PREDICTORS.").format(
                    variable=var, variables=", ".join(self.variables)),
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
        return sorted({path for layer in self._get(var).layers
                       for path in (layer.paths or (layer.path,))})

    def periods(self, var):
        """8-day period starts with data for ``var``, in time order; ``()`` for static
        variables, which apply to every period."""
        series = self._get(var)
        return () if series.static else tuple(sorted(series.resolution))

    def has_period(self, var, period_start):
        series = self._get(var)
        return series.static or _as_date(period_start) in series.resolution

    def layers_per_period(self, var, period_start):
        """How many rasters make one period of ``var`` (a daily product with Terra and Aqua:
        up to 16; static: 1; a period without raster: 0): what reading that period costs."""
        series = self._get(var)
        if series.static:
            return 1
        found = series.resolution.get(_as_date(period_start))
        return 0 if found is None else len(found[1])

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
                "time_step": (tr("static") if series.static
                              else tr("{days}-day").format(days=series.days)),
                "first_period": periods[0].isoformat() if periods else "",
                "last_period": periods[-1].isoformat() if periods else "",
                "n_periods": len(periods),
                "n_gaps": len(missing),
                "gaps": _compact_dates(missing),
                "n_files": len(self.files(var)),
                "grid": series.grid.describe(),
                "resampling": self.resampling(var),
                "compositing": self.compositing(var),
                "tiles": ",".join(sorted({t for layer in series.layers for t in layer.tiles})),
                "n_missing_days": sum(len(d) for d in missing_days(series).values()),
            })
        return rows

    def resampling(self, var):
        """How ``var`` reaches another grid: by meaning (mean/mode when coarsening)."""
        if self._get(var).categorical:
            return tr("mode when coarsening, nearest when refining")
        return tr("area mean of valid cells when coarsening, bilinear when refining")

    def compositing(self, var):
        """How the layers of ``var`` make one 8-day period, in words."""
        series = self._get(var)
        platforms = sorted({layer.platform for layer in series.layers
                            if layer.platform in ("terra", "aqua")})
        if series.static:
            dated = sorted({layer.date.year for layer in series.layers if layer.date})
            if dated:
                return tr("yearly ({first}..{last}): each period uses its year's layer; other "
                          "years use the nearest year (warned)").format(first=dated[0],
                                                                        last=dated[-1])
            return tr("static: one layer for every period")
        if len(platforms) > 1:  # Terra and Aqua
            if series.days == 1 and any(m == "daily" for m, _ in series.resolution.values()):
                return tr("daily: 8-day mean of valid days, at least {min_valid_days} valid "
                          "days per pixel (count via valid_days) (Terra and Aqua "
                          "combined)").format(min_valid_days=self.min_valid_days)
            if series.days in (1, 4):
                return tr("{days}-day: mean of the layers in each 8-day period (Terra and Aqua "
                          "combined)").format(days=series.days)
            if series.days == 16:
                return tr("16-day onto 8-day periods ({mapping}) (Terra and Aqua "
                          "combined)").format(mapping=self.temporal_mapping)
            return tr("8-day (Terra and Aqua combined)")
        if series.days == 1 and any(m == "daily" for m, _ in series.resolution.values()):
            return tr("daily: 8-day mean of valid days, at least {min_valid_days} valid days "
                      "per pixel (count via valid_days)").format(
                min_valid_days=self.min_valid_days)
        if series.days in (1, 4):
            return tr("{days}-day: mean of the layers in each 8-day period").format(
                days=series.days)
        if series.days == 16:
            return tr("16-day onto 8-day periods ({mapping})").format(
                mapping=self.temporal_mapping)
        return tr("8-day")

    def _period_layers(self, var, period_start, grid, window):
        """(series, compositing mode, [(layer, weight)] of the period, target grid, window:
        the whole grid if None): what every per-period read starts from."""
        series = self._get(var)
        mode, parts = self._resolve(series, _as_date(period_start) if period_start else None)
        target = grid if grid is not None else series.grid
        if window is None:
            window = Window(0, 0, target.width, target.height)
        return series, mode, parts, target, window

    def valid_days(self, var, period_start, grid=None, window=None):
        """Number of valid days (observations) behind each pixel of a period's value (Terra
        and Aqua counted separately; 1 for a single layer with a value, 0 for none)."""
        series, mode, parts, target, window = self._period_layers(var, period_start, grid,
                                                                  window)
        count = None
        for layer, _ in parts:
            valid = np.isfinite(self._read_layer(series, layer, target, window))
            count = valid.astype(np.int16) if count is None else count + valid
        return count

    def year_fallbacks(self, first=None, last=None):
        """Messages for yearly variables (land cover) whose years do not cover ``first`` ..
        ``last`` (default: the catalog's range): the nearest year is used there."""
        low, high = self.date_range()
        first, last = _as_date(first) or low, _as_date(last) or high
        notes = []
        if first is None:
            return notes
        for var in self.variables:
            series = self._series[var]
            years = sorted({layer.date.year for layer in series.layers if layer.date})
            if not series.static or not years:
                continue
            outside = [y for y in range(first.year, last.year + 1) if y not in years]
            if outside:
                notes.append(tr(
                    "{variable} ({product}) covers the years {years}, not {outside}: periods of "
                    "those years use the nearest year's layer. Add the missing years' files to "
                    "use their own.").format(variable=var, product=series.product,
                                             years=", ".join(map(str, years)),
                                             outside=", ".join(map(str, outside))))
        return notes

    # -- reading
    def _resolve(self, series, period):
        if series.static:
            layers = series.layers
            dated = [layer for layer in layers if layer.date is not None]
            if not dated:
                return "single", ((layers[0], 1.0),)
            layer, instead = yearly_layer(dated, period)
            if instead is not None and (series.variable, period.year) not in self._year_warned:
                self._year_warned.add((series.variable, period.year))
                warnings.warn(YearNotCoveredWarning(
                    tr("{variable}: no layer for {year}; the {instead} layer is used").format(
                        variable=series.variable, year=period.year, instead=instead)),
                    stacklevel=3)
            return "single", ((layer, 1.0),)
        found = series.resolution.get(period)
        if found is None:
            first, last = (min(series.resolution), max(series.resolution))
            if not first <= period <= last:
                text = tr("No {variable} raster for the 8-day period starting {period} (outside "
                          "its periods {first}..{last}). Add the missing files or use periods "
                          "the catalog covers (see 'Describe predictor catalog').")
            else:
                text = tr("No {variable} raster for the 8-day period starting {period} (a gap "
                          "in its periods {first}..{last}). Add the missing files or use "
                          "periods the catalog covers (see 'Describe predictor catalog').")
            raise InputError(
                text.format(variable=series.variable, period=period, first=first, last=last),
                parameter=PARAMETER,
            )
        return found

    def read(self, var, period_start, grid=None, window=None, needed=None):
        """``var`` for one period as float32 in physical units (NaN = no data), on ``grid``
        (default: the variable's own grid) within ``window`` (a rasterio ``Window`` on it).
        ``needed`` (bool, the window's shape): the cells the caller will use, the others are
        NaN; on another grid only those are resampled.

        The layers of a period (daily, Terra and Aqua, 16-day neighbours) are composited on
        their own grid, as MODIS composites are made, and the composite is resampled once by
        meaning (see core/catalog/warp.py)."""
        series, mode, parts, target, window = self._period_layers(var, period_start, grid,
                                                                  window)
        compute = functools.partial(self._compute, series, mode, parts, target)
        resampled = series.grid.offset_in(target) is None
        if self.prepared is None or not (resampled or len(parts) > 1):
            return compute(window, needed)
        return self.prepared.read(self._identity(var, period_start), target, window, needed,
                                  compute)

    def _identity(self, var, period_start):
        """What ``var``'s values in a period are made of (see prepared.layers_identity; None:
        not kept); "none" for a period without raster."""
        key = (var, _as_date(period_start) if period_start else None)
        identity = self._identities.get(key, False)
        if identity is False:
            if not self.has_period(var, key[1]):
                identity = "none"
            else:
                series = self._get(var)
                mode, parts = self._resolve(series, key[1])
                identity = layers_identity(var, mode, parts,
                                           (self.quality, self.min_valid_days),
                                           self._fingerprint)
            self._identities[key] = identity
        return identity

    def _filled_identity(self, var, period, max_gap, use_climatology):
        """What the filled gaps of ``var`` in ``period`` are made of: the identities of the
        periods filling reads (``period`` itself, its neighbours up to ``max_gap`` away, the
        same period in the other years) and the options; None when one of them is not kept."""
        key = ("filled", var, period, max_gap, use_climatology)
        identity = self._identities.get(key, False)
        if identity is False:
            around = _neighbour_periods(period, max_gap)[0] if max_gap > 0 else []
            years = (self._same_period_every_year(self._get(var), period) if use_climatology
                     else [])
            parts = [self._identity(var, p) for p in sorted({period, *around, *years})]
            identity = None if any(part is None for part in parts) else "\n".join(
                [f"filled {var} {period} max_gap={max_gap} climatology={use_climatology}",
                 *parts])
            self._identities[key] = identity
        return identity

    def _compute(self, series, mode, parts, target, window, needed):
        if series.grid.offset_in(target) is None:
            composite = functools.partial(self._native_composite, series, mode, parts)
            return self._read_warped(series, composite, target, window, needed=needed)
        arrays = [self._read_layer(series, layer, target, window) for layer, _ in parts]
        values = _combine(mode, arrays, [w for _, w in parts], self.min_valid_days)
        if needed is not None:
            values[~needed] = np.nan
        return values

    def keep_prepared(self, folder=None):
        """Keep what :meth:`read` composites or resamples on disk and reuse it in later
        reads and runs (see core/catalog/prepared.py); ``folder`` default: the user cache
        folder's ``prepared``. Returns the store (its ``hits`` and ``computed`` count
        blocks)."""
        self.prepared = PreparedStore(folder)
        return self.prepared

    def _fingerprint(self, path):
        found = self._fingerprints.get(path)
        return found if found is not None else fingerprint(path)

    def _native_composite(self, series, mode, parts, window, dtype=np.float32):
        arrays = [self._read_native(series, layer, window, dtype) for layer, _ in parts]
        return _combine(mode, arrays, [w for _, w in parts], self.min_valid_days)

    def _read_layer(self, series, layer, target, window):
        offset = series.grid.offset_in(target)
        if offset is not None:
            native = Window(window.col_off + offset[0], window.row_off + offset[1],
                            window.width, window.height)
            return self._read_native(series, layer, native)
        return self._read_warped(series, functools.partial(self._read_native, series, layer),
                                 target, window)

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

    def _read_warped(self, series, read_source, target, window, fraction=False, needed=None):
        """Resample physical values (fill, QC-masked cells already NaN) from ``read_source``
        (a window of the series' grid -> float32) by meaning: coarsening (a target cell spans
        more than ~1.5 source cells each way) takes the area mean of the valid cells, or the
        class covering most of the cell; refining is bilinear, or nearest for classes. One
        kernel scale per grid pair and a cell mapping anchored to the whole grid make any
        window identical to the same cells of a whole-grid read: block-wise output has no
        seams. ``fraction``: the share of each target cell covered by valid source cells."""
        xscale, yscale = warp.kernel_scales(series.grid, target)
        method = warp.method_for(series.categorical, xscale, yscale, COARSENING)
        return warp.resample(read_source, series.grid, target, window, method,
                             (xscale, yscale), needed=needed, fraction=fraction)

    def valid_fraction(self, var, period_start, grid=None, window=None):
        """Share (0..1) of each cell of ``grid`` covered by valid source cells of ``var``
        (fill, QC-masked and missing cells count as invalid); on the variable's own grid 1 or
        0. With several layers per period (daily, Terra and Aqua): their mean."""
        series, mode, parts, target, window = self._period_layers(var, period_start, grid,
                                                                  window)
        total = None
        for layer, _ in parts:
            if series.grid.offset_in(target) is not None:
                share = np.isfinite(self._read_layer(series, layer, target, window))
                share = share.astype(np.float32)
            else:
                native = functools.partial(self._read_native, series, layer)
                share = self._read_warped(series, native, target, window, fraction=True)
            total = share if total is None else total + share
        return (total / len(parts)).astype(np.float32)

    def _read_native_period(self, series, period, window, dtype=np.float32):
        mode, parts = self._resolve(series, period)
        return self._native_composite(series, mode, parts, window, dtype)

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
            raise InputError(tr("Window size {size} must be odd (1, 3, 5, ...) so the window "
                                "is centred on the site's cell.").format(size=window_size),
                             parameter="WINDOW_SIZE")
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


    # -- gap filling in time (core/gapfill.py)
    def _read_or_missing(self, var, period, target, window, needed=None):
        if self.has_period(var, period):
            return self.read(var, period, target, window, needed)
        return np.full((int(window.height), int(window.width)), np.nan, dtype=np.float32)

    def climatology(self, var, period_start, grid=None, window=None, needed=None):
        """(mean, n_years): mean over the catalog's years of the values of ``var`` observed in
        the period of the year starting on ``period_start``'s day of year (float32, NaN where no
        year has a value), and the number of years behind each pixel; ``needed`` (bool, the
        window's shape) limits it to those pixels (NaN and 0 elsewhere)."""
        series = self._get(var)
        period = _as_date(period_start)
        target = grid if grid is not None else series.grid
        if window is None:
            window = Window(0, 0, target.width, target.height)
        shape = (int(window.height), int(window.width))
        if series.static:
            values = self.read(var, period, target, window, needed)
            return values, np.isfinite(values).astype(np.int16)
        layers = [self.read(var, p, target, window, needed)
                  for p in self._same_period_every_year(series, period)]
        if not layers:
            return np.full(shape, np.nan, np.float32), np.zeros(shape, np.int16)
        mean, count = _climatology(layers)
        return mean.astype(np.float32), count.astype(np.int16)

    def read_filled(self, var, period_start, grid=None, window=None, max_gap=DEFAULT_MAX_GAP,
                    use_climatology=True, needed=None, observed=None):
        """``var`` for one period with its gaps in time filled (see core/gapfill.py): observed
        values as :meth:`read` gives them; missing pixels (clouds, fill, QC-masked, or a period
        without a raster) linearly interpolated in time across at most ``max_gap`` missing
        periods, else the multi-year mean of that period of the year (``use_climatology``).
        Returns (values float32, method uint8: gapfill.OBSERVED / INTERPOLATED / CLIMATOLOGY /
        MISSING). Static variables are returned as read (nothing to fill in time). ``needed``
        (bool, the window's shape): the pixels worth filling (e.g. land still predictable);
        when every one of them is observed, no other period is read. ``observed``: this
        period's values as :meth:`read` gives them on ``window``, when the caller has them.
        With prepared predictors kept (:meth:`keep_prepared`), the filled values are kept too,
        named by the layers of every period they were filled from."""
        series = self._get(var)
        period = _as_date(period_start)
        target = grid if grid is not None else series.grid
        if window is None:
            window = Window(0, 0, target.width, target.height)
        if int(max_gap) < 0:
            raise InputError(tr("The longest gap to interpolate must be 0 or more periods, "
                                "not {value}.").format(value=max_gap),
                             parameter="MAX_FILL_GAP")
        if series.static:
            values = self.read(var, period, target, window)
            method = np.where(np.isfinite(values), OBSERVED, MISSING).astype(np.uint8)
            return values, method
        center = observed if observed is not None else self._read_or_missing(
            var, period, target, window, needed)
        gaps = ~np.isfinite(center)
        if needed is not None:
            gaps &= needed
        if not gaps.any():
            return center, np.where(np.isfinite(center), OBSERVED, MISSING).astype(np.uint8)
        fill = functools.partial(self._fill_gaps, var, series, period, target, center, window,
                                 int(max_gap), use_climatology)
        if self.prepared is None:
            filled, how = fill(window, gaps)
        else:  # kept beside the prepared predictors: later runs read what was filled
            identity = self._filled_identity(var, period, int(max_gap), use_climatology)
            filled, how = self.prepared.read(identity, target, window, gaps, fill, codes=True)
        values = center.copy()
        method = np.where(np.isfinite(center), OBSERVED, MISSING).astype(np.uint8)
        use = gaps & np.isfinite(filled)
        values[use] = filled[use]
        method[use] = how[use]
        return values, method

    def _fill_gaps(self, var, series, period, target, center, whole, max_gap, use_climatology,
                   window, gaps):
        """(values, method) of the ``gaps`` pixels of ``window`` (part of ``whole``, where
        ``center`` holds the period's observed values) filled in time; NaN and 0 elsewhere.
        Only the gap pixels' series are read (each pixel is filled on its own)."""
        r0 = int(window.row_off - whole.row_off)
        c0 = int(window.col_off - whole.col_off)
        center = center[r0:r0 + gaps.shape[0], c0:c0 + gaps.shape[1]]
        where = np.flatnonzero(gaps)
        values = np.full(gaps.shape, np.nan, dtype=np.float32)
        method = np.zeros(gaps.shape, dtype=np.uint8)
        todo = gaps.copy()
        if max_gap > 0:
            around, k = _neighbour_periods(period, max_gap)
            stack = np.stack([center[gaps] if p == period else self._gap_values(
                var, p, target, window, gaps) for p in around])
            some = np.isfinite(stack).any(axis=0)  # pixels with a neighbour to interpolate
            filled, done = interpolate_gaps(stack[:, some], [p.toordinal() for p in around],
                                            max_gap)
            use = where[some][done[k]]
            values.flat[use] = filled[k][done[k]]
            method.flat[use] = INTERPOLATED
            todo.flat[use] = False
        if use_climatology and todo.any():
            # this period is missing at these pixels: the other years give the mean
            years = [p for p in self._same_period_every_year(series, period) if p != period]
            if years:
                mean, _ = _climatology([self._gap_values(var, p, target, window, todo)
                                        for p in years])
                use = np.flatnonzero(todo)[np.isfinite(mean)]
                values.flat[use] = mean[np.isfinite(mean)]
                method.flat[use] = CLIMATOLOGY
        return values, method

    def _gap_values(self, var, period, target, window, gaps):
        """Values of the ``gaps`` pixels (a vector) in another period; NaN without a raster."""
        if not self.has_period(var, period):
            return np.full(int(np.count_nonzero(gaps)), np.nan, dtype=np.float32)
        return self.read(var, period, target, window, gaps)[gaps]

    @staticmethod
    def _same_period_every_year(series, period):
        """The periods starting on ``period``'s day of year in the years of ``series``
        (``period`` itself included when it has a raster)."""
        doy = period.timetuple().tm_yday
        years = sorted({p.year for p in series.resolution})
        return [P.date_from_doy(year, doy) for year in years
                if P.date_from_doy(year, doy) in series.resolution]

    def read_filled_stack(self, variables, period_start, grid, window=None,
                          max_gap=DEFAULT_MAX_GAP, use_climatology=True):
        """Every variable of ``variables`` for one period on ``grid`` with gaps filled.
        Returns (values {var: float32 array}, flags uint32 array: bit ``i`` (value ``2**i``)
        set where ``variables[i]`` was filled, methods {var: uint8 array}). The flag mask is
        the companion map of an upscaled period; gapfill.flag_legend(variables) names the
        bits."""
        values, methods = {}, {}
        for var in variables:
            values[var], methods[var] = self.read_filled(var, period_start, grid, window,
                                                         max_gap, use_climatology)
        return values, fill_flags([(var, methods[var]) for var in variables]), methods

    def sample_filled(self, var, period_start, lons, lats, window_size=1,
                      max_gap=DEFAULT_MAX_GAP, use_climatology=True):
        """:meth:`sample` with gaps in time filled per site as :meth:`read_filled` fills
        pixels (interpolation between the site's values of the neighbouring periods, else the
        multi-year mean of the site's values in that period of the year). Returns (values,
        n_valid, method) with method as in core/gapfill.py (n_valid counts observed cells)."""
        series = self._get(var)
        period = _as_date(period_start)
        count = len(np.asarray(lons))

        def at(when):
            if series.static or when in series.resolution:
                return self.sample(var, when, lons, lats, window_size)
            return np.full(count, np.nan), np.zeros(count, dtype=np.int64)

        values, n_valid = at(period)
        values = values.astype(np.float64)
        method = np.where(np.isfinite(values), OBSERVED, MISSING).astype(np.uint8)
        if series.static or np.isfinite(values).all():
            return values, n_valid, method
        if int(max_gap) > 0:
            around, k = _neighbour_periods(period, int(max_gap))
            stack = np.stack([values if p == period else at(p)[0] for p in around])
            filled, done = interpolate_gaps(stack, [p.toordinal() for p in around],
                                            int(max_gap))
            use = (method == MISSING) & done[k]
            values[use] = filled[k][use]
            method[use] = INTERPOLATED
        if use_climatology and (method == MISSING).any():
            layers = [at(p)[0] for p in self._same_period_every_year(series, period)]
            if layers:
                mean, _ = _climatology(layers)
                use = (method == MISSING) & np.isfinite(mean)
                values[use] = mean[use]
                method[use] = CLIMATOLOGY
        return values, n_valid, method
