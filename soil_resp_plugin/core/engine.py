"""Upscaling engine: applies a fitted forest to predictor rasters, period by period and window
by window, and writes one GeoTIFF per period and output.

Work is split into tasks (one 8-day period x one window of tiles). A task reads each predictor
block once, predicts only the valid pixels (inside the mask, no fill in any predictor) and
returns them; one writer (the calling thread) puts the blocks into that period's files. Tasks
run on a thread pool (inside QGIS: ``sys.executable`` is QGIS, so never a process pool) or on
a dask.distributed cluster, where each worker loads the model once from the bundle path.

Files are written under hidden temporary names and renamed when complete (with a completion
tag and the model's SHA-256 inside), so a cancelled, failed or killed run never leaves a
finished-looking file, and ``resume`` can trust every final-named file it finds.

This module holds the plan (windows), the prediction of a window by the forest, the checks
(variables, units, periods, coverage), the grids and :class:`Upscaler`; the output files are in
:mod:`engine_outputs` and the thread and dask backends in :mod:`engine_backends` (their names
are re-exported here).
"""
import dataclasses
import datetime as dt
import logging
import math
import os
import threading
import time
import uuid

import numpy as np

from . import gapfill as G
from . import periods as P
from .catalog.grid import crs_wkt, true_bounds

# the output files and the backends live in engine_outputs and engine_backends; their names
# stay importable from here (callers, tests and monkeypatches use engine.<name>)
from .engine_backends import (
    DASK_CONNECT_TIMEOUT,  # noqa: F401
    ClusterLost,
    DaskBackend,
    ThreadBackend,
    _worker_bundle,  # noqa: F401
    _worker_loads,  # noqa: F401
    _worker_lock,  # noqa: F401
    _worker_models,  # noqa: F401
    close_client,
    connect_dask,
    dask_task,  # noqa: F401
    dask_tile_task,  # noqa: F401
)
from .engine_outputs import (
    _TIFF_LAYOUT,  # noqa: F401
    _TIFF_TYPES,  # noqa: F401
    AOA_NODATA,
    COMPLETE_TAG,  # noqa: F401
    FILLED_NODATA,  # noqa: F401
    KINDS,
    LOCK_NAME,  # noqa: F401
    NODATA,  # noqa: F401
    OUTPUT_NAME,  # noqa: F401
    PREFIX_KIND,  # noqa: F401
    TEMP_NAME,  # noqa: F401
    TILE,
    TILES_DIR,
    FolderLock,
    OutputKind,  # noqa: F401
    PeriodFiles,
    PeriodTiles,
    _blocks,  # noqa: F401
    _free_bytes,  # noqa: F401
    _fsync,  # noqa: F401
    _fsync_folder,
    _gdal_errors,
    _is_disk_full,
    _missing_blocks,  # noqa: F401
    _probe_zstd,  # noqa: F401
    _remove_empty,
    _remove_tree,
    _Tiff,  # noqa: F401
    _vrt_tags,  # noqa: F401
    _xml_element,  # noqa: F401
    check_output,  # noqa: F401
    compression,
    copy_tiles,  # noqa: F401
    fill_legend_tags,
    geotiff_profile,  # noqa: F401
    output_name,
    prepare_folder,
    remove_stale_temporaries,
    scan_folder,
    tile_folder,
    window_blocks,  # noqa: F401
    window_stats,  # noqa: F401
    write_vrt,
    write_window_tiles,  # noqa: F401
)
from .errors import Cancelled, InputError
from .i18n import tr
from .reporting import as_reporter

_LOG = logging.getLogger(__name__)

#: tiles per window (one row of tiles, up to 2048 pixels wide): per-task memory (about 2 MB
#: per predictor) is the same whatever the raster size, yet a window holds enough rows to sort
#: and predict efficiently
WINDOW_TILES = 8
#: windows written between two hand-backs of freed memory to the system (see
#: ThreadBackend.release_memory). After every window, the next windows fault the memory back
#: in (twice the page faults, 2-5% more run time); every third window costs no measurable time
#: and keeps most of the saving (one period of 2400x1600 cells on 2 threads: peak 680-810 MB
#: -> 625-720 MB in windows of 8 tiles, 450-460 MB -> 370-380 MB in windows of one tile)
WINDOWS_PER_RELEASE = 3
DERIVED = ("doy_sin", "doy_cos")
#: forests with at least this many trees get their rows sorted by leaf before prediction
SORT_MIN_TREES = 20
SORT_MIN_ROWS = 2000


# ----------------------------------------------------------------------------- plan
@dataclasses.dataclass
class MaskSpec:
    """Where to predict besides valid predictors: a raster (non-zero, not nodata), polygons
    (GeoJSON-like geometries in the target CRS) and/or land-cover classes to include."""

    raster: str = None
    band: int = 1
    shapes: list = None
    landcover_classes: tuple = None
    landcover_variable: str = "landcover"

    def describe(self):
        parts = []
        if self.raster:
            parts.append(tr("mask raster {path}").format(path=self.raster))
        if self.shapes:
            parts.append(tr("{n} mask polygon(s)").format(n=len(self.shapes)))
        if self.landcover_classes:
            parts.append(tr("land-cover classes {classes}").format(
                classes=", ".join(map(str, self.landcover_classes))))
        return "; ".join(parts) or tr("no mask")

    def read(self, source, grid, window, columns=None):
        """Inside-mask pixels of ``window``; land cover read here is put in ``columns`` so the
        predictor loop does not read it again."""
        valid = np.ones((int(window.height), int(window.width)), dtype=bool)
        if self.raster:
            valid &= _read_mask_raster(self.raster, self.band, grid, window)
        if self.shapes and valid.any():
            from rasterio import features

            burned = features.rasterize(
                ((shape, 1) for shape in self.shapes), out_shape=valid.shape,
                transform=grid.window_transform(window), fill=0, dtype="uint8")
            valid &= burned.astype(bool)
        if self.landcover_classes and valid.any():
            classes = source.read(self.landcover_variable, None, grid=grid, window=window)
            valid &= np.isin(classes, np.asarray(self.landcover_classes, dtype=np.float32))
            if columns is not None:
                columns[self.landcover_variable] = classes
        return valid


_mask_local = threading.local()


def _read_mask_raster(path, band, grid, window):
    import rasterio
    from rasterio.enums import Resampling
    from rasterio.vrt import WarpedVRT

    from .catalog import thread_cache

    cache = thread_cache(_mask_local)
    key = (path, band, grid.crs.to_wkt() if grid.crs else "", tuple(grid.transform),
           grid.width, grid.height)
    entry = cache.get(key)
    if entry is None:
        src = rasterio.open(path)
        if (src.crs == grid.crs and src.transform == grid.transform
                and (src.width, src.height) == (grid.width, grid.height)):
            entry = (src, src)
        else:
            entry = (src, WarpedVRT(src, crs=grid.crs, transform=grid.transform,
                                    width=grid.width, height=grid.height,
                                    resampling=Resampling.nearest))
        cache.clear()
        cache[key] = entry
    reader = entry[1]
    data = reader.read(band, window=window, masked=True)
    inside = ~np.ma.getmaskarray(data) & np.isfinite(np.ma.getdata(data))
    with np.errstate(invalid="ignore"):
        inside &= np.ma.getdata(data) != 0
    return inside


