"""soilresp:upscale never reports success on nothing and tells the truth when it stops: an
extent outside the predictors, runs without any valid pixel, out-of-range THREADS and cell
size, an unreachable dask scheduler, and real SIGINT / SIGTERM / SIGKILL during qgis_process
runs (what was kept, what was removed, how to resume). Real qgis_process and processing.run on
a tiny synthetic world; every input is checked byte-identical afterwards."""
import os
import shutil
import signal
import subprocess
import time

import numpy as np
import pytest
import rasterio
import upscale_world as W
from safety import assert_unchanged, snapshot

from soil_resp_plugin.core import engine
from soil_resp_plugin.core.reporting import RecordingReporter

N_PERIODS = 24  # about 5 s of work on one thread: long enough to interrupt
EXTENT_NAME = "'Extent (default: predictors')' (EXTENT)"
RESUME_NAME = ("'Resume: keep complete maps in the output folder, compute the rest' "
               "(RESUME)")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("upscale_errors")
    W.build_world(str(root))
    W.train_bundle(str(root), str(root / "model.joblib"))
    periods = W.extend_world(str(root), N_PERIODS)
    before = snapshot(root / "predictors", root / "model.joblib", root / "model.joblib.json")
    return root, periods, before


def base_params(world):
    """The world's model and predictors; gap filling off, so the known answers (files, empty
    maps) are those of the predictors as they are (gap filling has its own tests)."""
    root, _, _ = world
    return {"MODEL": str(root / "model.joblib"), "PREDICTORS": str(root / "predictors"),
            "FILL_GAPS": "false"}


def text_of(done):
    return done.stdout + done.stderr


# ----------------------------------------------------------------------------- extent
def test_extent_outside_the_predictors_is_refused_before_any_work(qgis_process, world,
                                                                   tmp_path):
    folder = tmp_path / "maps"
    done = qgis_process.run("soilresp:upscale", check=False, **base_params(world),
                            EXTENT="100,110,20,30 [EPSG:4326]", OUTPUT_FOLDER=str(folder))
    text = text_of(done)
    assert done.returncode != 0, text
    assert EXTENT_NAME in text and "does not overlap the predictors" in text
    # requested and predictor extents side by side, in the same CRS
    assert "In EPSG:4326 (xmin, ymin, xmax, ymax): requested 100, 20, 110, 30" in text
    assert "lst_day, ndvi, soil_temperature, landcover: 130, 14, 160, 40" in text
    assert "leave it empty" in text and "Traceback" not in text
    assert not folder.exists(), "no output folder before any work"
    assert_unchanged(world[2])


def test_partial_extent_warns_with_the_covered_fraction_and_threads_are_clamped(
        qgis_process, world, tmp_path):
    out = qgis_process.run("soilresp:upscale", **base_params(world),
                           EXTENT="120,140,20,30 [EPSG:4326]", END_DATE="2005-01-01",
                           THREADS=256, OUTPUT_FOLDER=str(tmp_path / "maps"))
    warnings = out["log"]["warning"]
    assert any("Only 50.0% of the requested extent (120, 20, 140, 30 in EPSG:4326)" in w
               and "(130, 14, 160, 40)" in w for w in warnings), warnings
    if (os.cpu_count() or 1) < 256:
        assert any("'Threads (0: all cores)' (THREADS) = 256 is more than this machine's" in w
                   for w in warnings), warnings
    assert out["results"]["N_PIXELS"] > 1000
    assert_unchanged(world[2])


# ----------------------------------------------------------------------------- ranges
@pytest.mark.parametrize("setting, name, limits", [
    ("THREADS=1000", "'Threads (0: all cores)' (THREADS)", ("0", "256")),
    ("THREADS=-1", "'Threads (0: all cores)' (THREADS)", ("0", "256")),
    ("RESOLUTION=-0.01", "'Cell size in target CRS units (0: predictors')' (RESOLUTION)",
     ("0",)),
])
def test_out_of_range_numbers_get_label_id_and_range(qgis_process, world, tmp_path, setting,
                                                     name, limits):
    key, value = setting.split("=")
    folder = tmp_path / "maps"
    done = qgis_process.run("soilresp:upscale", check=False, **base_params(world),
                            **{key: value}, OUTPUT_FOLDER=str(folder))
    text = text_of(done)
    lines = [line for line in text.splitlines() if f"{name}: {value} is not allowed" in line]
    assert lines, text  # the base's range message: label, id, value ...
    assert all(limit in lines[0].split("not allowed")[1] for limit in limits), lines  # range
    assert "thread(s)" not in text and not folder.exists()


