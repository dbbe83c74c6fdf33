"""Upscaling engine: values against an independent prediction, file format, threads vs dask,
cancel and resume, folder safety, disk full, bad input."""
import errno
import os
import shutil
import subprocess

import numpy as np
import pytest
import rasterio
import upscale_world as W
from safety import mounted_tmpfs

from soil_resp_plugin.core import engine
from soil_resp_plugin.core.catalog import PredictorCatalog
from soil_resp_plugin.core.errors import Cancelled, InputError
from soil_resp_plugin.core.reporting import RecordingReporter


class Recorder(RecordingReporter):
    """Cancels after ``cancel_after`` finished tasks, or once ``cancel_when()`` is true."""

    def __init__(self, cancel_after=None, cancel_when=None):
        super().__init__()
        self.cancel_after = cancel_after
        self.cancel_when = cancel_when

    def is_cancelled(self):
        if self.cancel_when is not None and self.cancel_when():
            return True
        return self.cancel_after is not None and len(self.fractions) >= self.cancel_after


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("world")
    truths = W.build_world(str(root))
    model_path = str(root / "model" / "forest.joblib")
    bundle = W.train_bundle(str(root), model_path)
    return {"root": root, "truths": truths, "model": model_path, "bundle": bundle,
            "predictors": str(root / "predictors")}


@pytest.fixture(scope="module")
def catalog(world):
    return PredictorCatalog.from_folder(world["predictors"])


def upscaler(world, catalog, folder, reporter=None, **options):
    options.setdefault("window_tiles", 1)
    # these tests pin the maps without gap filling in time (only pixels where every
    # predictor is observed); filling is tested in test_gapfill_upscale.py
    options.setdefault("fill_gaps", False)
    return engine.Upscaler(world["bundle"], catalog, folder, options.pop("periods", W.PERIODS),
                           model_path=world["model"], reporter=reporter or Recorder(), **options)


def read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1)


def folder_arrays(folder):
    return {name: read(os.path.join(folder, name)) for name in sorted(os.listdir(folder))
            if name.endswith(".tif")}


@pytest.fixture(scope="module")
def full_run(world, catalog, tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("full") / "maps")
    reporter = Recorder()
    result = upscaler(world, catalog, folder, reporter, outputs=("sr", "sd", "di", "aoa")).run()
    return {"folder": folder, "result": result, "reporter": reporter,
            "arrays": folder_arrays(folder)}


def independent_inputs(world, period):
    """Predictor matrix of one period read with plain rasterio (not the catalog)."""
    label = f"{period.year}{period.timetuple().tm_yday:03d}"
    root = world["predictors"]
    lst = read(f"{root}/lst_day_doy{label}.tif")
    ndvi = read(f"{root}/ndvi_doy{label}.tif")
    soil = read(f"{root}/soil_temperature_doy{label}.tif")
    landcover = read(f"{root}/static/landcover.tif").astype(np.float32)
    valid = (lst != -9999) & (ndvi != -9999) & (soil != -9999) & (landcover != 255)
    angle = 2 * np.pi * (period.timetuple().tm_yday + 3.5) / 365.25  # mid-period, 8 days
    X = np.column_stack([lst[valid], ndvi[valid], soil[valid], landcover[valid],
                         np.full(valid.sum(), np.sin(angle)), np.full(valid.sum(), np.cos(angle))])
    return valid, X


def test_maps_equal_an_independent_prediction_and_approach_the_truth(world, full_run):
    forest = world["bundle"].estimator
    for period in W.PERIODS:
        label = f"{period.year}{period.timetuple().tm_yday:03d}"
        sr = full_run["arrays"][f"sr_{label}.tif"]
        valid, X = independent_inputs(world, period)
        assert ((sr != engine.NODATA) == valid).all(), "predicted exactly the valid pixels"
        expected = forest.predict(X)
        np.testing.assert_allclose(sr[valid], expected, rtol=2e-6, atol=2e-6)
        per_tree = np.stack([tree.predict(X.astype(np.float32)) for tree in forest.estimators_])
        sd = full_run["arrays"][f"sr_sd_{label}.tif"]
        np.testing.assert_allclose(sd[valid], per_tree.std(axis=0), rtol=1e-4, atol=1e-5)
        di = full_run["arrays"][f"di_{label}.tif"]
        np.testing.assert_allclose(di[valid], world["bundle"].aoa.dissimilarity(X), rtol=1e-5,
                                   atol=1e-6)
        aoa = full_run["arrays"][f"aoa_{label}.tif"]
        assert set(np.unique(aoa[valid])) <= {0, 1} and (aoa[~valid] == 255).all()
        truth = world["truths"][period][valid]
        error = sr[valid] - truth
        rmse, bias = float(np.sqrt(np.mean(error ** 2))), float(error.mean())
        print(f"{period}: RMSE {rmse:.4f}, bias {bias:+.4f} g C m-2 d-1 vs truth "
              f"(truth mean {truth.mean():.3f}, n {valid.sum()})")
        assert rmse < 0.12 and abs(bias) < 0.03
    assert full_run["reporter"].fractions[-1] == pytest.approx(1.0)
    assert full_run["result"].pixels == sum(
        int((full_run["arrays"][f"sr_{W.PERIODS[i].year}{d:03d}.tif"] != engine.NODATA).sum())
        for i, d in enumerate((1, 9, 17, 25)))


