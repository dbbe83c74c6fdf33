"""Getting a dask.distributed cluster ready for an upscaling run, before any task.

1. Environment: every worker's Python, numpy, scikit-learn, rasterio and GDAL versions are
   compared with this process (scikit-learn with the model bundle's); a mismatch is an
   ``InputError`` (DASK_SCHEDULER) naming the worker and the package.
2. Code: the plugin's pure core (``soil_resp_plugin/core/``, subpackages included, and an empty package
   ``__init__``, no QGIS part) is zipped and registered with the scheduler as distributed's
   ``UploadFile`` worker plugin: every worker, including one that joins or restarts later,
   gets the zip on its import path. Nothing of the plugin has to be installed on the cluster.
3. Data: every worker opens the model bundle (and its sidecar) and a sample of the predictor
   rasters, by the paths this run uses (local paths on a shared file system, or GDAL virtual
   file systems such as /vsicurl/); what a worker cannot read is listed per worker.

The probes run on the workers before the core is there, so they live in
:mod:`cluster_probe`, which cloudpickle ships by value.
"""
import hashlib
import io
import os
import tempfile
import time
import zipfile

from . import cluster_probe
from .errors import InputError

PARAMETER = "DASK_SCHEDULER"
#: seconds to wait for the first worker of a scheduler that has none yet
WORKER_WAIT = 10
#: predictor files per variable each worker opens before the run (first, middle, last)
SAMPLE_PER_VARIABLE = 3
_STUB_INIT = ('"""soil_resp_plugin: the pure core, shipped to dask workers by the plugin '
              '(no QGIS parts)."""\n')
_ZIPS = {}

try:  # the probes travel as code: the workers do not have the plugin yet
    import cloudpickle

    cloudpickle.register_pickle_by_value(cluster_probe)
except (ImportError, AttributeError, ValueError):  # no cloudpickle >= 2: no dask either
    pass


# ----------------------------------------------------------------------------- the core zip
def core_files():
    """[(name inside the zip, bytes)] of the core package, sorted (a stable hash)."""
    here = os.path.dirname(os.path.abspath(__file__))
    files = [("soil_resp_plugin/__init__.py", _STUB_INIT.encode())]
    for folder, subfolders, names in os.walk(here):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        inside = os.path.relpath(folder, here).replace(os.sep, "/")
        prefix = "soil_resp_plugin/core/" + ("" if inside == "." else inside + "/")
        for name in sorted(names):
            if name.endswith(".py"):
                with open(os.path.join(folder, name), "rb") as handle:
                    files.append((prefix + name, handle.read()))
    return files


def core_zip(folder=None):
    """Path of ``soilresp_core_<hash>.zip`` (the core, built once per process and content)."""
    files = core_files()
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    name = f"soilresp_core_{digest.hexdigest()[:16]}.zip"
    path = _ZIPS.get(name)
    if path and os.path.isfile(path):
        return path
    folder = folder or tempfile.mkdtemp(prefix="soilresp_ship_")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in files:
            info = zipfile.ZipInfo(member, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    path = os.path.join(folder, name)
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue())
    _ZIPS[name] = path
    return path


# ----------------------------------------------------------------------------- versions
def _major_minor(version):
    return ".".join(str(version).split(".")[:2]) if version else None


def local_environment():
    return cluster_probe.environment()


LABELS = {"python": "Python", "numpy": "numpy", "sklearn": "scikit-learn",
          "rasterio": "rasterio", "gdal": "GDAL", "joblib": "joblib", "pandas": "pandas",
          "scipy": "scipy"}


def version_problems(worker_env, here, model_sklearn):
    """[(package label, what was found, what is needed)] of one worker."""
    problems = []
    for key in ("python", "numpy", "rasterio", "gdal"):
        found, wanted = worker_env.get(key), here.get(key)
        if found is None:
            problems.append((LABELS[key], "not installed", f"{LABELS[key]} {wanted}"))
        elif _major_minor(found) != _major_minor(wanted):
            problems.append((LABELS[key], f"{LABELS[key]} {found}",
                             f"{LABELS[key]} {_major_minor(wanted)}.x as in this QGIS "
                             f"({wanted})"))
    found = worker_env.get("sklearn")
    wanted = model_sklearn or here.get("sklearn")
    if found != wanted:
        problems.append(("scikit-learn", f"scikit-learn {found or 'not installed'}",
                         f"scikit-learn {wanted}, the version the model was trained with"))
    for key in ("joblib", "pandas", "scipy"):
        if worker_env.get(key) is None:
            problems.append((LABELS[key], "not installed", f"{LABELS[key]} (any version)"))
    return problems