@dataclasses.dataclass
class Plan:
    """Everything a task needs besides the model and the predictor source (picklable)."""

    grid: object
    periods: list
    windows: list  # (col_off, row_off, width, height)
    predictors: list
    variables: list  # catalog variable per predictor
    read_order: list  # distinct catalog variables to read, mask-like/static first
    outputs: tuple
    mask: MaskSpec = None
    sort_rows: bool = True
    training_center: dict = None  # predictor -> (mean, sd) of the training data
    # gap filling in time (core/gapfill.py): None = off (only pixels where every predictor
    # is observed are mapped), else the longest run of missing periods interpolated
    max_fill_gap: int = None
    fill_climatology: bool = True
    fill_variables: list = None  # time-varying variables filled; bit i of the flag map

    def window(self, index):
        from rasterio.windows import Window

        col, row, width, height = self.windows[index]
        return Window(col, row, width, height)


def block_windows(grid, tiles=WINDOW_TILES):
    """Windows of one row of tiles, ``tiles`` tiles wide, aligned to the output tiles."""
    step = TILE * tiles
    out = []
    for row in range(0, grid.height, TILE):
        for col in range(0, grid.width, step):
            out.append((col, row, min(step, grid.width - col), min(TILE, grid.height - row)))
    return out


# ----------------------------------------------------------------------------- prediction
def _trees(estimator):
    trees = getattr(estimator, "estimators_", None)
    if trees is None or not len(trees) or not hasattr(trees[0], "tree_"):
        return None
    return list(trees)


def _row_order(trees, X):
    """Rows sorted by their leaves in the first two trees: rows that share a path through
    one tree tend to share paths through the others, so branch prediction and caches work
    (about 1.5-2x faster tree traversal on raster data; results are unchanged)."""
    first = trees[0].apply(X, check_input=False)
    if len(trees) > 1:
        return np.lexsort((trees[1].apply(X, check_input=False), first))
    return np.argsort(first, kind="stable")


def forest_predict(estimator, X, want_sd=False, sort_rows=True):
    """Mean (and standard deviation) of the trees' predictions for float32 rows ``X``.

    Trees are summed in their order, as ``RandomForestRegressor.predict`` with n_jobs=1 does,
    in the calling thread: no nested pools under the engine's own threads or dask workers.
    """
    X = np.ascontiguousarray(X, dtype=np.float32)
    trees = _trees(estimator)
    if trees is None:  # not a forest of sklearn trees: its own predict, no spread
        mean = np.asarray(estimator.predict(X), dtype=np.float64)
        return mean, (np.full(len(X), np.nan) if want_sd else None)
    order = None
    if sort_rows and len(trees) >= SORT_MIN_TREES and len(X) >= SORT_MIN_ROWS:
        order = _row_order(trees, X)
        X = X[order]
    total = np.zeros(len(X), dtype=np.float64)
    squares = np.zeros(len(X), dtype=np.float64) if want_sd else None
    # single-output regression trees: their node values directly (what tree.predict returns,
    # without its per-tree input checks)
    direct = all(tree.tree_.n_outputs == 1 and tree.tree_.max_n_classes == 1
                 for tree in trees[:1])
    for tree in trees:
        values = tree.tree_.predict(X)[:, 0] if direct else tree.predict(X, check_input=False)
        total += values
        if want_sd:
            squares += values * values
    mean = total / len(trees)
    sd = None
    if want_sd:
        sd = np.sqrt(np.maximum(squares / len(trees) - mean * mean, 0.0))
    if order is not None:
        unsorted = np.empty_like(mean)
        unsorted[order] = mean
        mean = unsorted
        if sd is not None:
            unsorted = np.empty_like(sd)
            unsorted[order] = sd
            sd = unsorted
    return mean, sd


@dataclasses.dataclass
class WindowResult:
    period_index: int
    window_index: int
    valid: np.ndarray  # bool (height, width), or None when no pixel was predicted
    values: dict  # output kind -> 1-D array over valid pixels
    candidates: int  # pixels inside the mask
    lost: dict  # variable -> pixels that were valid before reading it and not after
    medians: dict  # predictor -> median over the predicted pixels
    seconds: float
    # workers-write mode: set on the worker, the pixels themselves stay on shared storage
    predicted: int = None  # pixels predicted (when ``values`` no longer holds them)
    stats: tuple = None  # window_stats()
    tiles: dict = None  # kind -> (tile GeoTIFF path, size in bytes)
    blocks: list = None  # (block row, block column) of the output that hold pixels
    # gap filling: predicted pixels with any filled predictor, and per variable the
    # predicted pixels (interpolated, from the climatology)
    n_filled: int = 0
    filled: dict = None

    @property
    def n_predicted(self):
        if self.predicted is not None:
            return self.predicted
        return 0 if self.valid is None else len(self.values["sr"])


def predict_window(bundle, source, plan, period_index, window_index, stop=None):
    """One task: read each predictor block of one window and period once, predict the valid
    pixels. Before each read the window shrinks to the bounding box of the pixels still
    valid, and only those pixels are read, so coastal windows decode little sea.

    With gap filling, the time-varying predictors come first, the one with the fewest layers
    per period first: each is read as observed on the pixels still valid and its missing
    pixels are filled in time (a pixel nothing fills, such as the sea, is given up after that
    cheap variable, before a daily product's 16 layers per period are read there); then the
    static ones are read on the pixels left."""
    from rasterio.windows import Window

    started = time.perf_counter()
    period = plan.periods[period_index]
    window = plan.window(window_index)
    shape = (int(window.height), int(window.width))
    columns = {}
    valid = np.ones(shape, dtype=bool)
    if plan.mask is not None:
        valid = plan.mask.read(source, plan.grid, window, columns)
    candidates = int(np.count_nonzero(valid))
    box = (0, shape[0], 0, shape[1])
    lost = {}
    methods = {}  # variable -> gapfill method per pixel (gap filling on)
    fill = set(plan.fill_variables or ()) if plan.max_fill_gap is not None else set()
    constants = P.doy_features(period)
    filled_first = sorted((var for var in plan.read_order if var in fill),
                          key=lambda var: source.layers_per_period(var, period))
    for var in filled_first + [var for var in plan.read_order if var not in fill]:
        if not valid.any():
            break
        if stop is not None and stop():
            raise Cancelled(tr("cancelled by the user"))
        r0, r1, c0, c1 = true_bounds(valid)
        if (r0, r1, c0, c1) != (0, valid.shape[0], 0, valid.shape[1]):  # crop to the new box
            valid = valid[r0:r1, c0:c1]
            columns = {k: v[r0:r1, c0:c1] for k, v in columns.items()}
            methods = {k: v[r0:r1, c0:c1] for k, v in methods.items()}
            box = (box[0] + r0, box[0] + r1, box[2] + c0, box[2] + c1)
        sub = Window(window.col_off + box[2], window.row_off + box[0], box[3] - box[2],
                     box[1] - box[0])
        data = columns.get(var)  # a mask raster that is also a predictor is read already
        if data is None and var in fill:
            if not source.has_period(var, period):  # a period without raster: all to fill
                data = np.full(valid.shape, np.nan, dtype=np.float32)
            else:
                data = source.read(var, period, grid=plan.grid, window=sub, needed=valid)
            gaps = valid & ~np.isfinite(data)
            if gaps.any():  # observed values as read, gaps filled in time
                data, methods[var] = source.read_filled(
                    var, period, grid=plan.grid, window=sub, max_gap=plan.max_fill_gap,
                    use_climatology=plan.fill_climatology, needed=gaps, observed=data)
        elif data is None:
            data = source.read(var, period, grid=plan.grid, window=sub, needed=valid)
        before = int(np.count_nonzero(valid))
        valid = valid & np.isfinite(data)
        lost[var] = before - int(np.count_nonzero(valid))
        columns[var] = data
    complete = all(v in columns or v in constants for v in plan.variables)
    n = int(np.count_nonzero(valid)) if complete else 0
    if n == 0:
        return WindowResult(period_index, window_index, None, {}, candidates, lost, {},
                            time.perf_counter() - started)
    X = np.empty((n, len(plan.predictors)), dtype=np.float32)
    for j, var in enumerate(plan.variables):
        X[:, j] = columns[var][valid] if var in columns else constants[var]
    del columns
    if stop is not None and stop():
        raise Cancelled(tr("cancelled by the user"))
    mean, sd = forest_predict(bundle.estimator, X, "sd" in plan.outputs, plan.sort_rows)
    values = {"sr": mean.astype(np.float32)}
    if sd is not None:
        values["sd"] = sd.astype(np.float32)
    if "di" in plan.outputs or "aoa" in plan.outputs:
        di = bundle.aoa.dissimilarity(X)
        if "di" in plan.outputs:
            values["di"] = di.astype(np.float32)
        if "aoa" in plan.outputs:
            values["aoa"] = np.where(np.isfinite(di), di <= bundle.aoa.threshold,
                                     AOA_NODATA).astype(np.uint8)
    n_filled, filled = 0, None
    if "filled" in plan.outputs:
        values["filled"], n_filled, filled = _fill_flags(plan.fill_variables, methods, valid)
    medians = {}
    if plan.training_center:
        for j, name in enumerate(plan.predictors):
            if name in plan.training_center:
                medians[name] = float(np.median(X[:, j]))
    full = np.zeros(shape, dtype=bool)
    full[box[0]:box[1], box[2]:box[3]] = valid
    return WindowResult(period_index, window_index, full, values, candidates, lost, medians,
                        time.perf_counter() - started, n_filled=n_filled, filled=filled)