# ----------------------------------------------------------------------------- dask
def test_unreachable_dask_scheduler_is_named_and_leaves_no_folder(qgis_process, world,
                                                                   tmp_path):
    pytest.importorskip("distributed")
    folder = tmp_path / "maps"
    started = time.monotonic()
    done = qgis_process.run("soilresp:upscale", check=False, **base_params(world),
                            DASK_SCHEDULER="tcp://127.0.0.1:1", OUTPUT_FOLDER=str(folder))
    text = text_of(done)
    assert done.returncode != 0
    assert "'dask scheduler address (e.g. tcp://host:8786)' (DASK_SCHEDULER)" in text
    assert "Cannot connect to the dask scheduler at tcp://127.0.0.1:1 within 5 s" in text
    assert "Traceback" not in text
    assert not folder.exists(), "the run must not leave a folder it created"
    assert time.monotonic() - started < 60, "a short connect timeout"
    assert_unchanged(world[2])


# ----------------------------------------------------------------------------- empty runs
def test_absent_land_cover_classes_are_an_error_and_leave_no_empty_maps(run_algorithm, world,
                                                                        tmp_path):
    from qgis.core import QgsProcessingException

    folder = tmp_path / "maps"
    params = {**base_params(world), "START_DATE": "2005-01-01", "END_DATE": "2005-01-01",
              "OUTPUT_FOLDER": str(folder)}
    run_algorithm("upscale", params)  # an earlier, complete run of the first period
    kept = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("upscale", {**params, "END_DATE": "2005-01-17", "RESUME": True,
                                  "LANDCOVER_CLASSES": [15]})  # snow: not in this world
    text = str(raised.value)
    assert "'Land-cover classes to map (IGBP; none: all)' (LANDCOVER_CLASSES)" in text
    assert "No pixel could be predicted in any of the 2 period(s)" in text
    assert "selected land-cover classes 15" in text and "classes 0, 4, 10" in text
    assert "removed" in text
    # this run's empty maps are gone; the earlier complete map and its VRT are untouched
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == kept
    assert sorted(kept) == ["sr.vrt", "sr_2005001.tif"]
    assert_unchanged(world[2])