def _describe_worker(address, env):
    return (f"worker {address} (host {env.get('host', '?')}, Python "
            f"{env.get('executable', '?')})")


# ----------------------------------------------------------------------------- the steps
def _workers(client, address):
    info = client.scheduler_info()
    if not info.get("workers"):
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT)
        except Exception:
            raise InputError(
                f"The dask scheduler at {address} has no worker (waited {WORKER_WAIT} s). "
                "Start workers (e.g. dask worker " + str(address) + ") and run again. "
                "Nothing was written.", parameter=PARAMETER) from None
        info = client.scheduler_info()
    return info["workers"]


def _run(client, function, *args, what):
    try:
        return client.run(function, *args)
    except InputError:
        raise
    except Exception as error:
        reason = " ".join(str(error).split())[:300] or type(error).__name__
        raise InputError(
            f"The dask workers could not {what} ({type(error).__name__}: {reason}). Check that "
            "every worker runs and has Python with dask.distributed, then run again. Nothing "
            "was written.", parameter=PARAMETER) from None


def check_versions(client, address, model_sklearn, reporter):
    envs = _run(client, cluster_probe.environment, what="report their versions")
    here = local_environment()
    bad = []
    for worker, env in sorted(envs.items()):
        problems = version_problems(env, here, model_sklearn)
        if problems:
            bad.append(f"{_describe_worker(worker, env)}: " + "; ".join(
                f"{label}: found {found}, needs {needed}" for label, found, needed in problems))
    if bad:
        raise InputError(
            f"{len(bad)} of {len(envs)} dask worker(s) at {address} do not match this run: "
            + " | ".join(bad) + ". Maps must not depend on which worker computed a pixel, so "
            "every worker needs the same versions: install them into the workers' Python "
            "(e.g. pip install scikit-learn==" + str(model_sklearn or here.get("sklearn"))
            + ") or stop those workers. Nothing was written.", parameter=PARAMETER)
    reporter.log(f"dask: {len(envs)} worker(s) checked: Python {here['python']}, numpy "
                 f"{here['numpy']}, scikit-learn {model_sklearn or here['sklearn']}, rasterio "
                 f"{here['rasterio']}, GDAL {here['gdal']}")
    return envs


def ship_core(client, address, reporter):
    """Upload the core zip as a worker plugin; check every worker imports the engine from it."""
    from distributed.diagnostics.plugin import UploadFile

    path = core_zip()
    name = os.path.basename(path)
    _run(client, cluster_probe.forget_plugin_modules, name,
         what="prepare for the plugin's code")
    started = time.perf_counter()
    try:
        client.register_worker_plugin(UploadFile(path), name=f"soilresp-core-{name}")
    except Exception as error:
        reason = " ".join(str(error).split())[:300] or type(error).__name__
        raise InputError(
            f"Shipping the plugin's core ({name}) to the dask workers failed ({reason}). "
            "Check that the workers' local directory is writable and their Python has numpy, "
            "rasterio, scikit-learn, pandas and joblib. Nothing was written.",
            parameter=PARAMETER) from None
    origins = _run(client, cluster_probe.core_origin, what="import the plugin's core")
    bad = [f"worker {w}: {o['error'] or 'imports it from ' + str(o['file'])}"
           for w, o in sorted(origins.items())
           if o["file"] is None or name not in str(o["file"])]
    if bad:
        raise InputError(
            f"The plugin's core was shipped to the dask workers ({name}) but "
            f"{len(bad)} cannot use it: {'; '.join(bad)}. Install what the import lacks into "
            "those workers' Python. Nothing was written.", parameter=PARAMETER)
    reporter.log(f"dask: the plugin's core ({name}, {os.path.getsize(path) // 1024} KiB) "
                 f"shipped to {len(origins)} worker(s) in {time.perf_counter() - started:.1f} s")
    return path


