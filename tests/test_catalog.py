"""Predictor catalog on real MODIS files (HDF4 granules, a MODIStsp GeoTIFF stack with mixed
encodings) and on the synthetic demo region. Expected values are computed here independently
with rasterio/pyproj and the documented scale factors."""
import contextlib
import datetime as dt
import math
import pathlib
import pickle
import shutil
import threading

import numpy as np
import pandas as pd
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

from soil_resp_plugin.core.catalog import Grid, PredictorCatalog, close_datasets
from soil_resp_plugin.core.errors import InputError

DATA = pathlib.Path(__file__).parent / "data" / "modis"
HDF = DATA / "hdf4"
MOD13A2 = HDF / "MOD13A2.A2016145.h18v04.006.2016166145124.hdf"
MOD11B2 = HDF / "MOD11B2.A2017001.h14v04.006.2017013155631.hdf"
LECCO = DATA / "MOD13A1_NDVI_2016_lecco"
NDVI_SDS = f'HDF4_EOS:EOS_GRID:"{MOD13A2}":MODIS_Grid_16DAY_1km_VI:"1 km 16 days NDVI"'
LST_SDS = f'HDF4_EOS:EOS_GRID:"{MOD11B2}":MODIS_Grid_8Day_6km_LST:'



def raw(source, band=1):
    with rasterio.open(source) as dataset:
        return dataset.read(band), dataset.nodata, dataset.scales[band - 1]


# --------------------------------------------------------------------------- real HDF4
def test_mod13a2_hdf_ndvi_is_divided_not_multiplied_by_gdal_scale():
    catalog = PredictorCatalog.from_files([MOD13A2])
    assert catalog.variables == ["ndvi"]
    assert catalog.unit("ndvi") == "1"
    stored, nodata, gdal_scale = raw(NDVI_SDS)
    assert gdal_scale == 10000.0  # the trap: GDAL reports the HDF scale_factor as a multiplier
    ndvi = catalog.read("ndvi", dt.date(2016, 5, 24))
    valid = np.isfinite(ndvi)
    assert valid.sum() == np.count_nonzero(stored != -3000) > 30000
    np.testing.assert_allclose(ndvi[valid], stored[valid] / 10000.0, rtol=0, atol=1e-6)
    assert -0.2 <= np.nanmin(ndvi) and np.nanmax(ndvi) <= 1.0
    assert 0.6 < np.nanmean(ndvi) < 0.9  # Germany in late May: green
    # a 16-day composite (DOY 145) covers two 8-day periods
    assert catalog.periods("ndvi") == (dt.date(2016, 5, 24), dt.date(2016, 6, 1))
    np.testing.assert_array_equal(catalog.read("ndvi", "2016-06-01"), ndvi)


def test_mod11b2_hdf_lst_in_kelvin_with_fill_masked():
    catalog = PredictorCatalog.from_files([MOD11B2])
    assert catalog.variables == ["lst_day", "lst_night"]
    assert catalog.unit("lst_day") == "K"
    stored = raw(LST_SDS + "LST_Day_6km")[0]
    lst = catalog.read("lst_day", dt.date(2017, 1, 1))
    assert np.isfinite(lst).sum() == np.count_nonzero(stored) == 3119
    values = lst[np.isfinite(lst)]
    assert 250.0 < values.min() and values.max() < 320.0
    np.testing.assert_allclose(lst[stored > 0], stored[stored > 0] * 0.02, rtol=1e-6)
    night = catalog.read("lst_night", dt.date(2017, 1, 1))
    assert np.nanmean(night) < np.nanmean(lst)  # January nights are colder
    assert catalog.periods("lst_day") == (dt.date(2017, 1, 1),)


def test_qc_bits_filter_lst_and_ndvi():
    stored = raw(LST_SDS + "LST_Day_6km")[0]
    qc = raw(LST_SDS + "QC_Day")[0]
    good = PredictorCatalog.from_files([MOD11B2], quality="good").read("lst_day", "2017-01-01")
    usable = PredictorCatalog.from_files([MOD11B2], quality="usable").read("lst_day",
                                                                          "2017-01-01")
    assert np.isfinite(good).sum() == np.count_nonzero((stored > 0) & ((qc & 3) == 0)) == 782
    assert np.isfinite(usable).sum() == np.count_nonzero((stored > 0) & ((qc & 3) <= 1)) == 3119
    vi_quality = raw(NDVI_SDS.replace('"1 km 16 days NDVI"', '"1 km 16 days VI Quality"'))[0]
    ndvi = PredictorCatalog.from_files([MOD13A2], quality="usable").read("ndvi", "2016-05-24")
    assert np.isfinite(ndvi).sum() == np.count_nonzero((vi_quality & 3) <= 1) == 21880 + 18229


