"""Real-structure MODIS HDF-EOS2 granules (tests/modis_granules.py) in the true sinusoidal
tile grid over Japan (h28-h29, v04-v05): mosaics, resampling by meaning, daily compositing,
dates from metadata, duplicates and bad input. Tiles keep their true bounds with fewer,
larger cells than the real products (8 cells across for "1 km", 16 for "500 m", 32 for
"250 m"), so the ratios between resolutions are the real ones. Expected values are computed
here independently with numpy."""
import datetime as dt
import shutil
import warnings

import numpy as np
import pandas as pd
import pytest
from modis_granules import sinusoidal_xy, write_granule
from rasterio.windows import Window
from safety import assert_unchanged, snapshot

from soil_resp_plugin.core.catalog import PredictorCatalog, YearNotCoveredWarning, close_datasets
from soil_resp_plugin.core.errors import InputError
from soil_resp_plugin.core.reporting import RecordingReporter

DAY = dt.date(2016, 5, 24)  # DOY 145, an 8-day period start
TILES = ((28, 4), (29, 4), (28, 5), (29, 5))
KM = 8  # cells per tile of the "1 km" products




def stored_field(h, v, size, base=7500):
    """Integers defined by sinusoidal position only: global column + 1000 x global row of a
    grid of ``size`` cells per tile starting at h28 v04, so a mosaic must be one ramp."""
    x, y = sinusoidal_xy(h, v, size)
    cell = 1111950.5197665 / size
    col = np.floor((x - (-20015109.354 + 28 * 1111950.5197665)) / cell).astype(np.int64)
    row = np.floor(((10007554.677 - 4 * 1111950.5197665) - y) / cell).astype(np.int64)
    return (base + col + 1000 * row).astype(np.uint16)


@pytest.fixture(scope="module")
def japan(tmp_path_factory):
    """Folder: MOD11A2 (1 km) on 4 tiles; MOD15A2H (500 m), MOD17A2H (500 m), MOD13Q1
    (250 m) and MCD12Q1 (500 m, 2016) on the 2 southern tiles; expected arrays."""
    root = tmp_path_factory.mktemp("japan")
    rng = np.random.default_rng(9)
    expected = {}
    for h, v in TILES:
        write_granule(root, "MOD11A2", DAY, h, v, {
            "LST_Day_1km": stored_field(h, v, KM), "QC_Day": np.zeros((KM, KM), np.uint8)},
            fill={"LST_Day_1km": 0})
    for h, v in TILES[2:]:
        n = 2 * KM
        lai = rng.integers(0, 70, (n, n)).astype(np.uint8)
        lai[rng.random((n, n)) < 0.1] = 255  # fill
        qc = np.where(rng.random((n, n)) < 0.15, 1, 0).astype(np.uint8)  # bit 0: not good
        fpar = rng.integers(0, 100, (n, n)).astype(np.uint8)
        write_granule(root, "MOD15A2H", DAY, h, v, {"Fpar_500m": fpar, "Lai_500m": lai,
                                                     "FparLai_QC": qc})
        gpp = rng.integers(0, 3000, (n, n)).astype(np.int16)
        write_granule(root, "MOD17A2H", DAY, h, v, {
            "Gpp_500m": gpp, "Psn_QC_500m": np.zeros((n, n), np.uint8)})
        classes = rng.choice(np.array([1, 5, 10, 12], np.uint8), (KM, KM))
        lc = np.kron(classes, np.ones((2, 2), np.uint8))
        minority = rng.integers(0, 2, (KM, KM)) * 1  # one cell of each block differs
        lc[0::2, 0::2] = np.where(minority, 16, lc[0::2, 0::2])
        write_granule(root, "MCD12Q1", dt.date(2016, 1, 1), h, v, {"LC_Type1": lc,
                                                                  "LC_Type2": lc})
        q = 4 * KM
        ndvi = rng.integers(-1000, 9000, (q, q)).astype(np.int16)
        ndvi[rng.random((q, q)) < 0.05] = -3000
        write_granule(root, "MOD13Q1", dt.date(2016, 5, 24), h, v, {
            "250m 16 days NDVI": ndvi, "250m 16 days VI Quality": np.zeros((q, q), np.uint16)})
        expected[(h, v)] = {"lai": lai, "lai_qc": qc, "gpp": gpp, "lc": classes, "ndvi": ndvi}
    return root, expected


