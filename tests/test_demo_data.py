"""The synthetic demo region: layout, encodings, truth magnitudes, observations, the biased
global product, determinism, and the algorithm through qgis_process and processing.run.

Most checks read the session ``demo_dir`` (0.1 degree, 2 years); extra generations use
1 year at 0.5 degree (about a second each)."""
import datetime as dt
import glob
import os
import pathlib

import numpy as np
import pytest
from conftest import DEMO_TEST_PARAMETERS, ROOT

from soil_resp_plugin.core import demo, periods
from soil_resp_plugin.core.errors import Cancelled, InputError
from soil_resp_plugin.core.reporting import Reporter

SMALL = {"SEED": 42, "START_YEAR": 2005, "N_YEARS": 1, "CELL_SIZE": 0.5}
SITE_IDS = ["TSE", "TMK", "API", "FHK", "TGF", "YMS", "HRS", "AYA"]
NORTHERN_FORESTS = ("TSE", "TMK", "API")


def _read(path):
    import rasterio

    with rasterio.open(path) as src:
        return src.read(1), src.nodata, src.tags(), src.transform


def _files(folder, pattern):
    return sorted(glob.glob(str(pathlib.Path(folder) / pattern)))


def _labels(paths):
    return [os.path.basename(p).split("_doy")[1][:7] for p in paths]