# --------------------------------------------------------------------------- MODIStsp GeoTIFFs
def test_modistsp_stack_with_int16_and_float32_dates():
    catalog = PredictorCatalog.from_folder(LECCO)
    assert catalog.variables == ["ndvi"]
    int_stored, int_nodata, _ = raw(LECCO / "MOD13A1_NDVI_2016_321.tif")
    float_stored, float_nodata, _ = raw(LECCO / "MOD13A1_NDVI_2016_337.tif")
    assert int_stored.dtype == np.int16 and float_stored.dtype == np.float32
    int_ndvi = catalog.read("ndvi", P(2016, 321))
    float_ndvi = catalog.read("ndvi", P(2016, 337))
    for values in (int_ndvi, float_ndvi):
        assert np.isfinite(values).mean() > 0.9
        assert -0.2 - 1e-6 <= np.nanmin(values) and np.nanmax(values) <= 1.0
    row, col = 60, 30  # a known land pixel
    assert int_stored[row, col] != int_nodata and float_stored[row, col] != float_nodata
    assert int_ndvi[row, col] == pytest.approx(int_stored[row, col] / 10000.0, abs=1e-7)
    assert float_ndvi[row, col] == pytest.approx(float(float_stored[row, col]), abs=1e-7)
    # the float date is not rescaled: both dates have the same magnitude at that pixel
    assert abs(float_ndvi[row, col] - int_ndvi[row, col]) < 0.3
    assert np.isnan(float_ndvi[float_stored == float_nodata]).all()


def test_same_values_from_int16_and_float32_encoding(tmp_path):
    """One series stored partly as int16 and partly as already-scaled float32 (as MODIStsp
    writes it) reads identically."""
    stored, nodata, _ = raw(LECCO / "MOD13A1_NDVI_2016_001.tif")
    shutil.copy(LECCO / "MOD13A1_NDVI_2016_001.tif", tmp_path)
    with rasterio.open(LECCO / "MOD13A1_NDVI_2016_001.tif") as source:
        profile = source.profile
    scaled = np.where(stored == nodata, np.float32(32767), stored.astype(np.float64) / 10000)
    profile.update(dtype="float32")
    with rasterio.open(tmp_path / "MOD13A1_NDVI_2016_017.tif", "w", **profile) as target:
        target.write(scaled.astype(np.float32), 1)
    catalog = PredictorCatalog.from_folder(tmp_path)
    from_int = catalog.read("ndvi", P(2016, 1))
    from_float = catalog.read("ndvi", P(2016, 17))
    np.testing.assert_allclose(from_float, from_int, rtol=0, atol=1e-7)
    assert np.isnan(from_int).sum() == np.count_nonzero(stored == nodata)


@pytest.mark.parametrize("stored, spec, nodata, gdal", [
    ("uint16", "lst_day", None, (1.0, 0.0)),  # fill 0, valid range 7500..65535
    ("int16", "ndvi", -3000, (1.0, 0.0)),  # negative fill inside the type
    ("uint8", "landcover", 255, (1.0, 0.0)),
    ("int16", None, -9999, (0.5, -3.0)),  # no spec: GDAL's scale and offset
])
def test_table_decoding_equals_decoding_each_value(stored, spec, nodata, gdal):
    """8/16-bit layers are decoded through a table of every stored value; it must give what
    decoding the values themselves gives, fill, valid range and scale included."""
    from types import SimpleNamespace

    from soil_resp_plugin.core import products
    from soil_resp_plugin.core.catalog.decoding import _decode_integers, decode

    rng = np.random.default_rng(0)
    info = np.iinfo(stored)
    values = rng.integers(info.min, info.max, size=(64, 64), endpoint=True).astype(stored)
    values[::7, ::5] = nodata if nodata is not None else 0
    layer = SimpleNamespace(storage="int", nodata=nodata, gdal_scale=gdal[0],
                            gdal_offset=gdal[1], qc_rule=None)
    variable = products.VARIABLES[spec] if spec else None
    want = _decode_integers(values, layer, variable, np.float32)
    got = decode(values, layer, variable)
    np.testing.assert_array_equal(got, want)
    assert np.isnan(got).any() and np.isfinite(got).any()


