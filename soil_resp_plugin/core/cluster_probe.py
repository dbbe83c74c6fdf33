"""Functions that run on dask workers BEFORE the plugin's core is there.

:mod:`cluster` registers this module with cloudpickle "by value": its functions travel to
the workers as code, not as a reference to ``soil_resp_plugin``, so they run on a worker
that has never seen the plugin. Only the standard library at module level; everything else
is imported inside the functions and reported as missing when absent.
"""
import os
import platform
import socket
import sys


def environment():
    """Versions of what the upscaling needs on this worker (None: not installed)."""
    out = {"python": platform.python_version(), "executable": sys.executable,
           "host": socket.gethostname(), "pid": os.getpid()}
    for key, module in (("numpy", "numpy"), ("sklearn", "sklearn"), ("rasterio", "rasterio"),
                        ("joblib", "joblib"), ("pandas", "pandas"), ("scipy", "scipy")):
        try:
            out[key] = __import__(module).__version__
        except Exception as error:  # not installed, or broken
            out[key] = None
            out[key + "_error"] = f"{type(error).__name__}: {error}"
    try:
        import rasterio

        out["gdal"] = rasterio.__gdal_version__
    except Exception:
        out["gdal"] = None
    return out


def forget_plugin_modules(keep_zip):
    """Drop ``soil_resp_plugin`` modules and older shipped zips from this worker, so the next
    import comes from the zip about to be uploaded (named ``keep_zip``)."""
    dropped = [name for name in sys.modules
               if name == "soil_resp_plugin" or name.startswith("soil_resp_plugin.")]
    for name in dropped:
        del sys.modules[name]
    for entry in list(sys.path):
        base = os.path.basename(entry)
        if base.startswith("soilresp_core_") and base.endswith(".zip") and base != keep_zip:
            sys.path.remove(entry)
    return len(dropped)


def core_origin():
    """Where this worker imports the plugin's engine from (None: it cannot)."""
    try:
        import importlib

        engine = importlib.import_module("soil_resp_plugin.core.engine")
        return {"file": engine.__file__, "error": None}
    except Exception as error:
        return {"file": None, "error": f"{type(error).__name__}: {error}"}


def check_access(model_files, rasters):
    """[(path, reason)] of the files this worker cannot read: ``model_files`` as
    {path: size on the client} (opened and read), ``rasters`` opened with rasterio (local
    paths, shared file systems and GDAL virtual file systems such as /vsicurl/)."""
    problems = []
    for path, size in model_files.items():
        try:
            with open(path, "rb") as handle:
                handle.read(65536)
            here = os.path.getsize(path)
            if size is not None and here != size:
                problems.append((path, f"{here} bytes here, {size} on the client (another "
                                       "copy of the model?)"))
        except OSError as error:
            problems.append((path, error.strerror or str(error)))
    try:
        import rasterio
    except Exception as error:
        return problems + [(path, f"rasterio missing ({error})") for path in rasters]
    for path in rasters:
        try:
            with rasterio.open(path) as dataset:
                if dataset.count:  # an HDF container has subdatasets, no band
                    dataset.read(1, window=((0, 1), (0, 1)))
        except Exception as error:
            text = " ".join(str(error).split())
            problems.append((path, text[:200] or type(error).__name__))
    return problems


def write_probe(folder, compress):
    """Write a small tiled GeoTIFF (the run's compression) into ``folder`` under a temporary
    name and rename it, as a tile of the workers-write mode; returns {"name", "error"} (the
    client checks that it sees the file: the same shared storage)."""
    import uuid

    name = f".probe_{socket.gethostname()}_{os.getpid()}_{uuid.uuid4().hex[:8]}.tif"
    final = os.path.join(folder, name)
    temp = final + ".partial"
    try:
        import numpy as np
        import rasterio

        with rasterio.open(temp, "w", driver="GTiff", width=256, height=256, count=1,
                           dtype="float32", tiled=True, blockxsize=256, blockysize=256,
                           compress=compress, nodata=-9999.0,
                           transform=rasterio.transform.from_origin(0, 256, 1, 1)) as dataset:
            dataset.write(np.arange(256 * 256, dtype="float32").reshape(1, 256, 256))
        os.replace(temp, final)
        return {"name": name, "error": None}
    except Exception as error:
        text = getattr(error, "strerror", None) or " ".join(str(error).split())[:200]
        for path in (temp, final):
            try:
                os.remove(path)
            except OSError:
                pass
        return {"name": None, "error": text or type(error).__name__}
