"""Prepared predictors: a period's values composited and resampled onto a target grid, kept
on disk so that later runs read them instead of decoding the granules again.

Why: one 8-day period of raw MODIS over Japan at 1 km holds about 575 million stored values
(16 daily LST layers x Terra and Aqua x 8 tiles, 500 m LAI/FPAR/GPP) for under a million
predictions, so decoding costs more than the forest. Users map the same periods several times
(the remote-sensing model and the one with in-situ variables, re-runs after retraining), and
from the second run on the pipeline runs at the speed of prediction.

What is kept: the values :meth:`PredictorCatalog.read` returns, only where reading involves
compositing several layers or resampling onto another grid (a single layer on the target grid
is read directly). One file per variable, period and 256 x 256 block of the target grid
(aligned to the grid's origin, so any window of a run finds its blocks), holding the cells
computed so far (the ``needed`` cells of the reads) and their values; a later read that needs
other cells computes them and adds them to the block. With gap filling, also the values
:meth:`PredictorCatalog.read_filled` fills in the gap pixels, each with a code saying how
(interpolated, climatology), named by the layers of every period they are filled from.

When it is used: the file name is a digest of everything the values depend on: the layers of
the period (sources, bands, QC, weights, and size and modification time of every file behind
them), the catalog's options (quality, valid days), the target grid (CRS, transform, size),
the block, and the catalog code (:func:`cache.code_digest`). A changed input file or other
code gives other names, so an entry is never used for other inputs; entries of virtual paths
(/vsicurl/...), which have no modification time, are not kept.

Files are written atomically (temporary name, then rename); a damaged file is computed again.
The folder is ``<cache folder>/prepared`` (see :func:`cache.cache_folder`); :func:`prune`
removes the least recently written files above a size limit.
"""
import hashlib
import os
import re
import struct
import threading
import time
import typing

import numpy as np

from ..atomic import replaced_on_success
from ..i18n import tr
from .cache import cache_folder, code_digest
from .grid import crs_wkt, true_bounds

#: side of a block of the target grid (the maps' tile size)
BLOCK = 256
#: default size limit of the folder (bytes); SOILRESP_PREPARED_MAX_GB overrides
DEFAULT_LIMIT = 50 * 1024 ** 3
SUFFIX = ".block"
#: held while a block is read, extended and written again, so that threads preparing other
#: cells of one block (two periods' windows filling each other's gaps) add up
_MERGING = threading.Lock()
#: seconds between two prunes of a folder by one process while it writes blocks
PRUNE_EVERY = 3600
_PRUNING = threading.Lock()
_pruned = {}  # folder -> time.monotonic() of its last prune by this process
#: a block file: magic, height, width (uint32), whether values have codes (uint8), the computed
#: cells and the computed cells with a value as bits (numpy packbits), then those values
#: (float32, little-endian) row by row, then their codes (uint8) if any (no data, such as the
#: sea, costs two bits a cell)
MAGIC = b"SOILRESP-PREPARED-3\n"
_HEAD = struct.Struct(f"<{len(MAGIC)}sIIB")


def prepared_folder():
    return os.path.join(cache_folder(), "prepared")


def size_limit():
    """Size limit of the prepared-predictor folder in bytes (``SOILRESP_PREPARED_MAX_GB``)."""
    value = os.environ.get("SOILRESP_PREPARED_MAX_GB")
    try:
        return int(float(value) * 1024 ** 3) if value else DEFAULT_LIMIT
    except ValueError:
        return DEFAULT_LIMIT