def test_mask_outside_the_grid_is_an_error_naming_the_mask(run_algorithm, world, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "far away", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"))
    layer.dataProvider().addFeatures([feature])
    folder = tmp_path / "maps"
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("upscale", {**base_params(world), "END_DATE": "2005-01-09",
                                  "MASK": layer, "OUTPUT_FOLDER": str(folder)})
    text = str(raised.value)
    assert "'Mask: predict inside these polygons / non-zero raster cells' (MASK)" in text
    assert "the mask polygons (0, 0, 1, 1) lie outside the grid (130, 14, 160, 40" in text
    assert not folder.exists(), "the folder this run created is removed again"


@pytest.fixture(scope="module")
def fill_world(world, tmp_path_factory):
    """Two periods; in the second, lst_day is fill everywhere."""
    root, periods, _ = world
    out = tmp_path_factory.mktemp("fill") / "predictors"
    shutil.copytree(root / "predictors" / "static", out / "static")
    for period in periods[:2]:
        label = f"{period.year}{period.timetuple().tm_yday:03d}"
        for name in ("lst_day", "ndvi", "soil_temperature"):
            shutil.copyfile(root / "predictors" / f"{name}_doy{label}.tif",
                            out / f"{name}_doy{label}.tif")
    W.write(str(out / "lst_day_doy2005009.tif"), np.full((W.HEIGHT, W.WIDTH), -9999.0))
    return out


def test_all_fill_predictor_is_an_error_naming_it_and_a_single_empty_period_a_warning(
        qgis_process, world, fill_world, tmp_path):
    before = snapshot(fill_world)
    model = str(world[0] / "model.joblib")
    folder = tmp_path / "empty"
    done = qgis_process.run("soilresp:upscale", check=False, MODEL=model,
                            PREDICTORS=str(fill_world), START_DATE="2005-01-09",
                            OUTPUT_FOLDER=str(folder))
    text = text_of(done)
    assert done.returncode != 0, text
    assert "(PREDICTORS)" in text and "No pixel could be predicted in any of the 1 period" in text
    assert "lst_day (files such as" in text and "has no valid value on" in text
    assert not folder.exists()
    out = qgis_process.run("soilresp:upscale", MODEL=model, PREDICTORS=str(fill_world),
                           OUTPUT_FOLDER=str(tmp_path / "mixed"))
    assert out["results"]["N_PERIODS"] == 2 and out["results"]["N_PIXELS"] > 1000
    assert any("2005-01-09: no pixel had valid values" in w for w in out["log"]["warning"])
    assert_unchanged(before)


# ----------------------------------------------------------------------------- signals
def start_run(qgis_process, world, folder, *extra):
    command = ["qgis_process.bin", "run", "soilresp:upscale", "--"] + [
        f"{k}={v}" for k, v in base_params(world).items()] + [
        "THREADS=1", f"OUTPUT_FOLDER={folder}", *extra]
    return subprocess.Popen(command, env=qgis_process.env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_for_maps(process, folder, partial=False, limit=120):
    """Until a period map is finalised (and, with ``partial``, the next one is being
    written)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        names = os.listdir(folder) if folder.exists() else []
        finished = [n for n in names if engine.OUTPUT_NAME.match(n)]
        if finished and (not partial or any(n.endswith(".partial") for n in names)):
            return
        assert process.poll() is None, process.communicate()
        time.sleep(0.01)
    process.kill()
    raise AssertionError("no map was finalised in time")


def finished_periods(folder):
    return sorted(n for n in os.listdir(folder) if engine.OUTPUT_NAME.match(n))


def check_intact(world, folder, names):
    import json

    from soil_resp_plugin.core.catalog import PredictorCatalog

    catalog_grid = PredictorCatalog.from_folder(str(world[0] / "predictors")).grid("lst_day")
    with open(world[0] / "model.joblib.json") as sidecar:
        sha = json.load(sidecar)["sha256"]
    for name in names:
        assert engine.check_output(str(folder / name), catalog_grid, sha) is None, name
        with rasterio.open(folder / name) as dataset:
            assert (dataset.read(1) != engine.NODATA).sum() > 1000


def resume_completes(qgis_process, world, folder, kept):
    out = qgis_process.run("soilresp:upscale", **base_params(world), RESUME="true",
                           OUTPUT_FOLDER=str(folder))
    assert out["results"]["N_RESUMED"] == len(kept)
    assert out["results"]["N_PERIODS"] == N_PERIODS - len(kept)
    assert len(finished_periods(folder)) == N_PERIODS
    return out


@pytest.mark.parametrize("which", ["SIGINT", "SIGTERM"])
def test_interrupt_keeps_finished_periods_says_which_and_resume_completes(
        qgis_process, world, tmp_path, which):
    folder = tmp_path / "maps"
    process = start_run(qgis_process, world, folder)
    wait_for_maps(process, folder)
    process.send_signal(getattr(signal, which))
    stdout, stderr = process.communicate(timeout=120)
    text = stdout + stderr
    assert process.returncode != 0
    assert "no output was finalised" not in text, text
    kept = finished_periods(folder)
    dates = [engine.P.parse_period_label(n[3:10]).isoformat() for n in kept]
    assert 0 < len(kept) < N_PERIODS, kept
    assert (f"Cancelled: {len(kept)} of {N_PERIODS} period(s) were finished and are kept as "
            f"complete, checked maps in {folder}: {', '.join(dates)}.") in text, text
    assert "Unfinished files were removed" in text
    assert f"Run again with {RESUME_NAME} ticked (qgis_process: RESUME=true)" in text
    assert f"the remaining {N_PERIODS - len(kept)} period(s)" in text
    if which == "SIGTERM":
        assert "Terminated (SIGTERM): stopping and cleaning up." in text
    leftovers = [n for n in os.listdir(folder) if n.startswith(".")]
    assert not leftovers, leftovers  # neither .partial files nor the lock
    check_intact(world, folder, kept)
    before = {n: (folder / n).read_bytes() for n in kept}
    resume_completes(qgis_process, world, folder, kept)
    assert all((folder / n).read_bytes() == data for n, data in before.items())
    check_intact(world, folder, finished_periods(folder))
    assert_unchanged(world[2])


def test_kill_leaves_partials_and_lock_that_the_next_run_cleans_and_reports(
        qgis_process, world, tmp_path):
    folder = tmp_path / "maps"
    process = start_run(qgis_process, world, folder)
    wait_for_maps(process, folder, partial=True)
    process.kill()  # SIGKILL: no cleanup possible
    process.communicate(timeout=60)  # reaped: its PID is dead, not a zombie
    names = os.listdir(folder)
    assert engine.LOCK_NAME in names and any(n.endswith(".partial") for n in names), names
    kept = finished_periods(folder)
    out = resume_completes(qgis_process, world, folder, kept)
    info = out["log"]["info"]
    assert any(line.startswith(f"Removed the stale lock {folder / engine.LOCK_NAME}: the run "
                               "that held it") and "is no longer running" in line
               for line in info), info
    assert any("unfinished temporary file(s) left by an interrupted run" in line
               for line in info), info
    assert not [n for n in os.listdir(folder) if n.startswith(".")]
    check_intact(world, folder, finished_periods(folder))
    assert_unchanged(world[2])


def test_cancel_before_any_period_says_nothing_was_finished(world, tmp_path):
    from soil_resp_plugin.core.catalog import PredictorCatalog
    from soil_resp_plugin.core.errors import Cancelled
    from soil_resp_plugin.core.model import ModelBundle
    from soil_resp_plugin.core.reporting import Reporter

    class CancelAtOnce(Reporter):
        def is_cancelled(self):
            return True

    root = world[0]
    bundle = ModelBundle.load(str(root / "model.joblib"))
    catalog = PredictorCatalog.from_folder(str(root / "predictors"))
    upscaler = engine.Upscaler(bundle, catalog, tmp_path / "maps", world[1][:3],
                               model_path=str(root / "model.joblib"), reporter=CancelAtOnce())
    with pytest.raises(Cancelled) as raised:
        upscaler.run()
    summary = raised.value.summary
    assert summary.startswith("Cancelled: no period was finished before the cancel (0 of 3)")
    assert "kept no map" in summary and "RESUME" in summary
    assert not (tmp_path / "maps").exists()


def test_sinusoidal_tiles_reaching_past_180_east_cover_japan():
    """MODIS tile h30v04 reaches past 180 E at its northern edge: its bounds in EPSG:4326
    must not come out with xmin > xmax (which refused Japan's mosaics as 'not overlapping')."""
    import types

    from rasterio.crs import CRS

    sinusoidal = CRS.from_proj4("+proj=sinu +R=6371007.181 +nadgrids=@null +wktext +units=m")
    size = 1111950.5197665
    x0, y0 = -20015109.354 + 28 * size, 10007554.677 - 4 * size
    grids = {"lst_day": types.SimpleNamespace(bounds=(x0, y0 - 2 * size, x0 + 3 * size, y0),
                                              crs=sinusoidal)}
    source = types.SimpleNamespace(grid=grids.__getitem__)
    (var, bounds), = engine.predictor_bounds(source, ["lst_day"], CRS.from_epsg(4326))
    assert bounds[0] < 140 < 180 < bounds[2]
    japan = types.SimpleNamespace(bounds=(128.0, 30.0, 146.0, 46.0), crs=CRS.from_epsg(4326),
                                  describe=lambda: "Japan")
    assert engine.check_coverage(source, ["lst_day"], japan, RecordingReporter()) == pytest.approx(1.0)
