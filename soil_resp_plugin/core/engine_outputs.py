"""Output files of the upscaling engine: output kinds and names, GeoTIFF profiles and
compression, the period files and the writing of windows (blocks by the client, tiles by dask
workers, copied byte for byte), the completion check, the VRTs, and the output folder (lock,
preparation, scan, stale temporaries).

Files are written under hidden temporary names and renamed when complete (with a completion
tag and the model's SHA-256 inside), so a cancelled, failed or killed run never leaves a
finished-looking file, and ``resume`` can trust every final-named file it finds.
"""
import dataclasses
import errno
import html
import logging
import math
import os
import re
import socket
import time
import uuid

import numpy as np

from . import gapfill as G
from . import periods as P
from .errors import InputError
from .i18n import tr
from .reporting import as_reporter

_LOG = logging.getLogger(__name__)

NODATA = -9999.0
AOA_NODATA = 255
#: no data of the gap-filling flag maps (pixels not mapped); 0 = mapped, nothing filled
FILLED_NODATA = 2 ** 32 - 1
TILE = 256
COMPLETE_TAG = "SOILRESP_COMPLETE"
LOCK_NAME = ".soilresp_upscale.lock"


@dataclasses.dataclass(frozen=True)
class OutputKind:
    key: str
    prefix: str
    dtype: str
    nodata: float
    units: str
    title: str


KINDS = {
    "sr": OutputKind("sr", "sr", "float32", NODATA, "g C m-2 d-1",
                     "soil respiration, period mean daily rate"),
    "sd": OutputKind("sd", "sr_sd", "float32", NODATA, "g C m-2 d-1",
                     "standard deviation of the forest's tree predictions"),
    "di": OutputKind("di", "di", "float32", NODATA, "1",
                     "dissimilarity index (area of applicability)"),
    "aoa": OutputKind("aoa", "aoa", "uint8", AOA_NODATA, "1",
                      "area of applicability: 1 inside, 0 outside"),
    "filled": OutputKind("filled", "filled", "uint32", FILLED_NODATA, "1",
                         "predictors filled in time: bit mask (see FILLED_BIT_*), 0 = none"),
}
OUTPUT_NAME = re.compile(r"^(?P<prefix>sr_sd|sr|di|aoa|filled)_(?P<label>\d{7})\.tif$")
TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{12}\.partial$")
PREFIX_KIND = {kind.prefix: key for key, kind in KINDS.items()}


def output_name(kind, period):
    return f"{KINDS[kind].prefix}_{P.period_label(period)}.tif"


# ----------------------------------------------------------------------------- GeoTIFF profile
_COMPRESSION = None


def compression():
    """'zstd' when this GDAL's GeoTIFF driver has it, else 'deflate' (older builds)."""
    global _COMPRESSION
    if _COMPRESSION is None:
        try:
            from osgeo import gdal

            options = gdal.GetDriverByName("GTiff").GetMetadataItem("DMD_CREATIONOPTIONLIST")
            _COMPRESSION = "zstd" if options and "ZSTD" in options else "deflate"
        except Exception:  # no GDAL python bindings: ask rasterio by trying
            _COMPRESSION = _probe_zstd()
    return _COMPRESSION


def _probe_zstd():
    import tempfile

    import rasterio

    with tempfile.TemporaryDirectory() as folder:
        try:
            with rasterio.open(os.path.join(folder, "z.tif"), "w", driver="GTiff", width=1,
                               height=1, count=1, dtype="uint8", compress="zstd") as probe:
                probe.write(np.zeros((1, 1, 1), np.uint8))
            return "zstd"
        except Exception:
            return "deflate"


def geotiff_profile(grid, kind):
    spec = KINDS[kind]
    profile = dict(
        driver="GTiff", width=grid.width, height=grid.height, count=1, dtype=spec.dtype,
        crs=grid.crs, transform=grid.transform, nodata=spec.nodata, tiled=True,
        blockxsize=TILE, blockysize=TILE, compress=compression(), sparse_ok=True,
        bigtiff="if_safer", predictor=3 if spec.dtype.startswith("float") else 2,
    )
    if profile["compress"] == "zstd":
        profile["zstd_level"] = 3
    return profile