def P(year, doy):  # noqa: N802 - a date from year and day of year
    return dt.date(year, 1, 1) + dt.timedelta(days=doy - 1)


def test_sampling_lonlat_on_sinusoidal_grid_matches_pyproj():
    import pyproj

    catalog = PredictorCatalog.from_folder(LECCO)
    with rasterio.open(LECCO / "MOD13A1_NDVI_2016_321.tif") as dataset:
        stored = dataset.read(1)
        wkt, (left, top), res = dataset.crs.to_wkt(), (dataset.bounds.left,
                                                        dataset.bounds.top), dataset.res
    lons = np.array([9.39, 9.25, 9.50, 12.0])  # three near Lecco, one far outside
    lats = np.array([45.85, 45.70, 46.05, 45.0])
    to_sinusoidal = pyproj.Transformer.from_crs("EPSG:4326", pyproj.CRS.from_wkt(wkt),
                                                always_xy=True)
    xs, ys = to_sinusoidal.transform(lons, lats)
    cols = np.floor((np.array(xs) - left) / res[0]).astype(int)
    rows = np.floor((top - np.array(ys)) / res[1]).astype(int)
    values, n_valid = catalog.sample("ndvi", P(2016, 321), lons, lats)
    for i in range(3):
        assert values[i] == pytest.approx(stored[rows[i], cols[i]] / 10000.0, abs=1e-7)
        assert n_valid[i] == 1
    assert math.isnan(values[3]) and n_valid[3] == 0
    assert catalog.inside("ndvi", lons, lats).tolist() == [True, True, True, False]
    # 3 x 3 window: mean of the valid cells around the site's cell
    means, counts = catalog.sample("ndvi", P(2016, 321), lons[:1], lats[:1], window_size=3)
    block = stored[rows[0] - 1:rows[0] + 2, cols[0] - 1:cols[0] + 2]
    valid = block[block != 32767]
    assert counts[0] == valid.size
    assert means[0] == pytest.approx(valid.mean() / 10000.0, abs=1e-6)


def test_sinusoidal_hdf_onto_lonlat_grid_in_blocks():
    catalog = PredictorCatalog.from_files([MOD13A2])
    west, south, east, north = catalog.extent_lonlat("ndvi")
    assert 8 < west < east < 13 and 47 < south < north < 51  # h18v04 subset: Germany
    lonlat = Grid(rasterio.crs.CRS.from_epsg(4326),
                  from_origin(west, north, 0.02, 0.02),
                  int((east - west) / 0.02), int((north - south) / 0.02))
    ndvi = catalog.read("ndvi", "2016-05-24", grid=lonlat)
    native = catalog.read("ndvi", "2016-05-24")
    assert np.isfinite(ndvi).mean() > 0.5
    assert np.nanmin(native) <= np.nanmin(ndvi) and np.nanmax(ndvi) <= np.nanmax(native)
    assert abs(np.nanmean(ndvi) - np.nanmean(native)) < 0.02
    assert ndvi.shape == (lonlat.height, lonlat.width)
    block = catalog.read("ndvi", "2016-05-24", grid=lonlat, window=Window(40, 30, 64, 40))
    np.testing.assert_array_equal(block, ndvi[30:70, 40:104])


