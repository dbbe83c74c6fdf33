"""Where the upscaling engine's tasks run: :class:`ThreadBackend` (a thread pool; inside QGIS
``sys.executable`` is QGIS, so never a process pool) and :class:`DaskBackend` (a
dask.distributed cluster), the dask task functions, the per-worker model cache (each worker
loads the model once from the bundle path), and connecting to and closing a dask client.

The prediction itself is :func:`engine.predict_window`, imported when a task runs (engine
imports this module).
"""
import ctypes
import logging
import os
import threading

import numpy as np

from .engine_outputs import write_window_tiles
from .errors import Cancelled, InputError
from .i18n import tr

_LOG = logging.getLogger(__name__)


# ----------------------------------------------------------------------------- dask side
_worker_models = {}
_worker_lock = threading.Lock()
_worker_loads = []  # (path, sha256) of every model load in this process, for tests and logs


def _worker_bundle(model_path, sha256):
    """The model of ``model_path`` loaded once per worker process (keyed by path + SHA-256)."""
    key = (model_path, sha256)
    with _worker_lock:
        bundle = _worker_models.get(key)
        if bundle is None:
            from .model import ModelBundle

            bundle = ModelBundle.load(model_path)
            _worker_loads.append(key)
            if bundle.metadata.get("sha256") != sha256:
                raise InputError(tr("Model file {path} changed during the run (SHA-256 "
                                    "differs on a dask worker).").format(path=model_path),
                                 parameter="MODEL", path=model_path)
            if bundle.aoa is not None:
                bundle.aoa.dissimilarity(np.zeros((0, len(bundle.predictors))))  # build index
            _worker_models.clear()
            _worker_models[key] = bundle
    return bundle


def dask_task(model_path, sha256, source, plan, period_index, window_index):
    """The task as dask runs it: the model comes from the worker's cache, never the wire."""
    from .engine import predict_window

    return predict_window(_worker_bundle(model_path, sha256), source, plan, period_index,
                          window_index)


def dask_tile_task(model_path, sha256, source, plan, period_index, window_index, folder,
                   token, compress):
    """The task of the workers-write mode: predict, write the tiles, return metadata."""
    result = dask_task(model_path, sha256, source, plan, period_index, window_index)
    return write_window_tiles(result, plan, folder, token, compress)


