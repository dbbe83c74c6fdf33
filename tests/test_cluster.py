"""Upscaling on a real dask cluster started from the command line (issue 13): the plugin's
core is shipped to workers that do not have it, worker versions and file access are checked
before any task, a killed worker and a lost scheduler are survived or reported with what was
kept, and qgis_process with DASK_SCHEDULER gives the maps of a threads run.

Scheduler and workers are separate ``python -m distributed.cli.dask_scheduler`` /
``dask_worker`` processes on 127.0.0.1 whose working directory and environment do not
contain the plugin (each test proves it), stopped by the tests."""
import os
import shutil
import signal
import time

import numpy as np
import pytest
import rasterio
import upscale_world as W
from cluster_helpers import OTHER_SKLEARN, CLICluster, HTTPServer, sklearn_venv
from safety import assert_unchanged, snapshot

from soil_resp_plugin.core import cluster as C
from soil_resp_plugin.core import engine
from soil_resp_plugin.core.catalog import PredictorCatalog
from soil_resp_plugin.core.errors import InputError
from soil_resp_plugin.core.reporting import RecordingReporter

pytest.importorskip("distributed")
N_PERIODS = 8
OUTPUTS = ("sr", "sd", "di", "aoa")
#: the venv with another scikit-learn is built once and reused (about 10 s with pip's cache)
VENV_DIR = os.path.join(os.environ.get("SOILRESP_TEST_CACHE", "/tmp/soilresp_test_cache"),
                        f"venv-sklearn-{OTHER_SKLEARN}")
DASK_NAME = "'dask scheduler address (e.g. tcp://host:8786)' (DASK_SCHEDULER)"


class Recorder(RecordingReporter):
    """Calls ``hook()`` whenever the engine checks for a cancel (never cancels)."""

    def __init__(self, hook=None):
        super().__init__()
        self.hook = hook

    def is_cancelled(self):
        if self.hook is not None:
            self.hook()
        return False


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("cluster_world")
    W.build_world(str(root))
    model = str(root / "model.joblib")
    bundle = W.train_bundle(str(root), model)
    periods = W.extend_world(str(root), N_PERIODS)
    catalog = PredictorCatalog.from_folder(str(root / "predictors"))
    before = snapshot(root / "predictors", root / "model.joblib", root / "model.joblib.json")
    return {"root": root, "model": model, "bundle": bundle, "periods": periods,
            "catalog": catalog, "before": before}


def upscaler(world, folder, reporter=None, catalog=None, **options):
    options.setdefault("window_tiles", 1)
    options.setdefault("outputs", OUTPUTS)
    return engine.Upscaler(world["bundle"], catalog or world["catalog"], folder,
                           options.pop("periods", world["periods"]), model_path=world["model"],
                           reporter=reporter or Recorder(), **options)


def arrays(folder):
    out = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".tif"):
            with rasterio.open(os.path.join(folder, name)) as dataset:
                tags = {k: v for k, v in dataset.tags().items() if k != "CREATED"}
                out[name] = (dataset.read(1), tags, dataset.profile["compress"])
    return out


def assert_same_maps(folder, reference):
    got = arrays(folder)
    assert got.keys() == reference.keys()
    for name, (data, tags, compress) in got.items():
        assert np.array_equal(data, reference[name][0]), name
        assert tags == reference[name][1] and compress == reference[name][2], name


@pytest.fixture(scope="module")
def reference(world, tmp_path_factory):
    """The maps of a threads run (what every cluster run must reproduce exactly)."""
    folder = str(tmp_path_factory.mktemp("threads") / "maps")
    upscaler(world, folder, threads=2).run()
    return arrays(folder)


@pytest.fixture(scope="module")
def cli_cluster(tmp_path_factory):
    cluster = CLICluster(tmp_path_factory.mktemp("cli_cluster")).start_scheduler()
    try:
        cluster.start_worker("a")
        cluster.start_worker("b")
        cluster.wait_for_workers(2)
        yield cluster
    finally:
        cluster.close()