def test_16_day_mapping_composite_and_linear_and_gaps():
    composite = PredictorCatalog.from_folder(LECCO)
    linear = PredictorCatalog.from_folder(LECCO, temporal_mapping="linear")
    # DOY 001 and 017 cover periods 1, 9, 17, 25; 321, 337, 353 cover 321 ... 361
    expected = [P(2016, d) for d in (1, 9, 17, 25, 321, 329, 337, 345, 353, 361)]
    assert list(composite.periods("ndvi")) == expected
    gaps = composite.gaps()["ndvi"]
    assert gaps[0] == P(2016, 33) and gaps[-1] == P(2016, 313) and len(gaps) == 36
    v337 = composite.read("ndvi", P(2016, 337))
    v353 = composite.read("ndvi", P(2016, 353))
    np.testing.assert_array_equal(composite.read("ndvi", P(2016, 345)), v337)
    # composite centres: 2 Dec 12:00 + 7.5 d and 18 Dec 12:00 + 6.5 d (ends 31 Dec);
    # period DOY 345 (10 Dec) centre: 14 Dec 00:00 -> weight of the later composite 4/15
    both = np.isfinite(v337) & np.isfinite(v353)
    mixed = linear.read("ndvi", P(2016, 345))
    np.testing.assert_allclose(mixed[both], (11 / 15) * v337[both] + (4 / 15) * v353[both],
                               rtol=1e-5)
    only_one = np.isfinite(v337) & ~np.isfinite(v353)
    np.testing.assert_array_equal(mixed[only_one], v337[only_one])
    with pytest.raises(InputError, match="a gap in"):
        composite.read("ndvi", P(2016, 161))
    with pytest.raises(InputError, match="outside"):
        composite.read("ndvi", P(2017, 1))


# --------------------------------------------------------------------------- naming schemes
def _write(path, array, crs="EPSG:4326", origin=(140.0, 40.0), cell=0.1, nodata=None,
           descriptions=None):
    array = np.asarray(array)
    if array.ndim == 2:
        array = array[None]
    path.parent.mkdir(parents=True, exist_ok=True)
    with rasterio.open(path, "w", driver="GTiff", width=array.shape[2], height=array.shape[1],
                       count=array.shape[0], dtype=array.dtype, crs=crs, nodata=nodata,
                       transform=from_origin(origin[0], origin[1], cell, cell)) as dataset:
        dataset.write(array)
        for band, text in enumerate(descriptions or (), start=1):
            dataset.set_band_description(band, text)
    return path


def test_appeears_names_scale_fill_and_qc(tmp_path):
    lst = np.array([[0, 14000], [15000, 16000]], dtype=np.uint16)
    _write(tmp_path / "MOD11A2.061_LST_Day_1km_doy2005009_aid0001.tif", lst)
    _write(tmp_path / "MOD11A2.061_QC_Day_doy2005009_aid0001.tif",
           np.array([[2, 0], [1, 0]], dtype=np.uint8))
    _write(tmp_path / "MYD13A2.061__1_km_16_days_EVI_doy2005009_aid0001.tif",
           np.array([[-3000, 2500], [10000, -2000]], dtype=np.int16))
    _write(tmp_path / "MOD15A2H.061_Lai_500m_doy2005009_aid0001.tif",
           np.array([[249, 255], [35, 0]], dtype=np.uint8))
    _write(tmp_path / "MOD15A2H.061_Fpar_500m_doy2005009_aid0001.tif",
           np.array([[254, 100], [35, 0]], dtype=np.uint8))
    _write(tmp_path / "MOD17A2HGF.061_Gpp_500m_doy2005009_aid0001.tif",
           np.array([[32761, 32767], [120, 0]], dtype=np.int16))
    _write(tmp_path / "MOD17A2HGF.061_PsnNet_500m_doy2005009_aid0001.tif",
           np.zeros((2, 2), dtype=np.int16))
    catalog = PredictorCatalog.from_folder(tmp_path)
    assert catalog.variables == ["lst_day", "evi", "lai", "fpar", "gpp"]
    assert {v: catalog.unit(v) for v in catalog.variables} == {
        "lst_day": "K", "evi": "1", "lai": "m2 m-2", "fpar": "1", "gpp": "kg C m-2 8d-1"}
    period = P(2005, 9)
    nan = np.nan
    np.testing.assert_allclose(catalog.read("lst_day", period), [[nan, 280], [300, 320]])
    np.testing.assert_allclose(catalog.read("evi", period), [[nan, 0.25], [1.0, -0.2]],
                               atol=1e-7)
    np.testing.assert_allclose(catalog.read("lai", period), [[nan, nan], [3.5, 0]], atol=1e-6)
    np.testing.assert_allclose(catalog.read("fpar", period), [[nan, 1.0], [0.35, 0]], atol=1e-6)
    np.testing.assert_allclose(catalog.read("gpp", period), [[nan, nan], [0.012, 0]], atol=1e-7)
    # MYD13 (Aqua) composites start on DOY 9: this one covers periods 9 and 17
    assert catalog.periods("evi") == (P(2005, 9), P(2005, 17))
    good = PredictorCatalog.from_folder(tmp_path, quality="good")
    np.testing.assert_allclose(good.read("lst_day", period), [[nan, 280], [nan, 320]])
    assert any("PsnNet" in path for path, _ in catalog.skipped)