def test_sorted_tree_traversal_gives_sklearn_values(world):
    forest = world["bundle"].estimator
    rng = np.random.default_rng(0)
    _, X = independent_inputs(world, W.PERIODS[1])
    X = X[rng.permutation(len(X))[:5000]].astype(np.float32)
    mean, sd = engine.forest_predict(forest, X, want_sd=True, sort_rows=True)
    per_tree = np.stack([tree.predict(X) for tree in forest.estimators_])
    np.testing.assert_allclose(mean, forest.predict(X), rtol=0, atol=1e-12)
    np.testing.assert_allclose(sd, per_tree.std(axis=0), atol=1e-9)
    unsorted, _ = engine.forest_predict(forest, X, sort_rows=False)
    assert np.array_equal(unsorted, mean)


def test_geotiffs_are_tiled_compressed_tagged_and_listed_in_a_vrt(world, full_run):
    folder = full_run["folder"]
    names = sorted(os.listdir(folder))
    assert not [n for n in names if n.startswith(".")], "no temporary or lock file left"
    with rasterio.open(os.path.join(folder, "sr_2005009.tif")) as dataset:
        profile, tags = dataset.profile, dataset.tags()
        assert profile["dtype"] == "float32" and profile["nodata"] == -9999
        assert profile["tiled"] and (profile["blockxsize"], profile["blockysize"]) == (256, 256)
        assert profile["compress"] == engine.compression() == "zstd"  # this GDAL has ZSTD
        assert dataset.descriptions == ("sr 2005-01-09",)
        assert dataset.units == ("g C m-2 d-1",)
        assert tags["PERIOD_START"] == "2005-01-09" and tags["PERIOD_END"] == "2005-01-16"
        assert tags["UNITS"] == "g C m-2 d-1" and tags["SYNTHETIC"] == "true"
        assert tags[engine.COMPLETE_TAG] == "1"
        assert tags["MODEL_SHA256"] == world["bundle"].metadata["sha256"]
    with rasterio.open(os.path.join(folder, "sr.vrt")) as vrt:
        assert vrt.count == 4
        assert vrt.descriptions == tuple(p.isoformat() for p in W.PERIODS)
        for band, period in enumerate(W.PERIODS, start=1):
            label = f"{period.year}{period.timetuple().tm_yday:03d}"
            assert np.array_equal(vrt.read(band), full_run["arrays"][f"sr_{label}.tif"])
    assert {"sr.vrt", "sr_sd.vrt", "di.vrt", "aoa.vrt"} <= set(names)