def lst(value, n=KM, qc=True):
    """Fields of an LST granule of one value (QC_Day, or LST_Night_1km without QC)."""
    second = ("QC_Day", np.zeros((n, n), np.uint8)) if qc else (
        "LST_Night_1km", np.full((n, n), value, np.uint16))
    return {"LST_Day_1km": np.full((n, n), value, np.uint16), second[0]: second[1]}


def blocks(array, k):
    n = array.shape[0] // k
    return array.reshape(n, k, n, k).swapaxes(1, 2).reshape(n, n, k * k)


def block_mean(values, k):
    cells = blocks(values, k)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return np.nanmean(cells, axis=2)


# --------------------------------------------------------------------------- tiles
def test_mosaic_is_continuous_across_tile_edges(japan):
    root, _ = japan
    catalog = PredictorCatalog.from_folder(root)
    grid = catalog.grid("lst_day")
    assert (grid.width, grid.height) == (2 * KM, 2 * KM)
    lst = catalog.read("lst_day", DAY)
    stored = np.round(lst / 0.02).astype(np.int64)
    cols, rows = np.meshgrid(np.arange(2 * KM), np.arange(2 * KM))
    np.testing.assert_array_equal(stored, 7500 + cols + 1000 * rows)  # no missing/doubled line
    assert catalog.describe()[0]["tiles"] == "h28v04,h28v05,h29v04,h29v05"
    # the mosaic's corners are the MODIS grid's tile corners (h28v04 upper left)
    assert grid.transform.c == pytest.approx(-20015109.354 + 28 * 1111950.5197665, abs=1e-3)
    assert grid.transform.f == pytest.approx(10007554.677 - 4 * 1111950.5197665, abs=1e-3)


def test_window_opens_only_the_tiles_it_needs(japan, tmp_path):
    root, _ = japan
    folder = tmp_path / "tiles"
    folder.mkdir()
    for path in root.glob("MOD11A2*.hdf"):
        shutil.copy(path, folder)
    catalog = PredictorCatalog.from_folder(folder)
    close_datasets()
    damaged = next(folder.glob("MOD11A2*h29v05*.hdf"))
    damaged.write_bytes(b"\x0e\x03\x13\x01" + b"\0" * 64)  # h29v05 now unreadable
    part = catalog.read("lst_day", DAY, window=Window(0, 0, KM, KM))  # h28v04 only
    assert np.isfinite(part).all()
    close_datasets()
    with pytest.raises(InputError, match="h29v05"):
        catalog.read("lst_day", DAY)


def test_missing_tile_is_nodata_and_reported(japan, tmp_path):
    root, _ = japan
    for path in root.glob("MOD11A2*.hdf"):
        shutil.copy(path, tmp_path)
    later = DAY + dt.timedelta(days=8)
    for h, v in TILES[:3]:  # h29v05 missing on the second date
        write_granule(tmp_path, "MOD11A2", later, h, v, {
            "LST_Day_1km": stored_field(h, v, KM), "QC_Day": np.zeros((KM, KM), np.uint8)})
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(tmp_path, reporter=reporter)
    second = catalog.read("lst_day", later)
    assert np.isnan(second[KM:, KM:]).all() and np.isfinite(second[:KM, :]).all()
    assert any("h29v05 missing on 2016-06-01" in w for w in reporter.warnings)


