"""Training-table extraction: core on real MODIS sinusoidal data, the Processing algorithm on
the demo region through processing.run and qgis_process, and bad input. Expected values are
read independently with rasterio and the documented scale factors."""
import datetime as dt
import json
import math
import pathlib
import shutil

import numpy as np
import pandas as pd
import pytest
import rasterio
from conftest import recording_feedback

from soil_resp_plugin.core.catalog import PredictorCatalog
from soil_resp_plugin.core.errors import InputError
from soil_resp_plugin.core.periods import doy_features
from soil_resp_plugin.core.sampling import extract_training_table

LECCO = pathlib.Path(__file__).parent / "data" / "modis" / "MOD13A1_NDVI_2016_lecco"
DEMO_VARIABLES = ["lst_day", "lst_night", "ndvi", "evi", "lai", "gpp", "landcover",
                  "soil_temperature", "soil_moisture"]




def observations(rows):
    """An observation table as importobservations writes it (docs/CONTRACTS.md)."""
    frame = pd.DataFrame(rows, columns=["site", "lon", "lat", "period_start", "sr"])
    frame["period_start"] = frame["period_start"].astype(str)
    return frame


def pixel(path, lon, lat):
    """Stored value of the cell containing lon/lat (EPSG:4326 rasters only)."""
    with rasterio.open(path) as dataset:
        assert dataset.crs.to_epsg() == 4326
        row, col = dataset.index(lon, lat)
        return dataset.read(1)[row, col]


# --------------------------------------------------------------------------- core
def test_core_extraction_on_sinusoidal_modis():
    import pyproj

    catalog = PredictorCatalog.from_folder(LECCO)
    sites = [("lecco", 9.39, 45.85), ("como_east", 9.25, 45.70)]
    periods = ["2016-01-01", "2016-01-09", "2016-06-01", "2016-12-10"]
    table = observations([(s, lon, lat, p, 1.5) for s, lon, lat in sites for p in periods])
    kept = extract_training_table(table, catalog, missing="keep").table
    assert list(kept.columns) == ["site", "lon", "lat", "period_start", "sr", "ndvi",
                                  "doy_sin", "doy_cos"]
    with rasterio.open(LECCO / "MOD13A1_NDVI_2016_001.tif") as dataset:
        jan, wkt, transform = dataset.read(1), dataset.crs.to_wkt(), dataset.transform
    with rasterio.open(LECCO / "MOD13A1_NDVI_2016_337.tif") as dataset:
        dec = dataset.read(1)
    to_sinusoidal = pyproj.Transformer.from_crs("EPSG:4326", pyproj.CRS.from_wkt(wkt),
                                                always_xy=True)
    for name, lon, lat in sites:
        x, y = to_sinusoidal.transform(lon, lat)
        col, row = (~transform * (x, y))
        row, col = int(math.floor(row)), int(math.floor(col))
        rows = kept[kept.site == name].set_index("period_start")
        # periods 1 and 9 both take the 16-day composite of DOY 1 (int16 / 10000)
        assert rows.loc["2016-01-01", "ndvi"] == pytest.approx(jan[row, col] / 1e4, abs=1e-9)
        assert rows.loc["2016-01-09", "ndvi"] == pytest.approx(jan[row, col] / 1e4, abs=1e-9)
        # period DOY 345 takes the composite of DOY 337, stored as float32 already scaled
        assert rows.loc["2016-12-10", "ndvi"] == pytest.approx(float(dec[row, col]), abs=1e-7)
        assert math.isnan(rows.loc["2016-06-01", "ndvi"])  # no composite in the test data
    features = doy_features(dt.date(2016, 12, 10))
    assert kept.loc[3, "doy_sin"] == pytest.approx(features["doy_sin"])
    dropped = extract_training_table(table, catalog, missing="drop")
    assert len(dropped.table) == 6 and "2016-06-01" not in set(dropped.table.period_start)
    assert dropped.units["ndvi"] == "1" and dropped.units["sr"] == "g C m-2 d-1"
    report = dropped.site_report.set_index(["site", "variable"])
    assert report.loc[("lecco", "ndvi"), "status"] == "gaps"
    assert report.loc[("lecco", "ndvi"), "n_missing"] == 1