def test_generic_static_and_truth_folders(tmp_path):
    for doy in (1, 9, 17):
        _write(tmp_path / "insitu" / f"soil_temperature_doy2005{doy:03d}.tif",
               np.full((3, 3), doy, dtype=np.float32), nodata=-9999)
        _write(tmp_path / "truth" / f"sr_true_doy2005{doy:03d}.tif",
               np.ones((3, 3), dtype=np.float32))
    _write(tmp_path / "static" / "MCD12C1_IGBP_landcover.tif",
           np.array([[0, 5, 255], [4, 4, 1], [13, 2, 2]], dtype=np.uint8), nodata=255)
    _write(tmp_path / "static" / "dem_30s.tif", np.full((3, 3), 512.5, dtype=np.float32))
    _write(tmp_path / "static" / "soil_ph.tif", np.full((3, 3), 6, dtype=np.float32))
    catalog = PredictorCatalog.from_folder(tmp_path)
    assert catalog.variables == ["landcover", "elevation", "soil_temperature", "soil_ph"]
    assert catalog.is_static("landcover") and catalog.is_categorical("landcover")
    assert catalog.is_static("soil_ph") and catalog.periods("landcover") == ()
    assert not catalog.is_static("soil_temperature")
    assert catalog.unit("soil_temperature") == "degC" and catalog.unit("elevation") == "m"
    assert {pathlib.Path(p).parent.name for p, _ in catalog.skipped} == {"truth"}
    landcover = catalog.read("landcover", P(2005, 17))
    assert landcover[0, 1] == 5 and np.isnan(landcover[0, 2])
    assert catalog.read("soil_temperature", P(2005, 9))[1, 1] == 9
    # a user pattern that would also match the truth files never makes the target a predictor
    patterned = PredictorCatalog.from_folder(
        tmp_path, pattern=r"(?P<variable>[a-z_]+)_doy(?P<yeardoy>\d{7})")
    assert "sr_true" not in patterned.variables
    assert any("looks like the target" in reason for _, reason in patterned.skipped)


def test_user_patterns_and_multiband_dates(tmp_path):
    _write(tmp_path / "a" / "ndvi_20160101.tif", np.full((2, 2), 5000, dtype=np.int16))
    _write(tmp_path / "a" / "ndvi_20160117.tif", np.full((2, 2), 0.25, dtype=np.float32))
    strftime = PredictorCatalog.from_folder(tmp_path / "a", pattern="{variable}_%Y%m%d.tif")
    assert strftime.periods("ndvi") == (P(2016, 1), P(2016, 17))
    assert strftime.read("ndvi", P(2016, 1))[0, 0] == pytest.approx(0.5)
    assert strftime.read("ndvi", P(2016, 17))[0, 0] == pytest.approx(0.25)
    fixed = PredictorCatalog.from_folder(tmp_path / "a", pattern="ndvi_%Y%m%d")
    assert fixed.variables == ["ndvi"]
    _write(tmp_path / "b" / "Tsoil.2005-01-05.tif", np.full((2, 2), 3.5, dtype=np.float32))
    regex = PredictorCatalog.from_folder(
        tmp_path / "b", pattern=r"(?P<variable>\w+)\.(?P<date>\d{4}-\d\d-\d\d)")
    assert regex.variables == ["soil_temperature"]
    assert regex.periods("soil_temperature") == (P(2005, 1),)
    stack = np.stack([np.full((2, 2), v, dtype=np.float32) for v in (0.1, 0.2, 0.3)])
    _write(tmp_path / "c" / "soil_moisture_stack.tif", stack,
           descriptions=["2005-01-01", "2005-01-09", "2005-01-17"])
    multiband = PredictorCatalog.from_folder(tmp_path / "c")
    assert multiband.periods("soil_moisture") == (P(2005, 1), P(2005, 9), P(2005, 17))
    assert multiband.read("soil_moisture", P(2005, 9))[1, 1] == pytest.approx(0.2)
    _write(tmp_path / "c" / "ndvi_mean.tif", np.full((2, 2), 0.5, dtype=np.float32))
    assert ("one band and no date" in dict(
        (pathlib.Path(p).name, r) for p, r in PredictorCatalog.from_folder(tmp_path / "c").skipped
    )["ndvi_mean.tif"])
    _write(tmp_path / "d" / "lai_2005.tif", stack, descriptions=["2005-01-01", "", "x"])
    with pytest.raises(InputError, match="Band 2 of the multi-band file .*lai_2005.tif"):
        PredictorCatalog.from_folder(tmp_path / "d")
    with pytest.raises(InputError, match="PATTERN"):
        PredictorCatalog.from_folder(tmp_path / "a", pattern="ndvi.tif")


