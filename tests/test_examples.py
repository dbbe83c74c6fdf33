"""The shell scripts of examples/ run as a user would run them (qgis_process against the
assembled plugin), made small by their environment variables: the whole chain on two months of
the demo, a two-year batch resumed after a partial run, and upscaling on a local dask cluster
started by the script."""
import re
import socket
import subprocess

import numpy as np
import pytest
import rasterio
from conftest import ROOT
from safety import assert_folder_unchanged, snapshot

EXAMPLES = ROOT / "examples"
PRODUCT = "global_product/synthetic_global_rs_monthly_0p5deg.nc"


def run_script(name, *args, env=None, qgis_process=None, timeout=600):
    environment = dict(qgis_process.env)  # plugin folder and a throw-away profile
    environment.update(env or {})
    done = subprocess.run(["bash", str(EXAMPLES / name), *map(str, args)], env=environment,
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{name} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def inputs_before(demo_dir):
    return snapshot(demo_dir)


@pytest.fixture(scope="module")
def full_chain(qgis_process, demo_dir, tmp_path_factory, inputs_before):
    out = tmp_path_factory.mktemp("examples") / "chain"
    log = run_script("full_chain.sh", out, qgis_process=qgis_process, env={
        "DATA": str(demo_dir), "COSORE_TIMESTAMPS": "1", "N_TREES": "30",
        "FIRST_DAY": "2005-01-01", "LAST_DAY": "2005-01-31"})
    return out, log


def test_full_chain_script(full_chain, demo_dir, inputs_before):
    out, log = full_chain
    assert "soilresp:fullchain" in log
    assert {p.name for p in (out / "models").glob("*.joblib")} == {"sr_rs.joblib",
                                                                   "sr_rs_insitu.joblib"}
    maps = sorted(p.name for p in (out / "maps").glob("sr_???????.tif"))
    assert maps == ["sr_2005001.tif", "sr_2005009.tif", "sr_2005017.tif", "sr_2005025.tif"]
    assert (out / "totals" / "monthly_totals.csv").exists()
    assert "synthetic_global_rs_monthly_0p5deg.nc" in (
        out / "comparison" / "report.html").read_text()
    assert "leave-one-location-out" in (out / "models" / "report.html").read_text()
    assert_folder_unchanged(demo_dir, inputs_before)


def test_full_chain_script_refuses_a_non_empty_output_folder(qgis_process, tmp_path):
    (tmp_path / "mine.txt").write_text("keep me")
    done = subprocess.run(["bash", str(EXAMPLES / "full_chain.sh"), str(tmp_path)],
                          env=qgis_process.env, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "is not empty" in done.stderr
    assert (tmp_path / "mine.txt").read_text() == "keep me"


def test_multi_year_batch_resumes_after_a_partial_run(qgis_process, full_chain, demo_dir,
                                                      tmp_path, inputs_before):
    model = full_chain[0] / "models" / "sr_rs_insitu.joblib"
    env = {"YEARS": "2005 2006", "FIRST_MMDD": "01-01", "LAST_MMDD": "01-31", "THREADS": "1"}
    run_script("multi_year_batch.sh", model, demo_dir, tmp_path, env=env,
               qgis_process=qgis_process)
    expected = {year: [f"sr_{year}{doy}.tif" for doy in ("001", "009", "017", "025")]
                for year in ("2005", "2006")}
    for year, names in expected.items():
        assert sorted(p.name for p in (tmp_path / year / "maps").glob("sr_???????.tif")) == names
        assert (tmp_path / year / "totals" / "totals.csv").exists()
    # a partial run: one map of 2006 lost (interrupted before it was written)
    lost = tmp_path / "2006" / "maps" / "sr_2006009.tif"
    with rasterio.open(lost) as src:
        reference = src.read(1)
    lost.unlink()
    kept = {p: (p.stat().st_mtime_ns, p.stat().st_ino)
            for year in expected for p in (tmp_path / year / "maps").glob("sr_???????.tif")}
    log = run_script("multi_year_batch.sh", model, demo_dir, tmp_path, env=env,
                     qgis_process=qgis_process)
    assert "N_RESUMED:\t4" in log and "N_RESUMED:\t3" in log  # 2005 all kept, 2006 three
    for path, stamp in kept.items():  # complete maps were kept, not recomputed
        assert (path.stat().st_mtime_ns, path.stat().st_ino) == stamp, path
    with rasterio.open(lost) as src:  # the lost one was computed again, identically
        np.testing.assert_array_equal(src.read(1), reference)
    assert_folder_unchanged(demo_dir, inputs_before)


def test_multi_year_batch_without_resume_refuses_existing_maps(qgis_process, full_chain,
                                                               demo_dir, tmp_path):
    model = full_chain[0] / "models" / "sr_rs_insitu.joblib"
    env = {"YEARS": "2005", "FIRST_MMDD": "01-01", "LAST_MMDD": "01-31", "THREADS": "1"}
    run_script("multi_year_batch.sh", model, demo_dir, tmp_path, env=env,
               qgis_process=qgis_process)
    before = snapshot(tmp_path / "2005" / "maps")
    environment = dict(qgis_process.env, **env, RESUME="false")
    done = subprocess.run(["bash", str(EXAMPLES / "multi_year_batch.sh"), str(model),
                           str(demo_dir), str(tmp_path)], env=environment,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert "RESUME" in done.stdout + done.stderr
    assert snapshot(tmp_path / "2005" / "maps") == before


def test_dask_local_cluster_script(qgis_process, full_chain, demo_dir, tmp_path, inputs_before):
    model = full_chain[0] / "models" / "sr_rs_insitu.joblib"
    log = run_script("dask_local_cluster.sh", model, demo_dir, tmp_path / "maps",
                     qgis_process=qgis_process, env={
                         "WORKERS": "2", "FIRST_DAY": "2005-01-01", "LAST_DAY": "2005-01-10"})
    assert "2 worker(s) ready" in log
    assert "dask" in log.lower()
    names = sorted(p.name for p in (tmp_path / "maps").glob("sr_???????.tif"))
    assert names == ["sr_2005001.tif", "sr_2005009.tif"]
    # the same pixels as the whole-chain run (threads) with the same model
    for name in names:
        with rasterio.open(tmp_path / "maps" / name) as a, rasterio.open(
                full_chain[0] / "maps" / name) as b:
            np.testing.assert_allclose(a.read(1), b.read(1), rtol=1e-6)
    # the script stopped its scheduler: nothing listens on its port any more
    port = int(re.search(r"dask scheduler on tcp://127.0.0.1:(\d+)", log).group(1))
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    assert_folder_unchanged(demo_dir, inputs_before)