def test_core_window_mean_and_valid_counts():
    catalog = PredictorCatalog.from_folder(LECCO)
    table = observations([("lecco", 9.39, 45.85, "2016-11-16", 1.0)])
    result = extract_training_table(table, catalog, window_size=5, time_features=False)
    row = result.table.iloc[0]
    values, counts = catalog.sample("ndvi", dt.date(2016, 11, 16), [9.39], [45.85], 5)
    assert row["ndvi_n_valid"] == counts[0] > 1
    assert row["ndvi"] == pytest.approx(values[0])
    assert result.units["ndvi_n_valid"] == "cells"
    assert result.predictors == ["ndvi"]


def test_core_bad_observations():
    catalog = PredictorCatalog.from_folder(LECCO)
    with pytest.raises(InputError, match="no rows") as error:
        extract_training_table(observations([]), catalog)
    assert error.value.parameter == "OBSERVATIONS"
    with pytest.raises(InputError, match="lacks column"):
        extract_training_table(pd.DataFrame({"site": ["a"], "lon": [1.0]}), catalog)
    with pytest.raises(InputError, match="outside every predictor raster.*swapped"):
        extract_training_table(observations([("swapped", 45.85, 9.39, "2016-01-01", 1)]),
                               catalog)
    with pytest.raises(InputError, match="2019-01-01..2019-01-01.*2016-01-01..2016-12-26"):
        extract_training_table(observations([("lecco", 9.39, 45.85, "2019-01-01", 1)]),
                               catalog)
    with pytest.raises(InputError, match="must be odd"):
        extract_training_table(observations([("lecco", 9.39, 45.85, "2016-01-01", 1)]),
                               catalog, window_size=2)


# --------------------------------------------------------------------------- demo, QGIS
@pytest.fixture(scope="module")
def demo_sites(demo_dir):
    return pd.read_csv(demo_dir / "observations" / "sites.csv")


def predictor_folders(demo_dir):
    return [str(demo_dir / "predictors"), str(demo_dir / "insitu"), str(demo_dir / "static")]


def observation_layer(rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=site:string&field=lon:double"
                           "&field=lat:double&field=period_start:string&field=sr:double",
                           "observations", "memory")
    features = []
    for site, lon, lat, period, sr in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([site, lon, lat, period, sr])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_processing_run_on_demo(run_algorithm, demo_dir, demo_sites, tmp_path):
    from qgis.core import QgsVectorLayer

    periods = ["2005-01-09", "2005-07-12", "2006-08-13"]
    rows = [(s.site_id, s.lon, s.lat, p, 2.0) for s in demo_sites.itertuples() for p in periods]
    out = tmp_path / "training_table.gpkg"
    csv = tmp_path / "training_table.csv"
    result = run_algorithm("extracttrainingdata", {
        "OBSERVATIONS": observation_layer(rows), "PREDICTORS": predictor_folders(demo_dir),
        "MISSING": 1, "OUTPUT": str(out), "OUTPUT_CSV": str(csv),
    })
    assert result["N_ROWS"] == 24
    table = pd.read_csv(csv)
    assert list(table.columns) == ["site", "lon", "lat", "period_start", "sr"] \
        + DEMO_VARIABLES + ["doy_sin", "doy_cos"]
    layer = QgsVectorLayer(str(out), "t", "ogr")
    assert layer.featureCount() == 24 and layer.crs().authid() == "EPSG:4326"
    units = json.loads((tmp_path / "training_table.gpkg.units.json").read_text())["units"]
    assert units["lst_day"] == "K" and units["gpp"] == "kg C m-2 8d-1"
    assert units["soil_moisture"] == "m3 m-3" and units["landcover"] == "IGBP class"
    assert json.loads(result["UNITS"]) == units
    assert (tmp_path / "training_table.csv.units.json").exists()

    site = demo_sites.set_index("site_id").loc["TGF"]
    row = table[(table.site == "TGF") & (table.period_start == "2005-07-12")].iloc[0]
    predictors = demo_dir / "predictors"
    lst = pixel(predictors / "MOD11A2.061_LST_Day_1km_doy2005193_aid0001.tif", site.lon, site.lat)
    assert row.lst_day == pytest.approx(lst * 0.02, abs=1e-9)
    # 8-day period DOY 193 lies in the 16-day composite starting DOY 193
    ndvi = pixel(predictors / "MOD13A2.061__1_km_16_days_NDVI_doy2005193_aid0001.tif",
                 site.lon, site.lat)
    assert row.ndvi == pytest.approx(ndvi / 10000.0, abs=1e-9)
    gpp = pixel(predictors / "MOD17A2HGF.061_Gpp_500m_doy2005193_aid0001.tif", site.lon, site.lat)
    assert row.gpp == pytest.approx(gpp * 1e-4, abs=1e-9)
    lai = pixel(predictors / "MOD15A2H.061_Lai_500m_doy2005193_aid0001.tif", site.lon, site.lat)
    assert row.lai == pytest.approx(lai * 0.1, abs=1e-9)
    temperature = pixel(demo_dir / "insitu" / "soil_temperature_doy2005193.tif",
                        site.lon, site.lat)
    assert row.soil_temperature == pytest.approx(float(temperature), abs=1e-5)
    land = pixel(demo_dir / "static" / "MCD12C1_IGBP_landcover.tif", site.lon, site.lat)
    assert row.landcover == land and 1 <= land <= 16
    # period DOY 9 takes the NDVI composite of DOY 1
    january = table[(table.site == "TGF") & (table.period_start == "2005-01-09")].iloc[0]
    ndvi_doy1 = pixel(predictors / "MOD13A2.061__1_km_16_days_NDVI_doy2005001_aid0001.tif",
                      site.lon, site.lat)
    assert january.ndvi == pytest.approx(ndvi_doy1 / 10000.0, abs=1e-9)
    assert 250 < table.lst_day.min() and table.lst_day.max() < 320