def test_daily_rasters_average_into_8_day_periods(tmp_path):
    for day, value in ((1, 1.0), (2, 3.0), (9, 5.0)):
        _write(tmp_path / f"Tsoil_2005{day:03d}.tif",
               np.array([[value, np.nan]], dtype=np.float32))
    catalog = PredictorCatalog.from_folder(
        tmp_path, pattern=r"(?P<variable>Tsoil)_(?P<year>\d{4})(?P<doy>\d{3})")
    assert catalog.periods("soil_temperature") == (P(2005, 1), P(2005, 9))
    assert catalog.read("soil_temperature", P(2005, 1))[0, 0] == pytest.approx(2.0)
    assert catalog.read("soil_temperature", P(2005, 9))[0, 0] == pytest.approx(5.0)


# --------------------------------------------------------------------------- bad input
def test_no_recognisable_rasters(tmp_path):
    _write(tmp_path / "holiday_photo.tif", np.zeros((2, 2), dtype=np.uint8))
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n")
    with pytest.raises(InputError) as error:
        PredictorCatalog.from_folder(tmp_path)
    message = str(error.value)
    assert error.value.parameter == "PREDICTORS" and str(tmp_path) in message
    assert "holiday_photo.tif" in message and "PATTERN" in message


def test_two_files_same_variable_and_date(tmp_path):
    shutil.copy(LECCO / "MOD13A1_NDVI_2016_001.tif", tmp_path)
    (tmp_path / "copy").mkdir()
    shutil.copy(LECCO / "MOD13A1_NDVI_2016_001.tif", tmp_path / "copy")
    with pytest.raises(InputError, match="both claim ndvi for 2016-01-01") as error:
        PredictorCatalog.from_folder(tmp_path)
    assert str(tmp_path / "copy" / "MOD13A1_NDVI_2016_001.tif") in str(error.value)


def test_one_variable_on_two_grids():
    with pytest.raises(InputError, match="Rasters of ndvi are on different grids") as error:
        PredictorCatalog.from_files([LECCO, MOD13A2])
    assert "gdalwarp" in str(error.value) and MOD13A2.name in str(error.value)


