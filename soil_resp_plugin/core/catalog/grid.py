"""Raster grids: CRS, north-up transform and size, and how two grids relate."""
import math
from dataclasses import dataclass

import numpy as np
from affine import Affine
from rasterio.crs import CRS

from ..i18n import tr

WGS84 = CRS.from_epsg(4326)

_WKT = {}  # id(crs) -> (crs, wkt): to_wkt() costs ~0.2 ms and scans compare grids often


def crs_wkt(crs):
    """WKT of a CRS, remembered per CRS object."""
    found = _WKT.get(id(crs))
    if found is not None and found[0] is crs:
        return found[1]
    if len(_WKT) > 4096:
        _WKT.clear()
    text = crs.to_wkt()
    _WKT[id(crs)] = (crs, text)
    return text


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
        if self.crs is other.crs:
            return True
        return crs_wkt(self.crs) == crs_wkt(other.crs) or self.crs == other.crs

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
        crs = self.crs.to_string() if self.crs else tr("no CRS")
        if len(crs) > 60:
            crs = crs[:57] + "..."
        return tr("{width}x{height} cells of {xres:.6g} x {yres:.6g}, {crs}").format(
            width=self.width, height=self.height, xres=self.res[0], yres=self.res[1], crs=crs)



def true_bounds(cells):
    """(row0, row1, col0, col1): the smallest window holding every True cell of a 2-D mask
    (at least one must be True)."""
    rows = np.flatnonzero(cells.any(axis=1))
    cols = np.flatnonzero(cells.any(axis=0))
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