def test_demo_chain_import_then_extract(run_algorithm, demo_dir, tmp_path):
    """The real chain: importobservations output (GeoPackage) -> extraction over the whole
    demo folder, where truth/ must not become a predictor."""
    imported = run_algorithm("importobservations", {
        "INPUT": str(demo_dir / "observations"), "COSORE_TIMESTAMPS": 1,
        "OUTPUT": str(tmp_path / "observations.gpkg"),
    })
    result = run_algorithm("extracttrainingdata", {
        "OBSERVATIONS": imported["OUTPUT"], "PREDICTORS": [str(demo_dir)], "WINDOW_SIZE": 3,
        "OUTPUT": str(tmp_path / "training_table.gpkg"),
        "OUTPUT_CSV": str(tmp_path / "training_table.csv"),
    })
    table = pd.read_csv(tmp_path / "training_table.csv")
    observed = pd.read_csv(tmp_path / "training_table.csv", usecols=["site"])
    assert result["N_ROWS"] == len(table) > 300
    assert set(observed.site) == {"TSE", "TMK", "API", "FHK", "TGF", "YMS", "HRS", "AYA"}
    assert not any(c.startswith("sr_true") for c in table.columns) and "fid" not in table
    for var in DEMO_VARIABLES:
        assert table[var].notna().all()  # MISSING=drop
        assert table[f"{var}_n_valid"].between(1, 9).all()
    assert {"sr", "soil_temperature_site", "soil_moisture_site"} <= set(table.columns)
    # site soil temperature and the gridded in-situ layer describe the same soil
    assert np.corrcoef(table.soil_temperature_site, table.soil_temperature)[0, 1] > 0.9


def test_qgis_process_extraction_and_describe(qgis_process, demo_dir, demo_sites, tmp_path):
    rows = [(s.site_id, s.lon, s.lat, "2006-05-25", 3.0) for s in demo_sites.itertuples()]
    observations(rows).to_csv(tmp_path / "obs.csv", index=False)
    result = qgis_process.run(
        "soilresp:extracttrainingdata", OBSERVATIONS=tmp_path / "obs.csv",
        PREDICTORS=predictor_folders(demo_dir), TEMPORAL_MAPPING=1, TIME_FEATURES="false",
        MISSING=1, OUTPUT=tmp_path / "table.gpkg", OUTPUT_CSV=tmp_path / "table.csv",
    )
    assert result["results"]["N_ROWS"] == 8
    table = pd.read_csv(tmp_path / "table.csv").set_index("site")
    assert "doy_sin" not in table and list(table.columns[-9:]) == DEMO_VARIABLES
    # linear mapping: period DOY 145 (25 May) between the composites of DOY 129 and 145:
    # composite centres 17 May 00:00 and 2 Jun 00:00, period centre 29 May 00:00
    predictors = demo_dir / "predictors"
    checked = 0
    for site in demo_sites.itertuples():
        a, b = (pixel(predictors / f"MOD13A2.061__1_km_16_days_NDVI_doy2006{doy}_aid0001.tif",
                      site.lon, site.lat) for doy in ("129", "145"))
        if a != -3000 and b != -3000:
            expected = (a + (b - a) * 12 / 16) / 1e4
            assert table.loc[site.site_id, "ndvi"] == pytest.approx(expected, abs=1e-6)
            checked += 1
    assert checked >= 5

    described = qgis_process.run("soilresp:describecatalog", PREDICTORS=demo_dir,
                                 OUTPUT=tmp_path / "catalog.csv")
    assert described["results"]["N_VARIABLES"] == 9
    assert described["results"]["FIRST_PERIOD"] == "2005-01-01"
    catalog = pd.read_csv(tmp_path / "catalog.csv").set_index("variable")
    assert catalog.loc["ndvi", "time_step"] == "16-day" and catalog.loc["lai", "n_periods"] == 92
    assert catalog.loc["landcover", "resampling"] == "mode when coarsening, nearest when refining"
    assert catalog.loc["ndvi", "resampling"].startswith("area mean of valid cells")
    assert (catalog.n_gaps == 0).all()