def _fill_flags(variables, methods, valid):
    """(flag mask uint32 over the predicted pixels: bit ``i`` set where ``variables[i]`` was
    interpolated or taken from the climatology, number of pixels with any bit set,
    {variable: (pixels interpolated, pixels from the climatology)})."""
    n = int(valid.sum())
    rows = [(var, methods[var][valid] if var in methods
             else np.zeros(n, dtype=np.uint8)) for var in variables or ()]
    flags = G.fill_flags(rows) if rows else None
    if flags is None:
        flags = np.zeros(n, dtype=np.uint32)
    counts = {var: (int((method == G.INTERPOLATED).sum()), int((method == G.CLIMATOLOGY).sum()))
              for var, method in rows}
    return flags.astype(np.uint32), int(np.count_nonzero(flags)), counts


# ----------------------------------------------------------------------------- checks
def resolve_variables(bundle, source):
    """Catalog variable per model predictor; InputError naming what the catalog lacks."""
    variables = list(bundle.catalog_variables)
    available = set(source.variables)
    missing = [(p, v) for p, v in zip(bundle.predictors, variables)
               if v not in available and v not in DERIVED]
    if missing:
        names = ", ".join(
            tr("'{variable}' (for predictor {predictor})").format(variable=v, predictor=p)
            if p != v else f"'{v}'" for p, v in missing)
        raise InputError(
            tr("The predictors lack {names}, which the model needs (it uses "
               "{predictors}; the catalog has {available}). "
               "Add those rasters to PREDICTORS, or use a model trained without them.").format(
                names=names, predictors=", ".join(bundle.predictors),
                available=", ".join(sorted(available))),
            parameter="PREDICTORS")
    return variables


def check_units(bundle, source, variables, reporter):
    """Warn where the catalog's unit of a variable differs from the unit at training."""
    units = getattr(bundle, "units", {}) or {}
    for predictor, var in zip(bundle.predictors, variables):
        if var in DERIVED:
            continue
        trained, here = units.get(predictor), source.unit(var)
        if trained and here and here != "unknown" and _unit_key(trained) != _unit_key(here):
            reporter.warn(
                tr("Predictor {predictor} was in '{trained}' at training, but the catalog reads "
                   "{variable} in '{here}'. Convert the rasters to {trained}, or the maps are "
                   "wrong.").format(predictor=predictor, trained=trained, variable=var,
                                    here=here))


def _unit_key(unit):
    return str(unit).replace(" ", "").replace("^", "").replace("/", "").lower()


def training_centers(bundle):
    """predictor -> (training mean, training sd) of numeric predictors, from the model's
    area-of-applicability state (None when the model has none)."""
    aoa = getattr(bundle, "aoa", None)
    if aoa is None or not len(getattr(aoa, "center", ())):
        return None
    out, column = {}, 0
    for name in aoa.predictors:
        width = len(aoa.categories[name]) if name in aoa.categories else 1
        if name not in aoa.categories:
            out[name] = (float(aoa.center[column]), float(aoa.scale[column]))
        column += width
    return out


def usable_periods(source, variables, periods, reporter):
    """Periods for which every time-varying variable has data; warns about the others and
    raises when none is left."""
    dynamic = [v for v in dict.fromkeys(variables)
               if v not in DERIVED and not source.is_static(v)]
    usable, skipped = [], []
    for period in periods:
        lacking = [v for v in dynamic if not source.has_period(v, period)]
        if lacking:
            skipped.append((period, lacking))
        else:
            usable.append(period)
    if skipped:
        detail = "; ".join(tr("{period}: no {variables}").format(
            period=p.isoformat(), variables=", ".join(v)) for p, v in skipped[:8])
        if len(skipped) > 8:
            message = tr("{skipped} of {total} period(s) have no predictor data and are not "
                         "mapped: {detail} (and {more} more).").format(
                skipped=len(skipped), total=len(periods), detail=detail,
                more=len(skipped) - 8)
        else:
            message = tr("{skipped} of {total} period(s) have no predictor data and are not "
                         "mapped: {detail}.").format(
                skipped=len(skipped), total=len(periods), detail=detail)
        if not usable:
            coverage = "; ".join(
                f"{v}: {source.periods(v)[0].isoformat()}..{source.periods(v)[-1].isoformat()}"
                for v in dynamic if source.periods(v))
            raise InputError(tr("{message} The predictors cover {coverage}. Choose periods "
                                "within that range or add the missing rasters.").format(
                                    message=message, coverage=coverage),
                             parameter="START_DATE")
        reporter.warn(message)
    return usable


def _fmt_bounds(bounds):
    return ", ".join(f"{v:.6g}" for v in bounds)


def _intersection(a, b):
    box = (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))
    return box if box[2] > box[0] and box[3] > box[1] else None


def _area(box):
    return (box[2] - box[0]) * (box[3] - box[1])


