"""Resampling by meaning (core/catalog/warp.py) against answers computed independently here:
exact for linear fields, block and overlap-weighted means, area-weighted mode, the MODIS
sinusoidal grid onto EPSG:4326 within 1/1000 of a cell of PROJ, and windows without seams."""
import numpy as np
import pytest
from affine import Affine
from rasterio.crs import CRS
from rasterio.warp import transform
from rasterio.windows import Window

from soil_resp_plugin.core.catalog import Grid, warp

UTM = CRS.from_epsg(32654)
SINUSOIDAL = CRS.from_proj4("+proj=sinu +lon_0=0 +x_0=0 +y_0=0 +R=6371007.181 +units=m "
                            "+no_defs")
WGS84 = CRS.from_epsg(4326)


def reader(data):
    """read_source over ``data`` on its whole grid: NaN outside, as the catalog reads."""
    def read(box):
        out = np.full((int(box.height), int(box.width)), np.nan, np.float32)
        r0, c0 = int(box.row_off), int(box.col_off)
        rs, cs = max(r0, 0), max(c0, 0)
        re = min(r0 + int(box.height), data.shape[0])
        ce = min(c0 + int(box.width), data.shape[1])
        if re > rs and ce > cs:
            out[rs - r0:re - r0, cs - c0:ce - c0] = data[rs:re, cs:ce]
        return out
    return read


def whole(grid):
    return Window(0, 0, grid.width, grid.height)


def run(data, source, target, method, window=None, **kw):
    window = window or whole(target)
    scales = (source.res[0] / target.res[0], source.res[1] / target.res[1])
    return warp.resample(reader(data), source, target, window, method, scales, **kw)


SOURCE = Grid(UTM, Affine(1000, 0, 500000, 0, -1000, 4000000), 60, 50)


def test_bilinear_reproduces_a_linear_field_and_nearest_the_cell_under_the_centre():
    rows, cols = np.mgrid[0:50, 0:60]
    field = (3.0 + 0.25 * cols - 0.5 * rows).astype(np.float32)  # at cell centres
    target = Grid(UTM, Affine(370, 0, 510123, 0, -370, 3990077), 60, 50)  # refining, shifted
    got = run(field, SOURCE, target, warp.BILINEAR)
    tr, tc = np.mgrid[0:50, 0:60]
    x = 510123 + (tc + 0.5) * 370
    y = 3990077 - (tr + 0.5) * 370
    scol, srow = (x - 500000) / 1000 - 0.5, (4000000 - y) / 1000 - 0.5
    np.testing.assert_allclose(got, 3.0 + 0.25 * scol - 0.5 * srow, atol=2e-4)
    near = run(field, SOURCE, target, warp.NEAREST)
    np.testing.assert_array_equal(near, field[np.floor(srow + 0.5).astype(int),
                                              np.floor(scol + 0.5).astype(int)])


def test_bilinear_renormalises_over_valid_cells_and_needs_the_centre_cell():
    field = np.full((50, 60), 10.0, np.float32)
    field[:, 30:] = 20.0
    field[20, 31] = np.nan
    target = Grid(UTM, Affine(500, 0, 500000, 0, -500, 4000000), 120, 100)
    got = run(field, SOURCE, target, warp.BILINEAR)
    # target cell (40, 61): centre at source row 20.25, col 30.75, in valid cell (20, 30); its
    # 2x2 taps are rows 19..20, cols 30..31, one of them NaN: weights renormalised
    wy = np.array([0.25, 0.75])[:, None]
    wx = np.array([0.75, 0.25])[None, :]
    taps = field[19:21, 30:32]
    w = np.where(np.isfinite(taps), wy * wx, 0)
    assert got[40, 61] == pytest.approx(np.nansum(taps * w) / w.sum(), rel=1e-6)
    assert np.isnan(got[40, 62]) and np.isnan(got[41, 63])  # centres inside the NaN cell