@pytest.fixture
def own_cluster(tmp_path):
    """A cluster this test may damage (kill its workers or its scheduler)."""
    cluster = CLICluster(tmp_path / "cluster").start_scheduler()
    try:
        yield cluster
    finally:
        cluster.close()


# ----------------------------------------------------------------------------- shipping
def test_cli_cluster_without_the_plugin_gives_the_threads_maps(world, reference, cli_cluster,
                                                                tmp_path):
    assert not cli_cluster.plugin_importable(), "the workers' Python must not have the plugin"
    reporter = Recorder()
    folder = str(tmp_path / "maps")
    result = upscaler(world, folder, reporter, dask_scheduler=cli_cluster.address).run()
    assert result.backend == "dask"
    assert_same_maps(folder, reference)
    log = "\n".join(reporter.lines)
    assert "worker(s) checked: Python" in log and "scikit-learn 1.2.1" in log
    assert "the plugin's core (soilresp_core_" in log and "shipped to 2 worker(s)" in log
    assert "every worker opened the model and" in log
    from distributed import Client

    with Client(cli_cluster.address, set_as_default=False) as client:
        origins = client.run(C.cluster_probe.core_origin)
    zip_name = os.path.basename(C.core_zip())
    assert all(zip_name in o["file"] for o in origins.values()), origins
    assert_unchanged(world["before"])


def test_core_zip_holds_the_core_and_no_qgis_part():
    import zipfile

    path = C.core_zip()
    assert path == C.core_zip(), "built once per content"
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        init = archive.read("soil_resp_plugin/__init__.py").decode()
    assert "soil_resp_plugin/core/engine.py" in names and "soil_resp_plugin/core/cluster.py" in names
    assert not [n for n in names if "/algorithms/" in n or n.endswith("plugin.py")]
    assert "import" not in init


# ----------------------------------------------------------------------------- versions
def test_worker_with_another_scikit_learn_is_refused_by_name(world, own_cluster, tmp_path):
    started = time.perf_counter()
    python = sklearn_venv(VENV_DIR)
    print(f"venv with scikit-learn {OTHER_SKLEARN}: {time.perf_counter() - started:.1f} s")
    own_cluster.start_worker("good")
    own_cluster.start_worker("other-sklearn", python=python)
    names = own_cluster.wait_for_workers(2)
    folder = tmp_path / "maps"
    with pytest.raises(InputError) as error:
        upscaler(world, str(folder), dask_scheduler=own_cluster.address).run()
    text = str(error.value)
    assert error.value.parameter == "DASK_SCHEDULER"
    assert f"1 of 2 dask worker(s) at {own_cluster.address} do not match" in text
    assert f"worker {names['other-sklearn']}" in text and python in text
    assert (f"scikit-learn: found scikit-learn {OTHER_SKLEARN}, needs scikit-learn 1.2.1, the "
            "version the model was trained with") in text
    assert names["good"] not in text and "pip install scikit-learn==1.2.1" in text
    assert "Nothing was written" in text and not folder.exists()


def test_version_rules():
    here = C.local_environment()
    same = dict(here)
    assert C.version_problems(same, here, here["sklearn"]) == []
    newer_numpy = dict(here, numpy="1.26.4")
    assert [p[0] for p in C.version_problems(newer_numpy, here, here["sklearn"])] == ["numpy"]
    no_rasterio = dict(here, rasterio=None, gdal=None)
    labels = [p[0] for p in C.version_problems(no_rasterio, here, here["sklearn"])]
    assert labels == ["rasterio", "GDAL"]
    patch_gdal = dict(here, gdal=here["gdal"].rsplit(".", 1)[0] + ".99")
    assert C.version_problems(patch_gdal, here, here["sklearn"]) == []