# ----------------------------------------------------------------------------- backends
def _malloc_trim():
    """glibc's ``malloc_trim``, or None where the C library has none (Windows, macOS, musl)."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_MALLOC_TRIM = _malloc_trim()


class ThreadBackend:
    name = "threads"

    def __init__(self, bundle, source, threads):
        from concurrent.futures import ThreadPoolExecutor

        self.bundle, self.source = bundle, source
        self.workers = max(1, int(threads))
        self.stopping = threading.Event()
        self.pool = ThreadPoolExecutor(self.workers, thread_name_prefix="soilresp-upscale")

    def describe(self):
        return tr("{n} thread(s)").format(n=self.workers)

    def submit(self, plan, period_index, window_index):
        from .engine import predict_window

        return self.pool.submit(predict_window, self.bundle, self.source, plan, period_index,
                                window_index, self.stopping.is_set)

    def wait(self, futures, timeout):
        from concurrent.futures import FIRST_COMPLETED, wait

        done, _ = wait(futures, timeout=timeout, return_when=FIRST_COMPLETED)
        return done

    def result(self, future):
        return future.result()

    def release_memory(self):
        """Hand the memory freed by finished windows back to the system. glibc keeps what a
        thread frees in that thread's heap, and windows of every size (cropped to their valid
        pixels) among long-lived cache entries leave those heaps fragmented, so without this
        the peak resident memory grew with the number of windows, i.e. with the map's area.
        A few milliseconds."""
        if _MALLOC_TRIM is not None:
            _MALLOC_TRIM(0)

    def cancel(self, futures):
        self.stopping.set()
        for future in futures:
            future.cancel()

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


#: seconds to wait for a dask scheduler before giving up (an unreachable address fails fast)
DASK_CONNECT_TIMEOUT = 5


def connect_dask(address, model_path, timeout=DASK_CONNECT_TIMEOUT):
    """A ``distributed.Client`` of the scheduler at ``address``; InputError naming the address
    when the package is missing or the scheduler cannot be reached within ``timeout`` s."""
    try:
        from distributed import Client
    except ImportError:
        raise InputError(
            tr("A dask scheduler was given but the 'distributed' package is not installed "
               "(Debian: apt install python3-distributed; pip: pip install distributed). "
               "Install it, or leave the address empty to run on this machine's threads."),
            parameter="DASK_SCHEDULER") from None
    if not model_path:
        raise InputError(tr("Running on dask needs the model as a bundle file (MODEL)."),
                         parameter="MODEL")
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except Exception as error:
        reason = str(error).strip() or type(error).__name__
        if len(reason) > 300:
            reason = reason[:297] + "..."
        raise InputError(
            tr("Cannot connect to the dask scheduler at {address} within {timeout} s "
               "({reason}). Start the scheduler or correct the address (e.g. "
               "tcp://host:8786), or leave it empty to run on this machine's threads. Nothing "
               "was written.").format(address=address, timeout=timeout, reason=reason),
            parameter="DASK_SCHEDULER") from None


class ClusterLost(Exception):
    """The dask scheduler went away, or tasks kept killing workers, mid-run; the run turns
    it into an InputError naming DASK_SCHEDULER and what was kept."""


class DaskBackend:
    """Tasks on a dask.distributed cluster; :func:`cluster.prepare` has checked the workers
    and shipped the core before this scatters the catalog and the plan."""

    name = "dask"

    def __init__(self, client, model_path, sha256, source, plan, tiles=None):
        self.client = client
        self.tiles = tiles  # (output folder, run token, compression): workers write tiles
        self.address = getattr(client.scheduler, "address", None) or tr("the scheduler")
        self.model_path, self.sha256 = os.path.abspath(model_path), sha256
        self.source = self.client.scatter(source, broadcast=True)
        self.plan = self.client.scatter(plan, broadcast=True)
        self.workers = max(1, sum(self.client.nthreads().values()))

    def _lost(self, error):
        if self.client.status not in ("running",):
            return ClusterLost(
                tr("The connection to the dask scheduler at {address} was lost mid-run "
                   "(client {status}; the scheduler stopped or the network failed).").format(
                    address=self.address, status=self.client.status))
        name = type(error).__name__
        if name == "KilledWorker":
            return ClusterLost(
                tr("A task killed dask workers repeatedly (out of memory? a crash in GDAL or "
                   "scikit-learn?), so the scheduler at {address} gave up on it ({error}). "
                   "Check the workers' logs and memory limit.").format(
                    address=self.address, error=" ".join(str(error).split())[:200]))
        return None

    def describe(self):
        info = self.client.scheduler_info()
        return tr("dask scheduler {address} with {workers} worker(s), {threads} "
                  "thread(s)").format(address=info.get("address"),
                                      workers=len(info.get("workers", {})),
                                      threads=self.workers)

    def submit(self, plan, period_index, window_index):
        try:
            if self.tiles:
                return self.client.submit(dask_tile_task, self.model_path, self.sha256,
                                          self.source, self.plan, period_index, window_index,
                                          *self.tiles, pure=False)
            return self.client.submit(dask_task, self.model_path, self.sha256, self.source,
                                      self.plan, period_index, window_index, pure=False)
        except Exception as error:  # the scattered inputs are gone with the scheduler
            lost = self._lost(error)
            if lost is None:
                raise
            raise lost from None

    def wait(self, futures, timeout):
        from distributed import wait
        from distributed.client import TimeoutError as DaskTimeout

        try:
            with self.client.as_current():
                done, _ = wait(list(futures), timeout=timeout, return_when="FIRST_COMPLETED")
        except (DaskTimeout, TimeoutError):
            if self.client.status != "running":
                raise self._lost(None) from None
            return set()
        except Exception as error:  # CancelledError when the scheduler is gone
            lost = self._lost(error)
            if lost is None:
                raise
            raise lost from None
        return done

    def release_memory(self):
        """Nothing to do here: the windows' memory is the workers' (dask's nanny starts them
        with MALLOC_TRIM_THRESHOLD_ set, distributed's default)."""

    def result(self, future):
        try:
            return future.result()
        except (Cancelled, InputError):
            raise
        except Exception as error:
            lost = self._lost(error)
            if lost is None:
                raise
            raise lost from None

    def cancel(self, futures):
        if futures and self.client.status == "running":
            try:
                self.client.cancel(list(futures))
            except Exception as error:  # whatever dask raises here, the run goes on
                # the scheduler went away between the status check and the call: nothing is
                # left to cancel, and the caller reports the lost cluster itself
                _LOG.debug("cancelling %d dask task(s) failed: %s", len(futures), error)

    def close(self):
        close_client(self.client)


def close_client(client):
    """Close a dask client, also one whose scheduler is gone (never hangs, never raises)."""
    try:
        client.close(timeout=DASK_CONNECT_TIMEOUT)
    except Exception as error:  # documented to never raise (called on errors)
        # a scheduler that is already gone cannot acknowledge the close; the connection is
        # dropped either way
        _LOG.debug("closing the dask client failed: %s", error)