def predictor_bounds(source, variables, crs):
    """[(variable, (xmin, ymin, xmax, ymax) in ``crs``)] of every raster predictor (the
    bounding box of its grid, transformed when it is in another CRS)."""
    from rasterio.warp import transform_bounds

    rows = []
    for var in dict.fromkeys(variables):
        if var in DERIVED:
            continue
        grid = source.grid(var)
        bounds = grid.bounds
        # WKT, not CRS equality (~15 ms per pair); equivalent CRSs just transform exactly
        if grid.crs is not None and crs is not None and crs_wkt(grid.crs) != crs_wkt(crs):
            try:
                bounds = transform_bounds(grid.crs, crs, *bounds, densify_pts=21)
            except _gdal_errors() as error:
                # not expressible in the target CRS: no coverage check for this one
                _LOG.debug("bounds of %s not transformable to %s: %s", var, crs, error)
                continue
            if not all(math.isfinite(v) for v in bounds):
                continue
            if crs.is_geographic and bounds[0] > bounds[2]:
                # across the antimeridian (e.g. MODIS tiles h29v04, h30v04 reach past 180 E):
                # continue the box eastwards instead of a box with xmin > xmax
                bounds = (bounds[0], bounds[1], bounds[2] + 360.0, bounds[3])
        rows.append((var, tuple(float(v) for v in bounds)))
    return rows


def check_coverage(source, variables, grid, reporter):
    """Refuse a target grid outside the predictors' common coverage (before any work), warn
    with the covered fraction when it only partly overlaps. Returns that fraction."""
    rows = predictor_bounds(source, variables, grid.crs)
    if not rows:
        return 1.0
    crs = grid.crs.to_string() if grid.crs else tr("the grid's CRS")
    groups = {}
    for var, bounds in rows:
        groups.setdefault(tuple(round(v, 9) for v in bounds), []).append(var)
    listing = "; ".join(f"{', '.join(names)}: {_fmt_bounds(bounds)}"
                        for bounds, names in groups.items())
    common = rows[0][1]
    for _, bounds in rows[1:]:
        common = common and _intersection(common, bounds)
    if common is None:
        raise InputError(
            tr("The predictors do not overlap each other (xmin, ymin, xmax, ymax in {crs}: "
               "{listing}), so no pixel has all of them. Use predictor rasters of the same "
               "region.").format(crs=crs, listing=listing), parameter="PREDICTORS")
    requested = grid.bounds
    overlap = _intersection(requested, common)
    if overlap is None:
        raise InputError(
            tr("The requested extent does not overlap the predictors, so there is nothing to "
               "map. In {crs} (xmin, ymin, xmax, ymax): requested {requested}; "
               "predictors {listing}. Give an extent inside {common} (in {crs}; "
               "check its CRS too), or leave it empty to map the predictors' whole extent. "
               "Nothing was written.").format(
                crs=crs, requested=_fmt_bounds(requested), listing=listing,
                common=_fmt_bounds(common)), parameter="EXTENT")
    fraction = _area(overlap) / _area(requested) if _area(requested) > 0 else 1.0
    if fraction < 0.999:
        reporter.warn(
            tr("Only {percent:.1f}% of the requested extent ({requested} in "
               "{crs}) lies inside the predictors' coverage ({common}); the rest "
               "of the maps stays nodata.").format(
                percent=100 * fraction, requested=_fmt_bounds(requested), crs=crs,
                common=_fmt_bounds(common)))
    return fraction


def _remove_created_folder(folder):
    """Remove ``folder`` if it is empty (a run that created it and then failed)."""
    try:
        os.rmdir(folder)
    except OSError:
        pass


# ----------------------------------------------------------------------------- the run
@dataclasses.dataclass
class UpscaleResult:
    folder: str
    files: dict  # kind -> [paths written in this run]
    vrts: dict  # kind -> path
    periods_done: list
    periods_resumed: list
    periods_without_data: list
    pixels: int
    seconds: float
    backend: str

    @property
    def predictions_per_second(self):
        return self.pixels / self.seconds if self.seconds > 0 else float("nan")


#: how messages tell users to resume; the algorithm and the dialog pass their own wording
RESUME_HINT = ("'Resume: keep complete maps in the output folder, compute the rest' (RESUME) "
               "ticked (qgis_process: RESUME=true)")