# ----------------------------------------------------------------------------- data access
def test_files_one_worker_cannot_read_are_listed_for_that_worker(world, own_cluster,
                                                                 tmp_path):
    hidden = str(world["root"] / "predictors" / "static")
    if shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("needs root and unshare to give one worker its own mount namespace")
    own_cluster.start_worker("sees-all")
    # the other worker runs in its own mount namespace where the static folder is an empty
    # tmpfs: as on a cluster node that lacks a mount
    own_cluster.start_worker_with_mounts("blind", f"mount -t tmpfs tmpfs '{hidden}'")
    names = own_cluster.wait_for_workers(2)
    out = tmp_path / "maps"
    with pytest.raises(InputError) as error:
        upscaler(world, str(out), dask_scheduler=own_cluster.address).run()
    text = str(error.value)
    assert error.value.parameter == "DASK_SCHEDULER"
    assert f"1 of 2 dask worker(s) at {own_cluster.address} cannot read files" in text
    assert f"worker {names['blind']} cannot read 1 file(s): {hidden}/landcover.tif" in text
    assert names["sees-all"] not in text
    assert "same path" in text and "/vsicurl/" in text and "Nothing was written" in text
    assert not out.exists()
    assert os.path.isfile(os.path.join(hidden, "landcover.tif")), "the client's view untouched"


def test_vsicurl_predictors_from_an_http_server(world, reference, cli_cluster, tmp_path):
    """COGs served over loopback HTTP (Range requests), read by the workers through
    /vsicurl/: no shared file system for the predictors."""
    cogs = tmp_path / "served"
    for source in sorted((world["root"] / "predictors").rglob("*.tif")):
        target = cogs / source.relative_to(world["root"] / "predictors")
        target.parent.mkdir(parents=True, exist_ok=True)
        with rasterio.open(source) as src:
            profile = dict(src.profile, driver="COG", compress="deflate")
            for key in ("tiled", "blockxsize", "blockysize", "interleave"):
                profile.pop(key, None)
            with rasterio.open(target, "w", **profile) as out:
                out.write(src.read())
    with HTTPServer(cogs) as server:
        local = PredictorCatalog.from_folder(str(cogs))
        remote = _served_catalog(local, str(cogs), "/vsicurl/" + server.url)
        reporter = Recorder()
        folder = str(tmp_path / "maps")
        upscaler(world, folder, reporter, catalog=remote, periods=world["periods"][:2],
                 dask_scheduler=cli_cluster.address).run()
        ranges = [r for r in server.server.requests if r.startswith("GET")]
    assert len(ranges) > 10, "the workers read the predictors over HTTP"
    expected = {k: v for k, v in reference.items() if k[-11:-4] in ("2005001", "2005009")}
    got = arrays(folder)
    assert got.keys() == expected.keys()
    for name in got:
        assert np.array_equal(got[name][0], expected[name][0]), name


def _served_catalog(catalog, root, base):
    """``catalog`` with its file paths replaced by their /vsicurl/ URLs under ``base`` (the
    catalog only scans local folders; see the report of issue 13)."""
    import copy

    remote = copy.deepcopy(catalog)
    for series in remote._series.values():
        for layer in series.layers:
            for attr in ("path", "source"):
                value = getattr(layer, attr, None)
                if isinstance(value, str) and value.startswith(root):
                    object.__setattr__(layer, attr, base + value[len(root):])
    return remote


# ----------------------------------------------------------------------------- faults
def test_worker_killed_mid_run_its_tasks_run_elsewhere(world, reference, own_cluster,
                                                       tmp_path):
    own_cluster.start_worker("stays")
    victim = own_cluster.start_worker("killed")
    own_cluster.wait_for_workers(2)
    folder = str(tmp_path / "maps")
    state = {"killed_at": None}

    def kill_after_a_few_tasks():
        if state["killed_at"] is None and len(reporter.fractions) >= 6:
            own_cluster.kill(victim, signal.SIGKILL)
            state["killed_at"] = len(reporter.fractions)

    reporter = Recorder(kill_after_a_few_tasks)
    result = upscaler(world, folder, reporter, dask_scheduler=own_cluster.address).run()
    assert state["killed_at"] is not None and victim.poll() == -signal.SIGKILL
    assert state["killed_at"] < len(reporter.fractions) - 10, "killed well before the end"
    assert result.backend == "dask" and len(result.periods_done) == N_PERIODS
    assert_same_maps(folder, reference)
    assert_unchanged(world["before"])


