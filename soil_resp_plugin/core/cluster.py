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
from .i18n import tr

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
            problems.append((LABELS[key], tr("not installed"), f"{LABELS[key]} {wanted}"))
        elif _major_minor(found) != _major_minor(wanted):
            problems.append((LABELS[key], f"{LABELS[key]} {found}",
                             tr("{package} {version}.x as in this QGIS "
                                "({full})").format(package=LABELS[key],
                                                   version=_major_minor(wanted), full=wanted)))
    found = worker_env.get("sklearn")
    wanted = model_sklearn or here.get("sklearn")
    if found != wanted:
        problems.append(("scikit-learn", f"scikit-learn {found}" if found
                         else tr("scikit-learn not installed"),
                         tr("scikit-learn {version}, the version the model was trained "
                            "with").format(version=wanted)))
    for key in ("joblib", "pandas", "scipy"):
        if worker_env.get(key) is None:
            problems.append((LABELS[key], tr("not installed"),
                             tr("{package} (any version)").format(package=LABELS[key])))
    return problems


def _describe_worker(address, env):
    return tr("worker {address} (host {host}, Python {python})").format(
        address=address, host=env.get("host", "?"), python=env.get("executable", "?"))


# ----------------------------------------------------------------------------- the steps
def _workers(client, address):
    info = client.scheduler_info()
    if not info.get("workers"):
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT)
        except Exception:
            raise InputError(
                tr("The dask scheduler at {address} has no worker (waited {seconds} s). "
                   "Start workers (e.g. dask worker {address}) and run again. "
                   "Nothing was written.").format(address=address, seconds=WORKER_WAIT),
                parameter=PARAMETER) from None
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
            tr("The dask workers could not {what} ({error}: {reason}). Check that "
               "every worker runs and has Python with dask.distributed, then run again. "
               "Nothing was written.").format(what=what, error=type(error).__name__,
                                              reason=reason), parameter=PARAMETER) from None


def check_versions(client, address, model_sklearn, reporter):
    envs = _run(client, cluster_probe.environment, what=tr("report their versions"))
    here = local_environment()
    bad = []
    for worker, env in sorted(envs.items()):
        problems = version_problems(env, here, model_sklearn)
        if problems:
            bad.append(f"{_describe_worker(worker, env)}: " + "; ".join(
                tr("{package}: found {found}, needs {needed}").format(
                    package=label, found=found, needed=needed)
                for label, found, needed in problems))
    if bad:
        raise InputError(
            tr("{bad} of {total} dask worker(s) at {address} do not match this run: "
               "{workers}. Maps must not depend on which worker computed a pixel, so "
               "every worker needs the same versions: install them into the workers' Python "
               "(e.g. pip install scikit-learn=={version}) or stop those workers. Nothing was "
               "written.").format(bad=len(bad), total=len(envs), address=address,
                                  workers=" | ".join(bad),
                                  version=model_sklearn or here.get("sklearn")),
            parameter=PARAMETER)
    reporter.log(tr("dask: {n} worker(s) checked: Python {python}, numpy "
                    "{numpy}, scikit-learn {sklearn}, rasterio "
                    "{rasterio}, GDAL {gdal}").format(
                        n=len(envs), python=here["python"], numpy=here["numpy"],
                        sklearn=model_sklearn or here["sklearn"], rasterio=here["rasterio"],
                        gdal=here["gdal"]))
    return envs