def _all_files(folder):
    return sorted(p for p in pathlib.Path(folder).rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def land(demo_dir):
    classes, _, _, _ = _read(demo_dir / "static" / "MCD12C1_IGBP_landcover.tif")
    return (classes != 0) & (classes != 255)


@pytest.fixture(scope="module")
def truth(demo_dir):
    """Truth stack (periods x rows x cols, NaN on sea), period starts and day counts."""
    paths = _files(demo_dir / "truth", "sr_true_doy*.tif")
    starts = [periods.parse_period_label(label) for label in _labels(paths)]
    stack = []
    for path in paths:
        values, nodata, _, _ = _read(path)
        stack.append(np.where(values == nodata, np.nan, values.astype(float)))
    days = np.array([periods.period_days(s) for s in starts])
    return np.array(stack), starts, days


@pytest.fixture(scope="module")
def sites(demo_dir):
    import pandas as pd

    return pd.read_csv(demo_dir / "observations" / "sites.csv")


def _cell(lon, lat, cell=DEMO_TEST_PARAMETERS["CELL_SIZE"]):
    return int((46.0 - lat) // cell), int((lon - 122.0) // cell)


# ----------------------------------------------------------------------------- layout
def test_layout_and_dates(demo_dir):
    years = range(2005, 2007)
    expected_8day = [periods.period_label(p) for y in years for p in periods.periods_of_year(y)]
    expected_16day = [lab for lab in expected_8day if (int(lab[4:]) - 1) % 16 == 0]
    assert len(expected_8day) == 92 and len(expected_16day) == 46
    predictors = demo_dir / "predictors"
    for pattern, expected in [
        ("MOD11A2.061_LST_Day_1km_doy*_aid0001.tif", expected_8day),
        ("MOD11A2.061_LST_Night_1km_doy*_aid0001.tif", expected_8day),
        ("MOD15A2H.061_Lai_500m_doy*_aid0001.tif", expected_8day),
        ("MOD17A2HGF.061_Gpp_500m_doy*_aid0001.tif", expected_8day),
        ("MOD13A2.061__1_km_16_days_NDVI_doy*_aid0001.tif", expected_16day),
        ("MOD13A2.061__1_km_16_days_EVI_doy*_aid0001.tif", expected_16day),
    ]:
        assert _labels(_files(predictors, pattern)) == expected, pattern
    assert len(_files(predictors, "*")) == 4 * 92 + 2 * 46
    assert _labels(_files(demo_dir / "insitu", "soil_temperature_doy*.tif")) == expected_8day
    assert _labels(_files(demo_dir / "insitu", "soil_moisture_doy*.tif")) == expected_8day
    assert _labels(_files(demo_dir / "truth", "sr_true_doy*.tif")) == expected_8day
    assert (demo_dir / "static" / "MCD12C1_IGBP_landcover.tif").is_file()
    for site_id in SITE_IDS:
        for name in ("data.csv", "PORTS.txt", "DESCRIPTION.txt"):
            assert (demo_dir / "observations" / site_id / name).is_file()
    assert (demo_dir / "global_product" / "synthetic_global_rs_monthly_0p5deg.nc").is_file()
    # nothing left over from the build folder next to the output
    assert not [p for p in demo_dir.parent.iterdir() if "incomplete" in p.name]


def test_rasters_open_in_qgis_on_the_demo_grid(demo_dir, qgis_app, tmp_path):
    import shutil

    from qgis.core import QgsRasterLayer

    samples = [
        demo_dir / "static" / "MCD12C1_IGBP_landcover.tif",
        demo_dir / "truth" / "sr_true_doy2005185.tif",
        demo_dir / "insitu" / "soil_moisture_doy2006001.tif",
        *(_files(demo_dir / "predictors", "*doy2005017_aid0001.tif")),
    ]
    assert len(samples) == 3 + 6
    for path in samples:
        copy = tmp_path / pathlib.Path(path).name  # QGIS may leave .aux.xml files behind
        shutil.copy(path, copy)
        layer = QgsRasterLayer(str(copy), copy.stem)
        assert layer.isValid(), path
        assert layer.crs().authid() == "EPSG:4326"
        assert (layer.width(), layer.height()) == (320, 220)
        extent = layer.extent()
        assert (extent.xMinimum(), extent.yMinimum()) == pytest.approx((122.0, 24.0))
        assert (extent.xMaximum(), extent.yMaximum()) == pytest.approx((154.0, 46.0))


# ----------------------------------------------------------------------------- land and encodings
def test_land_mask_is_the_real_land_cover(demo_dir, land):
    import rasterio

    from soil_resp_plugin.resources import resource_path

    with rasterio.open(resource_path(demo.LAND_COVER_RESOURCE)) as src:
        real = src.read(1)
    real_land = ((real != 0) & (real != 255)).reshape(220, 2, 320, 2).sum(axis=(1, 3))
    np.testing.assert_array_equal(land, real_land >= 3)  # most of the four sub-cells
    assert 0.15 < land.mean() < 0.30  # Japan is about a fifth of the box

    sea = ~land
    for pattern, is_fill in [
        ("truth/sr_true_doy2005001.tif", lambda a: a == -9999),
        ("insitu/soil_temperature_doy2005185.tif", lambda a: a == -9999),
        ("insitu/soil_moisture_doy2006361.tif", lambda a: a == -9999),
        ("predictors/MOD15A2H.061_Lai_500m_doy2005185_aid0001.tif", lambda a: a >= 249),
        ("predictors/MOD17A2HGF.061_Gpp_500m_doy2005001_aid0001.tif", lambda a: a >= 32761),
    ]:
        values, _, _, _ = _read(demo_dir / pattern)
        np.testing.assert_array_equal(is_fill(values), sea, err_msg=pattern)
    # LST: sea is fill, and some cloud gaps on land, as in real 8-day composites
    gap_fractions = []
    for path in _files(demo_dir / "predictors", "MOD11A2.061_LST_Day_1km_doy2005*.tif"):
        values, nodata, _, _ = _read(path)
        assert nodata == 0
        assert (values[sea] == 0).all()
        gap_fractions.append((values[land] == 0).mean())
    assert 0.01 < np.mean(gap_fractions) < 0.10
    ndvi, nodata, _, _ = _read(
        demo_dir / "predictors" / "MOD13A2.061__1_km_16_days_NDVI_doy2005177_aid0001.tif")
    assert nodata == -3000 and (ndvi[sea] == -3000).all()
    assert 0.0 < (ndvi[land] == -3000).mean() < 0.05


def test_predictor_encodings_and_value_ranges(demo_dir, land):
    expectations = {
        # pattern: (dtype, scale, fill, physical min, physical max)
        "MOD11A2.061_LST_Day_1km": ("uint16", 0.02, 0, 250.0, 320.0),
        "MOD11A2.061_LST_Night_1km": ("uint16", 0.02, 0, 245.0, 310.0),
        "MOD13A2.061__1_km_16_days_NDVI": ("int16", 0.0001, -3000, -0.2, 1.0),
        "MOD13A2.061__1_km_16_days_EVI": ("int16", 0.0001, -3000, -0.2, 1.0),
        "MOD15A2H.061_Lai_500m": ("uint8", 0.1, 255, 0.0, 7.0),
        "MOD17A2HGF.061_Gpp_500m": ("int16", 0.0001, 32767, 0.0, 0.1),
    }
    import rasterio

    for prefix, (dtype, scale, fill, low, high) in expectations.items():
        paths = _files(demo_dir / "predictors", f"{prefix}_doy2005*.tif")
        physical = []
        for path in paths:
            with rasterio.open(path) as src:
                values = src.read(1)
                tags = src.tags()
                assert src.dtypes[0] == dtype and src.nodata == fill
                assert src.scales[0] == 1.0  # raw integers, as AppEEARS delivers them
            assert float(tags["scale_factor"]) == scale and float(tags["add_offset"]) == 0
            assert int(tags["_FillValue"]) == fill and tags["units"] and tags["long_name"]
            assert tags["SYNTHETIC"] == "true"
            ok = land & (values != fill) & ((values < 249) if dtype == "uint8" else True)
            physical.append(values[ok] * scale)
        physical = np.concatenate(physical)
        assert physical.min() >= low and physical.max() <= high, prefix
    lst = np.concatenate([_read(p)[0][land] for p in _files(
        demo_dir / "predictors", "MOD11A2.061_LST_Day_1km_doy2005*.tif")]) * 0.02
    lst = lst[lst > 0]
    assert 260 < np.percentile(lst, 2) < 275 and 295 < np.percentile(lst, 98) < 312

    soil_t = np.concatenate([_read(p)[0][land] for p in _files(
        demo_dir / "insitu", "soil_temperature_doy2005*.tif")])
    soil_m = np.concatenate([_read(p)[0][land] for p in _files(
        demo_dir / "insitu", "soil_moisture_doy2005*.tif")])
    assert -5 < soil_t.min() < 2 and 25 < soil_t.max() < 35
    assert soil_m.min() >= 0.1 - 1e-6 and soil_m.max() <= 0.5 + 1e-6
    assert soil_m.std() > 0.05


def test_deciduous_seasonality_and_latitude_gradient(demo_dir, sites):
    def value_at(pattern, site_id, scale):
        row = sites.set_index("site_id").loc[site_id]
        r, c = _cell(row.lon, row.lat)
        return _read(demo_dir / "predictors" / pattern)[0][r, c] * scale

    summer = "MOD15A2H.061_Lai_500m_doy2005209_aid0001.tif"
    winter = "MOD15A2H.061_Lai_500m_doy2005017_aid0001.tif"
    assert value_at(summer, "TMK", 0.1) - value_at(winter, "TMK", 0.1) > 2.5  # deciduous
    assert value_at(summer, "TMK", 0.1) > 3.5
    jan_lst = "MOD11A2.061_LST_Day_1km_doy2005017_aid0001.tif"
    assert value_at(jan_lst, "AYA", 0.02) - value_at(jan_lst, "TSE", 0.02) > 8  # Kyushu warmer


# ----------------------------------------------------------------------------- truth
def test_true_sr_magnitudes_at_sites(demo_dir, truth, sites):
    stack, starts, days = truth
    months = np.array([s.month for s in starts])
    annuals = {}
    for row in sites.itertuples():
        r, c = _cell(row.lon, row.lat)
        series = stack[:, r, c]
        assert not np.isnan(series).any()
        winter, summer = series[months == 1].mean(), series[np.isin(months, (7, 8))].mean()
        assert 0.1 < winter < 1.6, (row.site_id, winter)
        assert 3.0 < summer < 7.0, (row.site_id, summer)
        if row.site_id in NORTHERN_FORESTS:
            assert winter < 1.0
        first_year = np.array([s.year == 2005 for s in starts])
        annuals[row.site_id] = float((series * days)[first_year].sum())
        if "forest" in row.igbp.lower():
            assert 600 < annuals[row.site_id] < 1500, (row.site_id, annuals[row.site_id])
    assert annuals["AYA"] > annuals["TSE"] + 200 and annuals["HRS"] > annuals["TMK"]
    assert sum("forest" in i.lower() for i in sites.igbp) >= 5


def test_truth_follows_the_documented_formula(demo_dir, land):
    sr, _, _, _ = _read(demo_dir / "truth" / "sr_true_doy2005209.tif")
    ts, _, _, _ = _read(demo_dir / "insitu" / "soil_temperature_doy2005209.tif")
    sm, _, _, _ = _read(demo_dir / "insitu" / "soil_moisture_doy2005209.tif")
    lai, _, _, _ = _read(demo_dir / "predictors" / "MOD15A2H.061_Lai_500m_doy2005209_aid0001.tif")
    # R_ref recovered from the files varies only by the documented smooth field (+-20 %);
    # the LAI file is rounded to 0.1, hence a little slack
    r_ref = sr[land] / (demo.lloyd_taylor(ts[land]) * demo.moisture_response(sm[land])
                        * demo.vegetation_response(lai[land] * 0.1))
    assert np.percentile(r_ref, 1) > demo.R_REF * 0.78
    assert np.percentile(r_ref, 99) < demo.R_REF * 1.22
    assert abs(np.median(r_ref) / demo.R_REF - 1) < 0.03
    assert demo.lloyd_taylor(np.array(10.0)) == pytest.approx(1.0)
    assert demo.moisture_response(np.array(0.3)) == pytest.approx(1.0)


# ----------------------------------------------------------------------------- observations
def test_eight_sites_on_land_near_their_real_coordinates(demo_dir, sites):
    classes, _, _, _ = _read(demo_dir / "static" / "MCD12C1_IGBP_landcover.tif")
    assert list(sites.columns) == ["site_id", "site_name", "lon", "lat", "igbp"]
    assert list(sites.site_id) == SITE_IDS
    real = {s["site_id"]: (s["lon"], s["lat"]) for s in demo.SITES}
    for row in sites.itertuples():
        r, c = _cell(row.lon, row.lat)
        assert classes[r, c] not in (0, 255), row.site_id
        assert row.igbp == demo.IGBP_NAMES[classes[r, c]]
        assert abs(row.lon - real[row.site_id][0]) < 0.3
        assert abs(row.lat - real[row.site_id][1]) < 0.3
    assert (sites.lon.round(3) == [real[s][0] for s in SITE_IDS]).all()  # none moved at 0.1


def _ports(path):
    declared = {}
    for line in path.read_text().splitlines():
        if line.startswith("#") or line.startswith("CSR_PORT") or not line.strip():
            continue
        fields = [f.strip() for f in line.split(",")]
        declared[int(fields[0])] = fields[1]
    return declared


def test_observations_cosore_layout_and_nee_port(demo_dir, sites):
    import pandas as pd

    rs_total = 0
    for site_id in SITE_IDS:
        folder = demo_dir / "observations" / site_id
        declared = _ports(folder / "PORTS.txt")
        data = pd.read_csv(folder / "data.csv")
        assert list(data.columns) == ["CSR_PORT", "CSR_TIMESTAMP_BEGIN", "CSR_TIMESTAMP_END",
                                      "CSR_FLUX_CO2", "CSR_T5", "CSR_SM5"]
        assert set(data.CSR_PORT) == set(declared)
        nee_ports = [p for p, kind in declared.items() if kind == "NEE"]
        assert nee_ports == ([4] if site_id == "TSE" else [])
        assert set(declared.values()) <= {"Rs", "NEE"}
        begin = pd.to_datetime(data.CSR_TIMESTAMP_BEGIN, format="%Y-%m-%d %H:%M:%S")
        end = pd.to_datetime(data.CSR_TIMESTAMP_END, format="%Y-%m-%d %H:%M:%S")
        assert ((end - begin) == pd.Timedelta(minutes=2)).all()
        assert begin.dt.hour.between(6, 18).all()  # daytime campaigns
        assert begin.dt.year.isin([2005, 2006]).all()
        rs = data[~data.CSR_PORT.isin(nee_ports)]
        rs_total += len(rs)
        per_year = data.groupby(begin.dt.year).size()
        assert (per_year > 1000).all() and (per_year < 6000).all(), (site_id, per_year)
        assert 0 < (rs.CSR_FLUX_CO2 < 0).mean() < 0.03  # a few negative values
        assert rs.CSR_FLUX_CO2.max() > 3 * rs.CSR_FLUX_CO2.quantile(0.99)  # spikes
        assert rs.CSR_SM5.dropna().between(0.0, 0.65).all()
        assert 0 < rs.CSR_T5.isna().mean() < 0.05
        days = begin.dt.normalize().drop_duplicates().sort_values()
        assert days.diff().max() >= pd.Timedelta(days=3)  # multi-day gaps
        text = (folder / "DESCRIPTION.txt").read_text()
        assert "CSR_TIMEZONE: Etc/GMT-9" in text and "SYNTHETIC" in text
        row = sites.set_index("site_id").loc[site_id]
        assert f"CSR_LONGITUDE: {row.lon}" in text and f"CSR_LATITUDE: {row.lat}" in text
        if nee_ports:
            nee = data[data.CSR_PORT.isin(nee_ports)]
            summer = nee[begin[nee.index].dt.month.isin([7, 8])]
            assert summer.CSR_FLUX_CO2.median() < -3  # photosynthesis: clearly not Rs
            assert rs[begin[rs.index].dt.month.isin([7, 8])].CSR_FLUX_CO2.median() > 1
    snowy_winter = pd.to_datetime(
        pd.read_csv(demo_dir / "observations" / "TSE" / "data.csv").CSR_TIMESTAMP_BEGIN)
    assert not snowy_winter.dt.month.isin([1, 2]).any()  # frozen soil at Teshio: no records

    table = pd.read_csv(demo_dir / "observations" / "all_sites.csv")
    assert list(table.columns) == ["site_id", "lon", "lat", "timestamp", "flux_umol",
                                   "soil_temperature", "soil_moisture"]
    assert len(table) == rs_total  # the NEE chamber is not in the plain table
    stamps = pd.to_datetime(table.timestamp)
    assert str(stamps.dt.tz) in ("UTC+09:00", "pytz.FixedOffset(540)")


def test_observations_are_the_truth_in_umol(demo_dir, truth, sites):
    """Per-period means of the chamber fluxes, converted to g C m-2 d-1, match the truth at
    the site cell (the noise is multiplicative with mean 1; spikes removed by the median)."""
    import pandas as pd

    stack, starts, _ = truth
    soil_temperature = {
        s: _read(demo_dir / "insitu" / f"soil_temperature_doy{periods.period_label(s)}.tif")[0]
        for s in starts
    }
    index = {s: i for i, s in enumerate(starts)}
    for row in sites.itertuples():
        data = pd.read_csv(demo_dir / "observations" / row.site_id / "data.csv")
        declared = _ports(demo_dir / "observations" / row.site_id / "PORTS.txt")
        data = data[data.CSR_PORT.map(declared) == "Rs"]
        day = pd.to_datetime(data.CSR_TIMESTAMP_BEGIN).dt.date
        data = data.assign(period=[periods.period_start(d) for d in day])
        grouped = data.groupby("period").agg(flux=("CSR_FLUX_CO2", "median"),
                                             t5=("CSR_T5", "mean"), n=("CSR_FLUX_CO2", "size"))
        grouped = grouped[grouped.n >= 10]
        r, c = _cell(row.lon, row.lat)
        true_sr = np.array([stack[index[p], r, c] for p in grouped.index])
        ratio = np.median(grouped.flux.to_numpy() * 1.0378 / true_sr)
        assert 0.85 < ratio < 1.15, (row.site_id, ratio)
        ts = np.array([soil_temperature[p][r, c] for p in grouped.index])
        assert np.abs(grouped.t5.to_numpy() - ts).mean() < 1.0, row.site_id


# ----------------------------------------------------------------------------- global product
def test_global_product_has_known_bias(demo_dir, truth, land):
    import netCDF4

    stack, starts, _ = truth
    path = demo_dir / "global_product" / "synthetic_global_rs_monthly_0p5deg.nc"
    with netCDF4.Dataset(path) as ds:
        assert ds.SYNTHETIC == "true"
        factor = float(ds.synthetic_bias_factor)
        lon, lat = ds["lon"][:], ds["lat"][:]
        assert lon.min() >= 0 and lon.max() <= 360 and lon.max() > 180
        assert np.allclose(np.diff(lon), 0.5) and np.allclose(np.diff(lat), 0.5)
        assert ds["time"].units.startswith("days since 2005-01-01")
        times = netCDF4.num2date(ds["time"][:], ds["time"].units, ds["time"].calendar)
        assert [(t.year, t.month) for t in times] == [
            (y, m) for y in (2005, 2006) for m in range(1, 13)]
        rs_var = ds["rs"]
        assert rs_var.units == "g C m-2 month-1" and rs_var._FillValue == -999
        rs = rs_var[:].filled(np.nan)
    assert factor == demo.GLOBAL_BIAS_FACTOR
    # truth monthly totals on the 0.1 degree grid, averaged over land to 0.5 degree
    monthly = np.zeros((24,) + stack.shape[1:])
    for k, start in enumerate(starts):
        for offset in range(periods.period_days(start)):
            day = start + dt.timedelta(days=offset)
            monthly[(day.year - 2005) * 12 + day.month - 1] += np.nan_to_num(stack[k])
    blocks = monthly.reshape(24, 44, 5, 64, 5).sum(axis=(2, 4))
    counts = land.reshape(44, 5, 64, 5).sum(axis=(1, 3))
    with np.errstate(invalid="ignore", divide="ignore"):
        expected = np.where(counts > 0, blocks / counts, np.nan)
    # the box in the global grid: lat ascending (flip), lon index of 122.25 E
    j0, i0 = int((24.25 + 89.75) / 0.5), int((122.25 - 0.25) / 0.5)
    box = rs[:, j0:j0 + 44, i0:i0 + 64][:, ::-1, :]
    np.testing.assert_array_equal(np.isnan(box), np.isnan(expected))
    assert np.isnan(np.delete(rs, np.s_[i0:i0 + 64], axis=2)).all()  # nothing outside the box
    ratio = np.nansum(box) / np.nansum(expected)
    assert ratio == pytest.approx(factor, rel=0.02)
    cell_ratio = np.nanmedian(box / expected)
    assert cell_ratio == pytest.approx(factor, rel=0.03)
    assert 0.02 < np.nanstd(np.log(box / expected)) < 0.1  # stated 5 % noise, not exact


# ----------------------------------------------------------------------------- tags
def test_everything_is_tagged_synthetic(demo_dir):
    import rasterio

    tifs = [p for p in _all_files(demo_dir) if p.suffix == ".tif"]
    assert len(tifs) == 1 + 4 * 92 + 2 * 46 + 3 * 92
    for path in tifs:
        with rasterio.open(path) as src:
            assert src.tags().get("SYNTHETIC") == "true", path
            assert src.crs.to_epsg() == 4326
    readme = (demo_dir / "README.md").read_text()
    assert "SYNTHETIC" in readme.splitlines()[0]
    assert "seed: 42" in readme and "Lloyd & Taylor" in readme
    assert f"files: {len(_all_files(demo_dir))}" in readme
    for site_id in SITE_IDS:
        for name in ("PORTS.txt", "DESCRIPTION.txt"):
            assert "SYNTHETIC" in (demo_dir / "observations" / site_id / name).read_text()


# ----------------------------------------------------------------------------- algorithm runs
@pytest.fixture(scope="module")
def cli_run(qgis_process, tmp_path_factory):
    out = tmp_path_factory.mktemp("demo_cli") / "data"
    return out, qgis_process.run("soilresp:createdemodata", OUTPUT_FOLDER=out, **SMALL)


def test_qgis_process_run(cli_run):
    out, answer = cli_run
    results = answer["results"]
    assert results["OUTPUT_FOLDER"] == str(out)
    files = _all_files(out)
    assert results["N_FILES"] == len(files) == 1 + 46 * 7 + 23 * 2 + 8 * 3 + 2 + 1 + 1
    assert results["N_PERIODS"] == 46
    assert pathlib.Path(results["LAND_COVER"]) == out / "static" / "MCD12C1_IGBP_landcover.tif"
    assert pathlib.Path(results["GLOBAL_PRODUCT"]).is_file()
    assert pathlib.Path(results["SITES"]).is_file()
    log = "\n".join(answer["log"]["info"])
    assert f"Land cover: {out}" in log and "moved to the nearest land cell" in log

def test_qgis_process_land_cover_opens_in_qgis(cli_run, qgis_app, tmp_path):
    import shutil

    from qgis.core import QgsRasterLayer

    copy = tmp_path / "lc.tif"  # not in place: QGIS may add an .aux.xml next to the file
    shutil.copy(cli_run[1]["results"]["LAND_COVER"], copy)
    layer = QgsRasterLayer(str(copy), "lc")
    assert layer.isValid() and (layer.width(), layer.height()) == (64, 44)
    assert layer.crs().authid() == "EPSG:4326"


def test_processing_run_gives_identical_bytes(cli_run, run_algorithm, tmp_path):
    out, _ = cli_run
    other = tmp_path / "again"
    results = run_algorithm("createdemodata", dict(SMALL, OUTPUT_FOLDER=str(other)))
    assert results["OUTPUT_FOLDER"] == str(other)
    first, second = _all_files(out), _all_files(other)
    assert [p.relative_to(out) for p in first] == [p.relative_to(other) for p in second]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.relative_to(out)
    # a site moved off a sea cell at 0.5 degree is reported in the README
    assert "moved to the nearest land cell" in (other / "README.md").read_text()


def test_other_seed_gives_other_data(cli_run, tmp_path):
    out, _ = cli_run
    other = tmp_path / "seed7"
    demo.create_demo_dataset(other, seed=7, start_year=2005, n_years=1, cell_size=0.5)
    same = "static/MCD12C1_IGBP_landcover.tif"  # real data: independent of the seed
    assert (out / same).read_bytes() == (other / same).read_bytes()
    for name in ("truth/sr_true_doy2005185.tif", "insitu/soil_moisture_doy2005185.tif",
                 "predictors/MOD11A2.061_LST_Day_1km_doy2005185_aid0001.tif",
                 "observations/TGF/data.csv",
                 "global_product/synthetic_global_rs_monthly_0p5deg.nc"):
        assert (out / name).read_bytes() != (other / name).read_bytes(), name
    a, _, _, _ = _read(out / "truth/sr_true_doy2005185.tif")
    b, _, _, _ = _read(other / "truth/sr_true_doy2005185.tif")
    valid = a != -9999
    assert np.array_equal(valid, b != -9999) and np.abs(a[valid] - b[valid]).max() > 0.1


def test_refuses_a_non_empty_folder(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    target = tmp_path / "mine"
    target.mkdir()
    (target / "thesis.txt").write_text("precious")
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("createdemodata", dict(SMALL, OUTPUT_FOLDER=str(target)))
    text = str(error.value)
    assert "OUTPUT_FOLDER" in text and "not empty" in text and str(target) in text
    assert [p.name for p in target.iterdir()] == ["thesis.txt"]
    assert (target / "thesis.txt").read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_bad_cell_size_names_the_parameter(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(InputError) as error:
        demo.create_demo_dataset(tmp_path / "x", cell_size=0.15)
    assert error.value.parameter == "CELL_SIZE" and "0.25" in str(error.value)
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("createdemodata", dict(SMALL, CELL_SIZE=0.3,
                                             OUTPUT_FOLDER=str(tmp_path / "y")))
    assert "CELL_SIZE" in str(error.value)
    assert list(tmp_path.iterdir()) == []


class _CancelAfter(Reporter):
    def __init__(self, checks):
        self.checks = checks
        self.fractions = []

    def progress(self, fraction):
        self.fractions.append(fraction)

    def is_cancelled(self):
        self.checks -= 1
        return self.checks < 0


def test_cancel_leaves_nothing_that_looks_complete(tmp_path):
    target = tmp_path / "empty"
    target.mkdir()  # an existing empty folder is accepted
    reporter = _CancelAfter(checks=10)
    with pytest.raises(Cancelled):
        demo.create_demo_dataset(target, cell_size=0.5, n_years=1, reporter=reporter)
    assert target.is_dir() and list(target.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["empty"]
    assert reporter.fractions and max(reporter.fractions) < 0.5
    # the same empty folder then takes a complete run, with progress up to 1
    reporter = _CancelAfter(checks=10**6)
    summary = demo.create_demo_dataset(target, cell_size=0.5, n_years=1, reporter=reporter)
    assert summary["folder"] == target and summary["n_files"] == len(_all_files(target))
    assert reporter.fractions == sorted(reporter.fractions) and reporter.fractions[-1] == 1.0


def test_demo_script_uses_the_algorithm_parameters(soilresp_provider):
    import re

    script = (ROOT / "scripts" / "demo.sh").read_text()
    line = next(t for t in script.splitlines() if "soilresp:createdemodata" in t)
    names = re.findall(r"\b([A-Z_]+)=", line.split("--", 1)[1])
    assert "OUTPUT_FOLDER" in names
    algorithm = soilresp_provider.algorithm("createdemodata")
    for name in names:
        assert algorithm.parameterDefinition(name) is not None, name