class Upscaler:
    """One upscaling run: checks, task scheduling, writing, resume; see the module doc."""

    def __init__(self, bundle, source, folder, periods, grid=None, outputs=("sr",), mask=None,
                 resume=False, threads=None, dask_scheduler=None, model_path=None,
                 sort_rows=True, window_tiles=WINDOW_TILES, reporter=None,
                 resume_hint=RESUME_HINT, workers_write=False, fill_gaps=False,
                 max_fill_gap=G.DEFAULT_MAX_GAP, keep_prepared=False):
        self.reporter = as_reporter(reporter)
        self.resume_hint = resume_hint
        self.finished = []  # periods whose maps this run completed (kept when it stops)
        self._monitor = None
        self.bundle, self.source = bundle, source
        self.folder = os.path.abspath(os.fspath(folder))
        # gap filling in time (soilresp:upscale FILL_GAPS, on there by default; off here so
        # that callers of the core keep their maps unless they ask): on, every period also
        # gets filled_YYYYDDD.tif (flag map)
        self.max_fill_gap = None
        if fill_gaps:
            if max_fill_gap is None or int(max_fill_gap) < 0:
                raise InputError(tr("The longest gap to interpolate must be 0 or more "
                                    "periods, not {value}.").format(value=max_fill_gap),
                                 parameter="MAX_FILL_GAP")
            self.max_fill_gap = int(max_fill_gap)
        outputs = set(outputs) | {"sr"}
        outputs.discard("filled")
        if self.max_fill_gap is not None:
            outputs.add("filled")
        self.outputs = tuple(k for k in KINDS if k in outputs)
        self.mask, self.resume = mask, resume
        self.threads = threads or os.cpu_count() or 1
        self.dask_scheduler = dask_scheduler
        self.workers_write = bool(workers_write and dask_scheduler)
        if workers_write and not dask_scheduler:
            self.reporter.log(tr("Workers write their own tiles only on a dask cluster "
                                 "(DASK_SCHEDULER); this run writes its maps itself."))
        self.model_path = model_path
        self.sort_rows = sort_rows
        self.window_tiles = window_tiles
        self.sha256 = bundle.metadata.get("sha256") or "unsaved-model"
        self.variables = resolve_variables(bundle, source)
        if ("di" in self.outputs or "aoa" in self.outputs) and bundle.aoa is None:
            raise InputError(tr("The model has no area of applicability (it was saved without "
                                "one), so DI/AOA maps cannot be made. Retrain it with "
                                "soilresp:trainmodel."), parameter="AOA")
        if mask is not None and mask.landcover_classes and (
                mask.landcover_variable not in source.variables):
            raise InputError(tr("Selecting land-cover classes needs a land-cover raster "
                                "(MCD12, variable 'landcover') among the predictors; the "
                                "catalog has {variables}. Add one to the predictors, or "
                                "select no class.").format(
                                    variables=", ".join(source.variables)),
                             parameter="LANDCOVER_CLASSES")
        self.grid = grid if grid is not None else default_grid(source, self.variables)
        self.periods = list(periods)
        # predictors composited and resampled onto the grid, kept for later runs
        # (core/catalog/prepared.py; soilresp:upscale KEEP_PREPARED, on there by default)
        self.prepared = None
        if keep_prepared and hasattr(source, "keep_prepared"):
            self.prepared = source.keep_prepared()
        self.fill_variables = [v for v in dict.fromkeys(self.variables)
                               if v not in DERIVED and not source.is_static(v)]
        if self.max_fill_gap is not None and len(self.fill_variables) > G.MAX_FLAGGED:
            raise InputError(
                tr("The model uses {n} time-varying predictors, but the "
                   "map of filled predictors holds at most {limit}. Switch gap filling "
                   "off, or use a model with fewer predictors.").format(
                    n=len(self.fill_variables), limit=G.MAX_FLAGGED), parameter="FILL_GAPS")

    def tags(self):
        meta = self.bundle.metadata
        tags = {
            "MODEL_SHA256": self.sha256,
            "MODEL_FILE": meta.get("model_file") or os.path.basename(self.model_path or ""),
            "MODEL_LABEL": str(meta.get("label") or meta.get("model") or ""),
            "PREDICTORS": ",".join(self.bundle.predictors),
            "SOFTWARE": "QGIS plugin Soil Respiration Upscaling (soil_resp_plugin)",
            "CREATED": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        }
        if getattr(self.bundle, "synthetic", False) or getattr(self.source, "synthetic", False):
            tags["SYNTHETIC"] = "true"
        if self.bundle.aoa is not None and ("di" in self.outputs or "aoa" in self.outputs):
            tags["AOA_THRESHOLD"] = repr(float(self.bundle.aoa.threshold))
        if self.max_fill_gap is not None:
            tags["GAP_FILLING"] = (
                f"predictors filled in time: linear interpolation across at most "
                f"{self.max_fill_gap} missing 8-day period(s), else the multi-year mean of the "
                "period (climatology); see filled_YYYYDDD.tif")
        return tags

    def _plan(self, periods):
        # time-varying first: MODIS products are fill over the sea, land cover is not (class
        # 0 = water), so the first reads shrink the window most
        read_order = [v for v in dict.fromkeys(self.variables) if v not in DERIVED]
        read_order.sort(key=lambda v: 1 if self.source.is_static(v) else 0)
        return Plan(
            grid=self.grid, periods=list(periods), windows=block_windows(self.grid, self.window_tiles),
            predictors=list(self.bundle.predictors), variables=list(self.variables),
            read_order=read_order, outputs=self.outputs, mask=self.mask,
            sort_rows=self.sort_rows, training_center=training_centers(self.bundle),
            max_fill_gap=self.max_fill_gap, fill_variables=list(self.fill_variables),
        )

    def run(self):
        started = time.perf_counter()
        reporter = self.reporter
        check_units(self.bundle, self.source, self.variables, reporter)
        usable = usable_periods(self.source, self.variables, self.periods, reporter)
        without_data = [p for p in self.periods if p not in set(usable)]
        check_coverage(self.source, self.variables, self.grid, reporter)
        client = connect_dask(self.dask_scheduler, self.model_path) if self.dask_scheduler \
            else None
        if client is not None:
            try:
                from . import cluster

                cluster.prepare(client, self.dask_scheduler, self.model_path,
                                (self.bundle.metadata.get("versions") or {}).get("sklearn"),
                                self.source, self.variables, self.mask, reporter)
            except BaseException:
                close_client(client)
                raise
        created = not os.path.exists(self.folder)
        self.finished = []
        todo, resumed = [], []
        try:
            prepare_folder(self.folder)
            lock = FolderLock(self.folder, reporter)
            lock.acquire()
            try:
                remove_stale_temporaries(self.folder, reporter)
                if client is not None and self.workers_write:
                    from . import cluster

                    cluster.check_writes(client, self.dask_scheduler,
                                         os.path.join(self.folder, TILES_DIR), compression(),
                                         reporter)
                todo, resumed, existing = self._reconcile(usable)
                fields = dict(
                    n=len(todo), grid=self.grid.describe(),
                    outputs=", ".join(KINDS[k].prefix for k in self.outputs),
                    mask=self.mask.describe() if self.mask else tr("no mask"),
                    compression=compression().upper())
                if compression() == "zstd":
                    reporter.log(tr("Upscaling {n} period(s) on {grid}; outputs: {outputs}; "
                                    "{mask}; GeoTIFF compression {compression}").format(
                                        **fields))
                else:
                    reporter.log(tr("Upscaling {n} period(s) on {grid}; outputs: {outputs}; "
                                    "{mask}; GeoTIFF compression {compression} (this GDAL "
                                    "has no ZSTD)").format(**fields))
                files, pixels = ({k: [] for k in self.outputs}, 0)
                backend_name = "none"
                if todo:
                    files, pixels, backend_name = self._compute(todo, client)
                    client = None  # the backend closed it
                    if pixels == 0:
                        self._refuse_empty(todo, files)
                vrts = self._write_vrts()
            finally:
                _remove_empty(os.path.join(self.folder, TILES_DIR))
                lock.release()
        except Cancelled as error:
            if created:
                _remove_created_folder(self.folder)
            raise Cancelled(str(error), summary=self._cancel_summary(todo, resumed)) from None
        except ClusterLost as error:
            if created:
                _remove_created_folder(self.folder)
            raise InputError(
                tr("{error} {kept} Restart the scheduler and workers (or "
                   "leave the address empty to run on this machine) and run again with "
                   "{resume_hint} to compute the remaining "
                   "{left} period(s) without redoing the finished "
                   "ones.").format(error=error, kept=self._kept(todo, resumed),
                                   resume_hint=self.resume_hint,
                                   left=len(todo) - len(self.finished)),
                parameter="DASK_SCHEDULER", path=self.folder) from None
        except BaseException:
            if created:
                _remove_created_folder(self.folder)
            raise
        finally:
            if client is not None:
                close_client(client)
        seconds = time.perf_counter() - started
        if todo:
            reporter.log(tr("Predicted {pixels:,} pixels in {seconds:.1f} s "
                            "({rate:,.0f} per second, {backend}).").format(
                                pixels=pixels, seconds=seconds,
                                rate=pixels / max(seconds, 1e-9), backend=backend_name))
        if self.prepared is not None:
            from .catalog.prepared import report

            report(self.prepared, reporter)
        return UpscaleResult(self.folder, files, vrts, todo, resumed, without_data, pixels,
                             seconds, backend_name)

    def _kept(self, todo, resumed, cancelled=False):
        """What a run that stopped early kept (finished periods are complete and checked);
        ``cancelled``: it stopped because the user cancelled it."""
        finished = sorted(self.finished)
        if finished:
            shown = ", ".join(p.isoformat() for p in finished[:12])
            if len(finished) > 12:
                kept = tr("{finished} of {todo} period(s) were finished and are kept as "
                          "complete, checked maps in {folder}: {shown} and {more} more.").format(
                    finished=len(finished), todo=len(todo), folder=self.folder, shown=shown,
                    more=len(finished) - 12)
            else:
                kept = tr("{finished} of {todo} period(s) were finished and are kept as "
                          "complete, checked maps in {folder}: {shown}.").format(
                    finished=len(finished), todo=len(todo), folder=self.folder, shown=shown)
        elif cancelled:
            kept = tr("No period was finished before the cancel (0 of {todo}), so this run "
                      "kept no map.").format(todo=len(todo))
        else:
            kept = tr("No period was finished (0 of {todo}), so this run kept no "
                      "map.").format(todo=len(todo))
        if resumed:
            return tr("{kept} Unfinished files were removed (no file that looks complete is "
                      "missing data). {resumed} complete period(s) from an earlier run are "
                      "untouched.").format(kept=kept, resumed=len(resumed))
        return tr("{kept} Unfinished files were removed (no file that looks complete is "
                  "missing data).").format(kept=kept)

    def _cancel_summary(self, todo, resumed):
        """What a cancelled run kept and how to continue."""
        kept = self._kept(todo, resumed, cancelled=True)
        left = len(todo) - len(self.finished)
        return tr("Cancelled: {kept} Run again with {resume_hint} to compute the remaining "
                  "{left} period(s) without redoing the finished ones.").format(
            kept=kept[:1].lower() + kept[1:], resume_hint=self.resume_hint, left=left)

    def _refuse_empty(self, todo, files):
        """No valid pixel in any period of this run: remove its (empty) maps and say why."""
        for paths in files.values():
            for path in paths:
                try:
                    os.remove(path)
                except OSError:
                    pass
        _fsync_folder(self.folder)
        cause, parameter = self._why_empty()
        raise InputError(
            tr("No pixel could be predicted in any of the {n} period(s) "
               "({first}..{last}) on {grid}: "
               "{cause} The empty maps this run wrote were removed (maps from earlier runs are "
               "untouched).").format(n=len(todo), first=todo[0].isoformat(),
                                     last=todo[-1].isoformat(), grid=self.grid.describe(),
                                     cause=cause), parameter=parameter)

    def _why_empty(self):
        """(cause, parameter) of a run without any predicted pixel, from what the tasks saw."""
        monitor = self._monitor
        candidates = monitor.total_candidates if monitor else 0
        mask = self.mask
        if mask is not None and candidates == 0:
            return self._why_mask_empty()
        lost = dict(monitor.total_lost) if monitor else {}
        if lost:
            var, n = max(lost.items(), key=lambda item: item[1])
            files = self.source.files(var) if hasattr(self.source, "files") else []
            if files:
                cause = tr("{variable} (files such as {file}) has no valid value on {n:,} of "
                           "the {candidates:,} pixels "
                           "that were to be predicted (all fill, or outside its physical "
                           "range), so no pixel has every predictor. Check that predictor's "
                           "files and unit (e.g. temperature in degC where K is expected) and "
                           "that they cover the extent.").format(
                    variable=var, file=files[0], n=n, candidates=candidates)
            else:
                cause = tr("{variable} has no valid value on {n:,} of the {candidates:,} "
                           "pixels that were to be predicted (all fill, or outside its "
                           "physical range), so no pixel has every predictor. Check that "
                           "predictor's files and unit (e.g. temperature in degC where K is "
                           "expected) and that they cover the extent.").format(
                    variable=var, n=n, candidates=candidates)
            return (cause, "PREDICTORS")
        return (tr("every pixel lacks a valid value of at least one predictor. Check the "
                   "predictor files and their units."), "PREDICTORS")

    def _why_mask_empty(self):
        mask, grid = self.mask, self.grid
        crs = grid.crs.to_string() if grid.crs else tr("the grid's CRS")
        if mask.shapes:
            from rasterio.features import bounds as shape_bounds

            boxes = [shape_bounds(shape) for shape in mask.shapes]
            box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                   max(b[2] for b in boxes), max(b[3] for b in boxes))
            if _intersection(box, grid.bounds) is None:
                return (tr("the mask polygons ({box}) lie outside the grid "
                           "({bounds}, xmin, ymin, xmax, ymax in {crs}). Use a "
                           "mask layer over the predictors' area (check its CRS).").format(
                               box=_fmt_bounds(box), bounds=_fmt_bounds(grid.bounds), crs=crs),
                        "MASK")
        if mask.raster:
            import rasterio
            from rasterio.warp import transform_bounds

            try:
                with rasterio.open(mask.raster) as dataset:
                    box = transform_bounds(dataset.crs, grid.crs, *dataset.bounds,
                                           densify_pts=21) if dataset.crs else dataset.bounds
            except Exception:
                box = None
            if box is not None and _intersection(box, grid.bounds) is None:
                return (tr("the mask raster {path} ({box}) lies outside the "
                           "grid ({bounds}, xmin, ymin, xmax, ymax in {crs}). "
                           "Use a mask over the predictors' area.").format(
                               path=mask.raster, box=_fmt_bounds(box),
                               bounds=_fmt_bounds(grid.bounds), crs=crs), "MASK")
            if box is not None and not mask.landcover_classes:
                return (tr("the mask raster {path} has no non-zero, non-nodata cell on "
                           "the grid. Use a mask whose cells to map are non-zero.").format(
                               path=mask.raster), "MASK")
        if mask.landcover_classes:
            present = self._landcover_classes_present()
            found = (" " + tr("The land cover there has the classes {classes}.").format(
                classes=", ".join(map(str, present))) if present is not None else "")
            classes = ", ".join(map(str, mask.landcover_classes))
            if mask.shapes or mask.raster:
                cause = tr("no pixel inside the mask has one of the selected land-cover "
                           "classes {classes}.{found} Select classes that occur in the "
                           "extent.").format(classes=classes, found=found)
            else:
                cause = tr("no pixel has one of the selected land-cover classes "
                           "{classes}.{found} Select classes that occur in the "
                           "extent.").format(classes=classes, found=found)
            return (cause, "LANDCOVER_CLASSES")
        return (tr("the mask leaves no pixel of the grid. Use a mask over the predictors' "
                   "area."), "MASK")

    def _landcover_classes_present(self, limit=50_000_000):
        if self.grid.width * self.grid.height > limit:
            return None
        try:
            data = self.source.read(self.mask.landcover_variable, None, grid=self.grid)
        except Exception:
            return None
        values = np.unique(data[np.isfinite(data)])
        return [int(v) for v in values[:30]]

    def _reconcile(self, usable):
        ours, foreign = scan_folder(self.folder, self.grid, self.sha256)
        if foreign:
            examples = "; ".join(f"{name}: {why}" for name, why in foreign[:3])
            raise InputError(
                tr("The output folder {folder} holds {n} map(s) that are not "
                   "from this model on this grid ({examples}). They are left untouched: choose "
                   "an empty folder, or move those files away.").format(
                    folder=self.folder, n=len(foreign), examples=examples),
                parameter="OUTPUT_FOLDER", path=self.folder)
        complete = [p for p in usable if all((k, p) in ours for k in self.outputs)]
        partial = [p for p in usable if p not in complete and any((k, p) in ours
                                                                  for k in self.outputs)]
        if not self.resume and (complete or partial):
            present = complete + partial
            raise InputError(
                tr("The output folder {folder} already holds maps of this model for "
                   "{n} of the requested period(s) (e.g. "
                   "{examples}). Nothing is overwritten "
                   "unasked: run again with {resume_hint} to keep them and compute only "
                   "what is missing, or choose another folder.").format(
                    folder=self.folder, n=len(present),
                    examples=", ".join(p.isoformat() for p in present[:3]),
                    resume_hint=self.resume_hint), parameter="OUTPUT_FOLDER",
                path=self.folder)
        if complete:
            self.reporter.log(
                tr("Resume: {n} period(s) already complete and checked (readable, "
                   "same grid, same model, marked complete), skipped: "
                   "{periods}").format(n=len(complete),
                                       periods=", ".join(P.period_label(p) for p in complete)))
        if partial:
            self.reporter.log(tr("Resume: {n} period(s) lack some of the requested "
                                 "outputs and are recomputed: "
                                 "{periods}").format(
                                     n=len(partial),
                                     periods=", ".join(P.period_label(p) for p in partial)))
        todo = [p for p in usable if p not in set(complete)]
        return todo, complete, ours

    def _backend(self, plan, client, token):
        if client is not None:
            tiles = (self.folder, token, compression()) if self.workers_write else None
            return DaskBackend(client, self.model_path, self.sha256, self.source, plan, tiles)
        return ThreadBackend(self.bundle, self.source, self.threads)

    def _compute(self, todo, client=None):
        reporter = self.reporter
        plan = self._plan(todo)
        if self.bundle.aoa is not None and ("di" in self.outputs or "aoa" in self.outputs):
            self.bundle.aoa.dissimilarity(np.zeros((0, len(plan.predictors))))  # build index once
        n_windows = len(plan.windows)
        total = len(todo) * n_windows
        tags = self.tags()
        token = uuid.uuid4().hex[:12]
        try:
            backend = self._backend(plan, client, token)
        except BaseException:
            if client is not None:
                client.close()
            raise
        reporter.log(tr("{total} task(s): {periods} period(s) x {windows} window(s) of up to "
                        "{height}x{width} pixels, on {backend}").format(
                            total=total, periods=len(todo), windows=n_windows, height=TILE,
                            width=TILE * self.window_tiles, backend=backend.describe()))
        submitted = 0  # tasks in (period, window) order: task i is divmod(i, n_windows)
        in_flight, writers, files = {}, {}, {k: [] for k in self.outputs}
        monitor = self._monitor = _Monitor(plan, reporter)
        done, pixels = 0, 0
        tile_dirs, copied = set(), [0, 0, 0]  # bytes, tiles, tiles decoded (other layout)
        limit = 2 * backend.workers + 1
        try:
            while submitted < total or in_flight:
                while submitted < total and len(in_flight) < limit:
                    reporter.check_cancelled()
                    p, w = divmod(submitted, n_windows)
                    submitted += 1
                    if self.workers_write and p not in tile_dirs:  # workers write into it
                        tile_dirs.add(p)
                        self._guard(os.makedirs, tile_folder(self.folder, token, todo[p]),
                                    0o777, True)
                    in_flight[backend.submit(plan, p, w)] = (p, w)
                finished = backend.wait(list(in_flight), timeout=0.25)
                reporter.check_cancelled()
                for future in finished:
                    in_flight.pop(future)
                    result = backend.result(future)
                    period = todo[result.period_index]
                    writer = writers.get(result.period_index)
                    if writer is None:
                        writer = writers[result.period_index] = self._writer(
                            plan, period, tags, token)
                    self._guard(writer.write, result)
                    monitor.add(result)
                    done += 1
                    if done % WINDOWS_PER_RELEASE == 0:
                        backend.release_memory()
                    pixels += result.n_predicted
                    reporter.progress(done / total)
                    if writer.done_windows == n_windows:
                        finals = self._guard(writer.finish, self.grid, self.sha256)
                        del writers[result.period_index]
                        if self.workers_write:
                            copied[0] += writer.copied
                            copied[1] += len(writer.tiles)
                            copied[2] += writer.decoded
                        for kind, path in finals.items():
                            files[kind].append(path)
                        self.finished.append(period)
                        self._log_period(period, writer, monitor, result.period_index)
        except BaseException:
            backend.cancel(list(in_flight))
            for writer in writers.values():
                writer.abort()
            if self.workers_write:
                _remove_tree(os.path.join(self.folder, TILES_DIR, token))
            raise
        finally:
            backend.close()
        if self.workers_write:
            _remove_tree(os.path.join(self.folder, TILES_DIR, token))
            _remove_empty(os.path.join(self.folder, TILES_DIR))
            reporter.log(tr("Workers wrote {tiles} tile file(s); this computer copied "
                            "{mib:.1f} MiB of compressed blocks into the maps "
                            "byte for byte ({decoded} tile(s) had another layout and were "
                            "decoded)").format(tiles=copied[1], mib=copied[0] / 2 ** 20,
                                               decoded=copied[2]))
        return {k: sorted(v) for k, v in files.items()}, pixels, backend.name

    def _writer(self, plan, period, tags, token):
        kind = PeriodTiles if self.workers_write else PeriodFiles
        return self._guard(kind, self.folder, plan, period, tags, token)

    def _guard(self, function, *args):
        try:
            return function(*args)
        except (Cancelled, InputError):
            raise
        except Exception as error:
            if _is_disk_full(error):
                raise InputError(
                    tr("The disk holding {folder} is full (no space left on device) while "
                       "writing. Unfinished files were removed; periods already finished are "
                       "complete and kept. Free some space and run again with "
                       "{resume_hint}.").format(folder=self.folder,
                                                resume_hint=self.resume_hint),
                    parameter="OUTPUT_FOLDER", path=self.folder) from None
            raise

    def _log_period(self, period, writer, monitor, period_index):
        stats = writer.stats
        if stats["n"]:
            self.reporter.log(
                tr("{period}: {n:,} pixels, mean "
                   "{mean:.3f} (min {min:.3f}, max "
                   "{max:.3f}) g C m-2 d-1").format(
                    period=period.isoformat(), n=stats["n"], mean=stats["sum"] / stats["n"],
                    min=stats["min"], max=stats["max"]))
        else:
            self.reporter.warn(tr("{period}: no pixel had valid values of all "
                                  "predictors; the map is empty.").format(
                                      period=period.isoformat()))
        filled = monitor.filled.pop(period_index, None)
        if self.max_fill_gap is not None and stats["n"] and filled is not None:
            n_any, per_var = filled
            detail = "; ".join(
                tr("{variable} {share:.1%} ({interpolated:,} interpolated, {climatology:,} "
                   "climatology)").format(variable=var, share=(i + c) / stats["n"],
                                          interpolated=i, climatology=c)
                for var, (i, c) in per_var.items() if i or c)
            fields = dict(period=period.isoformat(), n=n_any, total=stats["n"],
                          share=n_any / stats["n"], detail=detail,
                          file=output_name("filled", period))
            if detail:
                self.reporter.log(
                    tr("{period}: gap filling: {n:,} of {total:,} mapped pixels "
                       "({share:.1%}) have a predictor filled in time: {detail} "
                       "({file})").format(**fields))
            else:
                self.reporter.log(
                    tr("{period}: gap filling: {n:,} of {total:,} mapped pixels "
                       "({share:.1%}) have a predictor filled in time ({file})").format(**fields))
        monitor.period_done(period_index, period)

    def _write_vrts(self):
        ours, _ = scan_folder(self.folder, self.grid, self.sha256)
        vrts = {}
        tags = {k: v for k, v in self.tags().items() if k != "CREATED"}
        for kind in KINDS:
            entries = sorted((p, path) for (k, p), path in ours.items() if k == kind)
            if entries:
                extra = fill_legend_tags(self.fill_variables) if kind == "filled" else {}
                vrts[kind] = write_vrt(self.folder, kind, entries, self.grid,
                                       {**tags, **extra})
        return vrts


