"""The thread backend hands memory that finished windows freed back to the system: glibc keeps
it in the worker threads' heaps otherwise, and the peak memory of a run grew with the number of
windows, i.e. with the map's area (benchmarks/bench_modis_pipeline.py measures the run)."""
import pathlib
import platform
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc",
                                reason="malloc_trim is glibc's")

#: run in a fresh interpreter: how much a long test session's heaps hold already would decide
#: what one window's arrays can add and give back
MEASURE = textwrap.dedent("""
    import os

    import numpy as np

    from soil_resp_plugin.core.engine_backends import ThreadBackend


    def resident_mb():
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


    kept = []


    def window():
        # ~57 MB of arrays of every size below glibc's mmap threshold, with long-lived
        # entries between them (as cache entries are), freed on return
        arrays = []
        for i in range(600):
            arrays.append(np.ones(12_000 + i, dtype=np.float64))
            kept.append(np.ones(16))


    backend = ThreadBackend(None, None, 1)
    try:
        backend.pool.submit(window).result()
        held = resident_mb()
        backend.release_memory()
        print(held - resident_mb())
    finally:
        backend.close()
""")


def test_memory_a_window_freed_goes_back_to_the_system():
    done = subprocess.run([sys.executable, "-c", MEASURE], capture_output=True, text=True,
                          check=True, cwd=pathlib.Path(__file__).resolve().parents[1])
    assert float(done.stdout.split()[-1]) > 30  # MB given back of ~57 MB freed
