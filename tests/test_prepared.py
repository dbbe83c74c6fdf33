"""Prepared predictors (core/catalog/prepared.py): values composited and resampled onto a
target grid are kept on disk and read back, identical to reading the raw granules, whatever
windows and cells later reads ask for; a changed input file or a damaged block is prepared
again; the folder is kept under its size limit.

Data: real-structure HDF-EOS2 granules of 2 x 2 sinusoidal tiles written by
scripts/make_modis_demo.py (daily Terra + Aqua LST, 500 m LAI, 16-day NDVI, yearly land
cover), read onto an EPSG:4326 grid larger than one 256 x 256 block, so reads cross blocks."""
import datetime as dt
import os
import pathlib
import sys

import numpy as np
import pytest
from affine import Affine
from rasterio.crs import CRS
from rasterio.windows import Window

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "scripts"))
import make_modis_demo as demo  # noqa: E402

from soil_resp_plugin.core import gapfill  # noqa: E402
from soil_resp_plugin.core.catalog import Grid, PredictorCatalog  # noqa: E402
from soil_resp_plugin.core.catalog import prepared as PR  # noqa: E402

VARIABLES = ["lst_day", "lai", "ndvi", "landcover"]
YEAR = 2017
DOYS = (161, 169)
PERIODS = [dt.date(YEAR, 1, 1) + dt.timedelta(days=d - 1) for d in DOYS]
#: 0.05 degree over the tiles h28-h29 x v05-v06 (20-40 N): 300 x 400 cells, 2 x 2 blocks
GRID = Grid(CRS.from_epsg(4326), Affine(0.05, 0, 120.0, 0, -0.05, 40.0), 300, 400)


@pytest.fixture(scope="module")
def granules(tmp_path_factory):
    root = tmp_path_factory.mktemp("prepared")
    demo.write_dataset(root, tiles=[(28, 5), (29, 5), (28, 6), (29, 6)], cells=40,
                       years=(YEAR,), doys=DOYS, sites=False, seed=3, log=lambda *_: None)
    return root / "granules"


@pytest.fixture(scope="module")
def plain(granules):
    """What reading the granules gives, without prepared predictors."""
    catalog = PredictorCatalog.from_folder(granules)
    return {(var, p): catalog.read(var, p, grid=GRID) for var in VARIABLES for p in PERIODS}


def prepared_catalog(granules, folder):
    catalog = PredictorCatalog.from_folder(granules)
    return catalog, catalog.keep_prepared(folder)


def block_files(folder):
    return sorted(p for p in pathlib.Path(folder).rglob("*") if p.is_file())


def test_kept_values_equal_the_raw_reads_across_windows_and_needed_cells(granules, plain,
                                                                          tmp_path):
    folder = tmp_path / "prepared"
    rng = np.random.default_rng(0)
    # first: odd windows crossing block edges, each with a random half of its cells needed
    catalog, store = prepared_catalog(granules, folder)
    windows = [Window(100, 200, 200, 130), Window(0, 0, 300, 260), Window(250, 240, 50, 160)]
    for var in VARIABLES:
        for period in PERIODS:
            for window in windows:
                rows, cols = window.toslices()
                needed = rng.random((int(window.height), int(window.width))) < 0.5
                got = catalog.read(var, period, grid=GRID, window=window, needed=needed)
                expected = plain[var, period][rows, cols]
                np.testing.assert_array_equal(got[needed], expected[needed])
                assert np.isnan(got[~needed]).all()
    assert store.computed > 0
    assert not [p for p in block_files(folder) if p.name.startswith(".")]  # no temporaries

    # later: a new catalog reads the whole grid; only cells no window needed are computed
    catalog, store = prepared_catalog(granules, folder)
    for var in VARIABLES:
        for period in PERIODS:
            np.testing.assert_array_equal(catalog.read(var, period, grid=GRID),
                                          plain[var, period])
    assert store.hits > 0 and store.computed > 0

    # and now everything is kept: nothing is computed, the values are the same
    catalog, store = prepared_catalog(granules, folder)
    for var in VARIABLES:
        for period in PERIODS:
            np.testing.assert_array_equal(catalog.read(var, period, grid=GRID),
                                          plain[var, period])
    assert store.computed == 0
    # 2 x 2 blocks per variable and period, except blocks where nothing is valid are kept too
    assert store.hits == len(VARIABLES) * len(PERIODS) * 4


