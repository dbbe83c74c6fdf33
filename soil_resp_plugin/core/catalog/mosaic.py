"""Tiles: granules of several MODIS tiles for one product and date read as one seamless
mosaic.

Each mosaic is a GDAL VRT over the tiles' HDF4-EOS subdatasets, built on the fly as XML text
(no intermediate copies; the text is the dataset name, so the catalog stays picklable). The
VRT declares each source's size and type, so GDAL opens a tile only when a read touches it.
All dates of a variable share one mosaic grid (the union of its tiles); a tile without a
granule on a date is left as nodata and reported by tile id. Reprocessed duplicates (same
tile and date) use the newest collection and production time; the others are listed as
skipped with the reason.
"""
import dataclasses
import html
import math

import numpy as np
import rasterio
from affine import Affine

from ..errors import InputError
from ..i18n import tr
from .common import PARAMETER, READ_ERRORS
from .grid import Grid


def _escape(text):
    """XML text content: &, < and > escaped (what xml.sax.saxutils.escape does)."""
    return html.escape(str(text), quote=False)


_GDAL_TYPES = {"uint8": "Byte", "int8": "Int8", "uint16": "UInt16", "int16": "Int16",
               "uint32": "UInt32", "int32": "Int32", "float32": "Float32",
               "float64": "Float64"}


def _platform(product):
    """"terra" (MOD), "aqua" (MYD), "combined" (MCD) for MODIS products, else None."""
    if not product or not product.startswith(("MOD", "MYD", "MCD")):
        return None
    return {"MOD": "terra", "MYD": "aqua"}.get(product[:3], "combined")


def _newest_first(item):
    candidate = item[0]
    return (candidate.collection or "", candidate.produced or "")


def drop_duplicates(items, skipped, reporter):
    """Keep one granule per (variable, product, date, tile): the newest collection, then the
    latest production time. The others are listed in ``skipped`` (once per file) with what
    is used instead; a renamed copy of the same granule is named as such."""
    groups = {}
    for item in items:
        candidate, layer, _ = item
        key = (layer.variable, candidate.product, layer.date, candidate.tile)
        groups.setdefault(key, []).append(item)
    kept, listed = [], {path for path, _ in skipped}
    for (_, product, date, tile), group in groups.items():
        group.sort(key=_newest_first, reverse=True)
        best = group[0][0]
        kept.append(group[0])
        for candidate, _, _ in group[1:]:
            if candidate.path in listed or candidate.path == best.path:
                continue
            listed.add(candidate.path)
            if candidate.granule and candidate.granule == best.granule:
                reason = tr("the same granule ({granule}, tile {tile}, {date}) as {best} (a "
                            "renamed copy); {best} is used").format(
                    granule=candidate.granule, tile=tile, date=date, best=best.path)
            elif (candidate.collection or "") != (best.collection or ""):
                reason = tr("collection {collection} of {product} tile {tile} {date}, "
                            "superseded by collection {newer} in {best}, which is used").format(
                    collection=candidate.collection, product=product, tile=tile, date=date,
                    newer=best.collection, best=best.path)
            else:
                reason = tr("a reprocessed duplicate of {product} tile {tile} {date} (produced "
                            "{produced}); the newer {best} (produced {best_produced}) is "
                            "used").format(
                    product=product, tile=tile, date=date,
                    produced=candidate.produced or tr("unknown"), best=best.path,
                    best_produced=best.produced or tr("unknown"))
            skipped.append((candidate.path, reason))
            reporter.warn(tr("Duplicate granule skipped: {path}: {reason}.").format(
                path=candidate.path, reason=reason))
    return kept


def check_collections(items):
    """One collection per product and date: a mosaic of 006 and 061 tiles is refused."""
    found = {}
    for candidate, layer, _ in items:
        found.setdefault((candidate.product, layer.date), {}).setdefault(
            candidate.collection, set()).add((candidate.tile, candidate.path))
    for (product, date), collections in sorted(found.items(), key=lambda kv: str(kv[0])):
        if len(collections) < 2:
            continue
        parts = "; ".join(
            tr("collection {collection}: tiles {tiles} (e.g. {example})").format(
                collection=c, tiles=", ".join(sorted(t for t, _ in tiles)),
                example=sorted(p for _, p in tiles)[0])
            for c, tiles in sorted(collections.items(), key=lambda kv: str(kv[0])))
        newest = max(c or "" for c in collections)
        raise InputError(
            tr("{product} granules of {date} mix MODIS collections ({parts}). Tiles of different "
               "collections do not join into one consistent mosaic: download the missing tiles "
               "in collection {newest} (or all tiles in one collection) and remove the "
               "others.").format(product=product, date=date, parts=parts, newest=newest),
            parameter=PARAMETER, path=sorted(p for _, p in next(iter(collections.values())))[0],
        )