def fill_legend_tags(variables):
    """GeoTIFF/VRT metadata naming the bits of a flag map: FILLED_BIT_<i>=<variable> (value
    2**i) and FILLED_LEGEND, e.g. '1=lst_day;2=ndvi' (value=variable)."""
    legend = G.flag_legend(list(variables or ()))
    tags = {f"FILLED_BIT_{value.bit_length() - 1}": var for value, var in legend.items()}
    tags["FILLED_LEGEND"] = ";".join(f"{value}={var}" for value, var in legend.items())
    return tags


def window_stats(result):
    """(sr stats {n, sum, min, max}, {kind: [n, sum, sum of squares, min, max]}) of one task's
    predicted pixels: merged per period by the client, whoever wrote the pixels."""
    sr = result.values["sr"]
    sr_stats = {"n": len(sr), "sum": float(sr.sum(dtype=np.float64)),
                "min": float(sr.min()), "max": float(sr.max())}
    bands = {}
    for kind, values in result.values.items():
        if len(values):
            data = values.astype(np.float64)
            bands[kind] = [len(data), float(data.sum()), float((data * data).sum()),
                           float(data.min()), float(data.max())]
    return sr_stats, bands


def window_blocks(result, plan):
    """[(column offset in the window, width, block array per kind)] of the output tiles of a
    window that hold predicted pixels (the others stay sparse, i.e. nodata)."""
    col0, row0, width, height = plan.windows[result.window_index]
    arrays = {}
    for kind in plan.outputs:
        spec = KINDS[kind]
        block = np.full((height, width), spec.nodata, dtype=spec.dtype)
        block[result.valid] = result.values[kind]
        arrays[kind] = block
    out = []
    for col in range(0, width, TILE):
        tile_valid = result.valid[:, col:col + TILE]
        if tile_valid.any():
            out.append((col, tile_valid.shape[1],
                        {k: a[:, col:col + TILE] for k, a in arrays.items()}))
    return out


def tile_folder(folder, token, period):
    return os.path.join(folder, TILES_DIR, token, P.period_label(period))