def test_describe_reports_gaps(run_algorithm, demo_dir, tmp_path):
    folder = tmp_path / "lst"
    folder.mkdir()
    for doy in ("001", "009", "033", "041"):
        name = f"MOD11A2.061_LST_Day_1km_doy2005{doy}_aid0001.tif"
        shutil.copy(demo_dir / "predictors" / name, folder / name)
    result = run_algorithm("describecatalog", {"PREDICTORS": [str(folder)],
                                               "OUTPUT": str(tmp_path / "c.csv")})
    row = pd.read_csv(tmp_path / "c.csv").iloc[0]
    assert result["LAST_PERIOD"] == "2005-02-10"
    assert row.n_periods == 4 and row.n_gaps == 2 and row.gaps == "2005-01-17, 2005-01-25"


# --------------------------------------------------------------------------- bad input
def failing(run_algorithm, params, tmp_path):
    """Run, expect a QgsProcessingException, check nothing was written; its message."""
    from qgis.core import QgsProcessingException

    params = {"OUTPUT": str(tmp_path / "out.gpkg"), "OUTPUT_CSV": str(tmp_path / "out.csv"),
              **params}
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("extracttrainingdata", params)
    assert not (tmp_path / "out.gpkg").exists() and not (tmp_path / "out.csv").exists()
    assert not list(tmp_path.glob("*.units.json"))
    return str(error.value)


def test_bad_observations(run_algorithm, demo_dir, tmp_path):
    folders = predictor_folders(demo_dir)
    message = failing(run_algorithm, {"OBSERVATIONS": observation_layer([]),
                                      "PREDICTORS": folders}, tmp_path)
    assert "(OBSERVATIONS)" in message and "no rows" in message
    message = failing(run_algorithm, {
        "OBSERVATIONS": observation_layer([("TSE", 142.107, 45.056, "2005-07-12", 1.0),
                                           ("PARIS", 2.35, 48.85, "2005-07-12", 1.0)]),
        "PREDICTORS": folders}, tmp_path)
    assert "PARIS (2.3500 E, 48.8500 N)" in message and "outside every predictor" in message
    assert "TSE" not in message
    message = failing(run_algorithm, {
        "OBSERVATIONS": observation_layer([("TSE", 142.107, 45.056, "2012-07-11", 1.0)]),
        "PREDICTORS": folders}, tmp_path)
    assert "(OBSERVATIONS)" in message and "2005-01-01..2006-12-27" in message
    message = failing(run_algorithm, {
        "OBSERVATIONS": observation_layer([("TSE", 142.107, 45.056, "2005-07-12", 1.0)]),
        "PREDICTORS": folders, "WINDOW_SIZE": 4}, tmp_path)
    assert "WINDOW_SIZE" in message and "odd" in message


