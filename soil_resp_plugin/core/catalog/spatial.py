"""Spatial reading helpers: source windows for a target window and warp kernel scales."""
import math

import numpy as np
from rasterio.warp import transform, transform_bounds
from rasterio.windows import Window


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

