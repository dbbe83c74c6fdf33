"""Kernel scales of a grid pair (target cells per source cell)."""
import math

from rasterio.warp import transform

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