def test_truncated_geotiff(tmp_path):
    for doy in ("001", "017"):
        shutil.copy(LECCO / f"MOD13A1_NDVI_2016_{doy}.tif", tmp_path)
    damaged = tmp_path / "MOD13A1_NDVI_2016_017.tif"
    damaged.write_bytes(damaged.read_bytes()[: damaged.stat().st_size // 2])
    with pytest.raises(InputError, match="damaged or truncated") as error:
        PredictorCatalog.from_folder(tmp_path)
    assert error.value.path == str(damaged)
    (tmp_path / "MOD13A1_NDVI_2016_017.tif").write_bytes(b"II*\x00garbage")
    with pytest.raises(InputError, match="MOD13A1_NDVI_2016_017.tif"):
        PredictorCatalog.from_folder(tmp_path)


def test_missing_folder_and_unknown_variable(tmp_path):
    with pytest.raises(InputError, match="do not exist"):
        PredictorCatalog.from_folder(tmp_path / "nope")
    catalog = PredictorCatalog.from_folder(LECCO)
    with pytest.raises(InputError, match="no variable 'lai'"):
        catalog.read("lai", P(2016, 1))


# --------------------------------------------------------------------------- demo region
def test_demo_catalog_variables_gaps_and_truth_skipped(demo_dir):
    catalog = PredictorCatalog.from_folder(demo_dir)
    assert catalog.variables == ["lst_day", "lst_night", "ndvi", "evi", "lai", "gpp",
                                 "landcover", "soil_temperature", "soil_moisture"]
    assert catalog.synthetic
    assert catalog.date_range() == (dt.date(2005, 1, 1), dt.date(2006, 12, 27))
    assert all(len(catalog.periods(v)) == 92 for v in catalog.dynamic_variables())
    assert catalog.gaps() == {v: [] for v in catalog.dynamic_variables()}
    skipped = {pathlib.Path(p).parent.name for p, _ in catalog.skipped}
    assert skipped == {"truth"}
    grid = catalog.grid()
    assert grid.crs.to_epsg() == 4326 and grid.res == pytest.approx((0.1, 0.1))
    assert (grid.width, grid.height) == (320, 220)
    assert all(catalog.grid(v).matches(grid) for v in catalog.variables)


def test_demo_window_reads_equal_full_reads(demo_dir):
    catalog = PredictorCatalog.from_folder(demo_dir)
    grid = catalog.grid()
    period = dt.date(2005, 7, 12)
    window = Window(100, 50, 64, 40)
    for var in ("lst_day", "ndvi", "landcover"):
        full = catalog.read(var, period, grid=grid)
        part = catalog.read(var, period, grid=grid, window=window)
        np.testing.assert_array_equal(part, full[50:90, 100:164])
    # a window hanging over the edge is NaN outside
    edge = catalog.read("lst_day", period, window=Window(300, 200, 40, 40))
    assert np.isnan(edge[20:, :]).all() and np.isnan(edge[:, 20:]).all()


def test_demo_reprojection_nearest_for_classes_bilinear_otherwise(demo_dir):
    catalog = PredictorCatalog.from_folder(demo_dir)
    period = dt.date(2005, 7, 12)
    # a Japan-wide UTM 54N grid at 25 km and a window of it read block-wise
    utm = Grid(rasterio.crs.CRS.from_epsg(32654), from_origin(-700000, 5200000, 25000, 25000),
               80, 100)
    classes = catalog.read("landcover", period, grid=utm)
    source_classes = catalog.read("landcover", period)
    assert set(np.unique(classes[np.isfinite(classes)])) <= set(
        np.unique(source_classes[np.isfinite(source_classes)]))
    lst = catalog.read("lst_day", period, grid=utm)
    source = catalog.read("lst_day", period)
    assert np.isfinite(lst).sum() > 500
    assert np.nanmin(source) <= np.nanmin(lst) and np.nanmax(lst) <= np.nanmax(source)
    # block-wise reads are seamless: identical to the same cells of the whole-grid read
    for col, row, width, height in ((20, 30, 25, 25), (0, 0, 7, 100), (61, 88, 19, 12)):
        block = catalog.read("lst_day", period, grid=utm, window=Window(col, row, width, height))
        np.testing.assert_array_equal(block, lst[row:row + height, col:col + width])
    # at a site the reprojected value is close to the native one
    lon, lat = 140.0, 36.0
    x, y = rasterio.warp.transform("EPSG:4326", "EPSG:32654", [lon], [lat])
    row, col = rasterio.transform.rowcol(utm.transform, x[0], y[0])
    native, _ = catalog.sample("lst_day", period, [lon], [lat])
    assert abs(lst[row, col] - native[0]) < 3.0


def test_catalog_pickles_and_reads_from_threads(demo_dir):
    catalog = pickle.loads(pickle.dumps(PredictorCatalog.from_folder(demo_dir)))
    period = dt.date(2006, 1, 1)
    expected = catalog.read("gpp", period)
    results = {}

    def work(index):
        results[index] = catalog.read("gpp", period, window=Window(0, index * 50, 320, 50))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    np.testing.assert_array_equal(np.vstack([results[i] for i in range(4)]), expected[:200])


@contextlib.contextmanager
def http_server(folder):
    """tests/cluster_helpers.HTTPServer (HTTP Range requests) in a process of its own: GDAL
    opens hold the GIL, so a server thread of this process could not answer them."""
    import subprocess
    import sys

    script = ("import sys, time; sys.path.insert(0, sys.argv[1]); "
              "from cluster_helpers import HTTPServer; server = HTTPServer(sys.argv[2]); "
              "server.__enter__(); print(server.url, flush=True); time.sleep(3600)")
    process = subprocess.Popen([sys.executable, "-c", script, str(pathlib.Path(__file__).parent),
                                str(folder)], stdout=subprocess.PIPE, text=True)
    try:
        yield process.stdout.readline().strip()
    finally:
        process.kill()
        process.wait(timeout=30)
        process.stdout.close()


def test_vsicurl_cog_is_a_predictor_file(tmp_path, monkeypatch, run_algorithm):
    """A GDAL virtual path (/vsicurl/ over a loopback HTTP server with Range requests) is a
    PREDICTORS file like a local one: recognised and dated by its name, read via rasterio,
    never cached (no size/time to check), nothing written next to it."""
    import rasterio.shutil
    from safety import assert_unchanged, snapshot

    monkeypatch.setenv("SOILRESP_CACHE_DIR", str(tmp_path / "cache"))
    served = tmp_path / "served"
    served.mkdir()
    data = (13000 + np.arange(64 * 64).reshape(64, 64) % 2000).astype(np.uint16)
    plain = tmp_path / "plain.tif"
    with rasterio.open(plain, "w", driver="GTiff", width=64, height=64, count=1,
                       dtype="uint16", crs="EPSG:4326", nodata=0,
                       transform=from_origin(135.0, 36.0, 0.01, 0.01)) as out:
        out.write(data, 1)
    name = "MOD11A2.061_LST_Day_1km_doy2016145_aid0001.tif"
    rasterio.shutil.copy(plain, served / name, driver="COG", BLOCKSIZE=16)
    before = snapshot(served)
    with http_server(served) as base:
        url = f"/vsicurl/{base}/{name}"
        catalog = PredictorCatalog.from_files([url])
        assert catalog.variables == ["lst_day"]
        assert catalog.periods("lst_day") == (dt.date(2016, 5, 24),)
        assert catalog.files("lst_day") == [url]
        np.testing.assert_allclose(catalog.read("lst_day", "2016-05-24"), data * 0.02,
                                   rtol=1e-6)
        window = catalog.read("lst_day", "2016-05-24", window=Window(20, 30, 8, 4))
        np.testing.assert_allclose(window, data[30:34, 20:28] * 0.02, rtol=1e-6)
        close_datasets()
        again = PredictorCatalog.from_files([url])
        assert again.scan_stats["opened"] == [url]  # virtual files are opened on every scan
        out = tmp_path / "described.csv"
        run_algorithm("describecatalog", {"PREDICTORS": [url], "OUTPUT": str(out)})
        close_datasets()
        missing = f"/vsicurl/{base}/MOD11A2.061_LST_Day_1km_doy2016153_aid0001.tif"
        with pytest.raises(InputError, match="Cannot read the remote file") as error:
            PredictorCatalog.from_files([url, missing])
        assert error.value.parameter == "PREDICTORS" and error.value.path == missing
        assert "range requests" in str(error.value)
        with pytest.raises(InputError, match="remote folders are not listed") as error:
            PredictorCatalog.from_files([f"/vsicurl/{base}/"])
        assert error.value.parameter == "PREDICTORS"
        from qgis.core import QgsProcessingException

        with pytest.raises(QgsProcessingException) as error:
            run_algorithm("describecatalog", {"PREDICTORS": [url, missing],
                                              "OUTPUT": str(tmp_path / "never.csv")})
        text = str(error.value)
        assert "'Predictor folders or files" in text and "(PREDICTORS)" in text
        assert "Cannot read the remote file" in text and missing in text
        close_datasets()
    described = pd.read_csv(out)
    assert described.variable.tolist() == ["lst_day"] and described.n_periods[0] == 1
    assert_unchanged(before)
    assert sorted(p.name for p in served.iterdir()) == [name]
    assert not (tmp_path / "never.csv").exists()
