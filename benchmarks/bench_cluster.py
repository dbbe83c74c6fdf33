"""Cluster benchmark (``make bench``): ratios measured side by side in one run. Not a test.

Data and model: those of ``bench_upscale.py`` (the Japan-like 1 km raster, 3200 x 2200 cells,
10 predictors, 300-tree forest), generated into SOILRESP_BENCH_DIR if missing.

Measures, alternating and keeping the best of REPEATS (other load on the machine hits both):
1. cluster efficiency: throughput of a 2-worker process cluster (``dask scheduler`` and two
   ``dask worker --nthreads 1`` processes started from the command line on 127.0.0.1,
   without the plugin on their path: the run ships it) / throughput of 2 threads in this
   process, on the same pixels (goal >= 0.8);
2. the bytes per second the single client writes: during the cluster run (compressed GeoTIFF
   bytes on disk / run time) and its capacity (the same results written with no prediction
   running: the most predictions per second one writing client can absorb);
3. the projection to Asia (from 1 and 2): hours per worker count, and the worker count at
   which the single writing client becomes the limit.
"""
import argparse
import os
import pathlib
import shutil
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

import bench_upscale as B  # noqa: E402

REPEATS = 2
#: all of Asia at 1 km: land cells (about 44.6 million km2 of land) and 8-day periods 2000-2020
ASIA_LAND_CELLS = 4.46e7
ASIA_PERIODS = 21 * 46
ASIA_VALID_FRACTION = 0.7  # cloud, snow and fill gaps in the MODIS inputs (bench data: ~0.8)


def start_cluster(folder, n_workers):
    from cluster_helpers import CLICluster

    cluster = CLICluster(folder).start_scheduler()
    for k in range(n_workers):
        cluster.start_worker(f"w{k}", nthreads=1)
    cluster.wait_for_workers(n_workers)
    return cluster


def run(model, data, out, n_periods, threads=None, scheduler=None):
    from soil_resp_plugin.core import engine
    from soil_resp_plugin.core.catalog import PredictorCatalog
    from soil_resp_plugin.core.model import ModelBundle

    if out.exists():
        shutil.rmtree(out)
    bundle = ModelBundle.load(model)
    catalog = PredictorCatalog.from_files(B.folders(data))
    started = time.perf_counter()
    result = engine.Upscaler(bundle, catalog, out, B.periods(n_periods), threads=threads,
                             dask_scheduler=scheduler, model_path=str(model)).run()
    seconds = time.perf_counter() - started
    written = sum(p.stat().st_size for p in out.iterdir() if p.suffix == ".tif")
    return result.pixels, seconds, written


def write_capacity(model, data, out, n_periods, outputs=("sr",)):
    """Seconds the client needs to write the results of the run (predicted beforehand)."""
    from soil_resp_plugin.core import engine
    from soil_resp_plugin.core.catalog import PredictorCatalog
    from soil_resp_plugin.core.model import ModelBundle

    bundle = ModelBundle.load(model)
    catalog = PredictorCatalog.from_files(B.folders(data))
    upscaler = engine.Upscaler(bundle, catalog, out, B.periods(n_periods), threads=2,
                               outputs=outputs, model_path=str(model))
    plan = upscaler._plan(B.periods(n_periods))
    results = [engine.predict_window(bundle, catalog, plan, p, w)
               for p in range(n_periods) for w in range(len(plan.windows))]
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tags = upscaler.tags()
    started = time.perf_counter()
    pixels = 0
    for p in range(n_periods):
        files = engine.PeriodFiles(str(out), plan, plan.periods[p], tags, "0" * 12)
        for result in results[p * len(plan.windows):(p + 1) * len(plan.windows)]:
            files.write(result)
            pixels += 0 if result.valid is None else len(result.values["sr"])
        files.finish(plan.grid, upscaler.sha256)
    seconds = time.perf_counter() - started
    written = sum(p.stat().st_size for p in out.iterdir() if p.suffix == ".tif")
    return pixels, seconds, written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--periods", type=int, default=2)
    args = parser.parse_args()
    n_periods = args.periods
    B.CACHE.mkdir(parents=True, exist_ok=True)
    print(f"Cluster benchmark (data in {B.CACHE}; {os.cpu_count()} cores)")
    data = B.make_dataset(B.CACHE / "japan_like", 1, max(n_periods, 4))
    model = B.train_model(data, B.CACHE / "forest.joblib", max(n_periods, 4))
    work = pathlib.Path(tempfile.mkdtemp(prefix="soilresp_bench_cluster_"))
    cluster = start_cluster(work / "cluster", 2)
    try:
        t_threads = t_cluster = float("inf")
        for _ in range(REPEATS):
            n_threads, seconds, _ = run(model, data, B.CACHE / "out_threads", n_periods,
                                        threads=2)
            t_threads = min(t_threads, seconds)
            n_cluster, seconds, written = run(model, data, B.CACHE / "out_cluster", n_periods,
                                              scheduler=cluster.address)
            t_cluster = min(t_cluster, seconds)
    finally:
        cluster.close()
    assert n_threads == n_cluster, (n_threads, n_cluster)
    threads_rate, cluster_rate = n_threads / t_threads, n_cluster / t_cluster
    efficiency = cluster_rate / threads_rate
    print(f"\n1. Cluster efficiency ({n_periods} periods of {B.WIDTH}x{B.HEIGHT}, same pixels; "
          f"best of {REPEATS}, alternating)")
    print(f"  2 threads in this process: {n_threads:,} predictions in {t_threads:.1f} s = "
          f"{threads_rate:,.0f}/s")
    print(f"  2 dask worker processes (CLI, 1 thread each, core shipped): {n_cluster:,} in "
          f"{t_cluster:.1f} s = {cluster_rate:,.0f}/s")
    print(f"  cluster efficiency = {efficiency:.2f} (goal >= 0.8; includes connecting, the "
          "version/file checks, shipping the core and each worker loading the model)")

    print("\n2. The single writing client")
    print(f"  during the cluster run (sr): {written / 1e6:.1f} MB of GeoTIFF in {t_cluster:.1f} "
          f"s = {written / t_cluster / 1e6:.2f} MB/s")
    for outputs in (("sr", "sd"), ("sr",)):  # the last one is used for the projection
        n_write, t_write, bytes_write = write_capacity(model, data, work / "write", n_periods,
                                                       outputs)
        client_rate = n_write / t_write
        print(f"  capacity, outputs {'+'.join(outputs)} (results ready, writing only): "
              f"{bytes_write / 1e6:.1f} MB in {t_write:.2f} s = "
              f"{bytes_write / t_write / 1e6:.1f} MB/s = {client_rate:,.0f} predictions/s")

    per_worker = cluster_rate / 2
    predictions = ASIA_LAND_CELLS * ASIA_PERIODS * ASIA_VALID_FRACTION
    limit = client_rate / per_worker
    print(f"\n3. Asia at 1 km, 2000-2020: {ASIA_LAND_CELLS:.3g} land cells x {ASIA_PERIODS} "
          f"periods x {ASIA_VALID_FRACTION} valid = {predictions:.2g} predictions "
          f"(sr only; this machine's {per_worker:,.0f}/s per 1-thread worker)")
    for n in (1, 8, 32, 128, 512):
        rate = min(n * per_worker, client_rate)
        note = " (client-bound)" if n * per_worker > client_rate else ""
        print(f"  {n:4d} worker threads: {predictions / rate / 3600:,.1f} h{note}")
    print(f"  the single writing client becomes the limit at about {limit:.0f} worker threads")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
