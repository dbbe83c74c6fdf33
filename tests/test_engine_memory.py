"""The thread backend hands memory that finished windows freed back to the system: glibc keeps
it in the worker threads' heaps otherwise, and the peak memory of a run grew with the number of
windows, i.e. with the map's area (benchmarks/bench_modis_pipeline.py measures the run)."""
import os
import platform

import numpy as np
import pytest

from soil_resp_plugin.core.engine_backends import ThreadBackend

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc",
                                reason="malloc_trim is glibc's")


def resident_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def test_memory_a_window_freed_goes_back_to_the_system():
    kept = []

    def window():
        """~57 MB of arrays of every size below glibc's mmap threshold, with long-lived
        entries between them (as cache entries are), freed on return."""
        arrays = []
        for i in range(600):
            arrays.append(np.ones(12_000 + i, dtype=np.float64))
            kept.append(np.ones(16))

    backend = ThreadBackend(None, None, 1)
    try:
        backend.pool.submit(window).result()
        held = resident_mb()
        backend.release_memory()
        assert held - resident_mb() > 30
    finally:
        backend.close()
