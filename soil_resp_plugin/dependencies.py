"""Optional heavy dependencies: detect what is missing and say how to install it.

Nothing here imports a heavy package at module import time, so QGIS loads the plugin even on
machines without scikit-learn or rasterio, and each algorithm's ``canExecute()`` explains.
"""
import importlib

#: import name -> (package name on PyPI, Debian/Ubuntu package)
PACKAGES = {
    "numpy": ("numpy", "python3-numpy"),
    "pandas": ("pandas", "python3-pandas"),
    "sklearn": ("scikit-learn", "python3-sklearn"),
    "rasterio": ("rasterio", "python3-rasterio"),
    "joblib": ("joblib", "python3-joblib"),
    "matplotlib": ("matplotlib", "python3-matplotlib"),
    "netCDF4": ("netCDF4", "python3-netcdf4"),
    "distributed": ("distributed", "python3-distributed"),
}
_cache = {}


def is_available(module):
    if module not in _cache:
        try:
            importlib.import_module(module)
            _cache[module] = True
        except Exception:  # ImportError, or a broken install raising anything else
            _cache[module] = False
    return _cache[module]


def missing(modules):
    return [m for m in modules if not is_available(m)]


def install_instructions(modules):
    """A message naming the missing packages and how to install them on each platform."""
    pypi = " ".join(PACKAGES.get(m, (m, m))[0] for m in modules)
    debian = " ".join(PACKAGES.get(m, (m, "python3-" + m))[1] for m in modules)
    return (
        f"Missing Python package(s): {pypi}. Install them into the Python that QGIS uses, "
        "then restart QGIS.\n"
        f"- Debian/Ubuntu: sudo apt install {debian}\n"
        f"- Windows (OSGeo4W Shell, as administrator): python -m pip install {pypi}\n"
        "  (rasterio: install it with the OSGeo4W installer, package python3-rasterio)\n"
        "- macOS (QGIS.app): /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip "
        f"install --user {pypi}"
    )


def gdal_mismatch_warning(rasterio_gdal=None, qgis_gdal=None):
    """Text warning when rasterio links a different GDAL than QGIS does, else ``None``.

    PyPI rasterio wheels bundle their own GDAL/PROJ; two GDALs in one process crash or
    disagree on CRS definitions. Versions default to the ones installed.
    """
    try:
        if rasterio_gdal is None:
            import rasterio

            rasterio_gdal = rasterio.__gdal_version__
        if qgis_gdal is None:
            from osgeo import gdal

            qgis_gdal = gdal.__version__
    except Exception:
        return None
    if rasterio_gdal.split(".")[:2] == qgis_gdal.split(".")[:2]:
        return None
    return (
        f"rasterio was built against GDAL {rasterio_gdal}, but QGIS uses GDAL {qgis_gdal}. "
        "Two GDAL libraries in one process can crash QGIS or read CRSs differently. Install "
        "rasterio from the same source as QGIS (Debian/Ubuntu: python3-rasterio; OSGeo4W: "
        "python3-rasterio) instead of a PyPI wheel."
    )