def write_window_tiles(result, plan, folder, token, compress):
    """On a worker: write the window's blocks as one finished GeoTIFF per output (temporary
    name, flushed, checked, renamed) in the run's tile folder on shared storage and keep
    only metadata in ``result`` (tile paths and sizes, statistics, written blocks)."""
    import rasterio
    from rasterio.windows import Window

    result.predicted = 0 if result.valid is None else len(result.values["sr"])
    if result.valid is None:
        return result
    result.stats = window_stats(result)
    blocks = window_blocks(result, plan)
    col0, row0, width, height = plan.windows[result.window_index]
    where = tile_folder(folder, token, plan.periods[result.period_index])
    if not os.path.isdir(where):  # the client removed it: the run stopped, or was cancelled
        raise FileNotFoundError(errno.ENOENT, tr("the run's tile folder is gone"), where)
    grid = plan.grid
    transform = grid.transform * grid.transform.translation(col0, row0)
    result.tiles, result.blocks = {}, [(row0 // TILE, (col0 + c) // TILE) for c, _, _ in blocks]
    for kind in plan.outputs:
        profile = geotiff_profile(grid, kind)
        profile.update(width=width, height=height, transform=transform, compress=compress)
        if compress != "zstd":
            profile.pop("zstd_level", None)
        name = f"{KINDS[kind].prefix}_w{result.window_index:06d}.tif"
        final = os.path.join(where, name)
        temp = os.path.join(where, f".{name}.{uuid.uuid4().hex[:12]}.partial")
        try:
            with rasterio.open(temp, "w", **profile) as dataset:
                for col, w, arrays in blocks:
                    dataset.write(arrays[kind], 1, window=Window(col, 0, w, height))
            _fsync(temp)
            problem = _missing_blocks(temp, {(0, c // TILE) for c, _, _ in blocks})
            if problem:
                raise OSError(errno.EIO, tr("{path} did not read back correctly: "
                                            "{problem}").format(path=temp, problem=problem))
            os.replace(temp, final)
        finally:
            if os.path.exists(temp):
                os.remove(temp)
        result.tiles[kind] = (final, os.path.getsize(final))
    result.valid, result.values = None, {}
    return result

# ----------------------------------------------------------------------------- writing
def _is_disk_full(error):
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = str(error).lower()
    return "no space left" in text or "disk full" in text or "quota exceeded" in text


class PeriodFiles:
    """The temporary files of one period; renamed to their final names by :meth:`finish`."""

    def __init__(self, folder, plan, period, tags, token):
        import rasterio

        self.folder, self.plan, self.period, self.token = folder, plan, period, token
        self.done_windows = 0
        self.blocks = set()  # (block row, block col) written: checked on disk by finish()
        self.band_stats = {kind: [0, 0.0, 0.0, math.inf, -math.inf] for kind in plan.outputs}
        self.stats = {"n": 0, "sum": 0.0, "min": math.inf, "max": -math.inf}
        self.files = {}
        try:
            for kind in plan.outputs:
                final = os.path.join(folder, output_name(kind, period))
                temp = os.path.join(folder, f".{os.path.basename(final)}.{token}.partial")
                dataset = rasterio.open(temp, "w", **geotiff_profile(plan.grid, kind))
                self.files[kind] = (temp, final, dataset)
                self._describe(dataset, kind, tags)
        except BaseException:
            self.abort()
            raise

    def _describe(self, dataset, kind, tags):
        spec = KINDS[kind]
        if kind == "filled":  # the legend of the bits
            tags = {**tags, **fill_legend_tags(self.plan.fill_variables)}
        start, end = self.period, P.period_end(self.period)
        dataset.set_band_description(1, f"{spec.prefix} {start.isoformat()}")
        dataset.set_band_unit(1, spec.units)
        dataset.update_tags(
            **tags, SOILRESP_PRODUCT=spec.prefix, QUANTITY=spec.title, UNITS=spec.units,
            PERIOD_START=start.isoformat(), PERIOD_END=end.isoformat(),
            PERIOD_DAYS=str(P.period_days(start)),
        )
        dataset.update_tags(1, PERIOD_START=start.isoformat(), PERIOD_END=end.isoformat(),
                            units=spec.units)

    def write(self, result):
        """Write the tiles of a window that hold predicted pixels (others stay sparse)."""
        from rasterio.windows import Window

        self.done_windows += 1
        if result.valid is None:
            return
        self.add_stats(window_stats(result))
        col0, row0, _, height = self.plan.windows[result.window_index]
        for col, width, arrays in window_blocks(result, self.plan):
            for kind, (_, _, dataset) in self.files.items():
                self.write_block(dataset, arrays[kind], Window(col0 + col, row0, width, height))
            self.blocks.add((row0 // TILE, (col0 + col) // TILE))

    def add_stats(self, stats):
        sr_stats, bands = stats
        self.stats["n"] += sr_stats["n"]
        self.stats["sum"] += sr_stats["sum"]
        self.stats["min"] = min(self.stats["min"], sr_stats["min"])
        self.stats["max"] = max(self.stats["max"], sr_stats["max"])
        for kind, (n, total, squares, low, high) in bands.items():
            if kind in self.band_stats:
                stats = self.band_stats[kind]
                stats[0] += n
                stats[1] += total
                stats[2] += squares
                stats[3] = min(stats[3], low)
                stats[4] = max(stats[4], high)

    @staticmethod
    def write_block(dataset, array, window):
        dataset.write(array, 1, window=window)

    def finish(self, grid, sha256):
        """Mark complete, close, flush to disk, check, and rename to the final names."""
        cells = grid.width * grid.height
        for kind, (_, _, dataset) in self.files.items():
            n, total, squares, low, high = self.band_stats[kind]
            if n:  # GDAL's statistics tags: QGIS styles the layer without scanning it
                mean = total / n
                dataset.update_tags(
                    1, STATISTICS_MINIMUM=repr(low), STATISTICS_MAXIMUM=repr(high),
                    STATISTICS_MEAN=repr(mean),
                    STATISTICS_STDDEV=repr(math.sqrt(max(squares / n - mean * mean, 0.0))),
                    STATISTICS_VALID_PERCENT=repr(100.0 * n / cells))
            dataset.update_tags(**{COMPLETE_TAG: "1"})
            dataset.close()
        self.after_close()
        finals = {}
        for temp, _, _ in self.files.values():
            _fsync(temp)
            problem = check_output(temp, grid, sha256) or _missing_blocks(temp, self.blocks)
            if problem:
                full = _free_bytes(self.folder) < 16 * 2 ** 20
                raise OSError(errno.ENOSPC if full else errno.EIO,
                              tr("{path} did not read back correctly after writing: "
                                 "{problem}").format(path=temp, problem=problem))
        for kind, (temp, final, _) in self.files.items():
            os.replace(temp, final)
            finals[kind] = final
        self.files = {}
        _fsync_folder(self.folder)
        return finals

    def after_close(self):
        """Hook between closing the temporary files and checking them."""

    def abort(self):
        for temp, _, dataset in self.files.values():
            try:
                if not dataset.closed:
                    dataset.close()
            except _gdal_errors() as error:  # the disk may be full: closing flushes and fails
                _LOG.debug("closing unfinished %s failed: %s", temp, error)
            try:
                os.remove(temp)
            except OSError:
                pass
        self.files = {}



class PeriodTiles(PeriodFiles):
    """A period whose windows the dask workers wrote as tile GeoTIFFs on shared storage
    (workers-write mode): the client records each window's metadata and, when the period is
    complete, creates the period's files (tags and statistics as in the other mode, no pixel
    written), copies the tiles' compressed blocks into them byte for byte, checks and renames
    them, and removes the period's tiles."""

    def __init__(self, folder, plan, period, tags, token):
        super().__init__(folder, plan, period, tags, token)
        self.tile_dir = tile_folder(folder, token, period)
        self.tiles = []  # (kind, path, size, first block row, first block column)
        self.copied = 0
        self.decoded = 0  # tiles copied by decoding (other layout): should stay 0
        try:
            os.makedirs(self.tile_dir, exist_ok=True)
        except BaseException:
            self.abort()
            raise

    def write(self, result):
        self.done_windows += 1
        if not result.tiles:
            return
        self.add_stats(result.stats)
        col0, row0, _, _ = self.plan.windows[result.window_index]
        for kind, (path, size) in result.tiles.items():
            self.tiles.append((kind, path, size, row0 // TILE, col0 // TILE))
        self.blocks.update(tuple(b) for b in result.blocks)

    def after_close(self):
        for kind, (temp, _, _) in self.files.items():
            sources = []
            for tile_kind, path, size, block_row, block_col in self.tiles:
                if tile_kind != kind:
                    continue
                here = os.path.getsize(path) if os.path.exists(path) else None
                if here is None:
                    raise OSError(errno.EIO, tr(
                        "the tile {path} that a dask worker wrote ({size} bytes) is missing "
                        "on this computer: the output folder is not the same shared "
                        "storage for the workers and this computer, or it lags "
                        "behind").format(path=path, size=size))
                if here != size:
                    raise OSError(errno.EIO, tr(
                        "the tile {path} that a dask worker wrote ({size} bytes) is {here} "
                        "bytes on this computer: the output folder is not the same shared "
                        "storage for the workers and this computer, or it lags "
                        "behind").format(path=path, size=size, here=here))
                sources.append((path, block_row, block_col))
            copied = copy_tiles(temp, sources)
            if copied is None:
                copied = self._decode_copy(temp, kind, sources)
            self.copied += copied
            _fsync(temp)

    def _decode_copy(self, temp, kind, sources):
        """Copy by decoding (tiles with another compression or byte order than this GDAL
        writes): slower, same pixels."""
        import rasterio
        from rasterio.windows import Window

        with rasterio.open(temp, "r+") as out:
            for path, block_row, block_col in sources:
                with rasterio.open(path) as tile:
                    out.write(tile.read(1), 1, window=Window(
                        block_col * TILE, block_row * TILE, tile.width, tile.height))
                self.decoded += 1
        return 0

    def finish(self, grid, sha256):
        finals = super().finish(grid, sha256)
        _remove_tree(self.tile_dir)
        return finals

    def abort(self):
        super().abort()
        if getattr(self, "tile_dir", None):
            _remove_tree(self.tile_dir)


def _remove_tree(path):
    """Remove a tile folder; a worker finishing a cancelled task may still add a file, so
    try twice (what is left is hidden, and the next run in the folder removes it)."""
    import shutil

    for _ in range(2):
        shutil.rmtree(path, ignore_errors=True)
        if not os.path.exists(path):
            return True
        time.sleep(0.2)
    return False


def _remove_empty(folder):
    try:
        os.rmdir(folder)
    except OSError:
        pass


def _missing_blocks(path, blocks):
    """Why ``path`` lacks some of the written ``blocks`` (GDAL reports a failed write at close
    only on stderr and leaves those tiles sparse, i.e. silently nodata), else ``None``."""
    import rasterio

    size = os.path.getsize(path)
    with rasterio.open(path) as dataset:
        for row, col in sorted(blocks):
            offset = dataset.get_tag_item(f"BLOCK_OFFSET_{col}_{row}", "TIFF", bidx=1)
            length = dataset.get_tag_item(f"BLOCK_SIZE_{col}_{row}", "TIFF", bidx=1)
            if not offset or not length or int(offset) + int(length) > size:
                return tr("tile (row {row}, column {col}) was not stored").format(
                    row=row, col=col)
    return None


def _free_bytes(folder):
    import shutil

    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def _fsync(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder):
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_output(path, grid, sha256):
    """``None`` when ``path`` is a complete output of the model ``sha256`` on ``grid``, else
    why not (unreadable, other grid, other model, not marked complete)."""
    import rasterio

    try:
        with rasterio.open(path) as dataset:
            tags = dataset.tags()
            same_grid = (
                (dataset.width, dataset.height) == (grid.width, grid.height)
                and dataset.crs == grid.crs
                and dataset.transform.almost_equals(grid.transform, precision=1e-9)
            )
            if not same_grid:
                return tr("other grid ({width}x{height}, {crs}) than this "
                          "run ({grid_width}x{grid_height}, {grid_crs})").format(
                    width=dataset.width, height=dataset.height, crs=dataset.crs,
                    grid_width=grid.width, grid_height=grid.height, grid_crs=grid.crs)
            if tags.get("MODEL_SHA256") != sha256:
                found = tags.get("MODEL_SHA256")
                if not found:
                    return tr("other model (SHA-256 none...)")
                return tr("other model (SHA-256 {sha256}...)").format(sha256=found[:12])
            if tags.get(COMPLETE_TAG) != "1":
                return tr("not marked complete")
            last = dataset.block_window(1, *[n - 1 for n in _blocks(dataset)])
            dataset.read(1, window=last)
    except Exception as error:  # any read error means: not a usable output
        return tr("unreadable ({error})").format(error=error)
    return None


def _blocks(dataset):
    height, width = dataset.block_shapes[0]
    return (math.ceil(dataset.height / height), math.ceil(dataset.width / width))


def _xml_element(tag, text=None, children=(), **attributes):
    """One XML element as lines of text indented by two spaces per level (text and
    attribute values escaped)."""
    attrs = "".join(f' {key}="{html.escape(str(value), quote=True)}"'
                    for key, value in attributes.items())
    if children:
        inner = [f"  {line}" for child in children for line in child]
        return [f"<{tag}{attrs}>", *inner, f"</{tag}>"]
    if text is None:
        return [f"<{tag}{attrs} />"]
    return [f"<{tag}{attrs}>{html.escape(str(text), quote=False)}</{tag}>"]


def write_vrt(folder, kind, entries, grid, tags):
    """``<prefix>.vrt``: one band per period in time order (band description = start date),
    written under a temporary name and renamed."""
    spec = KINDS[kind]
    vrt_type = {"float32": "Float32", "uint8": "Byte", "uint32": "UInt32"}[spec.dtype]
    t = grid.transform
    metadata = [_xml_element("MDI", value, key=key) for key, value in
                {**tags, "SOILRESP_PRODUCT": spec.prefix, "UNITS": spec.units}.items()]
    children = [
        _xml_element("SRS", grid.crs.to_wkt()),
        _xml_element("GeoTransform", ", ".join(
            repr(float(v)) for v in (t.c, t.a, t.b, t.f, t.d, t.e))),
        _xml_element("Metadata", children=metadata),
    ]
    rect = dict(xOff="0", yOff="0", xSize=str(grid.width), ySize=str(grid.height))
    for band, (period, path) in enumerate(entries, start=1):
        band_meta = [_xml_element("MDI", value, key=key) for key, value in (
            ("PERIOD_START", period.isoformat()),
            ("PERIOD_END", P.period_end(period).isoformat()),
            ("PERIOD_DAYS", P.period_days(period)))]
        source = [
            _xml_element("SourceFilename", os.path.basename(path), relativeToVRT="1"),
            _xml_element("SourceBand", "1"),
            _xml_element("SourceProperties", RasterXSize=grid.width, RasterYSize=grid.height,
                         DataType=vrt_type, BlockXSize=TILE, BlockYSize=TILE),
            _xml_element("SrcRect", **rect),
            _xml_element("DstRect", **rect),
        ]
        children.append(_xml_element(
            "VRTRasterBand", dataType=vrt_type, band=band, blockXSize=TILE, blockYSize=TILE,
            children=[_xml_element("Description", period.isoformat()),
                      _xml_element("NoDataValue", repr(float(spec.nodata))),
                      _xml_element("UnitType", spec.units),
                      _xml_element("Metadata", children=band_meta),
                      _xml_element("SimpleSource", children=source)]))
    text = "\n".join(_xml_element("VRTDataset", rasterXSize=grid.width,
                                   rasterYSize=grid.height, children=children))
    final = os.path.join(folder, f"{spec.prefix}.vrt")
    temp = os.path.join(folder, f".{spec.prefix}.vrt.{uuid.uuid4().hex[:12]}.partial")
    try:
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        _fsync(temp)
        os.replace(temp, final)
    finally:
        if os.path.exists(temp):
            os.remove(temp)
    return final


# ----------------------------------------------------------------------------- workers write
#: hidden folder (inside OUTPUT_FOLDER) where dask workers put their window tiles
TILES_DIR = ".soilresp_tiles"
_TIFF_TYPES = {3: ("u2", 2), 4: ("u4", 4), 16: ("u8", 8)}
#: TIFF tags that must agree for compressed tiles to be copied byte for byte
_TIFF_LAYOUT = (258, 259, 277, 284, 317, 322, 323, 339)


class _Tiff:
    """The first IFD of a tiled TIFF: its layout tags and where its tile offsets and byte
    counts are stored (classic TIFF and BigTIFF, either byte order)."""

    def __init__(self, path):
        with open(path, "rb") as handle:
            head = handle.read(16)
            order = {b"II": "<", b"MM": ">"}.get(head[:2])
            if order is None:
                raise ValueError(f"{path} is not a TIFF")
            self.order = order
            self.big = int.from_bytes(head[2:4], "little" if order == "<" else "big") == 43
            endian = "little" if order == "<" else "big"
            ifd = int.from_bytes(head[8:16] if self.big else head[4:8], endian)
            handle.seek(ifd)
            count_size, entry_size = (8, 20) if self.big else (2, 12)
            n = int.from_bytes(handle.read(count_size), endian)
            raw = handle.read(n * entry_size)
            self.values, self.arrays = {}, {}
            for i in range(n):
                entry = raw[i * entry_size:(i + 1) * entry_size]
                tag = int.from_bytes(entry[0:2], endian)
                kind = int.from_bytes(entry[2:4], endian)
                if self.big:
                    count = int.from_bytes(entry[4:12], endian)
                    field, inline = entry[12:20], 8
                    where = ifd + count_size + i * entry_size + 12
                else:
                    count = int.from_bytes(entry[4:8], endian)
                    field, inline = entry[8:12], 4
                    where = ifd + count_size + i * entry_size + 8
                if kind not in _TIFF_TYPES:
                    if tag in _TIFF_LAYOUT:
                        self.values[tag] = bytes(field)
                    continue
                code, size = _TIFF_TYPES[kind]
                if count * size > inline:
                    where = int.from_bytes(field, endian)
                self.arrays[tag] = (np.dtype(order + code), count, where)
            self.size = os.fstat(handle.fileno()).st_size
            for tag, (dtype, count, where) in self.arrays.items():
                handle.seek(where)
                self.values[tag] = np.frombuffer(handle.read(count * dtype.itemsize), dtype)

    def layout(self):
        return (self.order, {t: (bytes(v) if isinstance(v, bytes) else tuple(v.tolist()))
                             for t, v in self.values.items() if t in _TIFF_LAYOUT})

    def tiles_across(self):
        return -(-int(self.values[256][0]) // int(self.values[322][0]))


def copy_tiles(final, sources):
    """Put the compressed tiles of window GeoTIFFs into the (sparse, closed) GeoTIFF ``final``
    byte for byte: no decompression or compression on this computer. ``sources`` is
    [(tile path, first block row, first block column)]. Returns the bytes copied, or None
    (nothing touched) when the layouts differ or an offset would not fit, so the caller
    decodes instead."""
    target = _Tiff(final)
    if 324 not in target.arrays or 325 not in target.arrays:
        return None
    offsets = np.array(target.values[324], dtype=np.uint64)
    counts = np.array(target.values[325], dtype=np.uint64)
    across = target.tiles_across()
    plan, end = [], target.size
    for path, block_row, block_col in sources:
        tile = _Tiff(path)
        if tile.layout() != target.layout():
            return None
        t_across = tile.tiles_across()
        for index, (offset, length) in enumerate(zip(tile.values[324].tolist(),
                                                     tile.values[325].tolist())):
            if not offset or not length:
                continue  # sparse: stays nodata
            row, col = divmod(index, t_across)
            block = (block_row + row) * across + block_col + col
            plan.append((path, int(offset), int(length), block, end))
            offsets[block], counts[block] = end, length
            end += int(length)
    for tag, values in ((324, offsets), (325, counts)):
        if values.size and int(values.max()) > np.iinfo(target.arrays[tag][0]).max:
            return None
    copied = 0
    with open(final, "r+b") as out:
        out.seek(target.size)
        handles = {}
        try:
            for path, offset, length, _, _ in plan:
                handle = handles.get(path)
                if handle is None:
                    handle = handles[path] = open(path, "rb")
                handle.seek(offset)
                data = handle.read(length)
                if len(data) != length:
                    raise OSError(errno.EIO, tr("{path}: tile ends early ({read} of "
                                                "{length} bytes)").format(
                                                    path=path, read=len(data), length=length))
                out.write(data)
                copied += length
        finally:
            for handle in handles.values():
                handle.close()
        for tag, values in ((324, offsets), (325, counts)):
            dtype, count, where = target.arrays[tag]
            out.seek(where)
            out.write(values.astype(dtype).tobytes())
    return copied


# ----------------------------------------------------------------------------- folder checks
class FolderLock:
    """A lock file so two runs never write into one folder (the second gets a clear error)."""

    def __init__(self, folder, reporter=None):
        self.path = os.path.join(folder, LOCK_NAME)
        self.held = False
        self.reporter = as_reporter(reporter)

    def acquire(self):
        owner = f"{socket.gethostname()} {os.getpid()}"
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                if self._stale():
                    stale_owner = self._owner()
                    os.remove(self.path)
                    self.reporter.log(
                        tr("Removed the stale lock {path}: the run that held it (host and "
                           "process {owner}) is no longer running (killed or crashed).").format(
                            path=self.path, owner=stale_owner))
                    continue
                raise InputError(
                    tr("Another upscaling run is writing into {folder} "
                       "({owner}). Wait for it to finish or choose another OUTPUT_FOLDER. "
                       "If no run is active, delete {path}.").format(
                        folder=os.path.dirname(self.path), owner=self._owner(),
                        path=self.path),
                    parameter="OUTPUT_FOLDER", path=self.path) from None
            with os.fdopen(fd, "w") as out:
                out.write(owner)
            self.held = True
            return
        raise InputError(tr("Cannot take the lock {path}.").format(path=self.path),
                         parameter="OUTPUT_FOLDER")

    def _owner(self):
        try:
            with open(self.path) as handle:
                return handle.read().strip()
        except OSError:
            return tr("unknown")

    def _stale(self):
        host, _, pid = self._owner().partition(" ")
        if host != socket.gethostname() or not pid.isdigit():
            return False
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False

    def release(self):
        if self.held:
            try:
                os.remove(self.path)
            except OSError:
                pass
            self.held = False


def prepare_folder(folder):
    """Create ``folder`` if needed and prove it is writable (clear error otherwise)."""
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as error:
        raise InputError(tr("Cannot create the output folder {folder}: {error}.").format(
                             folder=folder, error=error.strerror or error),
                         parameter="OUTPUT_FOLDER", path=folder) from None
    probe = os.path.join(folder, f".soilresp_write_probe.{uuid.uuid4().hex[:12]}.partial")
    try:
        with open(probe, "wb") as handle:
            handle.write(b"probe")
    except OSError as error:
        raise InputError(
            tr("The output folder {folder} is not writable ({error}). Choose a "
               "folder you can write to.").format(folder=folder,
                                                  error=error.strerror or error),
            parameter="OUTPUT_FOLDER", path=folder) from None
    finally:
        if os.path.exists(probe):
            os.remove(probe)


def scan_folder(folder, grid, sha256):
    """Final-named outputs in ``folder``: ({(kind, period): path} of this model and grid,
    [(name, reason)] of files from another run)."""
    ours, foreign = {}, []
    for name in sorted(os.listdir(folder)):
        match = OUTPUT_NAME.match(name)
        path = os.path.join(folder, name)
        if match:
            try:
                period = P.parse_period_label(match.group("label"))
            except ValueError:
                continue
            problem = check_output(path, grid, sha256)
            if problem is None:
                ours[(PREFIX_KIND[match.group("prefix")], period)] = path
            else:
                foreign.append((name, problem))
        elif name.endswith(".vrt") and name[:-4] in PREFIX_KIND:
            tags = _vrt_tags(path)
            if tags.get("MODEL_SHA256") != sha256:
                foreign.append((name, tr("a VRT of another model's maps")))
    return ours, foreign


def _vrt_tags(path):
    """Dataset metadata of a VRT (read by GDAL through rasterio); ``{}`` when GDAL cannot
    open it, which the caller treats as a VRT of another run."""
    import rasterio

    try:
        with rasterio.open(path) as dataset:
            return dataset.tags()
    except _gdal_errors() as error:
        _LOG.debug("cannot read the tags of %s: %s", path, error)
        return {}


def _gdal_errors():
    """What rasterio raises when GDAL cannot open, read, close or transform something."""
    from rasterio.errors import RasterioError

    try:
        from rasterio.errors import CPLE_BaseError
    except ImportError:  # rasterio < 1.4 keeps GDAL's error classes in rasterio._err
        from rasterio._err import CPLE_BaseError
    return (OSError, ValueError, RasterioError, CPLE_BaseError)


def remove_stale_temporaries(folder, reporter):
    removed = []
    for name in os.listdir(folder):
        if TEMP_NAME.match(name):
            try:
                os.remove(os.path.join(folder, name))
                removed.append(name)
            except OSError:
                pass
    tiles = os.path.join(folder, TILES_DIR)
    if os.path.isdir(tiles):
        for name in os.listdir(tiles):
            if _remove_tree(os.path.join(tiles, name)):
                removed.append(f"{TILES_DIR}/{name}")
        _remove_empty(tiles)
    if removed:
        reporter.log(tr("Removed {n} unfinished temporary file(s) left by an "
                        "interrupted run.").format(n=len(removed)))
