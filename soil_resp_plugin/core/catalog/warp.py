"""Resampling one grid onto another by meaning, in numpy over a cached cell mapping.

Where each target cell lies on the source grid is found once per window and grid pair: PROJ
transforms target cell corners at nodes every ``step`` cells, anchored to the whole target
grid, and bilinear interpolation between nodes gives every cell (``step`` halves until the
interpolation is within 1/1000 of a source cell of PROJ). Because the nodes belong to the grid,
not to the window, a window resamples exactly like the same cells of a whole-grid read:
block-wise maps have no seams. The mapping serves every variable, layer and period read on
that grid pair; resampling itself is gathers and weights over the cells a caller still needs:

- ``nearest`` (classes, refining): the source cell under the target cell's centre;
- ``bilinear`` (refining): GDAL's triangle kernel around the centre, widened by 1/scale where
  target cells are somewhat larger than source cells, over valid cells only (weights
  renormalised); no value where the cell under the centre has none;
- ``average`` (coarsening): mean of the valid source cells weighted by their overlap with the
  target cell's footprint (the box between its transformed upper-left and lower-right
  corners, as GDAL's average);
- ``mode`` (classes, coarsening): the class covering most of that footprint (ties: the
  smaller class).
"""
import math
import threading
from collections import OrderedDict

import numpy as np
from rasterio.warp import transform as _proj_transform
from rasterio.windows import Window

from .grid import crs_wkt

NEAREST, BILINEAR, AVERAGE, MODE = "nearest", "bilinear", "average", "mode"
#: the node spacing tried first (target cells) and the interpolation tolerance (source cells)
NODE_STEP, TOLERANCE = 16, 1e-3
_MIN_WEIGHT = 1e-5  # GDAL's least kernel weight for a value

_local = threading.local()
_steps, _same, _scale_cache = {}, {}, {}  # per grid (pair): node step, same CRS, scales


def _grid_key(grid):
    return (crs_wkt(grid.crs) if grid.crs else "", tuple(grid.transform), grid.width, grid.height)


def _same_crs(source, target):
    """Grid.same_crs, remembered per CRS pair (comparing two CRS objects costs ~15 ms)."""
    key = (_grid_key(source)[0], _grid_key(target)[0])
    found = _same.get(key)
    if found is None:
        found = _same[key] = source.same_crs(target)
    return found


def _to_source(source, target, cols, rows):
    """Source pixel coordinates (col, row; NaN where PROJ fails) of target pixel coordinates."""
    xs, ys = target.transform * (cols, rows)
    if not _same_crs(source, target):
        xs, ys = _proj_transform(target.crs, source.crs, np.ravel(xs).tolist(),
                                 np.ravel(ys).tolist())
        xs = np.asarray(xs, dtype=np.float64).reshape(np.shape(cols))
        ys = np.asarray(ys, dtype=np.float64).reshape(np.shape(cols))
    px, py = ~source.transform * (np.asarray(xs, np.float64), np.asarray(ys, np.float64))
    px, py = np.asarray(px, np.float64), np.asarray(py, np.float64)
    bad = ~(np.isfinite(px) & np.isfinite(py)) | (np.abs(px) > 1e12) | (np.abs(py) > 1e12)
    px[bad] = np.nan
    py[bad] = np.nan
    return px, py