class _Monitor:
    """Warnings about predictor data that the maps depend on: variables that remove (almost)
    all pixels of a period, and values far from the training data (another unit?)."""

    def __init__(self, plan, reporter):
        self.plan, self.reporter = plan, reporter
        self.lost, self.candidates, self.medians = {}, {}, {}
        self.warned = set()
        self.total_candidates, self.total_lost = 0, {}  # over the whole run
        self.filled = {}  # period key -> [pixels with a filled predictor, {var: [i, c]}]

    def add_filled(self, result):
        if result.filled is None:
            return
        entry = self.filled.setdefault(result.period_index, [0, {}])
        entry[0] += result.n_filled
        for var, (interpolated, climate) in result.filled.items():
            counts = entry[1].setdefault(var, [0, 0])
            counts[0] += interpolated
            counts[1] += climate

    def add(self, result):
        key = result.period_index
        self.candidates[key] = self.candidates.get(key, 0) + result.candidates
        self.total_candidates += result.candidates
        lost = self.lost.setdefault(key, {})
        for var, n in result.lost.items():
            lost[var] = lost.get(var, 0) + n
            self.total_lost[var] = self.total_lost.get(var, 0) + n
        self.add_filled(result)
        if result.n_predicted:  # weighted sum and weight of the windows' medians
            for name, value in result.medians.items():
                total = self.medians.setdefault(name, [0.0, 0])
                total[0] += value * result.n_predicted
                total[1] += result.n_predicted

    def period_done(self, key, period):
        candidates = self.candidates.pop(key, 0)
        lost = self.lost.pop(key, {})
        for var, n in lost.items():
            if candidates and n >= 0.99 * candidates and ("lost", var) not in self.warned:
                self.warned.add(("lost", var))
                self.reporter.warn(
                    tr("{period}: {variable} has no valid value on {n:,} of "
                       "{candidates:,} pixels (fill, or outside its physical range). Check its "
                       "files and units (e.g. temperature in degC where K is expected).").format(
                        period=period.isoformat(), variable=var, n=n, candidates=candidates))
        centers = self.plan.training_center or {}
        for name, (weighted, weight) in self.medians.items():
            if name in centers and ("range", name) not in self.warned:
                mean, sd = centers[name]
                median = weighted / weight
                if sd > 0 and abs(median - mean) > 6 * sd:
                    self.warned.add(("range", name))
                    self.reporter.warn(
                        tr("Predictor {name}: typical value {median:.4g} is {sds:.0f}"
                           " standard deviations from its training mean {mean:.4g}. Are the "
                           "rasters in the unit the model was trained with?").format(
                            name=name, median=median, sds=abs(median - mean) / sd, mean=mean))
        self.medians = {}