def ship_core(client, address, reporter):
    """Upload the core zip as a worker plugin; check every worker imports the engine from it."""
    from distributed.diagnostics.plugin import UploadFile

    path = core_zip()
    name = os.path.basename(path)
    _run(client, cluster_probe.forget_plugin_modules, name,
         what=tr("prepare for the plugin's code"))
    started = time.perf_counter()
    try:
        client.register_worker_plugin(UploadFile(path), name=f"soilresp-core-{name}")
    except Exception as error:
        reason = " ".join(str(error).split())[:300] or type(error).__name__
        raise InputError(
            tr("Shipping the plugin's core ({name}) to the dask workers failed ({reason}). "
               "Check that the workers' local directory is writable and their Python has "
               "numpy, rasterio, scikit-learn, pandas and joblib. Nothing was "
               "written.").format(name=name, reason=reason),
            parameter=PARAMETER) from None
    origins = _run(client, cluster_probe.core_origin, what=tr("import the plugin's core"))
    bad = [tr("worker {worker}: {error}").format(worker=w, error=o["error"]) if o["error"]
           else tr("worker {worker}: imports it from {file}").format(worker=w, file=o["file"])
           for w, o in sorted(origins.items())
           if o["file"] is None or name not in str(o["file"])]
    if bad:
        raise InputError(
            tr("The plugin's core was shipped to the dask workers ({name}) but "
               "{n} cannot use it: {workers}. Install what the import lacks into "
               "those workers' Python. Nothing was written.").format(
                name=name, n=len(bad), workers="; ".join(bad)), parameter=PARAMETER)
    reporter.log(tr("dask: the plugin's core ({name}, {kib} KiB) "
                    "shipped to {n} worker(s) in {seconds:.1f} s").format(
                        name=name, kib=os.path.getsize(path) // 1024, n=len(origins),
                        seconds=time.perf_counter() - started))
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
                   what=tr("check the model and predictor files"))
    bad = {w: problems for w, problems in sorted(results.items()) if problems}
    if bad:
        parts = []
        for worker, problems in bad.items():
            shown = "; ".join(f"{path} ({why})" for path, why in problems[:6])
            if len(problems) > 6:
                parts.append(tr("worker {worker} cannot read {n} file(s): {files}; and "
                                "{more} more").format(worker=worker, n=len(problems),
                                                      files=shown, more=len(problems) - 6))
            else:
                parts.append(tr("worker {worker} cannot read {n} file(s): {files}").format(
                    worker=worker, n=len(problems), files=shown))
        raise InputError(
            tr("{bad} of {total} dask worker(s) at {address} cannot read files this "
               "run needs: {workers}. Workers read the model and the predictors "
               "themselves, by the same paths as this computer: put them on storage every "
               "worker mounts under the same path, or serve the predictors over "
               "HTTP(S)/cloud storage and give them as /vsicurl/ (or /vsis3/, /vsigs/, "
               "/vsiaz/) paths. Nothing was written.").format(
                bad=len(bad), total=len(results), address=address,
                workers=" | ".join(parts)),
            parameter=PARAMETER, path=next(iter(bad.values()))[0][0])
    reporter.log(tr("dask: every worker opened the model and {n} sample predictor "
                    "file(s)").format(n=len(rasters)))


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
        raise InputError(tr("Cannot create the tile folder {folder}: "
                            "{error}.").format(folder=folder, error=error.strerror or error),
                         parameter="OUTPUT_FOLDER", path=folder) from None
    results = _run(client, cluster_probe.write_probe, folder, compress,
                   what=tr("check that they can write into the output folder"))
    expected = np.arange(256 * 256, dtype="float32").reshape(256, 256)
    bad = []
    for worker, outcome in sorted(results.items()):
        if outcome["error"]:
            bad.append(tr("worker {worker} cannot write there ({error})").format(
                worker=worker, error=outcome["error"]))
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
            bad.append(tr("worker {worker} wrote {file} but this computer does not "
                          "see it there (not the same storage under this path)").format(
                              worker=worker, file=outcome["name"]))
        elif not same:
            bad.append(tr("worker {worker} wrote {file} but this computer reads "
                          "other pixels from it").format(worker=worker, file=outcome["name"]))
    if bad:
        raise InputError(
            tr("Workers write their own tiles (WORKERS_WRITE), but {bad} of "
               "{total} dask worker(s) at {address} cannot write into the output "
               "folder {folder}: {workers}. Give an output "
               "folder on storage that every worker and this computer mount under the same "
               "path with write access (e.g. NFS, Lustre, GPFS), or untick WORKERS_WRITE so "
               "that only this computer writes. Nothing was written.").format(
                bad=len(bad), total=len(results), address=address,
                folder=os.path.dirname(folder), workers=" | ".join(bad)),
            parameter="OUTPUT_FOLDER", path=os.path.dirname(folder))
    reporter.log(tr("dask: every worker ({n}) wrote a test tile into "
                    "{folder} and this computer read it back").format(
                        n=len(results), folder=os.path.dirname(folder)))
