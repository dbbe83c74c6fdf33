"""Predictor catalog: finds raster time series in folders and reads them in physical units.

Every later step (training-table extraction, upscaling, comparison) reads predictors through
:class:`PredictorCatalog`, so naming schemes, scale factors, fill values, QC bits, 16-day to
8-day mapping and reprojection are handled once, here.

Recognised file names (see docs/predictors.md):

- AppEEARS GeoTIFF: ``MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif``
- MODIS HDF4 granule: ``MOD13A2.A2016145.h18v04.006.2016166145124.hdf`` (all subdatasets)
- MODIStsp: ``MOD13A1_NDVI_2016_001.tif``
- generic: ``<variable>_doy<YYYYDDD>.tif`` for canonical variable ids
- static layers (land cover MCD12, elevation, anything in a ``static/`` folder)
- a user pattern (regex with named groups, or a strftime format with ``{variable}``) and
  multi-band files with one band per date (dates in band descriptions or band metadata).

One module per concept:

- ``names``: recognising files (naming schemes, dates, user patterns, the folder scan)
- ``decoding``: stored values to physical units, QC bits, plausibility of decoded values
- ``temporal``: time steps, duplicates, daily/16-day/yearly layers onto 8-day periods
- ``mosaic``: MODIS tiles of one date as one on-the-fly VRT mosaic; reprocessed duplicates
- ``grid`` / ``datasets``: grids and how two relate, open handles
- ``warp``: resampling onto another grid by meaning (cell mapping, mean/mode/bilinear/nearest)
- ``records`` / ``building``: the catalog's records, and from recognised files to series
- ``cache``: the scan cache (a folder is scanned once, re-opened in seconds)
- ``prepared``: predictors composited and resampled onto a target grid, kept for later runs
- ``predictor_catalog``: :class:`PredictorCatalog`, the one object the rest of the plugin uses
"""
from .datasets import close_all_datasets, close_datasets, thread_cache
from .grid import Grid
from .predictor_catalog import PredictorCatalog, YearNotCoveredWarning, write_skipped_log

__all__ = ["Grid", "PredictorCatalog", "YearNotCoveredWarning", "close_all_datasets",
           "close_datasets", "thread_cache", "write_skipped_log"]