class PreparedStore:
    """Blocks of prepared predictor values in a folder (default: :func:`prepared_folder`,
    resolved where the reading runs, e.g. on a dask worker)."""

    def __init__(self, folder=None):
        self.folder = folder
        # blocks read back / computed / computed but not written / pruned (for the run's log)
        self.hits = self.computed = self.unsaved = self.removed = 0
        self._digests = {}  # (identity, id(grid)) -> (grid, digest)

    def __getstate__(self):
        return {"folder": self.folder, "hits": 0, "computed": 0, "unsaved": 0, "removed": 0,
                "_digests": {}}

    def _folder(self):
        return self.folder or prepared_folder()

    def read(self, identity, grid, window, needed, compute, codes=False):
        """Values of ``window`` (float32; cells outside ``needed`` NaN) from the kept blocks,
        computing what they lack with ``compute(window, needed)``. ``identity``: text naming
        the values' inputs (see :func:`layers_identity`), None to compute without keeping.
        ``codes``: the values come with a uint8 code each (how a gap was filled): ``compute``
        returns (values, codes) and so does this (codes 0 where there is no value)."""
        if identity is None:
            return compute(window, needed)
        shape = (int(window.height), int(window.width))
        if needed is None:
            needed = np.ones(shape, dtype=bool)
        row0, col0 = int(window.row_off), int(window.col_off)
        base = self._digest(identity, grid)
        out = np.full(shape, np.nan, dtype=np.float32)
        out_codes = np.zeros(shape, dtype=np.uint8) if codes else None
        missing = []
        for brow in range(row0 // BLOCK, (row0 + shape[0] - 1) // BLOCK + 1):
            for bcol in range(col0 // BLOCK, (col0 + shape[1] - 1) // BLOCK + 1):
                inside, block = _part(brow, bcol, row0, col0, shape, grid)
                need = needed[inside]
                if not need.any():
                    continue
                path = self._path(base, brow, bcol)
                kept = _load(path, codes)
                if kept is not None and not (need & ~kept.computed[block]).any():
                    _place(out[inside], kept.finite, kept.values, block, need, np.nan)
                    if codes:
                        _place(out_codes[inside], kept.finite, kept.codes, block, need, 0)
                    self.hits += 1
                else:
                    missing.append((inside, block, (brow, bcol), path))
        if not missing:
            return (out, out_codes) if codes else out
        # one read over the missing blocks' part of the window, of their needed cells only
        todo = np.zeros(shape, dtype=bool)
        for inside, *_ in missing:
            todo[inside] = needed[inside]
        r0, r1, c0, c1 = true_bounds(todo)
        sub = type(window)(col0 + c0, row0 + r0, c1 - c0, r1 - r0)
        part = todo[r0:r1, c0:c1]
        computed = compute(sub, part)
        values, value_codes = computed if codes else (computed, None)
        out[r0:r1, c0:c1] = np.where(part, values, out[r0:r1, c0:c1])
        if codes:
            out_codes[r0:r1, c0:c1] = np.where(part & np.isfinite(values), value_codes,
                                               out_codes[r0:r1, c0:c1])
        for inside, block, (brow, bcol), path in missing:
            with _MERGING:  # what other threads added to the block meanwhile is kept too
                kept = _load(path, codes)
                if kept is None:  # a new block, cut at the grid's edge
                    full = (min(BLOCK, grid.height - brow * BLOCK),
                            min(BLOCK, grid.width - bcol * BLOCK))
                    kept_cells = np.zeros(full, bool)
                    kept_values = np.full(full, np.nan, np.float32)
                    kept_codes = np.zeros(full, np.uint8) if codes else None
                else:
                    kept_cells = kept.computed.copy()
                    kept_values = _expand(kept.finite, kept.values, np.nan, np.float32)
                    kept_codes = (_expand(kept.finite, kept.codes, 0, np.uint8) if codes
                                  else None)
                need = needed[inside]
                kept_values[block] = np.where(need, out[inside], kept_values[block])
                if codes:
                    kept_codes[block] = np.where(need, out_codes[inside], kept_codes[block])
                kept_cells[block] |= need
                if not _save(path, kept_values, kept_cells, kept_codes):
                    self.unsaved += 1
            self.computed += 1
        self.removed += _prune_now_and_then(self._folder())
        return (out, out_codes) if codes else out

    def _digest(self, identity, grid):
        key = (identity, id(grid))
        found = self._digests.get(key)
        if found is None or found[0] is not grid:
            if len(self._digests) > 4096:
                self._digests.clear()
            found = self._digests[key] = (grid, _digest(identity, grid))
        return found[1]

    def _path(self, base, brow, bcol):
        name = hashlib.sha256(f"{base}|{brow}|{bcol}".encode()).hexdigest()
        return os.path.join(self._folder(), name[:2], name[2:] + SUFFIX)


def layers_identity(variable, mode, parts, options, fingerprints):
    """Text naming what a period's values are made of, or None when a file behind them has
    no fingerprint (virtual or vanished paths: their changes could not be seen).
    ``parts``: ((layer, weight), ...); ``fingerprints``: path -> (size, mtime ns)."""
    items = [variable, mode, repr(options)]
    for layer, weight in parts:
        items.append(repr((layer, weight)))
        for path in _files(layer):
            stamp = fingerprints(path)
            if stamp is None:
                return None
            items.append(f"{path}:{stamp[0]}:{stamp[1]}")
    return "\n".join(items)


def _files(layer):
    """The files behind a layer: its granules or file, and the file of its QC layer (a
    separate file for AppEEARS GeoTIFFs; an HDF subdataset names its file in quotes)."""
    files = list(layer.paths or (layer.path,))
    qc = layer.qc_source
    if qc and qc not in files and not qc.lstrip().startswith("<"):  # not a VRT mosaic
        quoted = re.search(r'"([^"]+)"', qc)
        qc_file = quoted.group(1) if quoted else qc
        if qc_file not in files:
            files.append(qc_file)
    return files


def _digest(identity, grid):
    text = "\n".join([code_digest(), identity, crs_wkt(grid.crs) if grid.crs else "",
                      repr(tuple(grid.transform)), f"{grid.width}x{grid.height}"])
    return hashlib.sha256(text.encode()).hexdigest()


def _part(brow, bcol, row0, col0, shape, grid):
    """(slices of the window, slices of the block) where block (brow, bcol) and the window
    overlap."""
    top, left = brow * BLOCK, bcol * BLOCK
    r0, r1 = max(top, row0), min(top + BLOCK, row0 + shape[0], grid.height)
    c0, c1 = max(left, col0), min(left + BLOCK, col0 + shape[1], grid.width)
    inside = (slice(r0 - row0, r1 - row0), slice(c0 - col0, c1 - col0))
    block = (slice(r0 - top, r1 - top), slice(c0 - left, c1 - left))
    return inside, block


class _Block(typing.NamedTuple):
    computed: np.ndarray  # bool (height, width): the cells computed so far
    finite: np.ndarray  # bool (height, width): the computed cells with a value
    values: np.ndarray  # float32 vector: those values, row by row
    codes: np.ndarray  # uint8 vector: their codes (None in a block without codes)


def _load(path, codes=False):
    """The kept block at ``path``, or None (absent, damaged, foreign, or with(out) codes
    when ``codes`` says otherwise)."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        return None
    if not data.startswith(MAGIC) or len(data) < _HEAD.size:
        return None
    _, height, width, has_codes = _HEAD.unpack_from(data)
    n_bits = height * width
    n_bytes = (n_bits + 7) // 8
    if bool(has_codes) != codes or len(data) < _HEAD.size + 2 * n_bytes:
        return None
    masks = []
    for offset in (_HEAD.size, _HEAD.size + n_bytes):
        packed = np.frombuffer(data, np.uint8, n_bytes, offset)
        masks.append(np.unpackbits(packed, count=n_bits).view(bool).reshape(height, width))
    computed, finite = masks
    offset = _HEAD.size + 2 * n_bytes
    n_values = int(np.count_nonzero(finite))
    if len(data) != offset + (5 if codes else 4) * n_values or (finite & ~computed).any():
        return None
    values = np.frombuffer(data, "<f4", n_values, offset)
    value_codes = np.frombuffer(data, np.uint8, n_values, offset + 4 * n_values) if codes \
        else None
    return _Block(computed, finite, values, value_codes)


def _place(view, finite, vector, block, need, empty):
    """Write a block's ``vector`` (its values at ``finite``) into ``view`` (the window's part
    over ``block``, holding ``empty``) at the ``need`` cells."""
    if view.shape == finite.shape:  # the whole block: no full-size copy
        view[finite] = vector
        if not need.all():
            view[~need] = empty
    else:
        view[need] = _expand(finite, vector, empty, view.dtype)[block][need]


def _expand(finite, vector, empty, dtype):
    values = np.full(finite.shape, empty, dtype=dtype)
    values[finite] = vector
    return values


def _save(path, values, computed, codes=None):
    """Write a block atomically; False when it cannot be written (it is then not kept)."""
    finite = computed & np.isfinite(values)
    try:
        with replaced_on_success(path) as temporary, open(temporary, "wb") as stream:
            stream.write(_HEAD.pack(MAGIC, *computed.shape, codes is not None))
            stream.write(np.packbits(computed).tobytes())
            stream.write(np.packbits(finite).tobytes())
            stream.write(values[finite].astype("<f4").tobytes())
            if codes is not None:
                stream.write(codes[finite].astype(np.uint8).tobytes())
    except OSError:
        return False
    return True


def _prune_now_and_then(folder):
    """Keep ``folder`` under its size limit where blocks are written, at most once per
    :data:`PRUNE_EVERY` seconds per process: a dask worker writes its own blocks, and only
    this keeps its folder bounded (the run's :func:`report` prunes the calling machine's).
    Returns the number of files removed."""
    now = time.monotonic()
    with _PRUNING:
        last = _pruned.get(folder)
        if last is not None and now - last < PRUNE_EVERY:
            return 0
        _pruned[folder] = now
    return prune(folder)[1]


def prune(folder=None, limit=None):
    """Remove the least recently written blocks until the folder holds at most ``limit``
    bytes (default :func:`size_limit`). Returns (bytes kept, files removed). Files being
    written (hidden temporary names) are left alone."""
    folder = folder or prepared_folder()
    limit = size_limit() if limit is None else limit
    entries = []
    for root, _, names in os.walk(folder):
        for name in names:
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            entries.append((stat.st_mtime_ns, stat.st_size, path))
    total = sum(size for _, size, _ in entries)
    removed = 0
    for _, size, path in sorted(entries):
        if total <= limit:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        total -= size
        removed += 1
    return total, removed


def report(store, reporter):
    """Log what ``store`` saved in a run and keep its folder under the size limit (the least
    recently written blocks go first); warn when blocks could not be written."""
    kept, removed = prune(store.folder)
    removed += store.removed
    where = store.folder or prepared_folder()
    fields = dict(hits=store.hits, computed=store.computed, size=kept / 1024 ** 3, folder=where,
                  limit=size_limit() / 1024 ** 3, removed=removed)
    if removed:
        line = tr("Prepared predictors (composited, resampled onto the grid or gap-filled, kept "
                  "for later runs): {hits:,} block(s) read back, {computed:,} prepared on this "
                  "machine; {size:.2f} GB in {folder} (limit {limit:.0f} GB, "
                  "SOILRESP_PREPARED_MAX_GB); {removed:,} older block(s) removed to stay under "
                  "the limit.").format(**fields)
    else:
        line = tr("Prepared predictors (composited, resampled onto the grid or gap-filled, kept "
                  "for later runs): {hits:,} block(s) read back, {computed:,} prepared on this "
                  "machine; {size:.2f} GB in {folder} (limit {limit:.0f} GB, "
                  "SOILRESP_PREPARED_MAX_GB).").format(**fields)
    reporter.log(line)
    if store.unsaved:
        reporter.warn(tr("{count:,} prepared block(s) could not be written to {folder} (not "
                         "writable or full), so later runs will prepare them again. Free space "
                         "there, or set SOILRESP_CACHE_DIR to a writable folder.").format(
                             count=store.unsaved, folder=where))
