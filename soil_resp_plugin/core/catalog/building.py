"""From recognised candidates to series: open each file once, attach QC layers, group by
variable and check grids."""
import dataclasses
import datetime as dt
import os

import rasterio
from rasterio.windows import Window

from .. import products
from ..errors import InputError
from ..i18n import tr
from .common import PARAMETER, READ_ERRORS
from .datasets import damaged as _damaged
from .decoding import check_plausible
from .grid import Grid
from .mosaic import _platform, build_mosaics
from .names import parse_date_text, pattern_hint
from .records import RasterLayer, Series
from .temporal import _check_duplicates, _period_resolution, _time_step


def _open_info(path, source, band):
    """Open one band: grid, storage type, nodata, GDAL scale, units and SYNTHETIC tag; reads
    the last block so truncated files fail here rather than halfway through a run."""
    try:
        with rasterio.open(source) as dataset:
            grid = Grid.of(dataset)
            count = dataset.count
            dtype = dataset.dtypes[band - 1]
            nodata = dataset.nodatavals[band - 1]
            scale = dataset.scales[band - 1] if dataset.scales else 1.0
            offset = dataset.offsets[band - 1] if dataset.offsets else 0.0
            tags = dict(dataset.tags())
            band_tags = [dict(dataset.tags(b)) for b in range(1, count + 1)]
            descriptions = list(dataset.descriptions)
            height, width = dataset.block_shapes[band - 1]
            last = Window(
                ((dataset.width - 1) // width) * width, ((dataset.height - 1) // height) * height,
                min(width, dataset.width - ((dataset.width - 1) // width) * width),
                min(height, dataset.height - ((dataset.height - 1) // height) * height),
            )
            dataset.read(band, window=last)
    except READ_ERRORS as error:
        raise _damaged(path, error) from None
    if grid.crs is None:
        raise InputError(tr("{path} has no coordinate reference system: assign one (e.g. with "
                            "'Assign projection') before using it as a predictor.").format(
                                path=path),
                         parameter=PARAMETER, path=path)
    units = band_tags[band - 1].get("units") or tags.get("units") or tags.get("UNITS")
    return {
        "grid": grid, "count": count, "storage": "float" if dtype.startswith("float") else "int",
        "dtype": dtype, "nodata": nodata, "scale": scale if scale else 1.0, "offset": offset or 0.0,
        "synthetic": str(tags.get("SYNTHETIC", "")).lower() == "true",
        "units": units, "band_tags": band_tags, "descriptions": descriptions,
    }


def _band_dates(path, info):
    dates = []
    for index in range(info["count"]):
        texts = [info["descriptions"][index] or ""]
        tags = info["band_tags"][index]
        texts += [tags.get(k, "") for k in ("date", "DATE", "time", "TIME", "acquisition_date")]
        texts += [v for k, v in tags.items() if k.startswith("NETCDF_DIM_time")]
        date = next((d for d in (parse_date_text(t) for t in texts if t) if d), None)
        if date is None:
            raise InputError(
                tr("Band {band} of the multi-band file {path} has no date in its description "
                   "or metadata (expected e.g. 2016-01-01 or 2016001). Name each band by its "
                   "date, or store one file per date.").format(band=index + 1, path=path),
                parameter=PARAMETER, path=path,
            )
        dates.append(date)
    return dates


def _layout_key(candidate):
    """Granules of one product, tile and collection whose subdataset has the same description
    (size, field, grid and type) share grid, type, fill value and scale: one is opened for
    all. Other files: None (each is opened)."""
    if not (candidate.layout and candidate.tile and candidate.source):
        return None
    return (candidate.product, candidate.tile, candidate.collection, candidate.layout)


def _build_series(candidates, temporal_mapping, quality, reporter, skipped, info_cache=None):
    """Series by variable. ``info_cache`` {source: info}: what opening each source found
    (filled here; a scan cache passes in what earlier scans found for unchanged files)."""
    layers, qc_layers, qc_types, synthetic = [], {}, {}, False
    info_cache = {} if info_cache is None else info_cache
    by_layout = {}
    for candidate in candidates:
        source = candidate.source or candidate.path
        info = info_cache.get(source)
        layout = _layout_key(candidate)
        if info is None and layout is not None:
            info = by_layout.get(layout)
        if info is None:
            info = _open_info(candidate.path, source, candidate.band)
        if layout is not None:
            by_layout.setdefault(layout, info)
        info_cache[source] = info
        synthetic |= info["synthetic"]
        if candidate.qc_for:
            for var in candidate.qc_for:
                key = (candidate.product, candidate.date, candidate.tile,
                       os.path.dirname(candidate.path), var)
                qc_layers[key] = (source, candidate.band, candidate.qc_rule, info["grid"])
            qc_types[source] = info["dtype"]
            continue
        if candidate.multiband and info["count"] > 1:
            dates = list(zip(range(1, info["count"] + 1), _band_dates(candidate.path, info)))
        elif candidate.multiband and candidate.date is None:
            skipped.append((candidate.path, pattern_hint(candidate.path)
                            or tr("one band and no date in its name, and not in a static/ "
                                  "folder")))
            continue
        else:
            dates = [(candidate.band, candidate.date)]
        for band, date in dates:
            layers.append((candidate, RasterLayer(
                variable=candidate.variable, date=date, source=source, band=band,
                path=candidate.path, product=candidate.product,
                days=candidate.days, storage=info["storage"], nodata=info["nodata"],
                gdal_scale=info["scale"], gdal_offset=info["offset"], tile=candidate.tile,
                platform=_platform(candidate.product),
            ), info))
    by_var, tiled = {}, []
    for candidate, layer, info in layers:
        key = (candidate.product, layer.date, candidate.tile, os.path.dirname(candidate.path),
               layer.variable)
        qc = qc_layers.get(key)
        if qc is not None and qc[3].matches(info["grid"]):
            layer = dataclasses.replace(layer, qc_source=qc[0], qc_band=qc[1], qc_rule=qc[2])
        if candidate.tile and candidate.source:
            tiled.append((candidate, layer, info))
        else:
            by_var.setdefault(layer.variable, []).append((layer, info))
    for layer, info in build_mosaics(tiled, qc_types, reporter, skipped):
        layer = dataclasses.replace(layer, paths=info["tile_paths"])
        by_var.setdefault(layer.variable, []).append((layer, info))
    series = {}
    for var, items in by_var.items():
        series[var] = _one_series(var, items, temporal_mapping)
        check_plausible(series[var], reporter)
        layers = series[var].layers
        if quality != "any" and not any(layer.qc_source for layer in layers):
            reporter.warn(tr("QUALITY={quality} asked for, but {variable} has no QC layer next "
                             "to its files: its values are used without QC filtering.").format(
                                 quality=quality, variable=var))
        elif quality != "any":
            without = [layer for layer in layers if layer.qc_source is None
                       and _has_qc_rule(layer.product, var)]
            if without:
                files = sorted({p for layer in without for p in (layer.paths or (layer.path,))})
                named = (tr("{files} and {count} more").format(files=", ".join(files[:5]),
                                                                count=len(files) - 5)
                         if len(files) > 5 else ", ".join(files[:5]))
                reporter.warn(tr(
                    "QC layer missing: {count} {variable} layer(s) of a product that has one "
                    "come without it ({files}): their pixels are used without QC filtering "
                    "(QUALITY={quality} applies to the others). Download the complete granules "
                    "or AppEEARS QC layers.").format(count=len(without), variable=var,
                                                     files=named, quality=quality))
    return series, synthetic



def _has_qc_rule(short_name, var):
    product = products.product_for(short_name) if short_name else None
    return product is not None and any(rule.qc is not None and var in rule.variables
                                       for rule in product.layers)


def _one_series(var, items, temporal_mapping):
    spec = products.VARIABLES.get(var)
    layers = [layer for layer, _ in items]
    grid = items[0][1]["grid"]
    for layer, info in items[1:]:
        if not info["grid"].matches(grid):
            raise InputError(
                tr("Rasters of {variable} are on different grids: {first} has {first_grid}, "
                   "{path} has {grid}. Put every {variable} raster on one grid (e.g. gdalwarp "
                   "-tr/-te to a common grid) or keep only one version of the files.").format(
                    variable=var, first=layers[0].path, first_grid=grid.describe(),
                    path=layer.path, grid=info["grid"].describe()),
                parameter=PARAMETER, path=layer.path,
            )
    static = any(layer.days == 0 for layer in layers) or (spec is not None and spec.static)
    if spec is not None:
        unit = spec.unit
    else:
        unit = next((info["units"] for _, info in items if info["units"]), None) or "unknown"
    categorical = spec.categorical if spec is not None else False
    days = 0 if static else _time_step(layers)
    layers = sorted(layers, key=lambda layer: (layer.date or dt.date.min, layer.path))
    _check_duplicates(var, layers, days)
    series = Series(var, spec, unit, static, categorical, layers, grid, days)
    if not static:
        series.resolution = _period_resolution(layers, days, temporal_mapping)
    return series