def sample_rasters(source, variables, mask=None, per_variable=SAMPLE_PER_VARIABLE):
    """A few raster paths per variable (first, middle, last), and the mask raster."""
    paths = []
    known = set(source.variables)
    for var in dict.fromkeys(variables):
        if var not in known:  # the variable check before the run names what is missing
            continue
        files = list(source.files(var))
        if not files:
            continue
        picks = {0, len(files) // 2, len(files) - 1}
        for index in sorted(picks)[:per_variable]:
            paths.append(_raster_path(files[index]))
    if mask is not None and getattr(mask, "raster", None):
        paths.append(mask.raster)
    return list(dict.fromkeys(p for p in paths if p))


def _raster_path(entry):
    """A catalog file entry (a path, or a GDAL subdataset name) as something to open."""
    return os.fspath(entry) if not isinstance(entry, (tuple, list)) else os.fspath(entry[0])


def check_access(client, address, model_path, rasters, reporter):
    from .model import sidecar_path

    model_files = {}
    for path in (os.path.abspath(model_path), os.fspath(sidecar_path(os.path.abspath(model_path)))):
        try:
            model_files[path] = os.path.getsize(path)
        except OSError:
            model_files[path] = None
    results = _run(client, cluster_probe.check_access, model_files, rasters,
                   what="check the model and predictor files")
    bad = {w: problems for w, problems in sorted(results.items()) if problems}
    if bad:
        parts = []
        for worker, problems in bad.items():
            shown = "; ".join(f"{path} ({why})" for path, why in problems[:6])
            more = f"; and {len(problems) - 6} more" if len(problems) > 6 else ""
            parts.append(f"worker {worker} cannot read {len(problems)} file(s): {shown}{more}")
        raise InputError(
            f"{len(bad)} of {len(results)} dask worker(s) at {address} cannot read files this "
            "run needs: " + " | ".join(parts) + ". Workers read the model and the predictors "
            "themselves, by the same paths as this computer: put them on storage every worker "
            "mounts under the same path, or serve the predictors over HTTP(S)/cloud storage "
            "and give them as /vsicurl/ (or /vsis3/, /vsigs/, /vsiaz/) paths. Nothing was "
            "written.", parameter=PARAMETER, path=next(iter(bad.values()))[0][0])
    reporter.log(f"dask: every worker opened the model and {len(rasters)} sample predictor "
                 "file(s)")


def prepare(client, address, model_path, model_sklearn, source, variables, mask, reporter):
    """All checks and the code shipping, before any task (see the module doc)."""
    _workers(client, address)
    check_versions(client, address, model_sklearn, reporter)
    ship_core(client, address, reporter)
    check_access(client, address, model_path,
                 sample_rasters(source, [v for v in variables if v not in ("doy_sin",
                                                                            "doy_cos")], mask),
                 reporter)


def check_writes(client, address, folder, compress, reporter):
    """Workers-write mode: every worker writes a small GeoTIFF into ``folder`` (the run's
    tile folder inside OUTPUT_FOLDER) and this computer reads it back; workers that cannot
    write there, or whose file this computer does not see (not the same storage), are
    listed per worker."""
    import numpy as np
    import rasterio

    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as error:
        raise InputError(f"Cannot create the tile folder {folder}: "
                         f"{error.strerror or error}.", parameter="OUTPUT_FOLDER",
                         path=folder) from None
    results = _run(client, cluster_probe.write_probe, folder, compress,
                   what="check that they can write into the output folder")
    expected = np.arange(256 * 256, dtype="float32").reshape(256, 256)
    bad = []
    for worker, outcome in sorted(results.items()):
        if outcome["error"]:
            bad.append(f"worker {worker} cannot write there ({outcome['error']})")
            continue
        path = os.path.join(folder, outcome["name"])
        try:
            with rasterio.open(path) as dataset:
                same = np.array_equal(dataset.read(1), expected)
        except Exception:
            same = None
        finally:
            try:
                os.remove(path)
            except OSError:
                pass
        if same is None:
            bad.append(f"worker {worker} wrote {outcome['name']} but this computer does not "
                       "see it there (not the same storage under this path)")
        elif not same:
            bad.append(f"worker {worker} wrote {outcome['name']} but this computer reads "
                       "other pixels from it")
    if bad:
        raise InputError(
            f"Workers write their own tiles (WORKERS_WRITE), but {len(bad)} of "
            f"{len(results)} dask worker(s) at {address} cannot write into the output "
            f"folder {os.path.dirname(folder)}: " + " | ".join(bad) + ". Give an output "
            "folder on storage that every worker and this computer mount under the same path "
            "with write access (e.g. NFS, Lustre, GPFS), or untick WORKERS_WRITE so that only "
            "this computer writes. Nothing was written.", parameter="OUTPUT_FOLDER",
            path=os.path.dirname(folder))
    reporter.log(f"dask: every worker ({len(results)}) wrote a test tile into "
                 f"{os.path.dirname(folder)} and this computer read it back")
