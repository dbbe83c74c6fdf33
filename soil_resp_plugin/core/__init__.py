"""Pure-Python core of the soil respiration upscaling plugin.

Nothing in this package imports ``qgis``: it runs in notebooks, scripts and dask workers.
Processing algorithms in ``soil_resp_plugin.algorithms`` are thin wrappers around it.
"""