def test_reprocessed_and_renamed_duplicates(japan, tmp_path):
    root, _ = japan
    old = write_granule(tmp_path, "MOD11A2", DAY, 28, 5, lst(14000),
        produced=dt.datetime(2020, 1, 1))
    new = write_granule(tmp_path, "MOD11A2", DAY, 28, 5, lst(15000),
        produced=dt.datetime(2021, 6, 1))
    renamed = tmp_path / "lst_download_7.hdf"
    shutil.copy(new, renamed)
    before = snapshot(tmp_path)
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(tmp_path, reporter=reporter)
    assert np.nanmax(catalog.read("lst_day", DAY)) == pytest.approx(300.0)  # the newer one
    skipped = dict(catalog.skipped)
    assert "reprocessed duplicate" in skipped[old] and new in skipped[old]
    assert "renamed copy" in skipped[str(renamed)] or "renamed copy" in skipped[new]
    assert_unchanged(before)


def test_renamed_granule_is_dated_from_its_metadata(japan, tmp_path):
    root, _ = japan
    daily = write_granule(tmp_path / "src", "MOD11A1", dt.date(2016, 5, 26), 28, 5, lst(15000))
    (tmp_path / "data").mkdir()
    shutil.copy(daily, tmp_path / "data" / "lst_download.hdf")
    catalog = PredictorCatalog.from_folder(tmp_path / "data", min_valid_days=1)
    assert catalog.periods("lst_day") == (DAY,)
    row = catalog.describe()[0]
    assert row["time_step"] == "1-day" and row["n_missing_days"] == 7  # one day is not eight
    assert catalog.valid_days("lst_day", DAY).max() == 1
    assert PredictorCatalog.from_folder(tmp_path / "data").read("lst_day", DAY).size
    assert np.isnan(PredictorCatalog.from_folder(tmp_path / "data")
                    .read("lst_day", DAY)).all()  # default: 2 valid days needed


# --------------------------------------------------------------------------- resampling
@pytest.mark.parametrize("var, key, k, scale", [("lai", "lai", 2, 0.1), ("gpp", "gpp", 2, 1e-4),
                                                ("ndvi", "ndvi", 4, 1e-4)])
def test_coarsening_is_an_area_mean_of_valid_cells(japan, var, key, k, scale):
    root, expected = japan
    catalog = PredictorCatalog.from_folder(root, quality="good")
    target = catalog.grid("lst_day")
    got = catalog.read(var, DAY, grid=target)
    for (h, v), arrays in expected.items():
        stored = arrays[key].astype(np.float64)
        if var == "lai":
            stored[(arrays["lai"] > 100) | (arrays["lai_qc"] & 1 > 0)] = np.nan
        elif var == "ndvi":
            stored[arrays["ndvi"] == -3000] = np.nan
        want = block_mean(stored * scale, k)
        col0, row0 = (h - 28) * KM, (v - 4) * KM
        np.testing.assert_allclose(got[row0:row0 + KM, col0:col0 + KM], want, rtol=1e-5,
                                   atol=1e-6, equal_nan=True)
    fraction = catalog.valid_fraction(var, DAY, grid=target)
    assert 0.0 <= fraction.min() and fraction.max() <= 1.0 and fraction[KM:, :].mean() > 0.5
    assert "area mean" in catalog.resampling(var)


def test_land_cover_is_coarsened_by_mode(japan):
    root, expected = japan
    catalog = PredictorCatalog.from_folder(root)
    got = catalog.read("landcover", DAY, grid=catalog.grid("lst_day"))
    for (h, v), arrays in expected.items():
        col0, row0 = (h - 28) * KM, (v - 4) * KM
        np.testing.assert_array_equal(got[row0:row0 + KM, col0:col0 + KM], arrays["lc"])
    assert catalog.resampling("landcover").startswith("mode")


def test_land_cover_year_not_covered(japan):
    root, _ = japan
    catalog = PredictorCatalog.from_folder(root)
    notes = catalog.year_fallbacks(dt.date(2016, 1, 1), dt.date(2017, 12, 31))
    assert notes and "2017" in notes[0] and "nearest year" in notes[0]
    with pytest.warns(YearNotCoveredWarning, match="no layer for 2017; the 2016 layer"):
        catalog.read("landcover", dt.date(2017, 5, 25))