def node_step(source, target):
    """Node spacing (target cells) at which interpolating the mapping stays within
    ``TOLERANCE`` source cells of PROJ, checked at the centres of node cells spread over the
    target grid (1 = every corner transformed exactly)."""
    key = (_grid_key(source), _grid_key(target))
    found = _steps.get(key)
    if found is not None:
        return found
    step = NODE_STEP
    while step > 1:
        n = 8
        cols = np.unique(np.linspace(0, max(target.width - step, 0), n) // step * step)
        rows = np.unique(np.linspace(0, max(target.height - step, 0), n) // step * step)
        c, r = (a.ravel() for a in np.meshgrid(cols, rows))
        corners = [_to_source(source, target, c + dc, r + dr) for dc in (0, step)
                   for dr in (0, step)]
        exact = _to_source(source, target, c + step / 2.0, r + step / 2.0)
        worst = 0.0
        for axis in (0, 1):
            guess = sum(corner[axis] for corner in corners) / 4.0
            error = np.abs(guess - exact[axis])
            error = error[np.isfinite(error)]
            worst = max(worst, float(error.max()) if error.size else 0.0)
        if worst <= TOLERANCE:
            break
        step //= 2
    if len(_steps) > 256:
        _steps.clear()
    _steps[key] = step
    return step


def _interpolate_axis(values, nodes, step, positions):
    """Linear interpolation of ``values`` (nodes along the last axis) at ``positions``."""
    k = np.clip(((positions - nodes[0]) // step).astype(np.int64), 0, len(nodes) - 2)
    t = (positions - nodes[k]) / step
    return values[..., k] * (1.0 - t) + values[..., k + 1] * t


def mapping(source, target, window, corners=False):
    """Source pixel coordinates (px, py) of the target cells of ``window``: at their centres,
    shape (height, width), or at their corners, shape (height + 1, width + 1). Kept per thread
    for the last few windows (every variable of a window on one source grid shares it)."""
    c0, r0, w, h = int(window.col_off), int(window.row_off), int(window.width), \
        int(window.height)
    key = (_grid_key(source), _grid_key(target), c0, r0, w, h, corners)
    cache = getattr(_local, "mappings", None)
    if cache is None:
        cache = _local.mappings = OrderedDict()
    found = cache.get(key)
    if found is not None:
        cache.move_to_end(key)
        return found
    step = node_step(source, target)
    ncols = np.arange(c0 // step, -(-(c0 + w) // step) + 1) * step
    nrows = np.arange(r0 // step, -(-(r0 + h) // step) + 1) * step
    if len(ncols) < 2:
        ncols = np.array([ncols[0], ncols[0] + step])
    if len(nrows) < 2:
        nrows = np.array([nrows[0], nrows[0] + step])
    grid_cols, grid_rows = np.meshgrid(ncols.astype(np.float64), nrows.astype(np.float64))
    node_px, node_py = _to_source(source, target, grid_cols, grid_rows)
    half = 0.0 if corners else 0.5
    qcols = c0 + np.arange(w + (1 if corners else 0)) + half
    qrows = r0 + np.arange(h + (1 if corners else 0)) + half
    out = []
    for values in (node_px, node_py):
        along = _interpolate_axis(values, ncols, step, qcols)  # (node rows, columns)
        out.append(np.ascontiguousarray(_interpolate_axis(along.T, nrows, step, qrows).T))
    found = (out[0], out[1])
    cache[key] = found
    while len(cache) > 6:
        cache.popitem(last=False)
    return found


def kernel_scales(source, target):
    """Target cells per source cell (GDAL's XSCALE/YSCALE) at the target grid's centre: one
    kernel per grid pair, so a window resamples like the whole grid."""
    key = (_grid_key(source), _grid_key(target))
    cached = _scale_cache.get(key)
    if cached is not None:
        return cached
    col, row = target.width / 2.0, target.height / 2.0
    points = [target.transform * (col, row), target.transform * (col + 1, row),
              target.transform * (col, row + 1)]
    try:
        xs, ys = _proj_transform(target.crs, source.crs, [p[0] for p in points],
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


def method_for(categorical, xscale, yscale, coarsening_factor):
    """Resampling by meaning: ``xscale``/``yscale`` are target cells per source cell."""
    coarsening = max(xscale, yscale) <= 1.0 / coarsening_factor
    if categorical:
        return MODE if coarsening else NEAREST
    return AVERAGE if coarsening else BILINEAR


def _kernel_scales(xscale, yscale):
    """Kernel scale per axis of GDAL's bilinear: the plain 2x2 formula when both scales are
    at least 0.95, else the triangle widened by 1/scale where the scale is below 1."""
    if xscale >= 0.95 and yscale >= 0.95:
        return 1.0, 1.0
    return min(xscale, 1.0), min(yscale, 1.0)


def _needed_window(px, py, radius_x, radius_y):
    """The source window (unclipped) holding every cell a kernel of these radii touches."""
    finite = np.isfinite(px)
    if not finite.any():
        return None
    c0 = int(math.floor(np.nanmin(px) - radius_x)) - 1
    c1 = int(math.ceil(np.nanmax(px) + radius_x)) + 1
    r0 = int(math.floor(np.nanmin(py) - radius_y)) - 1
    r1 = int(math.ceil(np.nanmax(py) + radius_y)) + 1
    return Window(c0, r0, c1 - c0, r1 - r0)


def resample(read_source, source, target, window, method, scales, needed=None,
             fraction=False):
    """Values on ``window`` of ``target`` (float32, NaN = no value) from the source grid.

    ``read_source(Window)`` returns float32 source cells (NaN = invalid, also outside the
    raster); ``needed`` (bool, the window's shape) limits the work to those cells, the
    others are NaN. ``fraction``: instead of values, the kernel- or area-weighted share of
    valid source cells (0..1)."""
    shape = (int(window.height), int(window.width))
    out = np.full(shape, 0.0 if fraction else np.nan, dtype=np.float32)
    if needed is None:
        needed = np.ones(shape, dtype=bool)
    if not needed.any():
        return out
    if method in (AVERAGE, MODE):
        cx, cy = mapping(source, target, window, corners=True)
        x0, x1 = cx[:-1, :-1][needed], cx[1:, 1:][needed]
        y0, y1 = cy[:-1, :-1][needed], cy[1:, 1:][needed]
        xmin, xmax = np.fmin(x0, x1), np.fmax(x0, x1)
        ymin, ymax = np.fmin(y0, y1), np.fmax(y0, y1)
        box = _needed_window(np.concatenate([xmin, xmax]), np.concatenate([ymin, ymax]),
                             1.0, 1.0)
        if box is None:
            return out
        data = read_source(box)
        values = np.full(len(xmin), 0.0 if fraction else np.nan, dtype=np.float32)
        some = _any_valid(data, box, xmin, xmax, ymin, ymax)  # skips the sea cheaply
        values[some] = _footprint(data, box, xmin[some], xmax[some], ymin[some], ymax[some],
                                  method, fraction)
    else:
        px, py = mapping(source, target, window)
        px, py = px[needed], py[needed]
        sx, sy = _kernel_scales(*scales) if method == BILINEAR else (1.0, 1.0)
        box = _needed_window(px, py, 1.0 / sx, 1.0 / sy)
        if box is None:
            return out
        data = read_source(box)
        values = _nearest(data, box, px, py, fraction)
        if method == BILINEAR:
            # a value needs a valid cell under the centre: interpolate only there
            where = np.flatnonzero(np.isfinite(values)) if not fraction else slice(None)
            values[where] = _bilinear(data, box, px[where], py[where], sx, sy, fraction)
    out[needed] = values
    return out


def _cells(data, box, cols, rows):
    """Values at integer source cells (NaN outside ``data`` or where the position was NaN)."""
    height, width = data.shape
    c = cols - int(box.col_off)
    r = rows - int(box.row_off)
    inside = (c >= 0) & (c < width) & (r >= 0) & (r < height)
    flat = np.where(inside, r * width + c, 0)
    return np.where(inside, data.ravel()[flat], np.float32(np.nan))


def _floor(values):
    """floor as int64, with NaN positions sent far outside any window."""
    out = np.floor(values)
    out[~np.isfinite(out)] = -(2 ** 40)
    return out.astype(np.int64)


def _nearest(data, box, px, py, fraction):
    values = _cells(data, box, _floor(px), _floor(py))
    if fraction:
        return np.isfinite(values).astype(np.float32)
    return values


def _bilinear(data, box, px, py, sx, sy, fraction):
    height, width = data.shape
    radius_x, radius_y = int(math.ceil(1.0 / sx)), int(math.ceil(1.0 / sy))
    ok = np.isfinite(px) & np.isfinite(py)
    x = np.where(ok, px - 0.5 - int(box.col_off), radius_x + 0.5)  # cell-centre coordinates
    y = np.where(ok, py - 0.5 - int(box.row_off), radius_y + 0.5)  # in the box
    bx, by = np.floor(x), np.floor(y)
    fx, fy = (x - bx).astype(np.float32), (y - by).astype(np.float32)
    base = by.astype(np.int64) * width + bx.astype(np.int64)  # the box holds every tap
    valid = np.isfinite(data)
    flat_valid = valid.ravel().astype(np.float32)
    flat_values = np.where(valid, data, np.float32(0)).ravel()
    total = np.zeros(len(px), dtype=np.float32)
    weight = np.zeros(len(px), dtype=np.float32)
    all_weight = np.zeros(len(px), dtype=np.float32)
    wxs = [np.maximum(0, 1 - np.abs(ox - fx) * np.float32(sx))
           for ox in range(1 - radius_x, radius_x + 1)]
    for oy in range(1 - radius_y, radius_y + 1):
        wy = np.maximum(0, 1 - np.abs(oy - fy) * np.float32(sy))
        for ox, wx in zip(range(1 - radius_x, radius_x + 1), wxs):
            w = wx * wy
            tap = base + (oy * width + ox)
            weight += w * flat_valid[tap]
            total += w * flat_values[tap]
            all_weight += w
    if fraction:
        share = np.divide(weight, all_weight, out=np.zeros_like(weight),
                          where=ok & (all_weight > 0))
        return share
    usable = ok & (weight >= _MIN_WEIGHT)
    out = np.full(len(px), np.nan, dtype=np.float32)
    np.divide(total, weight, out=out, where=usable)
    return out


def _any_valid(data, box, xmin, xmax, ymin, ymax):
    """Whether each footprint holds a valid source cell: four lookups in the summed-area
    table of the box's valid cells instead of visiting every cell."""
    height, width = data.shape
    table = np.zeros((height + 1, width + 1), dtype=np.int32)  # a box holds < 2**31 cells
    np.cumsum(np.cumsum(np.isfinite(data), axis=0, dtype=np.int32), axis=1, dtype=np.int32,
              out=table[1:, 1:])
    finite = np.isfinite(xmin) & np.isfinite(xmax) & np.isfinite(ymin) & np.isfinite(ymax)

    def cells(low, high, offset, size):
        first = np.floor(np.where(finite, low, 0) + 1e-10).astype(np.int64) - offset
        last = np.ceil(np.where(finite, high, 0) - 1e-10).astype(np.int64) - offset
        last = np.maximum(last, first + 1)
        return np.clip(first, 0, size), np.clip(last, 0, size)

    x0, x1 = cells(xmin, xmax, int(box.col_off), width)
    y0, y1 = cells(ymin, ymax, int(box.row_off), height)
    count = table[y1, x1] - table[y0, x1] - table[y1, x0] + table[y0, x0]
    return finite & (count > 0)


def _overlaps(low, high):
    """(first cell, [overlap of cell first + k with [low, high]] for k < n) per footprint."""
    finite = np.isfinite(low) & np.isfinite(high)
    first = _floor(np.where(finite, low, np.nan) + 1e-10)
    last = np.ceil(np.where(finite, high, 0.0) - 1e-10).astype(np.int64)
    last = np.where(finite, np.maximum(last, first + 1), first + 1)
    n = int(np.max(last - first, initial=1))
    parts = []
    for k in range(n):
        cell = first + k
        part = np.minimum(cell + 1, high) - np.maximum(cell, low)
        parts.append(np.where((cell < last) & np.isfinite(part), np.maximum(part, 0.0), 0.0))
    return first, parts


def _footprint(data, box, xmin, xmax, ymin, ymax, method, fraction):
    fx, wxs = _overlaps(xmin, xmax)
    fy, wys = _overlaps(ymin, ymax)
    n = len(xmin)
    width = data.shape[1]
    # every cell a footprint overlaps lies in the box (it has a margin); candidate cells past
    # a footprint's last one weigh 0, so their index is only kept inside the array
    base = (fy - int(box.row_off)) * width + (fx - int(box.col_off))
    flat = data.ravel()
    valid = np.isfinite(flat)
    flat_valid = valid.astype(np.float64)
    flat_values = np.where(valid, flat, np.float32(0))
    total, weight, whole = np.zeros(n), np.zeros(n), np.zeros(n)
    classes, areas = [], []  # mode: each candidate cell's class and covered area
    for ky, wy in enumerate(wys):
        for kx, wx in enumerate(wxs):
            tap = base + (ky * width + kx)
            w = wx * wy
            used = w * flat_valid.take(tap, mode="clip")
            if method == MODE and not fraction:
                cell = flat.take(tap, mode="clip")
                classes.append(np.where(used > 0, cell, np.nan).astype(np.float32))
                areas.append(used)
                continue
            weight += used
            if fraction:
                whole += w
            else:
                total += flat_values.take(tap, mode="clip") * used
    if fraction:
        return np.divide(weight, whole, out=np.zeros(n), where=whole > 0).astype(np.float32)
    if method == AVERAGE:
        out = np.full(n, np.nan)
        np.divide(total, weight, out=out, where=weight > 0)
        return out.astype(np.float32)
    return _mode(classes, areas, n)


def _mode(classes, areas, n):
    """Per pixel, the class with the largest covered area (ties: the smaller class), from
    candidate cells' classes (NaN = none) and areas: areas summed per (pixel, class) by one
    bincount per chunk of pixels."""
    present = np.unique(np.concatenate([c[np.isfinite(c)] for c in classes]))
    out = np.full(n, np.nan, dtype=np.float32)
    if present.size == 0:
        return out
    chunk = max(1, 20_000_000 // present.size)
    for start in range(0, n, chunk):
        part = slice(start, min(start + chunk, n))
        size = part.stop - part.start
        pixels = np.arange(size, dtype=np.int64)
        index, weights = [], []
        for cls, area in zip(classes, areas):
            cls, area = cls[part], area[part]
            ok = np.isfinite(cls)
            index.append(pixels[ok] * present.size + np.searchsorted(present, cls[ok]))
            weights.append(area[ok])
        sums = np.bincount(np.concatenate(index), np.concatenate(weights),
                           minlength=size * present.size).reshape(size, present.size)
        pick = sums.argmax(axis=1)  # the first maximum: the smaller class on ties
        out[part] = np.where(sums.max(axis=1) > 0, present[pick], np.nan)
    return out