def test_bad_predictor_folders(run_algorithm, demo_dir, tmp_path):
    site = observation_layer([("TSE", 142.107, 45.056, "2005-01-09", 1.0)])
    junk = tmp_path / "junk"
    junk.mkdir()
    shutil.copy(demo_dir / "observations" / "sites.csv", junk)
    shutil.copy(demo_dir / "truth" / "sr_true_doy2005009.tif", junk / "photo.tif")
    message = failing(run_algorithm, {"OBSERVATIONS": site, "PREDICTORS": [str(junk)]},
                      tmp_path)
    assert "(PREDICTORS)" in message and "No predictor rasters recognised" in message
    assert str(junk) in message and "PATTERN" in message

    name = "MOD11A2.061_LST_Day_1km_doy2005009_aid0001.tif"
    duplicate = tmp_path / "duplicate"
    duplicate.mkdir()
    shutil.copy(demo_dir / "predictors" / name, duplicate / name.replace("_aid0001", "_aid0002"))
    message = failing(run_algorithm, {
        "OBSERVATIONS": site, "PREDICTORS": [str(demo_dir / "predictors"), str(duplicate)]},
        tmp_path)
    assert "both claim lst_day for 2005-01-09" in message
    assert name in message and "_aid0002" in message

    regridded = tmp_path / "regridded"
    regridded.mkdir()
    with rasterio.open(demo_dir / "predictors" / name) as source:
        profile, data = source.profile, source.read(1)
    profile.update(width=profile["width"] // 2, height=profile["height"] // 2,
                   transform=source.transform * source.transform.scale(2, 2))
    with rasterio.open(regridded / name.replace("2005009", "2007001"), "w", **profile) as target:
        target.write(data[::2, ::2], 1)
    message = failing(run_algorithm, {
        "OBSERVATIONS": site, "PREDICTORS": [str(demo_dir / "predictors"), str(regridded)]},
        tmp_path)
    assert "Rasters of lst_day are on different grids" in message and "gdalwarp" in message

    truncated = tmp_path / "truncated"
    truncated.mkdir()
    damaged = truncated / "soil_moisture_doy2005009.tif"
    original = (demo_dir / "insitu" / "soil_moisture_doy2005009.tif").read_bytes()
    damaged.write_bytes(original[: len(original) // 2])
    message = failing(run_algorithm, {"OBSERVATIONS": site, "PREDICTORS": [str(truncated)]},
                      tmp_path)
    assert str(damaged) in message and "damaged or truncated" in message
    assert "download it again" in message


def test_qgis_process_reports_bad_input(qgis_process, demo_dir, tmp_path):
    pd.DataFrame({"site": ["TSE"], "lon": [142.107], "lat": [45.056],
                  "period_start": ["2005-07-12"], "sr": [1.0]}).to_csv(tmp_path / "o.csv",
                                                                     index=False)
    done = qgis_process.run("soilresp:extracttrainingdata", check=False,
                            OBSERVATIONS=tmp_path / "o.csv", PREDICTORS=tmp_path / "nothing",
                            OUTPUT=tmp_path / "t.gpkg")
    assert done.returncode != 0
    assert "(PREDICTORS)" in done.stdout + done.stderr
    assert "do not exist" in done.stdout + done.stderr
    assert not (tmp_path / "t.gpkg").exists()


# --------------------------------------------------------------------------- issue 9
def _lst_series(folder, years, holes):
    """lst_day_doy<YYYYDDD>.tif (float kelvin, 3x3 cells at 0.01 degrees from 135 E, 36 N)
    for every period of ``years``; ``holes``: {period index: cells (row, col) set to NaN}.
    Returns the periods and the (T, 3, 3) truth."""
    from rasterio.transform import from_origin

    from soil_resp_plugin.core import periods as P

    periods = [p for year in years for p in P.periods_of_year(year)]
    truth = np.stack([290 + 10 * np.sin(2 * np.pi * p.timetuple().tm_yday / 365)
                      + 0.5 * (p.year - years[0]) + np.arange(9.0).reshape(3, 3)
                      for p in periods])
    for t, start in enumerate(periods):
        data = truth[t].astype(np.float32)
        for cell in holes.get(t, ()):
            data[cell] = np.nan
        name = f"lst_day_doy{start.year}{start.timetuple().tm_yday:03d}.tif"
        with rasterio.open(folder / name, "w", driver="GTiff", width=3, height=3, count=1,
                           dtype="float32", crs="EPSG:4326", nodata=np.nan,
                           transform=from_origin(135.0, 36.0, 0.01, 0.01)) as out:
            out.write(data, 1)
    return periods, truth


def test_fill_gaps_option_interpolates_then_uses_the_period_mean(run_algorithm, tmp_path,
                                                                monkeypatch):
    from safety import assert_unchanged, snapshot

    monkeypatch.setenv("SOILRESP_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "lst"
    folder.mkdir()
    short = {50: [(1, 1)], 51: [(1, 1)]}  # two periods: interpolated
    long = {t: [(1, 1)] for t in range(60, 66)}  # six periods: the other year's value
    periods, truth = _lst_series(folder, (2014, 2015), {**short, **long})
    site = ("A", 135.015, 35.985)  # cell (1, 1)
    wanted = [50, 51, 62, 10]
    frame = pd.DataFrame({"site": site[0], "lon": site[1], "lat": site[2],
                          "period_start": [periods[t].isoformat() for t in wanted],
                          "sr": 1.0})
    csv = tmp_path / "obs.csv"
    frame.to_csv(csv, index=False)
    before = snapshot(folder, csv)

    plain = tmp_path / "plain.csv"
    run_algorithm("extracttrainingdata", {
        "OBSERVATIONS": str(csv), "PREDICTORS": [str(folder)], "MISSING": 1,
        "TIME_FEATURES": False, "OUTPUT": "memory:", "OUTPUT_CSV": str(plain)})
    observed = pd.read_csv(plain)
    assert "lst_day_filled" not in observed.columns  # default: observed values only
    assert observed.lst_day.isna().tolist() == [True, True, True, False]

    filled_csv = tmp_path / "filled.csv"
    run_algorithm("extracttrainingdata", {
        "OBSERVATIONS": str(csv), "PREDICTORS": [str(folder)], "MISSING": 1,
        "TIME_FEATURES": False, "FILL_GAPS": True, "MAX_FILL_GAP": 3, "OUTPUT": "memory:",
        "OUTPUT_CSV": str(filled_csv)})
    filled = pd.read_csv(filled_csv)
    days = np.array([p.toordinal() for p in periods], float)
    series = truth[:, 1, 1].copy()
    for t in list(short) + list(long):
        series[t] = np.nan
    valid = np.isfinite(series)
    expected_interp = np.interp(days[[50, 51]], days[valid], series[valid])
    np.testing.assert_allclose(filled.lst_day[:2], expected_interp, rtol=1e-6)
    # period 62 of 2015 (t - 46 = 16 in 2014): the mean over the years that observed it
    assert filled.lst_day[2] == pytest.approx(truth[62 - 46, 1, 1], rel=1e-6)
    assert filled.lst_day[3] == pytest.approx(truth[10, 1, 1], rel=1e-6)
    assert filled.lst_day_filled.tolist() == [1, 1, 2, 0]
    units = json.loads((tmp_path / "filled.csv.units.json").read_text())
    assert "lst_day_filled" not in units["predictors"]
    assert_unchanged(before)


def test_extraction_forwards_land_cover_year_fallbacks(run_algorithm, tmp_path, monkeypatch):
    from modis_granules import write_granule

    monkeypatch.setenv("SOILRESP_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "granules"
    size = 4
    for day in (dt.date(2015, 5, 25), dt.date(2016, 5, 24), dt.date(2017, 5, 25)):
        write_granule(folder, "MOD11A2", day, 28, 5, {
            "LST_Day_1km": np.full((size, size), 15000, np.uint16),
            "QC_Day": np.zeros((size, size), np.uint8)})
    classes = np.full((2 * size, 2 * size), 5, np.uint8)
    write_granule(folder, "MCD12Q1", dt.date(2016, 1, 1), 28, 5,
                  {"LC_Type1": classes, "LC_Type2": classes})
    # the centre of tile h28v05 in lon/lat (MODIS sinusoidal sphere)
    radius, tile = 6371007.181, 1111950.5197665
    x, y = -20015109.354 + 28.5 * tile, 10007554.677 - 5.5 * tile
    lat = math.degrees(y / radius)
    lon = math.degrees(x / (radius * math.cos(math.radians(lat))))
    frame = pd.DataFrame({"site": "S", "lon": lon, "lat": lat,
                          "period_start": ["2015-05-25", "2017-05-25"], "sr": 1.0})
    csv = tmp_path / "obs.csv"
    frame.to_csv(csv, index=False)

    feedback = recording_feedback()
    out = tmp_path / "t.csv"
    run_algorithm("extracttrainingdata", {
        "OBSERVATIONS": str(csv), "PREDICTORS": [str(folder)], "MISSING": 1,
        "OUTPUT": "memory:", "OUTPUT_CSV": str(out)}, feedback=feedback)
    table = pd.read_csv(out)
    assert table.landcover.tolist() == [5, 5]
    notes = [w for w in feedback.warnings if w.startswith("For the observation periods")]
    assert len(notes) == 1
    assert "landcover" in notes[0] and "2016" in notes[0] and "2015, 2017" in notes[0]
    used = [w for w in feedback.warnings if "yearly layer read for an observation year" in w]
    assert sorted(used) == sorted([
        "landcover: no layer for 2015; the 2016 layer is used (yearly layer read for an "
        "observation year it does not cover).",
        "landcover: no layer for 2017; the 2016 layer is used (yearly layer read for an "
        "observation year it does not cover)."])