def mosaic_grid(var, tiles):
    """The union grid of ``tiles`` ({tile: Grid}); all must share CRS and cell size."""
    grids = list(tiles.values())
    first = grids[0]
    for tile, grid in tiles.items():
        same = (math.isclose(grid.res[0], first.res[0], rel_tol=1e-9)
                and math.isclose(grid.res[1], first.res[1], rel_tol=1e-9)
                and grid.same_crs(first))
        if not same:
            raise InputError(
                tr("Tiles of {variable} have different grids: tile {tile} has {grid}, another "
                   "has {other}. Use one product resolution per variable (e.g. only MOD13A2 "
                   "1 km or only MOD13Q1 250 m).").format(
                    variable=var, tile=tile, grid=grid.describe(), other=first.describe()),
                parameter=PARAMETER)
    xres, yres = first.res
    left = min(g.bounds[0] for g in grids)
    top = max(g.bounds[3] for g in grids)
    right = max(g.bounds[2] for g in grids)
    bottom = min(g.bounds[1] for g in grids)
    width = int(round((right - left) / xres))
    height = int(round((top - bottom) / yres))
    return Grid(first.crs, Affine(xres, 0.0, left, 0.0, -yres, top), width, height)


def _offset(mosaic, grid, var, tile):
    offset = mosaic.offset_in(grid)
    if offset is None:
        raise InputError(
            tr("Tile {tile} of {variable} is not aligned with the other tiles' cells ({grid}, "
               "origin {x:.3f}, {y:.3f}): it is not a tile of the MODIS sinusoidal grid. "
               "Remove it, or mosaic such files yourself.").format(
                tile=tile, variable=var, grid=grid.describe(), x=grid.transform.c,
                y=grid.transform.f),
            parameter=PARAMETER)
    return offset


def vrt_xml(mosaic, parts, dtype, nodata):
    """VRT text of ``parts`` [(source, band, Grid, (col, row))] on the ``mosaic`` grid."""
    gdal_type = _GDAL_TYPES[dtype]
    t = mosaic.transform
    lines = [f'<VRTDataset rasterXSize="{mosaic.width}" rasterYSize="{mosaic.height}">',
             f"<SRS>{_escape(mosaic.crs.to_wkt())}</SRS>",
             f"<GeoTransform>{t.c!r}, {t.a!r}, 0, {t.f!r}, 0, {t.e!r}</GeoTransform>",
             f'<VRTRasterBand dataType="{gdal_type}" band="1">']
    if nodata is not None and np.isfinite(nodata):
        lines.append(f"<NoDataValue>{nodata!r}</NoDataValue>")
    for source, band, grid, (col, row) in parts:
        lines += [
            "<SimpleSource>",
            f'<SourceFilename relativeToVRT="0">{_escape(source)}</SourceFilename>',
            f"<SourceBand>{band}</SourceBand>",
            f'<SourceProperties RasterXSize="{grid.width}" RasterYSize="{grid.height}" '
            f'DataType="{gdal_type}" BlockXSize="{grid.width}" BlockYSize="1"/>',
            f'<SrcRect xOff="0" yOff="0" xSize="{grid.width}" ySize="{grid.height}"/>',
            f'<DstRect xOff="{col}" yOff="{row}" xSize="{grid.width}" ySize="{grid.height}"/>',
            "</SimpleSource>",
        ]
    lines += ["</VRTRasterBand>", "</VRTDataset>"]
    return "".join(lines)


def _read(source, band, window=None):
    with rasterio.open(source) as dataset:
        return dataset.read(band, window=window)


