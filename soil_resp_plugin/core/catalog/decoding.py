"""Decoding stored values into physical units (scale, fill, valid range, QC bits) and the
plausibility check of decoded values."""
import numpy as np
import rasterio
from rasterio.enums import Resampling

from ..errors import InputError
from ..i18n import tr
from .common import PARAMETER, READ_ERRORS
from .datasets import damaged as _damaged


def decode(raw, layer, spec, qc=None, quality="any", dtype=np.float32):
    """Stored values -> float32 physical values, NaN where fill/nodata/out of range or where
    QC bits fail ``quality``. Float storage is taken as already scaled (MODIStsp writes some
    dates as float32 physical values in an otherwise int16 stack). 8- and 16-bit storage (all
    MODIS land layers) is decoded through a table of every stored value: one lookup per cell."""
    raw = np.asarray(raw)
    if layer.storage == "float" or raw.dtype.kind == "f":
        data = raw.astype(dtype, copy=True)
        bad = ~np.isfinite(data)
        if layer.nodata is not None and np.isfinite(layer.nodata):
            bad |= raw == raw.dtype.type(layer.nodata)
        if spec is not None and spec.physical_range is not None:
            low, high = spec.physical_range
            tolerance = 1e-4 * (high - low)
            with np.errstate(invalid="ignore"):
                bad |= (data < low - tolerance) | (data > high + tolerance)
        elif spec is None and (layer.gdal_scale != 1.0 or layer.gdal_offset != 0.0):
            data = (data * layer.gdal_scale + layer.gdal_offset).astype(dtype, copy=False)
        data[bad] = np.nan
    elif raw.dtype.kind in "iu" and raw.dtype.itemsize <= 2:
        unsigned = np.dtype(f"u{raw.dtype.itemsize}")
        data = _table(raw.dtype, layer, spec, dtype)[raw.view(unsigned)]
    else:
        data = _decode_integers(raw, layer, spec, dtype)
    if qc is not None and quality != "any" and layer.qc_rule is not None:
        rule = layer.qc_rule
        limit = rule.good_max if quality == "good" else rule.usable_max
        data[(np.asarray(qc).astype(np.int64) & rule.mask) > limit] = np.nan
    return data


def _decode_integers(raw, layer, spec, dtype):
    bad = np.zeros(raw.shape, dtype=bool)
    if layer.nodata is not None and np.isfinite(layer.nodata):
        bad |= raw == layer.nodata
    if spec is not None:
        fills = spec.fill_values
        if spec.valid_range is not None:
            low, high = spec.valid_range
            bad |= (raw < low) | (raw > high)
            # MODIS fills mostly lie outside the valid range: test only the others
            fills = [value for value in fills if low <= value <= high]
        if fills:
            bad |= np.isin(raw, fills)
        scale, offset = spec.scale, spec.offset
    else:
        scale, offset = layer.gdal_scale, layer.gdal_offset
    if scale == 1.0 and offset == 0.0:
        data = raw.astype(dtype)
    else:
        data = (raw.astype(np.float64) * scale + offset).astype(dtype, copy=False)
    data[bad] = np.nan
    return data


_TABLES = {}


def _table(stored, layer, spec, dtype):
    """Decoded value of every value of the 8/16-bit type ``stored``, in the order of its
    unsigned bit patterns (so ``table[raw.view(unsigned)]`` decodes ``raw``)."""
    rule = None if spec is None else (tuple(spec.fill_values), spec.valid_range, spec.scale,
                                      spec.offset)
    key = (stored.str, layer.nodata, rule, None if spec else (layer.gdal_scale,
                                                             layer.gdal_offset),
           np.dtype(dtype).str)
    table = _TABLES.get(key)
    if table is None:
        every = np.arange(2 ** (8 * stored.itemsize), dtype=f"u{stored.itemsize}").view(stored)
        table = _decode_integers(every, layer, spec, dtype)
        if len(_TABLES) > 256:
            _TABLES.clear()
        _TABLES[key] = table
    return table



#: share of a variable's stored values a valid-range test may mask before the catalog warns,
#: and fails (the values are then in another unit or scaling, not a few bad pixels)
IMPLAUSIBLE_WARN, IMPLAUSIBLE_FAIL = 0.05, 0.5


def _sample_values(layer, size=64):
    """Up to size x size stored values of one layer (decimated), without nodata/fill/NaN."""
    try:
        with rasterio.open(layer.source) as dataset:
            shape = (min(size, dataset.height), min(size, dataset.width))
            raw = dataset.read(layer.band, out_shape=shape, resampling=Resampling.nearest)
    except READ_ERRORS as error:
        raise _damaged(layer.path, error) from None
    return raw