def default_grid(source, variables):
    """The predictors' grid: that of the first time-varying predictor the model uses."""
    for var in variables:
        if var not in DERIVED and not source.is_static(var):
            return source.grid(var)
    for var in variables:
        if var not in DERIVED:
            return source.grid(var)
    raise InputError(tr("The model uses no raster predictor, so there is no grid to map on; "
                        "give EXTENT, TARGET_CRS and RESOLUTION."), parameter="EXTENT")


def target_grid(base, extent=None, crs=None, resolution=None):
    """A grid from an optional extent (xmin, ymin, xmax, ymax in ``crs``), CRS and cell size,
    defaulting to ``base``. In the base CRS at its cell size, the extent snaps outward to the
    base grid's cell edges, so predictors are read without resampling."""
    from affine import Affine
    from rasterio.crs import CRS
    from rasterio.warp import calculate_default_transform, transform_bounds

    from .catalog import Grid

    if extent is None and crs is None and resolution is None:
        return base
    try:
        target_crs = CRS.from_user_input(crs) if crs else base.crs
    except Exception as error:
        raise InputError(tr("{crs} is not a CRS GDAL understands ({error}); choose another "
                            "one, e.g. an EPSG code.").format(crs=crs, error=error),
                         parameter="TARGET_CRS") from None
    same_crs = target_crs == base.crs
    try:
        if resolution is None or resolution == 0:
            if same_crs:
                res = base.res
            else:
                transform, _, _ = calculate_default_transform(
                    base.crs, target_crs, base.width, base.height, *base.bounds)
                res = (abs(transform.a), abs(transform.e))
        elif isinstance(resolution, (tuple, list)):
            res = (float(resolution[0]), float(resolution[1]))
        else:
            res = (float(resolution), float(resolution))
    except InputError:
        raise
    except Exception as error:
        raise InputError(tr("the predictors' grid ({grid}) cannot be expressed in "
                            "{crs} ({error}). Choose a CRS that covers the "
                            "predictors' area, or give EXTENT and RESOLUTION in it.").format(
                                grid=base.describe(), crs=target_crs.to_string(), error=error),
                         parameter="TARGET_CRS") from None
    if res[0] <= 0 or res[1] <= 0:
        raise InputError(tr("the cell size must be positive (got {resolution}).").format(
                             resolution=resolution),
                         parameter="RESOLUTION")
    if extent is None:
        try:
            extent = base.bounds if same_crs else transform_bounds(
                base.crs, target_crs, *base.bounds, densify_pts=21)
        except Exception:
            extent = (math.nan,) * 4
        if not all(math.isfinite(v) for v in extent):
            raise InputError(
                tr("the predictors' extent ({bounds}) cannot be expressed in "
                   "{crs}. Give an extent in that CRS, or choose a CRS that "
                   "covers the predictors' area.").format(bounds=_fmt_bounds(base.bounds),
                                                          crs=target_crs.to_string()),
                parameter="TARGET_CRS")
    xmin, ymin, xmax, ymax = (float(v) for v in extent)
    if not (xmax > xmin and ymax > ymin):
        raise InputError(tr("{extent} is empty (xmax must exceed xmin and ymax "
                            "ymin).").format(extent=extent),
                         parameter="EXTENT")
    snap = same_crs and all(math.isclose(a, b, rel_tol=1e-9) for a, b in zip(res, base.res))
    if snap:
        t = base.transform
        col0 = math.floor((xmin - t.c) / t.a + 1e-9)
        col1 = math.ceil((xmax - t.c) / t.a - 1e-9)
        row0 = math.floor((ymax - t.f) / t.e + 1e-9)
        row1 = math.ceil((ymin - t.f) / t.e - 1e-9)
        transform = t * Affine.translation(col0, row0)
        width, height = col1 - col0, row1 - row0
    else:
        width = math.ceil((xmax - xmin) / res[0] - 1e-9)
        height = math.ceil((ymax - ymin) / res[1] - 1e-9)
        transform = Affine(res[0], 0.0, xmin, 0.0, -res[1], ymax)
    if width * height > 2 ** 34:
        raise InputError(tr("The target grid would have {width} x {height} cells; choose a "
                            "coarser RESOLUTION or a smaller EXTENT.").format(
                                width=width, height=height), parameter="RESOLUTION")
    return Grid(target_crs, transform, int(width), int(height))