# --------------------------------------------------------------------------- daily
def test_daily_terra_and_aqua_composited_with_count(tmp_path):
    rng = np.random.default_rng(3)
    stacks = []
    for product in ("MOD11A1", "MYD11A1"):
        for day in range(8):
            if product == "MYD11A1" and day == 3:
                continue  # a missing day
            values = rng.integers(13000, 16000, (KM, KM)).astype(np.uint16)
            values[rng.random((KM, KM)) < 0.6] = 0  # clouds
            write_granule(tmp_path, product, DAY + dt.timedelta(days=day), 28, 5,
                          {"LST_Day_1km": values, "QC_Day": np.zeros((KM, KM), np.uint8)})
            stacks.append(np.where(values == 0, np.nan, values * 0.02))
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(tmp_path, reporter=reporter, min_valid_days=3)
    stack = np.stack(stacks)
    count = np.isfinite(stack).sum(axis=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        mean = np.nanmean(stack, axis=0)
    mean[count < 3] = np.nan
    np.testing.assert_allclose(catalog.read("lst_day", DAY), mean, rtol=1e-6, equal_nan=True)
    np.testing.assert_array_equal(catalog.valid_days("lst_day", DAY), count)
    assert "Terra and Aqua combined" in catalog.compositing("lst_day")
    assert "at least 3 valid days" in catalog.compositing("lst_day")
    assert any("missing day" in w and "2016-05-27" in w and "aqua" in w
               for w in reporter.warnings)


# --------------------------------------------------------------------------- bad input
def test_metadata_date_contradicting_the_name(tmp_path):
    write_granule(tmp_path, "MOD11A2", DAY, 28, 5, lst(15000), metadata_date=dt.date(2016, 6, 1))
    with pytest.raises(InputError, match=r"2016-05-24 in its name .* but 2016-06-01 in its "
                                         r"metadata") as error:
        PredictorCatalog.from_folder(tmp_path)
    assert error.value.parameter == "PREDICTORS" and "LOCALGRANULEID" in str(error.value)


def test_collections_006_and_061_mixed_for_one_date(tmp_path):
    for (h, v), collection in (((28, 5), "006"), ((29, 5), "061")):
        write_granule(tmp_path, "MOD11A2", DAY, h, v, lst(15000), collection=collection)
    with pytest.raises(InputError, match="mix MODIS collections") as error:
        PredictorCatalog.from_folder(tmp_path)
    assert "collection 006: tiles h28v05" in str(error.value)
    assert "collection 061: tiles h29v05" in str(error.value)


def test_overlapping_tiles_with_conflicting_values(tmp_path):
    write_granule(tmp_path, "MOD11A2", DAY, 28, 5, lst(15000))
    write_granule(tmp_path, "MOD11A2", DAY, 29, 5, lst(14000), bounds_tile=(28, 5))
    with pytest.raises(InputError, match="overlap on 64 cells, and 64 of them hold "
                                         "conflicting values"):
        PredictorCatalog.from_folder(tmp_path)


def test_corrupt_granules_among_many_are_skipped_and_listed(tmp_path):
    for day in range(0, 64):
        write_granule(tmp_path, "MOD11A1", DAY + dt.timedelta(days=day), 28, 5, lst(15000, 4))
    for index in range(24):  # truncated downloads
        (tmp_path / f"MOD11A1.A2016{300 + index:03d}.h28v05.061.2021001120000.hdf").write_bytes(
            b"\x0e\x03\x13\x01" + b"\0" * 100)
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(tmp_path, reporter=reporter)
    assert len(catalog.periods("lst_day")) == 8
    damaged = [p for p, r in catalog.skipped if r.startswith("damaged or not an HDF4 file")]
    assert len(damaged) == 24
    assert any(w.startswith("Skipped damaged file") for w in reporter.warnings)
    log = pd.read_csv(catalog.skipped_log, sep="\t")
    assert len(log) == 24 and log.reason.str.contains("download it again").all()


def test_qc_layer_missing_for_a_product_that_has_one(tmp_path):
    write_granule(tmp_path, "MOD11A2", DAY, 28, 5, {
        "LST_Day_1km": np.full((KM, KM), 15000, np.uint16),
        "QC_Day": np.zeros((KM, KM), np.uint8)})
    write_granule(tmp_path, "MOD11A2", DAY + dt.timedelta(days=8), 28, 5,
                  lst(15000, qc=False))
    reporter = RecordingReporter()
    PredictorCatalog.from_folder(tmp_path, reporter=reporter, quality="good")
    assert any(w.startswith("QC layer missing: 1 lst_day layer(s)") and "A2016153" in w
               for w in reporter.warnings)


# --------------------------------------------------------------------------- through QGIS
def test_describecatalog_names_methods_through_qgis(run_algorithm, japan, tmp_path):
    root, _ = japan
    before = snapshot(root)
    run_algorithm("describecatalog", {"PREDICTORS": [str(root)],
                                      "OUTPUT": str(tmp_path / "c.csv")})
    rows = pd.read_csv(tmp_path / "c.csv").set_index("variable")
    assert rows.loc["landcover", "resampling"].startswith("mode when coarsening")
    assert rows.loc["lai", "resampling"].startswith("area mean of valid cells")
    assert rows.loc["lst_day", "tiles"] == "h28v04,h28v05,h29v04,h29v05"
    assert_unchanged(before)


def test_mixed_collections_through_qgis_process(qgis_process, tmp_path):
    for (h, v), collection in (((28, 5), "006"), ((29, 5), "061")):
        write_granule(tmp_path / "in", "MOD11A2", DAY, h, v, lst(15000), collection=collection)
    result = qgis_process.run("soilresp:describecatalog", check=False,
                              PREDICTORS=str(tmp_path / "in"), OUTPUT=str(tmp_path / "c.csv"))
    text = result.stdout + result.stderr
    assert result.returncode != 0
    assert "(PREDICTORS)" in text and "mix MODIS collections" in text
    assert not (tmp_path / "c.csv").exists()


# --------------------------------------------------------------------------- MIN_VALID_DAYS
def test_min_valid_days_parameter_reaches_the_catalog(run_algorithm, tmp_path):
    """Daily LST valid on 2 of 8 days at every cell: the default (2) gives their mean,
    MIN_VALID_DAYS=3 leaves the site missing, 9 is refused naming the parameter and range."""
    from qgis.core import QgsProcessingException

    folder = tmp_path / "daily"
    for day in range(8):
        value = (14000 + 100 * day) if day < 2 else 0
        write_granule(folder, "MOD11A1", DAY + dt.timedelta(days=day), 28, 5, lst(value, 4))
    radius, tile = 6371007.181, 1111950.5197665
    x, y = -20015109.354 + 28.5 * tile, 10007554.677 - 5.5 * tile
    lat = np.degrees(y / radius)
    lon = np.degrees(x / (radius * np.cos(np.radians(lat))))
    csv = tmp_path / "obs.csv"
    pd.DataFrame({"site": ["S"], "lon": [lon], "lat": [lat], "period_start": [DAY.isoformat()],
                  "sr": [1.0]}).to_csv(csv, index=False)
    before = snapshot(folder, csv)
    tables = {}
    for days in (2, 3):
        out = tmp_path / f"t{days}.csv"
        run_algorithm("extracttrainingdata", {
            "OBSERVATIONS": str(csv), "PREDICTORS": [str(folder)], "MISSING": 1,
            "MIN_VALID_DAYS": days, "OUTPUT": "memory:", "OUTPUT_CSV": str(out)})
        tables[days] = pd.read_csv(out)
    assert tables[2].lst_day[0] == pytest.approx((14000 + 14100) / 2 * 0.02)
    assert np.isnan(tables[3].lst_day[0])
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("extracttrainingdata", {
            "OBSERVATIONS": str(csv), "PREDICTORS": [str(folder)], "MIN_VALID_DAYS": 9,
            "OUTPUT": "memory:"})
    message = str(error.value)
    assert "(MIN_VALID_DAYS)" in message and "valid days a pixel needs" in message
    assert "from 1 to 8" in message
    assert_unchanged(before)