@pytest.mark.parametrize("k", [2, 4])
def test_aligned_coarsening_is_the_block_mean_of_valid_cells(k):
    rng = np.random.default_rng(k)
    field = rng.normal(size=(48, 60)).astype(np.float32)
    field[rng.random(field.shape) < 0.3] = np.nan
    source = Grid(UTM, Affine(1000, 0, 500000, 0, -1000, 4000000), 60, 48)
    target = Grid(UTM, Affine(1000 * k, 0, 500000, 0, -1000 * k, 4000000), 60 // k, 48 // k)
    got = run(field, source, target, warp.AVERAGE)
    blocks = field.reshape(48 // k, k, 60 // k, k).swapaxes(1, 2).reshape(48 // k, 60 // k, -1)
    count = np.isfinite(blocks).sum(axis=2)
    want = np.where(count > 0, np.nansum(blocks, axis=2) / np.maximum(count, 1), np.nan)
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6, equal_nan=True)
    share = run(field, source, target, warp.AVERAGE, fraction=True)
    np.testing.assert_allclose(share, np.isfinite(blocks).mean(axis=2), rtol=1e-6)


def overlap(a0, a1, b0, b1):
    return max(0.0, min(a1, b1) - max(a0, b0))


def test_unaligned_coarsening_weights_cells_by_their_overlap():
    rng = np.random.default_rng(7)
    field = rng.uniform(0, 10, size=(50, 60)).astype(np.float32)
    field[rng.random(field.shape) < 0.2] = np.nan
    target = Grid(UTM, Affine(2500, 0, 501300, 0, -2500, 3998400), 20, 16)
    got = run(field, SOURCE, target, warp.AVERAGE)
    for r in range(target.height):
        for c in range(target.width):
            x0 = (501300 + 2500 * c - 500000) / 1000
            y0 = (4000000 - (3998400 - 2500 * r)) / 1000
            total = weight = 0.0
            for i in range(int(x0), int(x0 + 2.5) + 1):
                for j in range(int(y0), int(y0 + 2.5) + 1):
                    w = overlap(i, i + 1, x0, x0 + 2.5) * overlap(j, j + 1, y0, y0 + 2.5)
                    if w > 0 and j < 50 and i < 60 and np.isfinite(field[j, i]):
                        total += w * field[j, i]
                        weight += w
            want = total / weight if weight else np.nan
            np.testing.assert_allclose(got[r, c], want, rtol=1e-5, equal_nan=True)


def test_mode_is_the_class_covering_most_of_the_cell():
    classes = np.zeros((50, 60), np.float32)
    classes[:, 1::3] = 7  # one column in three
    classes[::3, :] = 4  # one row in three, over the 7s
    target = Grid(UTM, Affine(3000, 0, 500000, 0, -3000, 4000000), 20, 16)
    got = run(classes, SOURCE, target, warp.MODE)
    # each 3x3 block: 4 x3 cells, 7 x2, 0 x4 -> 0
    assert (got == 0).all()
    classes[1::3, ::3] = 4  # now 4 x5, 7 x2, 0 x2 -> 4
    assert (run(classes, SOURCE, target, warp.MODE) == 4).all()
    tie = np.zeros((50, 60), np.float32)
    tie[:, 1::2] = 9  # 2x2 blocks: two of 0 and two of 9 -> the smaller class
    half = Grid(UTM, Affine(2000, 0, 500000, 0, -2000, 4000000), 30, 25)
    assert (run(tie, SOURCE, half, warp.MODE) == 0).all()


MODIS_TILE = 1111950.5197665
SINU_GRID = Grid(SINUSOIDAL, Affine(MODIS_TILE / 300, 0, -20015109.354 + 28 * MODIS_TILE, 0,
                                    -MODIS_TILE / 300, 10007554.677 - 4 * MODIS_TILE), 600, 600)
LONLAT = Grid(WGS84, Affine(0.01, 0, 128.3, 0, -0.01, 39.7), 900, 700)


def test_interpolated_mapping_stays_within_a_thousandth_of_a_cell_of_proj():
    window = Window(113, 57, 300, 200)
    px, py = warp.mapping(SINU_GRID, LONLAT, window)
    rows, cols = np.mgrid[57:257, 113:413]
    lon, lat = LONLAT.transform * (cols + 0.5, rows + 0.5)
    xs, ys = transform(WGS84, SINUSOIDAL, lon.ravel().tolist(), lat.ravel().tolist())
    ex, ey = ~SINU_GRID.transform * (np.array(xs), np.array(ys))
    assert np.abs(px.ravel() - ex).max() < 1e-3 and np.abs(py.ravel() - ey).max() < 1e-3


@pytest.mark.parametrize("method", [warp.BILINEAR, warp.NEAREST, warp.AVERAGE, warp.MODE])
def test_windows_are_seamless_and_needed_cells_match_the_whole_read(method):
    rng = np.random.default_rng(1)
    field = rng.integers(0, 6, size=(600, 600)).astype(np.float32)
    field[rng.random(field.shape) < 0.1] = np.nan
    target = LONLAT if method in (warp.BILINEAR, warp.NEAREST) else Grid(
        WGS84, Affine(0.05, 0, 128.3, 0, -0.05, 39.7), 180, 140)
    full = run(field, SINU_GRID, target, method)
    assert np.isfinite(full).mean() > 0.3
    for col, row, w, h in ((0, 0, 37, 29), (101, 63, 64, 17), (target.width - 20, 5, 20, 40)):
        part = run(field, SINU_GRID, target, method, window=Window(col, row, w, h))
        np.testing.assert_array_equal(part, full[row:row + h, col:col + w])
        needed = rng.random((h, w)) < 0.5
        some = run(field, SINU_GRID, target, method, window=Window(col, row, w, h),
                   needed=needed)
        np.testing.assert_array_equal(some[needed], part[needed])
        assert np.isnan(some[~needed]).all()


def test_daily_layers_are_composited_on_their_grid_before_the_area_mean(tmp_path):
    """Day 1 sees only cell A of each 2x2 block (10 K above 290 K), day 2 only B, C, D
    (20 K above): the 8-day composite is A=300, B=C=D=310 and the block's area mean 307.5 K.
    Averaging per-day area means instead would give 305 K."""
    import datetime as dt

    from modis_granules import write_granule

    from soil_resp_plugin.core.catalog import PredictorCatalog

    n = 8
    first = np.zeros((n, n), np.uint16)
    first[::2, ::2] = 15000  # 300 K, stored / 0.02
    second = np.full((n, n), 15500, np.uint16)  # 310 K
    second[::2, ::2] = 0
    day = dt.date(2016, 5, 24)
    for offset, values in ((0, first), (1, second)):
        write_granule(tmp_path, "MOD11A1", day + dt.timedelta(days=offset), 28, 5,
                      {"LST_Day_1km": values, "QC_Day": np.zeros((n, n), np.uint8)})
    catalog = PredictorCatalog.from_folder(tmp_path, min_valid_days=1)
    native = catalog.grid("lst_day")
    coarse = Grid(native.crs, native.transform * Affine.scale(2), n // 2, n // 2)
    np.testing.assert_allclose(catalog.read("lst_day", day, grid=coarse), 307.5, rtol=1e-6)
    composite = catalog.read("lst_day", day)
    assert composite[0, 0] == pytest.approx(300) and composite[0, 1] == pytest.approx(310)