def test_dask_local_cluster_gives_identical_files(world, catalog, full_run, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        folder = str(tmp_path / "dask")
        reporter = Recorder()
        result = upscaler(world, catalog, folder, reporter, outputs=("sr", "sd", "di", "aoa"),
                          dask_scheduler=cluster.scheduler_address).run()
        with distributed.Client(cluster) as client:  # each worker loaded the model once
            loads = client.run(lambda: list(engine._worker_loads))
    assert result.backend == "dask"
    assert all(len(v) <= 1 for v in loads.values()) and sum(map(len, loads.values())) >= 1, loads
    assert any("dask scheduler" in line for line in reporter.lines)
    arrays = folder_arrays(folder)
    assert arrays.keys() == full_run["arrays"].keys()
    for name, array in arrays.items():
        assert np.array_equal(array, full_run["arrays"][name]), name


def test_cancel_then_resume_gives_the_full_run(world, catalog, full_run, tmp_path):
    folder = str(tmp_path / "maps")
    outputs = ("sr", "sd", "di", "aoa")
    def first_period_done():  # tasks finish in any order: wait for a whole period, then cancel
        return os.path.isdir(folder) and any(n.startswith("sr_") for n in os.listdir(folder))

    with pytest.raises(Cancelled):
        upscaler(world, catalog, folder, Recorder(cancel_when=first_period_done),
                 outputs=outputs).run()
    names = os.listdir(folder)
    assert not [n for n in names if n.startswith(".")], names
    assert not [n for n in names if n.endswith(".vrt")], "the VRT is written only at the end"
    finished = [n for n in names if n.endswith(".tif")]
    assert 0 < len(finished) < len(full_run["arrays"])
    grid, sha = catalog.grid("lst_day"), world["bundle"].metadata["sha256"]
    for name in finished:  # whatever carries a final name is complete
        assert engine.check_output(os.path.join(folder, name), grid, sha) is None
    with pytest.raises(InputError, match="RESUME=true"):
        upscaler(world, catalog, folder, outputs=outputs).run()
    reporter = Recorder()
    result = upscaler(world, catalog, folder, reporter, outputs=outputs, resume=True).run()
    assert len(result.periods_resumed) == len(finished) // 4
    assert any(line.startswith("Resume:") and "skipped" in line for line in reporter.lines)
    arrays = folder_arrays(folder)
    assert arrays.keys() == full_run["arrays"].keys()
    for name, array in arrays.items():
        assert np.array_equal(array, full_run["arrays"][name]), name


def test_folder_with_another_models_maps_is_refused_and_untouched(world, catalog, full_run,
                                                                   tmp_path):
    folder = tmp_path / "other"
    shutil.copytree(full_run["folder"], folder)
    with rasterio.open(folder / "sr_2005001.tif", "r+") as dataset:
        dataset.update_tags(MODEL_SHA256="0" * 64)
    before = {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir()}
    for resume in (False, True):
        with pytest.raises(InputError, match="not from this model") as error:
            upscaler(world, catalog, str(folder), resume=resume).run()
        assert "sr_2005001.tif" in str(error.value)
    after = {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir()}
    assert after == before


def test_output_on_another_grid_is_refused(world, catalog, full_run, tmp_path):
    folder = tmp_path / "grid"
    shutil.copytree(full_run["folder"], folder)
    with pytest.raises(InputError, match="other grid"):
        upscaler(world, catalog, str(folder), resume=True,
                 grid=engine.target_grid(catalog.grid("lst_day"),
                                         extent=(135.0, 20.0, 150.0, 35.0))).run()


def test_output_folder_that_is_not_writable(world, catalog, tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    mounted = False
    if os.geteuid() == 0:  # root ignores permissions: use a read-only bind mount
        done = subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)],
                              capture_output=True)
        mounted = done.returncode == 0
        if not mounted:
            pytest.skip("running as root without mount permission")
    else:
        folder.chmod(0o500)
    try:
        with pytest.raises(InputError, match="not writable"):
            upscaler(world, catalog, str(folder)).run()
        with pytest.raises(InputError, match="Cannot create"):
            upscaler(world, catalog, str(folder / "sub")).run()
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=True)
        folder.chmod(0o700)


def _assert_nothing_looks_finished(folder, catalog, world):
    grid, sha = catalog.grid("lst_day"), world["bundle"].metadata["sha256"]
    for name in os.listdir(folder):
        assert not name.startswith(".") and not name.endswith(".vrt"), name
        assert engine.check_output(os.path.join(folder, name), grid, sha) is None


def test_disk_full_on_a_tiny_tmpfs(world, catalog, tmp_path):
    with mounted_tmpfs(tmp_path / "tiny", "size=600k") as folder:
        with pytest.raises(InputError, match="full") as error:
            upscaler(world, catalog, str(folder), outputs=("sr", "sd")).run()
        assert "RESUME=true" in str(error.value)
        _assert_nothing_looks_finished(str(folder), catalog, world)


def test_disk_full_mid_run_from_a_failing_writer(world, catalog, tmp_path, monkeypatch):
    calls = []
    original = engine.PeriodFiles.write_block

    def failing(dataset, array, window):
        calls.append(window)
        if len(calls) > 20:
            raise OSError(errno.ENOSPC, "No space left on device")
        original(dataset, array, window)

    monkeypatch.setattr(engine.PeriodFiles, "write_block", staticmethod(failing))
    folder = str(tmp_path / "maps")
    with pytest.raises(InputError, match="disk holding .* is full"):
        upscaler(world, catalog, folder, outputs=("sr", "sd")).run()
    _assert_nothing_looks_finished(folder, catalog, world)
    assert any(name.endswith(".tif") for name in os.listdir(folder)), "finished periods kept"


def test_catalog_without_a_needed_predictor_is_named(world, tmp_path):
    folder = tmp_path / "preds"
    shutil.copytree(world["predictors"], folder,
                    ignore=shutil.ignore_patterns("soil_temperature_*"))
    with pytest.raises(InputError, match="lack 'soil_temperature' .for predictor "
                                         "soil_temperature_site") as error:
        upscaler(world, PredictorCatalog.from_folder(str(folder)), str(tmp_path / "out"))
    assert error.value.parameter == "PREDICTORS"