def test_scheduler_lost_mid_run_keeps_finished_periods_and_resume_completes(
        world, reference, own_cluster, tmp_path):
    own_cluster.start_worker("a")
    own_cluster.start_worker("b")
    own_cluster.wait_for_workers(2)
    folder = str(tmp_path / "maps")

    def kill_scheduler_after_a_period():
        if os.path.isdir(folder) and any(n.startswith("sr_") for n in os.listdir(folder)):
            own_cluster.kill(own_cluster.scheduler, signal.SIGKILL)

    started = time.perf_counter()
    with pytest.raises(InputError) as error:
        upscaler(world, folder, Recorder(kill_scheduler_after_a_period),
                 dask_scheduler=own_cluster.address).run()
    seconds = time.perf_counter() - started
    text = str(error.value)
    assert error.value.parameter == "DASK_SCHEDULER"
    assert f"The connection to the dask scheduler at {own_cluster.address} was lost" in text
    assert "were finished and are kept as complete, checked maps" in text
    assert "Unfinished files were removed" in text and "RESUME=true" in text
    assert seconds < 60, "no long hang after the scheduler is gone"
    names = os.listdir(folder)
    assert not [n for n in names if n.startswith(".")], names
    finished = [n for n in names if n.endswith(".tif")]
    assert 0 < len(finished) < len(reference)
    grid, sha = world["catalog"].grid("lst_day"), world["bundle"].metadata["sha256"]
    for name in finished:
        assert engine.check_output(os.path.join(folder, name), grid, sha) is None
    result = upscaler(world, folder, threads=2, resume=True).run()
    assert len(result.periods_resumed) == len(finished) // len(OUTPUTS)
    assert_same_maps(folder, reference)


# ----------------------------------------------------------------------------- workers write
def hidden_left(folder):
    """Hidden files and folders left in ``folder`` (temporaries, tiles, lock)."""
    return [n for n in os.listdir(folder) if n.startswith(".")]


def test_workers_write_tiles_gives_the_threads_maps(world, reference, cli_cluster, tmp_path):
    reporter = Recorder()
    folder = str(tmp_path / "maps")
    result = upscaler(world, folder, reporter, dask_scheduler=cli_cluster.address,
                      workers_write=True).run()
    assert result.backend == "dask" and len(result.periods_done) == N_PERIODS
    assert_same_maps(folder, reference)
    log = "\n".join(reporter.lines)
    assert "dask: every worker (2) wrote a test tile into " + folder in log
    assert "of compressed blocks into the maps byte for byte (0 tile(s)" in log
    assert hidden_left(folder) == [], "tiles, probes and temporaries are gone"
    assert os.path.isfile(os.path.join(folder, "sr.vrt"))
    assert_unchanged(world["before"])


class Canceller(Recorder):
    """Cancels once ``after`` tasks have been written."""

    def __init__(self, after):
        super().__init__()
        self.after = after

    def is_cancelled(self):
        return len(self.fractions) >= self.after


def test_workers_write_cancel_leaves_no_tiles_and_resume_completes(world, reference,
                                                                     cli_cluster, tmp_path):
    folder = str(tmp_path / "maps")
    windows = len(engine.block_windows(world["catalog"].grid("lst_day"), 1))
    with pytest.raises(engine.Cancelled) as error:
        upscaler(world, folder, Canceller(2 * windows + 1),
                 dask_scheduler=cli_cluster.address, workers_write=True).run()
    assert "were finished and are kept as complete, checked maps" in error.value.summary
    assert hidden_left(folder) == [], "no tile of an unfinished period is left"
    grid, sha = world["catalog"].grid("lst_day"), world["bundle"].metadata["sha256"]
    finished = [n for n in os.listdir(folder) if n.endswith(".tif")]
    assert 0 < len(finished) < len(reference)
    for name in finished:
        assert engine.check_output(os.path.join(folder, name), grid, sha) is None
    result = upscaler(world, folder, dask_scheduler=cli_cluster.address, workers_write=True,
                      resume=True).run()
    assert len(result.periods_resumed) == len(finished) // len(OUTPUTS)
    assert_same_maps(folder, reference)
    assert hidden_left(folder) == []


