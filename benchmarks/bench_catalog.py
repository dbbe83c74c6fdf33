"""Catalog scan at the scale of issue 9: 21 years x 46 periods x 10 layers x 8 tiles.

Builds a tree of real-structure MODIS HDF-EOS2 granules (tests/modis_granules.py: HDF4 files
with StructMetadata.0, CoreMetadata.0 and the GRID vgroups GDAL's HDF4_EOS driver reads, in
the true sinusoidal tiles h27-h30 x v04-v05 over Japan), but with 4 x 4 cells per tile instead
of 1200/2400 so the tree fits on disk and is written in a couple of minutes. Per tile and
8-day period three granules: MOD11A2 (LST_Day_1km, QC_Day, LST_Night_1km, QC_Night),
MOD15A2H (Fpar_500m, Lai_500m, FparLai_QC) and MOD17A2H (Gpp_500m, PsnNet_500m,
Psn_QC_500m): 10 layers (subdatasets) per tile and period.

Prints the cold scan time (no catalog cache; the files themselves are in the OS page cache as
they were just written), the cached re-open time (same process, cache file in a temporary
user cache folder) and their ratio, and whether the targets (cold <= 60 s, cached <= 3 s) are
met on this machine.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_catalog.py [--years 21] [--keep DIR]
"""
import argparse
import os
import shutil
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

from modis_granules import write_granule  # noqa: E402

from soil_resp_plugin.core import periods as P  # noqa: E402
from soil_resp_plugin.core.catalog import PredictorCatalog, close_datasets  # noqa: E402
from soil_resp_plugin.core.reporting import RecordingReporter  # noqa: E402

TILES = [(h, v) for v in (4, 5) for h in (27, 28, 29, 30)]  # 8 tiles over Japan
CELLS = 4
COLD_TARGET, CACHED_TARGET = 60.0, 3.0


def build(root, years):
    rng = np.random.default_rng(1)
    u8 = np.zeros((CELLS, CELLS), np.uint8)
    count = layers = 0
    start = time.perf_counter()
    for year in range(2000, 2000 + years):
        folder = os.path.join(root, str(year))
        for period in P.periods_of_year(year):
            for h, v in TILES:
                lst = rng.integers(13000, 16000, (CELLS, CELLS)).astype(np.uint16)
                write_granule(folder, "MOD11A2", period, h, v, {
                    "LST_Day_1km": lst, "QC_Day": u8, "LST_Night_1km": lst - 300,
                    "QC_Night": u8})
                write_granule(folder, "MOD15A2H", period, h, v, {
                    "Fpar_500m": rng.integers(0, 100, (CELLS, CELLS)).astype(np.uint8),
                    "Lai_500m": rng.integers(0, 70, (CELLS, CELLS)).astype(np.uint8),
                    "FparLai_QC": u8})
                gpp = rng.integers(0, 3000, (CELLS, CELLS)).astype(np.int16)
                write_granule(folder, "MOD17A2H", period, h, v, {
                    "Gpp_500m": gpp, "PsnNet_500m": gpp // 2, "Psn_QC_500m": u8})
                count += 3
                layers += 10
    return count, layers, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=21)
    parser.add_argument("--keep", help="build the tree in (or reuse it from) this folder")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="bench-catalog-")
    os.environ["SOILRESP_CACHE_DIR"] = os.path.join(work, "user-cache")
    root = args.keep or os.path.join(work, "granules")
    try:
        if args.keep and os.path.isdir(root) and os.listdir(root):
            files = sum(len(f) for _, _, f in os.walk(root))
            print(f"reusing {files} files in {root}")
        else:
            files, layers, seconds = build(root, args.years)
            size = sum(os.path.getsize(os.path.join(d, f))
                       for d, _, names in os.walk(root) for f in names)
            print(f"tree: {files} HDF-EOS2 granule files ({layers} granule layers = "
                  f"{args.years} years x 46 periods x 10 layers x {len(TILES)} tiles), "
                  f"{size / 1e6:.0f} MB, written in {seconds:.0f} s")
            print("each file: a real-structure MODIS HDF-EOS2 granule (MOD11A2, MOD15A2H or "
                  f"MOD17A2H) with the true tile bounds and {CELLS} x {CELLS} cells")
        start = time.perf_counter()
        cold = PredictorCatalog.from_folder(root, reporter=RecordingReporter())
        cold_s = time.perf_counter() - start
        close_datasets()
        print(f"cold scan:   {cold_s:7.2f} s  ({cold.scan_stats['files']} files opened, "
              f"variables {', '.join(cold.variables)}, "
              f"{len(cold.periods(cold.variables[0]))} periods)")
        start = time.perf_counter()
        cached = PredictorCatalog.from_folder(root, reporter=RecordingReporter())
        cached_s = time.perf_counter() - start
        close_datasets()
        assert cached.scan_stats["cache"] == "full", cached.scan_stats
        assert cached.describe() == cold.describe()
        cache_files = os.listdir(os.environ["SOILRESP_CACHE_DIR"])
        cache_mb = sum(os.path.getsize(os.path.join(os.environ["SOILRESP_CACHE_DIR"], f))
                       for f in cache_files) / 1e6
        print(f"cached scan: {cached_s:7.2f} s  (cache file {cache_mb:.0f} MB)")
        print(f"ratio cold/cached: {cold_s / cached_s:.1f}x")
        touched = os.path.join(root, "2010", sorted(os.listdir(os.path.join(root, "2010")))[0]) \
            if os.path.isdir(os.path.join(root, "2010")) else None
        if touched:
            stat = os.stat(touched)
            os.utime(touched, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
            start = time.perf_counter()
            partial = PredictorCatalog.from_folder(root, reporter=RecordingReporter())
            partial_s = time.perf_counter() - start
            close_datasets()
            assert partial.scan_stats["opened"] == [touched], partial.scan_stats["opened"][:3]
            assert partial.describe() == cold.describe()
            print(f"one file touched: {partial_s:7.2f} s  (only that file opened again, the "
                  "series rebuilt from the cached per-file results)")
        scale = args.years / 21
        print(f"target cold <= {COLD_TARGET * scale:.0f} s: "
              f"{'met' if cold_s <= COLD_TARGET * scale else 'NOT met'}; "
              f"target cached <= {CACHED_TARGET * scale:.1f} s: "
              f"{'met' if cached_s <= CACHED_TARGET * scale else 'NOT met'}"
              + (f" (targets scaled to {args.years} of 21 years)" if args.years != 21 else ""))
        print(f"machine: {os.cpu_count()} cores, load average "
              f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
