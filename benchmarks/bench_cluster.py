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


def run(model, data, out, n_periods, threads=None, scheduler=None, workers_write=False):
    from soil_resp_plugin.core import engine
    from soil_resp_plugin.core.catalog import PredictorCatalog
    from soil_resp_plugin.core.model import ModelBundle

    if out.exists():
        shutil.rmtree(out)
    bundle = ModelBundle.load(model)
    catalog = PredictorCatalog.from_files(B.folders(data))
    started = time.perf_counter()
    result = engine.Upscaler(bundle, catalog, out, B.periods(n_periods), threads=threads,
                             dask_scheduler=scheduler, model_path=str(model),
                             workers_write=workers_write).run()
    seconds = time.perf_counter() - started
    written = sum(p.stat().st_size for p in out.iterdir() if p.suffix == ".tif")
    return result.pixels, seconds, written


def write_capacity(model, data, out, n_periods, outputs=("sr",), workers_write=False):
    """(pixels, seconds the client needs to finish the run's maps, bytes of the maps) with
    the predictions made beforehand. Client writes: the client compresses and writes every
    block. Workers write: the tile GeoTIFFs are written beforehand as the workers would
    (untimed); the client only merges the metadata and copies the compressed blocks."""
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
    tags, token = upscaler.tags(), "0" * 12
    pixels = sum(r.n_predicted for r in results)
    if workers_write:
        for period in plan.periods:
            os.makedirs(engine.tile_folder(str(out), token, period))
        results = [engine.write_window_tiles(r, plan, str(out), token, engine.compression())
                   for r in results]
    kind = engine.PeriodTiles if workers_write else engine.PeriodFiles
    started = time.perf_counter()
    for p in range(n_periods):
        files = kind(str(out), plan, plan.periods[p], tags, token)
        for result in results[p * len(plan.windows):(p + 1) * len(plan.windows)]:
            files.write(result)
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
        n_tiles, t_tiles, _ = run(model, data, B.CACHE / "out_tiles", n_periods,
                                  scheduler=cluster.address, workers_write=True)
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
    assert n_tiles == n_cluster, (n_tiles, n_cluster)
    print(f"  the same with workers writing their tiles (WORKERS_WRITE, one run): {n_tiles:,} "
          f"in {t_tiles:.1f} s = {n_tiles / t_tiles:,.0f}/s (efficiency "
          f"{n_tiles / t_tiles / threads_rate:.2f})")

    print("\n2. The single writing client")
    print(f"  during the cluster run (sr): {written / 1e6:.1f} MB of GeoTIFF in {t_cluster:.1f} "
          f"s = {written / t_cluster / 1e6:.2f} MB/s")
    per_worker = cluster_rate / 2
    print(f"  capacity (results ready, client's part only, best of {REPEATS + 1}; "
          f"{per_worker:,.0f} predictions/s per 1-thread worker):")
    print(f"  {'outputs':8} {'mode':15} {'MB':>6} {'s':>6} {'MB/s':>7} {'predictions/s':>14} "
          f"{'limit (workers)':>16}")
    limits = {}
    write_capacity(model, data, work / "write", n_periods)  # warm-up (GDAL, codecs, cache)
    for outputs in (("sr",), ("sr", "sd")):
        for mode in ("client writes", "workers write"):
            t_write = float("inf")
            for _ in range(REPEATS + 1):
                n_write, seconds, bytes_write = write_capacity(
                    model, data, work / "write", n_periods, outputs, mode == "workers write")
                t_write = min(t_write, seconds)
            rate = n_write / t_write
            limits[outputs, mode] = rate
            print(f"  {'+'.join(outputs):8} {mode:15} {bytes_write / 1e6:6.1f} {t_write:6.2f} "
                  f"{bytes_write / t_write / 1e6:7.1f} {rate:14,.0f} {rate / per_worker:16,.0f}")
        ratio = limits[outputs, "workers write"] / limits[outputs, "client writes"]
        print(f"  {'+'.join(outputs)}: workers write / client writes = {ratio:.1f}x the "
              "client's capacity")

    predictions = ASIA_LAND_CELLS * ASIA_PERIODS * ASIA_VALID_FRACTION
    print(f"\n3. Asia at 1 km, 2000-2020: {ASIA_LAND_CELLS:.3g} land cells x {ASIA_PERIODS} "
          f"periods x {ASIA_VALID_FRACTION} valid = {predictions:.2g} predictions "
          f"(this machine's {per_worker:,.0f}/s per 1-thread worker)")
    for (outputs, mode), client_rate in limits.items():
        hours = []
        for n in (1, 8, 32, 128, 512):
            rate = min(n * per_worker, client_rate)
            hours.append(f"{n}: {predictions / rate / 3600:,.1f} h"
                         + ("*" if n * per_worker > client_rate else ""))
        print(f"  {'+'.join(outputs):6} {mode:14} " + ", ".join(hours)
              + f"; client-bound (*) from about {client_rate / per_worker:,.0f} worker threads")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