def test_stale_tiles_of_a_killed_run_are_removed(world, tmp_path):
    folder = tmp_path / "maps"
    stale = folder / engine.TILES_DIR / "0123456789ab" / "2005001"
    stale.mkdir(parents=True)
    (stale / "sr_w000000.tif").write_bytes(b"half a tile")
    reporter = Recorder()
    engine.remove_stale_temporaries(str(folder), reporter)
    assert os.listdir(folder) == []
    assert "Removed 1 unfinished temporary file(s)" in "\n".join(reporter.lines)


def test_worker_that_cannot_write_the_output_folder_is_listed(world, own_cluster, tmp_path):
    if shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("needs root and unshare to give one worker a read-only view")
    shared = tmp_path / "shared"
    shared.mkdir()
    own_cluster.start_worker("writes")
    # its own mount namespace where the shared folder is mounted read-only, as on a node
    # that mounts the storage without write access
    own_cluster.start_worker_with_mounts(
        "readonly", f"mount --bind '{shared}' '{shared}' && mount -o remount,bind,ro '{shared}'")
    names = own_cluster.wait_for_workers(2)
    out = shared / "maps"
    with pytest.raises(InputError) as error:
        upscaler(world, str(out), dask_scheduler=own_cluster.address,
                 workers_write=True).run()
    text = str(error.value)
    assert error.value.parameter == "OUTPUT_FOLDER"
    assert (f"Workers write their own tiles (WORKERS_WRITE), but 1 of 2 dask worker(s) at "
            f"{own_cluster.address} cannot write into the output folder {out}") in text
    assert f"worker {names['readonly']} cannot write there (" in text
    assert "Read-only file system" in text
    assert names["writes"] not in text
    assert "untick WORKERS_WRITE" in text and "Nothing was written" in text
    assert not out.exists()
    assert_unchanged(world["before"])

# ----------------------------------------------------------------------------- qgis_process
def test_qgis_process_with_dask_scheduler_gives_the_threads_maps(qgis_process, world,
                                                                 reference, cli_cluster,
                                                                 tmp_path):
    folder = tmp_path / "maps"
    out = qgis_process.run(
        "soilresp:upscale", MODEL=world["model"], PREDICTORS=str(world["root"] / "predictors"),
        UNCERTAINTY="true", AOA=1, DASK_SCHEDULER=cli_cluster.address,
        FILL_GAPS="false", OUTPUT_FOLDER=str(folder))  # the reference run fills no gaps
    assert out["results"]["N_PERIODS"] == N_PERIODS
    assert_same_maps(str(folder), reference)
    assert_unchanged(world["before"])


def test_qgis_process_workers_write_gives_the_threads_maps(qgis_process, world, reference,
                                                           cli_cluster, tmp_path):
    folder = tmp_path / "maps"
    out = qgis_process.run(
        "soilresp:upscale", MODEL=world["model"], PREDICTORS=str(world["root"] / "predictors"),
        UNCERTAINTY="true", AOA=1, DASK_SCHEDULER=cli_cluster.address, WORKERS_WRITE="true",
        FILL_GAPS="false", OUTPUT_FOLDER=str(folder))
    assert out["results"]["N_PERIODS"] == N_PERIODS
    assert_same_maps(str(folder), reference)
    assert not [n for n in os.listdir(folder) if n.startswith(".")]
    assert_unchanged(world["before"])


def test_qgis_process_refuses_a_mismatched_worker_by_name(qgis_process, world, own_cluster,
                                                          tmp_path):
    python = sklearn_venv(VENV_DIR)
    own_cluster.start_worker("other-sklearn", python=python)
    names = own_cluster.wait_for_workers(1)
    folder = tmp_path / "maps"
    done = qgis_process.run("soilresp:upscale", check=False, MODEL=world["model"],
                            PREDICTORS=str(world["root"] / "predictors"),
                            DASK_SCHEDULER=own_cluster.address, OUTPUT_FOLDER=str(folder))
    text = done.stdout + done.stderr
    assert done.returncode != 0
    assert DASK_NAME in text and f"worker {names['other-sklearn']}" in text
    assert f"found scikit-learn {OTHER_SKLEARN}, needs scikit-learn 1.2.1" in text
    assert "Traceback" not in text and not folder.exists()
