"""Open datasets kept per thread (file handles reused across windows and periods)."""
import threading
import weakref
from collections import OrderedDict

import rasterio

from ..errors import InputError
from ..i18n import tr
from .common import PARAMETER

#: open datasets kept per thread (each holds a file handle)
_DATASETS_PER_THREAD = 64
_local = threading.local()
# Every thread's dataset cache, so close_all_datasets() reaches caches of threads that are
# idle or gone: a dataset still open when QGIS shuts GDAL down crashes the process at exit.
class _DatasetCache(OrderedDict):
    """Open datasets of one thread (a class of its own so the registry can hold weak refs)."""


_thread_caches = weakref.WeakValueDictionary()  # id -> cache
_thread_caches_lock = threading.Lock()


def thread_cache(local):
    """This thread's cache on ``local``, registered for :func:`close_all_datasets`."""
    cache = getattr(local, "datasets", None)
    if cache is None:
        cache = local.datasets = _DatasetCache()
        with _thread_caches_lock:
            _thread_caches[id(cache)] = cache
    return cache


def _dataset(source):
    """An open dataset for this thread; datasets are reused across windows and periods."""
    cache = thread_cache(_local)
    dataset = cache.get(source)
    if dataset is not None and not dataset.closed:
        cache.move_to_end(source)
        return dataset
    dataset = rasterio.open(source)
    cache[source] = dataset
    while len(cache) > _DATASETS_PER_THREAD:
        _, old = cache.popitem(last=False)
        old.close()
    return dataset


def _close_cache(cache):
    while cache:
        _, value = cache.popitem()
        for dataset in reversed(value) if isinstance(value, tuple) else (value,):  # VRT first
            dataset.close()


def close_datasets():
    """Close the datasets this thread keeps open (e.g. before deleting files)."""
    _close_cache(getattr(_local, "datasets", None))


def close_all_datasets():
    """Close every thread's cached datasets; call before GDAL shuts down (plugin unload,
    end of a test session), when no read is running."""
    with _thread_caches_lock:
        caches = list(_thread_caches.values())
    for cache in caches:
        _close_cache(cache)


def damaged(path, error):
    if str(path).startswith("/vsi"):
        return InputError(
            tr("Cannot read the remote file {path}: {error}. Check the address (open it with "
               "gdalinfo), that the server answers HTTP range requests, and GDAL's credentials "
               "(AWS_*, GDAL_HTTP_*); or download the file and give the local copy.").format(
                path=path, error=error),
            parameter=PARAMETER, path=path,
        )
    return InputError(
        tr("Cannot read {path}: {error}. The file is damaged or truncated: download it again, "
           "or remove it from PREDICTORS.").format(path=path, error=error),
        parameter=PARAMETER, path=path,
    )