def test_a_single_layer_on_the_target_grid_is_read_directly(granules, tmp_path):
    catalog, store = prepared_catalog(granules, tmp_path / "prepared")
    native = catalog.grid("ndvi")  # one 16-day layer per period on its own grid
    catalog.read("ndvi", PERIODS[0], grid=native)
    assert store.computed == 0 and store.hits == 0
    assert not block_files(tmp_path / "prepared")


def test_a_changed_granule_is_prepared_again_and_the_others_are_read_back(granules, plain,
                                                                          tmp_path):
    folder = tmp_path / "prepared"
    catalog, _ = prepared_catalog(granules, folder)
    for var in VARIABLES:
        catalog.read(var, PERIODS[0], grid=GRID)
    lai = sorted(granules.rglob("MOD15A2H.A2017161.h28v05*.hdf"))[0]
    stat = os.stat(lai)
    os.utime(lai, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # same bytes, newer
    try:
        catalog, store = prepared_catalog(granules, folder)
        for var in ("lst_day", "ndvi", "landcover"):
            catalog.read(var, PERIODS[0], grid=GRID)
        assert store.computed == 0
        np.testing.assert_array_equal(catalog.read("lai", PERIODS[0], grid=GRID),
                                      plain["lai", PERIODS[0]])
        assert store.computed == 4  # the LAI period's four blocks, from the granules again
    finally:
        os.utime(lai, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_damaged_block_is_computed_again(granules, plain, tmp_path):
    folder = tmp_path / "prepared"
    catalog, _ = prepared_catalog(granules, folder)
    catalog.read("lst_day", PERIODS[1], grid=GRID)
    files = block_files(folder)
    assert len(files) == 4
    files[0].write_bytes(files[0].read_bytes()[:100])  # truncated
    files[1].write_bytes(b"not a block")
    catalog, store = prepared_catalog(granules, folder)
    np.testing.assert_array_equal(catalog.read("lst_day", PERIODS[1], grid=GRID),
                                  plain["lst_day", PERIODS[1]])
    assert (store.hits, store.computed) == (2, 2)


def test_a_folder_that_cannot_be_written_keeps_nothing_and_says_so(granules, plain, tmp_path):
    from soil_resp_plugin.core.reporting import RecordingReporter

    blocked = tmp_path / "not_a_folder"
    blocked.write_text("a file where the folder should be")
    catalog, store = prepared_catalog(granules, blocked)
    np.testing.assert_array_equal(catalog.read("lai", PERIODS[0], grid=GRID),
                                  plain["lai", PERIODS[0]])
    assert store.computed == store.unsaved == 4
    reporter = RecordingReporter()
    PR.report(store, reporter)
    assert any("4 prepared block(s) could not be written" in w and str(blocked) in w
               for w in reporter.warnings)


def test_virtual_inputs_are_not_kept():
    """A file without size and modification time (e.g. /vsicurl/) could change unseen."""
    from soil_resp_plugin.core.catalog.records import RasterLayer

    layer = RasterLayer("lst_day", dt.date(2017, 6, 2), "/vsicurl/https://x/a.tif", 1,
                        "/vsicurl/https://x/a.tif", "MOD11A2", 8)
    assert PR.layers_identity("lst_day", "single", [(layer, 1.0)], (), lambda p: None) is None
    known = PR.layers_identity("lst_day", "single", [(layer, 1.0)], (), lambda p: (1, 2))
    changed = PR.layers_identity("lst_day", "single", [(layer, 1.0)], (), lambda p: (1, 3))
    assert known and changed and known != changed


def test_a_qc_layer_in_its_own_file_is_part_of_the_identity():
    """AppEEARS delivers QC as separate GeoTIFFs; an HDF subdataset names its granule."""
    from soil_resp_plugin.core.catalog.records import RasterLayer

    lst = RasterLayer("lst_day", dt.date(2017, 6, 2), "/d/lst.tif", 1, "/d/lst.tif",
                      "MOD11A2", 8, qc_source="/d/qc.tif")
    hdf = RasterLayer("lst_day", dt.date(2017, 6, 2), 'HDF4_EOS:EOS_GRID:"/d/g.hdf":G:LST', 1,
                      "/d/g.hdf", "MOD11A2", 8, qc_source='HDF4_EOS:EOS_GRID:"/d/q.hdf":G:QC')
    for layer, qc_file in ((lst, "/d/qc.tif"), (hdf, "/d/q.hdf")):
        before = PR.layers_identity("lst_day", "single", [(layer, 1.0)], (), lambda p: (1, 2))
        after = PR.layers_identity("lst_day", "single", [(layer, 1.0)], (),
                                   lambda p, changed=qc_file: (1, 3 if p == changed else 2))
        assert before != after


def test_prune_removes_the_oldest_blocks_above_the_limit(tmp_path):
    folder = tmp_path / "prepared"
    folder.mkdir()
    for i in range(5):
        path = folder / f"{i}.block"
        path.write_bytes(b"x" * 1000)
        os.utime(path, ns=(10**18 + i * 10**9,) * 2)  # 0 the oldest
    kept, removed = PR.prune(str(folder), limit=2500)
    assert (kept, removed) == (2000, 3)
    assert sorted(p.name for p in folder.iterdir()) == ["3.block", "4.block"]
    assert PR.prune(str(folder), limit=2500) == (2000, 0)


def test_where_blocks_are_written_the_folder_is_pruned_once_an_hour(granules, plain, tmp_path,
                                                                    monkeypatch):
    """A dask worker writes blocks into its own folder, which no run's report prunes."""
    folder = tmp_path / "prepared"
    old = folder / "00" / "old.block"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"x" * 4096)
    os.utime(old, ns=(10**18,) * 2)  # long ago
    writing = folder / "00" / ".new.block.0123.partial"  # being written by another thread
    writing.write_bytes(b"x" * 4096)
    os.utime(writing, ns=(10**18,) * 2)
    monkeypatch.setenv("SOILRESP_PREPARED_MAX_GB", "1e-9")  # 1 byte: every block goes
    catalog, store = prepared_catalog(granules, folder)
    np.testing.assert_array_equal(catalog.read("lai", PERIODS[0], grid=GRID),
                                  plain["lai", PERIODS[0]])
    assert store.computed == 4
    assert not old.exists() and writing.exists()
    assert not [p for p in block_files(folder) if p != writing]
    assert store.removed == 5  # the old file and the 4 new blocks: counted for the run's log
    old.write_bytes(b"x" * 4096)  # within the hour: not pruned again
    os.utime(old, ns=(10**18,) * 2)
    catalog.read("lst_day", PERIODS[0], grid=GRID)
    assert store.computed == 8 and old.exists()


def test_upscaling_twice_reads_the_prepared_predictors_and_maps_the_same(granules, tmp_path):
    import rasterio

    from soil_resp_plugin.core import engine
    from soil_resp_plugin.core import model as M
    from soil_resp_plugin.core.reporting import RecordingReporter

    rng = np.random.default_rng(1)
    X = np.column_stack([rng.uniform(280, 310, 400), rng.uniform(0, 6, 400),
                         rng.uniform(0, 1, 400), rng.integers(1, 17, 400)])
    y = 0.05 * (X[:, 0] - 270) + 0.3 * X[:, 1] + X[:, 2]
    forest = M.fit_forest(X, y, {"n_estimators": 20, "min_samples_leaf": 3,
                                    "max_features": 1.0, "max_depth": None}, seed=0)
    bundle = M.ModelBundle(forest, {"model": "t", "target": "sr", "target_unit": M.TARGET_UNIT,
                                    "predictors": VARIABLES, "catalog_variables": VARIABLES,
                                    "units": {v: M.predictor_unit(v) for v in VARIABLES}},
                           None)
    folder = tmp_path / "prepared"
    maps, stores, logged = {}, {}, {}
    for run in ("not kept", "first", "later"):
        catalog = PredictorCatalog.from_folder(granules)
        reporter = RecordingReporter()
        upscaler = engine.Upscaler(bundle, catalog, tmp_path / run, PERIODS, grid=GRID,
                                   threads=2, fill_gaps=True, keep_prepared=run != "not kept",
                                   reporter=reporter)
        if run != "not kept":
            upscaler.prepared.folder = str(folder)
        upscaler.run()
        stores[run] = upscaler.prepared
        logged[run] = [line for line in reporter.lines if line.startswith("Prepared predictors")]
        maps[run] = []
        for period in PERIODS:
            stamp = f"{period.year}{period.timetuple().tm_yday:03d}"
            for kind in ("sr", "filled"):
                with rasterio.open(tmp_path / run / f"{kind}_{stamp}.tif") as src:
                    maps[run].append(src.read(1))
    assert stores["not kept"] is None
    assert stores["first"].computed > 0
    assert stores["later"].computed == 0 and stores["later"].hits > 0
    assert logged["not kept"] == []
    assert f"{stores['later'].hits:,} block(s) read back, 0 prepared on this machine" in \
        logged["later"][0] and str(folder) in logged["later"][0]
    assert np.isfinite(maps["first"][0]).any()
    for a, b, c in zip(maps["not kept"], maps["first"], maps["later"]):
        np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(a, c)


#: gap filling: two years of four periods, so gaps are interpolated from the neighbouring
#: periods (max_gap 1) or taken from the other year's same period (climatology)
FILL_YEARS, FILL_DOYS = (2016, 2017), (153, 161, 169, 177)
FILL_PERIODS = [dt.date(y, 1, 1) + dt.timedelta(days=d - 1) for y in FILL_YEARS
                for d in FILL_DOYS]


@pytest.fixture(scope="module")
def series_granules(tmp_path_factory):
    root = tmp_path_factory.mktemp("prepared_series")
    demo.write_dataset(root, tiles=[(28, 5), (29, 5), (28, 6), (29, 6)], cells=40,
                       years=FILL_YEARS, doys=FILL_DOYS, sites=False, seed=4, cloud_cover=0.5,
                       log=lambda *_: None)
    return root / "granules"


def filled_reads(catalog, var, periods, needed=None):
    return {p: catalog.read_filled(var, p, grid=GRID, max_gap=1, needed=needed)
            for p in periods}


def test_filled_gaps_are_kept_and_equal_filling_from_the_granules(series_granules, tmp_path):
    plain = PredictorCatalog.from_folder(series_granules)
    expected = {var: filled_reads(plain, var, FILL_PERIODS) for var in ("lst_day", "lai")}
    methods = np.concatenate([m.ravel() for reads in expected.values()
                              for _, m in reads.values()])
    # the case is real: both ways of filling occur
    assert (methods == gapfill.INTERPOLATED).sum() > 100
    assert (methods == gapfill.CLIMATOLOGY).sum() > 100
    folder = tmp_path / "prepared"
    rng = np.random.default_rng(2)
    needed = rng.random((GRID.height, GRID.width)) < 0.5
    catalog, store = prepared_catalog(series_granules, folder)
    for var, reads in expected.items():  # first: half of the cells, filled and kept
        for period, (values, method) in filled_reads(catalog, var, FILL_PERIODS,
                                                     needed).items():
            np.testing.assert_array_equal(values[needed], reads[period][0][needed])
            np.testing.assert_array_equal(method[needed], reads[period][1][needed])
    for run in ("the other cells added", "all read back"):
        catalog, store = prepared_catalog(series_granules, folder)
        for var, reads in expected.items():
            for period, (values, method) in filled_reads(catalog, var, FILL_PERIODS).items():
                np.testing.assert_array_equal(values, reads[period][0])
                np.testing.assert_array_equal(method, reads[period][1])
        assert (store.computed == 0) == (run == "all read back"), run

    # a changed granule: the periods filled from it are filled again, the others read back
    lai = sorted(series_granules.rglob("MOD15A2H.A2017153.h28v05*.hdf"))[0]
    stat = os.stat(lai)
    os.utime(lai, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    try:
        catalog, store = prepared_catalog(series_granules, folder)
        later = FILL_PERIODS[6:]  # 2017 doy 169, 177: not filled from it
        for period, (values, _) in filled_reads(catalog, "lai", later).items():
            np.testing.assert_array_equal(values, expected["lai"][period][0])
        assert store.computed == 0
        for period in (FILL_PERIODS[0], FILL_PERIODS[5]):  # 2016 doy 153, 2017 doy 161
            store.computed = 0
            values, method = catalog.read_filled("lai", period, grid=GRID, max_gap=1)
            np.testing.assert_array_equal(values, expected["lai"][period][0])
            np.testing.assert_array_equal(method, expected["lai"][period][1])
            assert store.computed > 0, period
    finally:
        os.utime(lai, ns=(stat.st_atime_ns, stat.st_mtime_ns))