def test_temperatures_in_celsius_are_refused_by_the_catalog(tmp_path):
    """LST saved in degC under generic names: the catalog names the suspected unit before any
    map is made (it used to be a warning per period after the run)."""
    root = tmp_path / "celsius"
    W.build_world(str(root), lst_in_celsius=True)
    with pytest.raises(InputError) as error:
        PredictorCatalog.from_folder(str(root / "predictors"))
    assert error.value.parameter == "PREDICTORS"
    assert "lst_day" in str(error.value) and "degrees Celsius" in str(error.value)
    assert "kelvin" in str(error.value)


def test_value_far_from_training_data_is_reported(world, catalog, tmp_path):
    class Shifted:
        """The catalog with soil temperature in kelvin (still inside its physical range)."""

        def __getattr__(self, name):
            return getattr(catalog, name)

        def read(self, var, period, grid=None, window=None, needed=None):
            data = catalog.read(var, period, grid=grid, window=window, needed=needed)
            return data + 60.0 if var == "soil_temperature" else data

    reporter = Recorder()
    upscaler(world, Shifted(), str(tmp_path / "out"), reporter, periods=W.PERIODS[:1]).run()
    assert any("soil_temperature_site" in w and "standard deviations" in w
               for w in reporter.warnings), reporter.warnings


def test_periods_without_predictor_data(world, catalog, tmp_path):
    import datetime as dt

    with pytest.raises(InputError, match="no predictor data") as error:
        upscaler(world, catalog, str(tmp_path / "a"), periods=[dt.date(2006, 7, 4)]).run()
    assert "lst_day" in str(error.value) and "2005-01-01..2005-01-25" in str(error.value)
    reporter = Recorder()
    result = upscaler(world, catalog, str(tmp_path / "b"), reporter,
                      periods=W.PERIODS[-1:] + [dt.date(2005, 2, 2)]).run()
    assert result.periods_without_data == [dt.date(2005, 2, 2)]
    assert os.listdir(tmp_path / "b") == ["sr.vrt", "sr_2005025.tif"] or sorted(
        os.listdir(tmp_path / "b")) == ["sr.vrt", "sr_2005025.tif"]
    assert any("2005-02-02: no lst_day" in w for w in reporter.warnings)


def test_land_cover_classes_and_polygon_mask(world, catalog, full_run, tmp_path):
    classes = engine.MaskSpec(landcover_classes=(4,))
    upscaler(world, catalog, str(tmp_path / "lc"), mask=classes, periods=W.PERIODS[:1]).run()
    sr = read(str(tmp_path / "lc" / "sr_2005001.tif"))
    full = full_run["arrays"]["sr_2005001.tif"]
    landcover = read(f"{world['predictors']}/static/landcover.tif")
    expected = (full != engine.NODATA) & (landcover == 4)
    assert ((sr != engine.NODATA) == expected).all() and expected.sum() > 1000
    assert np.array_equal(sr[expected], full[expected])
    box = {"type": "Polygon", "coordinates": [[(140, 30), (150, 30), (150, 35), (140, 35),
                                               (140, 30)]]}
    polygon = engine.MaskSpec(shapes=[box])
    upscaler(world, catalog, str(tmp_path / "poly"), mask=polygon, periods=W.PERIODS[:1]).run()
    sr = read(str(tmp_path / "poly" / "sr_2005001.tif"))
    rows, cols = np.nonzero(sr != engine.NODATA)
    lon, lat = W.WEST + (cols + 0.5) * W.CELL, W.NORTH - (rows + 0.5) * W.CELL
    assert lon.min() > 140 and lon.max() < 150 and lat.min() > 30 and lat.max() < 35
    assert len(rows) > 1000


def test_other_crs_and_resolution_are_aligned_by_the_catalog(world, catalog, tmp_path):
    base = catalog.grid("lst_day")
    grid = engine.target_grid(base, extent=(14_000_000, 2_500_000, 16_000_000, 4_500_000),
                              crs="EPSG:3857", resolution=10_000)
    assert (grid.width, grid.height) == (200, 200)
    upscaler(world, catalog, str(tmp_path / "merc"), grid=grid, periods=W.PERIODS[:1]).run()
    with rasterio.open(str(tmp_path / "merc" / "sr_2005001.tif")) as dataset:
        assert dataset.crs.to_epsg() == 3857
        sr = dataset.read(1, masked=True)
    assert sr.count() > 5000 and 0.3 < float(sr.mean()) < 3.0
    snapped = engine.target_grid(base, extent=(140.01, 30.02, 149.99, 34.97))
    assert snapped.transform.c == pytest.approx(140.0) and snapped.width == 200
    assert base.offset_in(snapped) == (200, 100) and snapped.height == 100
