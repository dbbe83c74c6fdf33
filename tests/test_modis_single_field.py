"""MODIS granules holding ONE field, as subsetting tools write them (HEG, MRT via pyModis):
GDAL opens such an HDF-EOS file as a plain raster without SUBDATASETS, and the catalog must
still recognise the field, decode it, mosaic the tiles and date it like a full granule.
Granules are real HDF-EOS2 files (tests/modis_granules.py) on the true sinusoidal tiles
h28v05 and h29v05 (side by side), with the SDS attributes real MOD11A1 granules carry."""
import datetime as dt
import shutil

import numpy as np
import rasterio
from modis_granules import write_granule

from soil_resp_plugin.core.catalog import PredictorCatalog
from soil_resp_plugin.core.reporting import RecordingReporter

DAY = dt.date(2016, 5, 24)  # DOY 145, start of an 8-day period
TILES = ((28, 5), (29, 5))
KM = 8  # cells per tile
LST_ATTRIBUTES = {"LST_Day_1km": {
    "long_name": "Daily daytime 1km grid Land-surface Temperature", "units": "K",
    "valid_range": [7500, 65535], "scale_factor": 0.02, "add_offset": 0.0}}




def stored_lst(h):
    """Stored LST integers of tile h: 14000 + global column + 100 x row (one ramp across
    both tiles), with the fill value 0 on the diagonal."""
    cols, rows = np.meshgrid(np.arange(KM) + (h - 28) * KM, np.arange(KM))
    values = (14000 + cols + 100 * rows).astype(np.uint16)
    np.fill_diagonal(values, 0)
    return values


def single_lst(folder, date, h, v=5, **kwargs):
    return write_granule(folder, "MOD11A1", date, h, v, {"LST_Day_1km": stored_lst(h)},
                         fill={"LST_Day_1km": 0}, attributes=LST_ATTRIBUTES, **kwargs)


def expected_lst():
    """Physical values (K) of the two-tile mosaic: stored x 0.02, fill -> NaN."""
    stored = np.hstack([stored_lst(h) for h, _ in TILES]).astype(np.float64)
    stored[stored == 0] = np.nan
    return stored * 0.02


def test_writer_makes_the_granule_gdal_opens_without_subdatasets(tmp_path):
    path = single_lst(tmp_path, DAY, 28)
    with rasterio.open(path) as dataset:
        assert dataset.subdatasets == [] and dataset.count == 1
        assert dataset.scales == (0.02,)  # GDAL reads scale_factor: it must not apply twice


def test_single_field_tiles_read_as_physical_values_across_the_tile_edge(tmp_path):
    for h, v in TILES:
        single_lst(tmp_path, DAY, h, v)
    catalog = PredictorCatalog.from_folder(tmp_path, min_valid_days=1)
    assert catalog.skipped == []
    grid = catalog.grid("lst_day")
    assert (grid.width, grid.height) == (2 * KM, KM)
    np.testing.assert_allclose(catalog.read("lst_day", DAY), expected_lst(), rtol=1e-6)
    row = catalog.describe()[0]
    assert (row["variable"], row["tiles"], row["time_step"]) == ("lst_day", "h28v05,h29v05",
                                                                   "1-day")


def test_renamed_single_field_granules_are_dated_from_their_metadata(tmp_path):
    day = dt.date(2016, 6, 2)  # DOY 154, in the period starting 2016-06-01
    (tmp_path / "data").mkdir()
    for index, (h, v) in enumerate(TILES):
        path = single_lst(tmp_path / "src", day, h, v)
        shutil.copy(path, tmp_path / "data" / f"LST_Day_1km_subset_{index}.hdf")
    catalog = PredictorCatalog.from_folder(tmp_path / "data", min_valid_days=1)
    assert catalog.periods("lst_day") == (dt.date(2016, 6, 1),)
    np.testing.assert_allclose(catalog.read("lst_day", dt.date(2016, 6, 1)), expected_lst(),
                               rtol=1e-6)


def test_single_field_of_no_predictor_is_skipped_naming_the_field(tmp_path):
    single_lst(tmp_path, DAY, 28)
    emissivity = write_granule(tmp_path / "emis", "MOD11A1", DAY, 29, 5,
                               {"Emis_31": np.full((KM, KM), 200, np.uint8)})
    catalog = PredictorCatalog.from_folder(tmp_path, min_valid_days=1)
    assert catalog.variables == ["lst_day"]
    reason = dict(catalog.skipped)[emissivity]
    assert "'Emis_31'" in reason and "MOD11A1" in reason


def test_quality_filter_reports_single_field_granules_as_without_qc(tmp_path):
    later = DAY + dt.timedelta(days=8)
    qc = np.zeros((KM, KM), np.uint8)
    qc[0, :] = 2  # not produced: masked where QC applies
    full = [write_granule(tmp_path, "MOD11A1", DAY, h, v, {"LST_Day_1km": stored_lst(h),
                                                          "QC_Day": qc}, fill={"LST_Day_1km": 0})
            for h, v in TILES]
    single = [single_lst(tmp_path, later, h, v) for h, v in TILES]
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(tmp_path, quality="good", min_valid_days=1,
                                           reporter=reporter)
    assert np.isnan(catalog.read("lst_day", DAY)[0]).all()  # QC applied to full granules
    np.testing.assert_allclose(catalog.read("lst_day", later), expected_lst(), rtol=1e-6)
    missing = [w for w in reporter.warnings if w.startswith("QC layer missing")]
    assert len(missing) == 1 and "1 lst_day layer(s)" in missing[0]
    assert all(path in missing[0] for path in single)
    assert not any(path in missing[0] for path in full)


def test_quality_filter_on_single_field_granules_only_says_qc_is_not_applied(tmp_path):
    for h, v in TILES:
        single_lst(tmp_path, DAY, h, v)
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(tmp_path, quality="usable", min_valid_days=1,
                                           reporter=reporter)
    np.testing.assert_allclose(catalog.read("lst_day", DAY), expected_lst(), rtol=1e-6)
    assert ("QUALITY=usable asked for, but lst_day has no QC layer next to its files: its "
            "values are used without QC filtering.") in reporter.warnings


def test_single_field_qc_file_next_to_its_layer_is_applied(tmp_path):
    qc = np.zeros((KM, KM), np.uint8)
    qc[:, 0] = 1  # other quality: usable, not good
    for h, v in TILES:
        single_lst(tmp_path / "lst", DAY, h, v)
        write_granule(tmp_path / "lst", "MOD11A1", DAY, h, v, {"QC_Day": qc},
                      name=f"MOD11A1.A2016145.h{h}v0{v}.061.QC_Day.hdf")
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(tmp_path, quality="good", min_valid_days=1,
                                           reporter=reporter)
    want = expected_lst()
    want[:, [0, KM]] = np.nan  # the first column of each tile
    np.testing.assert_allclose(catalog.read("lst_day", DAY), want, rtol=1e-6)
    assert not any("QC" in w for w in reporter.warnings)