def _check_overlaps(var, date, members, mosaic):
    """Tiles of one date whose cells overlap must agree there (real MODIS tiles never
    overlap; overlapping ones are mislabelled or re-gridded files)."""
    rects = []
    for candidate, layer, info in members:
        col, row = _offset(mosaic, info["grid"], var, candidate.tile)
        rects.append((col, row, col + info["grid"].width, row + info["grid"].height,
                      candidate, layer))
    for i, (c0, r0, c1, r1, cand_a, layer_a) in enumerate(rects):
        for d0, s0, d1, s1, cand_b, layer_b in rects[i + 1:]:
            left, top, right, bottom = max(c0, d0), max(r0, s0), min(c1, d1), min(r1, s1)
            if right <= left or bottom <= top:
                continue
            from rasterio.windows import Window

            try:
                a = _read(layer_a.source, layer_a.band,
                          Window(left - c0, top - r0, right - left, bottom - top))
                b = _read(layer_b.source, layer_b.band,
                          Window(left - d0, top - s0, right - left, bottom - top))
            except READ_ERRORS:
                continue
            differ = int(np.count_nonzero(a != b))
            if differ:
                raise InputError(
                    tr("Tiles {tile_a} ({path_a}) and {tile_b} ({path_b}) of {variable} on "
                       "{date} overlap on {cells} cells, and {differ} of them hold conflicting "
                       "values. MODIS tiles do not overlap: one of the files is not the tile its "
                       "name says (check its georeferencing with gdalinfo) - remove it.").format(
                        tile_a=cand_a.tile, path_a=cand_a.path, tile_b=cand_b.tile,
                        path_b=cand_b.path, variable=var, date=date,
                        cells=(right - left) * (bottom - top), differ=differ),
                    parameter=PARAMETER, path=cand_b.path)


def build_mosaics(tiled, qc_layers, reporter, skipped):
    """(layer, info) items of mosaics from tiled items [(candidate, layer, info)]: one layer
    per variable, product and date, all on the variable's union-of-tiles grid."""
    if not tiled:
        return []
    tiled = drop_duplicates(tiled, skipped, reporter)
    check_collections(tiled)
    by_var = {}
    for item in tiled:
        by_var.setdefault(item[1].variable, []).append(item)
    out = []
    for var, items in by_var.items():
        tiles = {}
        for candidate, _, info in items:
            tiles.setdefault(candidate.tile, info["grid"])
        mosaic = mosaic_grid(var, tiles)
        all_tiles = tuple(sorted(tiles))
        groups = {}
        for item in items:
            groups.setdefault((item[0].product, item[1].date), []).append(item)
        missing_report = {}
        for (product, date), members in sorted(groups.items(), key=lambda kv: (kv[0][1],
                                                                              kv[0][0])):
            members.sort(key=lambda m: m[0].tile)
            if len(members) > 1:
                _check_overlaps(var, date, members, mosaic)
            first_candidate, first_layer, first_info = members[0]
            dtype = first_info["dtype"]
            nodata = first_layer.nodata
            parts = [(layer.source, layer.band, info["grid"],
                      _offset(mosaic, info["grid"], var, candidate.tile))
                     for candidate, layer, info in members]
            present = tuple(m[0].tile for m in members)
            missing = tuple(t for t in all_tiles if t not in present)
            if missing:
                missing_report.setdefault(missing, []).append(date)
            qc_parts, qc_rule = [], None
            for candidate, layer, info in members:
                if layer.qc_source is None:
                    qc_parts = None
                    break
                qc_rule = layer.qc_rule
                qc_parts.append((layer.qc_source, layer.qc_band, info["grid"],
                                 _offset(mosaic, info["grid"], var, candidate.tile)))
            qc_source = None
            if qc_parts:
                qc_source = vrt_xml(mosaic, qc_parts, qc_layers.get(members[0][1].qc_source,
                                                                    "uint8"), None)
            layer = dataclasses.replace(
                first_layer, source=vrt_xml(mosaic, parts, dtype, nodata), band=1,
                path=first_layer.path if len(members) == 1 else first_layer.path,
                tile=",".join(present), tiles=present, missing_tiles=missing,
                qc_source=qc_source, qc_band=1, qc_rule=qc_rule if qc_parts else None,
                platform=_platform(product),
            )
            info = dict(first_info, grid=mosaic, tile_paths=tuple(m[1].path for m in members))
            out.append((layer, info))
        for missing, dates in missing_report.items():
            shown = ", ".join(d.isoformat() for d in dates[:6])
            if len(dates) > 6:
                shown = tr("{dates}, ... ({count} dates)").format(dates=shown, count=len(dates))
            reporter.warn(tr("{variable}: tile(s) {tiles} missing on {dates}: those parts of the "
                             "mosaic are no data. Download the missing granules to fill "
                             "them.").format(variable=var, tiles=", ".join(missing),
                                             dates=shown))
    return out