def suspected_unit(spec, low, high, stored_float):
    """What values ``low..high`` of ``spec`` look like, and how to convert them; or None."""
    expected_low, expected_high = spec.physical_range
    if spec.unit == "K" and -90 <= low and high <= 80:
        return tr("They look like degrees Celsius; LST must be in kelvin: convert (value + "
                  "273.15, e.g. gdal_calc.py -A in.tif --calc='A+273.15' --outfile=out.tif)")
    if spec.unit == "degC" and 150 <= low and high <= 400:
        return tr("They look like kelvin; soil temperature must be in degC: convert (value - "
                  "273.15)")
    if (stored_float and spec.scale != 1.0 and expected_low <= low * spec.scale
            and high * spec.scale <= expected_high * 1.001):
        return tr("They look like the product's stored integers without the scale factor "
                  "{scale:g} (saved as float, e.g. by a tool that dropped the scaling): "
                  "multiply by {scale:g}, or use the original integer files, which the "
                  "catalog scales itself").format(scale=spec.scale)
    if expected_high <= 1.0 and 0 <= low and high <= 100:
        return tr("They look like percent: divide by 100")
    return None


def check_plausible(series, reporter):
    """Fail (most values) or warn (some values) when the decoded values of a variable with a
    known physical unit fall outside its plausible range, so a unit or scaling mistake is
    named instead of showing up later as 'fill/no data'. Samples the first, middle and last
    file of the series."""
    spec = series.spec
    if spec is None or spec.physical_range is None or spec.categorical:
        return
    layers = series.layers
    picks = sorted({0, len(layers) // 2, len(layers) - 1})
    stored, masked, total, floats = [], 0, 0, False
    for index in picks:
        layer = layers[index]
        raw = _sample_values(layer)
        usable = np.ones(raw.shape, dtype=bool)
        if raw.dtype.kind == "f":
            floats = True
            usable &= np.isfinite(raw)
        if layer.nodata is not None and np.isfinite(layer.nodata):
            usable &= raw != raw.dtype.type(layer.nodata)
        if raw.dtype.kind != "f" and spec.fill_values:
            usable &= ~np.isin(raw, spec.fill_values)
        if not usable.any():
            continue
        decoded = decode(raw, layer, spec)
        masked += int((np.isnan(decoded) & usable).sum())
        total += int(usable.sum())
        stored.append(raw[usable].astype(np.float64))
    if not total or masked < IMPLAUSIBLE_WARN * total:
        return
    values = np.concatenate(stored)
    low, high = float(values.min()), float(values.max())
    expected_low, expected_high = spec.physical_range
    storage = "float" if floats else "integer"
    share = masked / total
    files = [layer.path for layer in layers]
    named = (tr("{files} and {count} more").format(files=", ".join(files[:3]),
                                                    count=len(files) - 3)
             if len(files) > 3 else ", ".join(files[:3]))
    if storage == "float":
        expected = f"{expected_low:g}..{expected_high:g} {spec.unit}"
    else:
        expected = (tr("stored integers {first}..{last} (x {scale:g} = {low:g}..{high:g} "
                       "{unit})").format(first=spec.valid_range[0], last=spec.valid_range[1],
                                         scale=spec.scale, low=expected_low, high=expected_high,
                                         unit=spec.unit)
                    if spec.valid_range else f"{expected_low:g}..{expected_high:g} {spec.unit}")
    guess = suspected_unit(spec, low, high, storage == "float")
    fields = dict(variable=series.variable, long_name=spec.long_name, unit=spec.unit,
                  count=len(files), named=named, low=low, high=high, expected=expected,
                  masked=masked, total=total, share=share)
    if storage == "float":
        text = tr("{variable} ({long_name}, {unit}): the float values of its {count} file(s) "
                  "({named}) range {low:g}..{high:g}, but {variable} must be {expected}. "
                  "{masked} of {total} sampled values ({share:.0%}) lie outside that valid "
                  "range and are masked as missing (they are not fill/no-data values).").format(
            **fields)
    else:
        text = tr("{variable} ({long_name}, {unit}): the integer values of its {count} file(s) "
                  "({named}) range {low:g}..{high:g}, but {variable} must be {expected}. "
                  "{masked} of {total} sampled values ({share:.0%}) lie outside that valid "
                  "range and are masked as missing (they are not fill/no-data values).").format(
            **fields)
    if guess and share >= IMPLAUSIBLE_FAIL:
        text = tr("{text} {guess}.").format(text=text, guess=guess)
    if share >= IMPLAUSIBLE_FAIL:
        raise InputError(tr("{text} Or leave these files out.").format(text=text),
                         parameter=PARAMETER, path=files[0])
    reporter.warn(text)

