"""Intercomparison with other SR products and with observations, on the synthetic demo: the
known bias of the demo's global product recovered, 0–360 longitudes, independent recomputation
of the area-weighted monthly aggregation, a Warner-like static GeoTIFF, an Rh product, site
observations, qgis_process and processing.run, and bad input."""
import calendar
import datetime as dt
import os
import re

import numpy as np
import pandas as pd
import pytest
import rasterio
from affine import Affine

from soil_resp_plugin.core import comparison as C
from soil_resp_plugin.core import periods as P
from soil_resp_plugin.core import products_io as IO
from soil_resp_plugin.core.errors import InputError

PRODUCT = "global_product/synthetic_global_rs_monthly_0p5deg.nc"
BOX = (122.0, 24.0, 154.0, 46.0)  # west, south, east, north of the demo region


# ----------------------------------------------------------------------------- helpers
def truth_stack(demo_dir):
    """{period start: float64 array (NaN off land)} of the demo truth, read here directly."""
    out = {}
    for name in sorted(os.listdir(demo_dir / "truth")):
        label = re.search(r"doy(\d{7})\.tif$", name).group(1)
        with rasterio.open(demo_dir / "truth" / name) as src:
            data = src.read(1).astype(np.float64)
            data[data == src.nodata] = np.nan
            transform = src.transform
        out[dt.date(int(label[:4]), 1, 1) + dt.timedelta(days=int(label[4:]) - 1)] = data
    return out, transform


def sphere_weights(north, cell, rows):
    """Relative cell areas of ``rows`` rows below ``north`` on a sphere (sin-lat bands)."""
    edges = np.radians(north - cell * np.arange(rows + 1))
    return np.sin(edges[:-1]) - np.sin(edges[1:])


def block_means(field, transform, factor):
    """Area-weighted mean of the finite cells in factor x factor blocks (sphere weights)."""
    h, w = field.shape
    weights = sphere_weights(transform.f, -transform.e, h)[:, None] * np.ones((1, w))
    ok = np.isfinite(field)
    total = np.where(ok, field * weights, 0).reshape(h // factor, factor, w // factor,
                                                     factor).sum(axis=(1, 3))
    area = np.where(ok, weights, 0).reshape(h // factor, factor, w // factor,
                                            factor).sum(axis=(1, 3))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(area > 0, total / area, np.nan)


def annual_totals(stack):
    """{year: sum of rate x days of each period} from an 8-day stack."""
    years = {}
    for period, rate in stack.items():
        years.setdefault(period.year, []).append(rate * P.period_days(period))
    return {y: np.sum(v, axis=0) for y, v in years.items()}


def demo_product_box(demo_dir):
    """The demo product's values inside the box, north-up, read with netCDF4 and indexed by
    hand (lon 0–360, lat south to north): (months, 44, 64), NaN for -999."""
    import netCDF4

    with netCDF4.Dataset(demo_dir / PRODUCT) as ds:
        lat, lon = ds["lat"][:], ds["lon"][:]
        rows = np.flatnonzero((lat > BOX[1]) & (lat < BOX[3]))
        cols = np.flatnonzero((lon > BOX[0]) & (lon < BOX[2]))
        ds.set_auto_mask(False)
        values = ds["rs"][:, rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1].astype(np.float64)
        factor = float(ds.getncattr("synthetic_bias_factor"))
    values[values == -999.0] = np.nan
    return values[:, ::-1, :], factor


def write_tif(path, array, west, north, cell, unit=None, nodata=-9999.0, tags=None):
    with rasterio.open(path, "w", driver="GTiff", width=array.shape[1], height=array.shape[0],
                       count=1, dtype="float32", crs="EPSG:4326",
                       transform=Affine(cell, 0, west, 0, -cell, north), nodata=nodata) as out:
        out.write(np.where(np.isfinite(array), array, nodata).astype(np.float32), 1)
        if unit:
            out.set_band_unit(1, unit)
        if tags:
            out.update_tags(**tags)
    return path


def write_nc(path, values, lat, lon, times, time_units, unit, bounds=None, name="rs"):
    import netCDF4

    with netCDF4.Dataset(path, "w") as ds:
        ds.createDimension("time", len(times))
        ds.createDimension("lat", len(lat))
        ds.createDimension("lon", len(lon))
        t = ds.createVariable("time", "f8", ("time",))
        t.units, t.calendar = time_units, "standard"
        t[:] = times
        if bounds is not None:
            ds.createDimension("nv", 2)
            t.bounds = "time_bnds"
            ds.createVariable("time_bnds", "f8", ("time", "nv"))[:] = bounds
        ds.createVariable("lat", "f8", ("lat",))[:] = lat
        ds["lat"].units = "degrees_north"
        ds.createVariable("lon", "f8", ("lon",))[:] = lon
        ds["lon"].units = "degrees_east"
        v = ds.createVariable(name, "f4", ("time", "lat", "lon"), fill_value=np.float32(-999.0))
        if unit:
            v.units = unit
        v[:] = np.where(np.isfinite(values), values, -999.0)
    return path


@pytest.fixture(scope="module")
def truth(demo_dir):
    return truth_stack(demo_dir)


@pytest.fixture(scope="module")
def demo_result(demo_dir):
    return C.compare(demo_dir / "truth", demo_dir / PRODUCT)


# ----------------------------------------------------------------------------- units
def test_unit_parsing_and_conversion_to_totals():
    assert IO.parse_unit("gC/m2/month") == (1.0, "month")
    assert IO.parse_unit("kg C m-2 s-1") == (1000.0, "s")
    assert IO.parse_unit("µmol CO2 m-2 s-1") == pytest.approx((12.011e-6, "s"))
    january, year = ("month", 2005, 1), ("year", 2004)
    assert IO.to_total(1.0, "umol CO2 m-2 s-1", january) == pytest.approx(1.0378 * 31, rel=1e-4)
    assert IO.to_total(2.0, "g C m-2 d-1", year) == pytest.approx(2.0 * 366)
    assert IO.to_total(0.9, "kg C m-2 yr-1", ("static",)) == pytest.approx(900.0)
    assert IO.to_total(365.0, "g C m-2 yr-1", ("month", 2005, 2)) == pytest.approx(28.0)
    with pytest.raises(InputError, match="OTHER_UNIT"):
        IO.parse_unit("furlongs per fortnight")
    rs = np.array([300.0, 800.0, 1500.0])
    assert IO.rh_to_rs(np.exp(1.22 + 0.73 * np.log(rs))) == pytest.approx(rs, rel=1e-12)


def test_cf_time_axes(tmp_path):
    """Months of a 360-day calendar from their bounds; one unbounded step is a static map."""
    lat, lon = np.array([35.25, 35.75]), np.array([139.25, 139.75])
    starts = 30.0 * np.arange(14)
    path = write_nc(tmp_path / "m360.nc", np.ones((14, 2, 2)), lat, lon, starts + 15,
                    "days since 2001-01-01", "g C m-2 month-1",
                    bounds=np.stack([starts, starts + 30], axis=1))
    import netCDF4

    with netCDF4.Dataset(path, "a") as ds:
        ds["time"].calendar = "360_day"
    product = IO.open_product(path)
    assert product.native_step == "month" and len(product.steps) == 14
    assert product.steps[0] == ("month", 2001, 1) and product.steps[-1] == ("month", 2002, 2)
    single = write_nc(tmp_path / "one.nc", np.ones((1, 2, 2)), lat, lon, [0.0],
                      "days since 2001-01-01", "g C m-2 yr-1")
    product = IO.open_product(single)
    assert product.steps == [("static",)] and "without time bounds" in product.notes[0]


# ----------------------------------------------------------------------------- demo product
def test_demo_product_bias_factor_recovered(demo_dir, demo_result, truth):
    stack, transform = truth
    product, factor = demo_product_box(demo_dir)
    assert factor == pytest.approx(1.2)
    h = demo_result.harmonised
    assert h.step == "month" and len(h.steps) == 24 and h.unit == "g C m-2 month-1"
    assert (h.grid.west, h.grid.south, h.grid.east, h.grid.north) == pytest.approx(BOX)
    # overlap = 0.5 deg cells with any demo land (truth has no gaps) where the product has a
    # value; a 0-360 grid read as -180..180 would overlap nowhere
    land = np.isfinite(next(iter(stack.values())))
    any_land = land.reshape(44, 5, 64, 5).any(axis=(1, 3))
    expected = int((any_land & np.isfinite(product[0])).sum())
    assert expected > 500 and h.n_cells == expected
    pooled = demo_result.pooled()
    assert pooled["total_ratio"] == pytest.approx(factor, rel=0.03)
    assert pooled["slope_origin"] == pytest.approx(factor, rel=0.03)
    assert pooled["r2"] > 0.98 and pooled["n"] == 24 * expected
    assert pooled["rel_bias_pct"] == pytest.approx(100 * (factor - 1), abs=3)
    months = demo_result.statistics[demo_result.statistics["scope"] == "month"]
    assert len(months) == 24 and months["total_ratio"].between(1.16, 1.24).all()
    # our regional totals agree with an independent sum of rate x days x cell area
    july = h.steps.index(("month", 2005, 7))
    assert months.iloc[july]["step"] == "2005-07"
    assert months.iloc[july]["total_reference_TgC"] == pytest.approx(
        np.nansum(h.ours[july] * h.area[july]) / 1e12)


def test_one_cell_recomputed_independently(demo_dir, demo_result, truth):
    """July 2005 at the 0.5 deg cell 140.0-140.5 E, 36.0-36.5 N (Tsukuba): day-weighted
    monthly total of every 0.1 deg cell, then the area-weighted mean of the land cells."""
    stack, transform = truth
    days_in_july = {}
    for period in stack:
        days = [period + dt.timedelta(d) for d in range(P.period_days(period))]
        n = sum(1 for d in days if (d.year, d.month) == (2005, 7))
        if n:
            days_in_july[period] = n
    assert sum(days_in_july.values()) == 31 and len(days_in_july) == 5
    assert days_in_july[dt.date(2005, 6, 26)] == 3 and days_in_july[dt.date(2005, 7, 28)] == 4
    total = sum(stack[p] * n for p, n in days_in_july.items())
    row0 = int(round((transform.f - 36.5) / 0.1))
    col0 = int(round((140.0 - transform.c) / 0.1))
    block = total[row0:row0 + 5, col0:col0 + 5]
    weights = sphere_weights(36.5, 0.1, 5)[:, None] * np.ones((1, 5))
    ok = np.isfinite(block)
    assert ok.sum() >= 13
    expected = float(np.sum(block[ok] * weights[ok]) / np.sum(weights[ok]))
    h = demo_result.harmonised
    t = h.steps.index(("month", 2005, 7))
    row, col = int(round((h.grid.north - 36.5) / 0.5)), int(round((140.0 - h.grid.west) / 0.5))
    assert h.ours[t, row, col] == pytest.approx(expected, rel=1e-5)
    product, _ = demo_product_box(demo_dir)
    assert h.other[t, row, col] == pytest.approx(product[6, row, col], rel=1e-6)
    assert 1.1 < h.other[t, row, col] / expected < 1.3


def test_latitude_order_longitude_convention_and_unbounded_time(demo_dir, demo_result, tmp_path):
    """The same product written north to south, in -180..180 and without time bounds gives
    the same numbers."""
    import netCDF4

    with netCDF4.Dataset(demo_dir / PRODUCT) as ds:
        ds.set_auto_mask(False)
        values, lat, lon = ds["rs"][:], ds["lat"][:], ds["lon"][:]
        times, units = ds["time"][:], ds["time"].units
    lon_180 = np.where(lon > 180, lon - 360, lon)
    order = np.argsort(lon_180)
    values = values[:, ::-1, :][:, :, order].astype(np.float64)
    values[values == -999.0] = np.nan
    path = write_nc(tmp_path / "flipped.nc", values, lat[::-1], lon_180[order], times, units,
                    "gC/m2/month")
    again = C.compare(demo_dir / "truth", path)
    assert again.harmonised.n_cells == demo_result.harmonised.n_cells
    a = again.statistics.drop(columns="compared").reset_index(drop=True)
    b = demo_result.statistics.drop(columns="compared").reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b, rtol=1e-9)


def test_product_in_0_360_across_greenwich(tmp_path):
    """Maps over 5 W - 5 E against a 0-360 product: only the roll to -180..180 stitches the
    product's columns 355-360 and 0-5 (the demo box is east of 0 and would not notice)."""
    folder = tmp_path / "maps"
    folder.mkdir()
    lon = -5.0 + 0.1 * (np.arange(100) + 0.5)
    lat = 44.0 - 0.1 * (np.arange(40) + 0.5)
    rate = 1.0 + 0.1 * (lon[None, :] + 5.0) + 0.05 * (lat[:, None] - 40.0)
    for doy in (1, 9, 17, 25):  # January 2005 (the DOY 25 period reaches 1 February)
        write_tif(folder / f"sr_2005{doy:03d}.tif", rate, -5.0, 44.0, 0.1, unit="g C m-2 d-1")
    expected = 31 * block_means(rate, Affine(0.1, 0, -5.0, 0, -0.1, 44.0), 5)  # 8 x 20
    glon = 0.25 + 0.5 * np.arange(720)
    glat = -89.75 + 0.5 * np.arange(360)
    grid = np.full((360, 720), np.nan)
    cols = np.concatenate([np.arange(710, 720), np.arange(0, 10)])  # 355..360, 0..5 E
    rows = np.flatnonzero((glat > 40) & (glat < 44))
    grid[np.ix_(rows, cols)] = 1.1 * expected[::-1]
    nc = write_nc(tmp_path / "g.nc", grid[None], glat, glon, [0.0], "days since 2005-01-01",
                  "g C m-2 month-1", bounds=np.array([[0.0, 31.0]]))
    tif = write_tif(tmp_path / "g.tif", grid[::-1], 0.0, 90.0, 0.5, unit="g C m-2 month-1")
    with rasterio.open(tif, "r+") as dataset:
        dataset.set_band_description(1, "2005-01")
    for path in (nc, tif):
        result = C.compare(folder, path)
        h = result.harmonised
        assert h.steps == [("month", 2005, 1)] and h.n_cells == 160
        assert (h.grid.west, h.grid.east) == pytest.approx((-5.0, 5.0))
        assert h.other[0] / h.ours[0] == pytest.approx(np.full((8, 20), 1.1), rel=1e-5)
        assert h.ours[0] == pytest.approx(expected, rel=1e-5)


def test_valid_fraction_threshold(demo_dir, truth, tmp_path):
    """Blank 10 of the 25 cells of a land-only 0.5 deg cell in the periods touching July 2005:
    60 % of its land stays valid, so it is compared at 0.5 (as the mean of the rest) and left
    out at 0.7, in July only."""
    stack, transform = truth
    land = np.isfinite(next(iter(stack.values())))
    full = land.reshape(44, 5, 64, 5).all(axis=(1, 3))
    row, col = [int(v) for v in np.argwhere(full)[len(np.argwhere(full)) // 2]]
    folder = tmp_path / "maps"
    folder.mkdir()
    touched = [p for p in stack if any((p + dt.timedelta(d)).month == 7 and p.year == 2005
                                       for d in range(P.period_days(p)))]
    for period, data in stack.items():
        data = data.copy()
        if period in touched:
            data[row * 5:row * 5 + 2, col * 5:col * 5 + 5] = np.nan
        write_tif(folder / f"sr_{P.period_label(period)}.tif", data, transform.c, transform.f,
                  0.1, unit="g C m-2 d-1")
    product = IO.open_product(demo_dir / PRODUCT)
    ours = C.find_our_maps(folder, max_gap=0)
    july, may = ("month", 2005, 7), ("month", 2005, 5)  # June and August are touched too
    loose = C.harmonise(ours, product, "month", min_valid_fraction=0.5)
    strict = C.harmonise(ours, product, "month", min_valid_fraction=0.7)
    r, c = row + int(round((46.0 - loose.grid.north) / 0.5)), col
    t7, t5 = loose.steps.index(july), loose.steps.index(may)
    total = sum(stack[p] * sum(1 for d in range(P.period_days(p))
                               if (p + dt.timedelta(d)).month == 7) for p in touched)
    rest = total[row * 5 + 2:row * 5 + 5, col * 5:col * 5 + 5]
    weights = sphere_weights(46.0 - 0.5 * row - 0.2, 0.1, 3)[:, None] * np.ones((1, 5))
    assert loose.ours[t7, r, c] == pytest.approx(np.sum(rest * weights) / weights.sum(),
                                                 rel=1e-5)
    assert np.isnan(strict.ours[t7, r, c]) and np.isnan(strict.other[t7, r, c])
    assert np.isfinite(strict.ours[t5, r, c])
    assert loose.paired[t7].sum() == strict.paired[t7].sum() + 1


def test_upscale_folder_picks_the_sr_series(truth, tmp_path):
    """An upscaling folder also holds sr_sd_, di_ and aoa_ maps: only sr_YYYYDDD.tif count."""
    stack, transform = truth
    for period in list(stack)[:3]:
        label = P.period_label(period)
        for prefix in ("sr", "sr_sd", "di", "aoa"):
            write_tif(tmp_path / f"{prefix}_{label}.tif", stack[period], transform.c,
                      transform.f, 0.1, unit="g C m-2 d-1")
    (tmp_path / "sr.vrt").write_text("<VRTDataset/>")
    ours = C.find_our_maps(tmp_path)
    assert ours.kind == "8day" and ours.template == "sr_{YYYYDDD}.tif"
    assert list(ours.files) == list(stack)[:3] and ours.grid.dx == pytest.approx(0.1)


# ----------------------------------------------------------------------------- other products
def test_warner_like_static_geotiff(demo_dir, truth, tmp_path):
    """A 1 km (1/120 deg) static annual map over part of the region, 0.9 x our mean annual
    total: aggregated onto our 0.1 deg grid it gives slope 0.9 exactly, as static or annual."""
    stack, transform = truth
    mean_annual = np.mean(list(annual_totals(stack).values()), axis=0)
    west, north, east, south = 135.0, 37.0, 141.0, 33.0
    r0, c0 = int(round((transform.f - north) / 0.1)), int(round((west - transform.c) / 0.1))
    part = mean_annual[r0:r0 + 40, c0:c0 + 60]
    fine = np.repeat(np.repeat(0.9 * part, 12, axis=0), 12, axis=1)
    path = write_tif(tmp_path / "warner_like_rs.tif", fine, west, north, 1 / 120,
                     unit="g C m-2 yr-1")
    for step in ("static", "year"):
        result = C.compare(demo_dir / "truth", path, time_step=step)
        h = result.harmonised
        assert h.step == "static" and h.static_years == [2005, 2006]
        assert h.fine_side == "other" and h.grid.dx == pytest.approx(0.1)
        assert h.grid.bounds == pytest.approx((west, south, east, north))
        assert h.n_cells == int(np.isfinite(part).sum()) > 1000
        assert h.ours[0] == pytest.approx(part, rel=1e-6, nan_ok=True)
        pooled = result.pooled()
        assert pooled["slope_origin"] == pytest.approx(0.9, rel=1e-5)
        assert pooled["total_ratio"] == pytest.approx(0.9, rel=1e-5)
        assert pooled["r2"] > 0.9999 and pooled["unit"] == "g C m-2 yr-1"
        assert (result.statistics["scope"] == "static").sum() == 1


def test_rh_product_converted_to_rs(demo_dir, truth, tmp_path):
    """An annual 0.5 deg Rh product made from the aggregated Rs with ln Rh = 1.22 + 0.73 ln Rs
    (north to south, -180..180, mid-year dates without bounds) gives back that Rs."""
    stack, transform = truth
    years = annual_totals(stack)
    rs = np.stack([block_means(years[y], transform, 5) for y in (2005, 2006)])
    with np.errstate(invalid="ignore", divide="ignore"):
        rh = np.exp(1.22 + 0.73 * np.log(rs))
    lat = 46.0 - 0.25 - 0.5 * np.arange(44)
    lon = 122.0 + 0.25 + 0.5 * np.arange(64)
    times = [(dt.date(y, 7, 2) - dt.date(2000, 1, 1)).days for y in (2005, 2006)]
    path = write_nc(tmp_path / "rh_annual.nc", rh, lat, lon, times,
                    "days since 2000-01-01 00:00:00", "g C m-2 yr-1", name="rh")
    converted = C.compare(demo_dir / "truth", path, is_rh=True)
    h = converted.harmonised
    assert h.step == "year" and [k[1] for k in h.steps] == [2005, 2006]
    assert h.n_cells == int(np.isfinite(rs[0]).sum())
    assert np.nanmax(np.abs(h.other / h.ours - 1)) < 1e-4
    pooled = converted.pooled()
    assert pooled["slope_origin"] == pytest.approx(1.0, abs=1e-4) and pooled["r2"] > 0.9999
    assert any("Bond-Lamberty" in note for note in h.notes)
    raw = C.compare(demo_dir / "truth", path).pooled()  # Rh taken as Rs: far too low
    assert raw["slope_origin"] < 0.6


@pytest.fixture(scope="module")
def upscaled_2005(demo_dir, tmp_path_factory):
    """The demo's 2005 upscaled by a forest trained on the truth (maps with cloud gaps)."""
    import upscale_world as W

    from soil_resp_plugin.core import engine
    from soil_resp_plugin.core.catalog import PredictorCatalog
    from soil_resp_plugin.core.model import ModelBundle

    root = tmp_path_factory.mktemp("upscaled")
    model = W.train_demo_bundle(demo_dir, root / "forest.joblib")
    catalog = PredictorCatalog.from_files(W.demo_folders(demo_dir))
    engine.Upscaler(ModelBundle.load(model), catalog, root / "maps", P.periods_of_year(2005),
                    model_path=model).run()
    return root / "maps"


def test_upscaled_maps_against_the_demo_product(demo_dir, demo_result, upscaled_2005):
    """Real upscaling output (sr_ + sr_sd_ maps, sr.vrt, gaps where LST is cloudy): 2005
    only, monthly; the model's error blurs but does not hide the product's factor 1.2."""
    result = C.compare(upscaled_2005, demo_dir / PRODUCT)
    h = result.harmonised
    assert result.ours.template == "sr_{YYYYDDD}.tif" and len(result.ours.files) == 46
    assert [k[1] for k in h.steps] == [2005] * 12
    assert h.n_cells == demo_result.harmonised.n_cells  # gaps filled; every land cell kept
    pooled = result.pooled()
    assert pooled["total_ratio"] == pytest.approx(1.2, rel=0.05)
    assert pooled["slope_origin"] == pytest.approx(1.2, rel=0.06) and pooled["r2"] > 0.85
    unfilled = C.compare(upscaled_2005, demo_dir / PRODUCT, max_gap=0).harmonised
    assert unfilled.area.sum() < h.area.sum()  # cloudy pixels drop out of their months


# ----------------------------------------------------------------------------- Processing
def test_processing_run_with_observations(run_algorithm, demo_dir, demo_result, tmp_path):
    imported = run_algorithm("importobservations", {
        "INPUT": str(demo_dir / "observations"), "COSORE_TIMESTAMPS": 1,
        "OUTPUT": str(tmp_path / "observations.gpkg"),
    })
    out = run_algorithm("compareproducts", {
        "OUR_MAPS": str(demo_dir / "truth"), "OTHER_PRODUCT": str(demo_dir / PRODUCT),
        "OBSERVATIONS": imported["OUTPUT"], "STATISTICS": str(tmp_path / "stats.gpkg"),
        "STATISTICS_CSV": str(tmp_path / "stats.csv"), "DIFFERENCE": str(tmp_path / "d.tif"),
        "REPORT": str(tmp_path / "report.html"),
    })
    pooled = demo_result.pooled()
    assert out["N_CELLS"] == demo_result.harmonised.n_cells
    assert out["TOTAL_RATIO"] == pytest.approx(pooled["total_ratio"], rel=1e-9)
    stats = pd.read_csv(tmp_path / "stats.csv", keep_default_na=False, na_values=[""])
    sites = stats[stats["scope"] == "site"].set_index("site")
    assert set(sites.index) == {"TSE", "TMK", "API", "FHK", "TGF", "YMS", "HRS", "AYA"}
    assert (sites["n"] >= 20).all() and (sites["r2"] > 0.85).all(), sites
    assert (sites["reference"] == "observations").all()
    everything = stats[stats["scope"] == "sites pooled"].iloc[0]
    assert everything["n"] == sites["n"].sum() == out["N_OBSERVATIONS"]
    assert abs(everything["rel_bias_pct"]) < 10 and everything["r2"] > 0.9
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(out["STATISTICS"], "stats", "ogr")
    assert layer.isValid() and layer.featureCount() == len(stats)
    assert not layer.isSpatial()
    with rasterio.open(out["DIFFERENCE"]) as src:
        diff = src.read(1, masked=True)
        assert src.nodata == -9999.0 and src.tags()["SYNTHETIC"] == "true"
        assert src.tags()["UNITS"] == "g C m-2 month-1"
        assert src.bounds == pytest.approx((122.0, 24.0, 154.0, 46.0))
    assert diff.count() == demo_result.harmonised.n_cells
    assert float(diff.mean()) == pytest.approx(pooled["bias"], rel=1e-4)
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'id="synthetic-banner"' in text
    without_images = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", text)
    assert "http" not in without_images and "<script" not in without_images
    # scatter, Taylor, latitude, seasonal, difference, ratio, claims (a) and (b), sites
    assert text.count("data:image/png;base64,") == 9
    assert "Seasonal cycle at the sites" in text and "Taylor diagram" in text
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".partial")]
    # figures fit for a paper: 200 dpi, an alt text describing each one, none alike
    from test_model import assert_figures_fit_for_a_paper

    assert_figures_fit_for_a_paper(text, expected_min=9)
    assert "Taylor diagram with our maps as the reference" in text
    assert "one panel each on the same dates" in text


def test_qgis_process_monthly_comparison(qgis_process, demo_dir, demo_result, tmp_path):
    out = qgis_process.run(
        "soilresp:compareproducts", OUR_MAPS=demo_dir / "truth",
        OTHER_PRODUCT=demo_dir / PRODUCT, STATISTICS=tmp_path / "stats.csv",
        DIFFERENCE=tmp_path / "diff.tif", REPORT=tmp_path / "report.html")["results"]
    assert out["N_CELLS"] == demo_result.harmonised.n_cells and out["N_STEPS"] == 24
    assert out["TOTAL_RATIO"] == pytest.approx(1.2, rel=0.03)
    assert out["SLOPE_ORIGIN"] == pytest.approx(1.2, rel=0.03) and out["R2"] > 0.98
    stats = pd.read_csv(tmp_path / "stats.csv")
    assert list(stats["scope"][:2]) == ["pooled", "month"]
    assert stats["scope"].isin(["pooled", "month"]).sum() == 25  # then the breakdowns
    assert set(stats["scope"][25:]) == {"latitude band"}
    assert os.path.getsize(out["REPORT"]) > 50_000 and os.path.exists(out["DIFFERENCE"])


# ----------------------------------------------------------------------------- bad input
def expect_error(run_algorithm, tmp_path, parameters, *needles):
    from qgis.core import QgsProcessingException

    params = {"STATISTICS": "TEMPORARY_OUTPUT", "DIFFERENCE": str(tmp_path / "d.tif"),
              "REPORT": str(tmp_path / "r.html"), **parameters}
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("compareproducts", params)
    text = str(error.value)
    for needle in needles:
        assert str(needle) in text, text
    assert not (tmp_path / "d.tif").exists() and not (tmp_path / "r.html").exists()
    return text


def test_bad_input_is_explained(run_algorithm, demo_dir, tmp_path):
    truth, product = str(demo_dir / "truth"), str(demo_dir / PRODUCT)
    empty = tmp_path / "empty"
    empty.mkdir()
    expect_error(run_algorithm, tmp_path, {"OUR_MAPS": str(empty), "OTHER_PRODUCT": product},
                 "OUR_MAPS", str(empty), "No SR maps", "sr_YYYYDDD.tif")
    junk = tmp_path / "junk.nc"
    junk.write_text("not a netCDF file\n")
    expect_error(run_algorithm, tmp_path, {"OUR_MAPS": truth, "OTHER_PRODUCT": str(junk)},
                 "OTHER_PRODUCT", str(junk))
    expect_error(run_algorithm, tmp_path, {"OUR_MAPS": truth, "OTHER_PRODUCT": product,
                                           "OTHER_VARIABLE": "rh"},
                 "OTHER_VARIABLE", "'rh'", "Data variables found: rs")
    europe = write_tif(tmp_path / "europe.tif", np.full((20, 20), 800.0), 0.0, 55.0, 0.5,
                       unit="g C m-2 yr-1")
    expect_error(run_algorithm, tmp_path, {"OUR_MAPS": truth, "OTHER_PRODUCT": str(europe)},
                 "No overlap in space", "lon 122 to 154, lat 24 to 46",
                 "lon 0 to 10, lat 45 to 55")
    months = [(dt.date(1990, m, 1) - dt.date(1990, 1, 1)).days for m in range(1, 13)]
    old = write_nc(tmp_path / "old.nc", np.full((12, 44, 64), 50.0),
                   46.0 - 0.25 - 0.5 * np.arange(44), 122.25 + 0.5 * np.arange(64), months,
                   "days since 1990-01-01", "g C m-2 month-1")
    expect_error(run_algorithm, tmp_path, {"OUR_MAPS": truth, "OTHER_PRODUCT": str(old)},
                 "No overlap in time", "2005-01-01 to 2006-12-31", "1990-01 to 1990-12")
    unitless = write_tif(tmp_path / "unitless.tif", np.full((44, 64), 800.0), 122.0, 46.0, 0.5)
    text = expect_error(run_algorithm, tmp_path, {"OUR_MAPS": truth,
                                                  "OTHER_PRODUCT": str(unitless)},
                        "OTHER_UNIT", "g C m-2 yr-1")
    assert "unitless.tif" in text
    odd = write_tif(tmp_path / "odd.tif", np.full((44, 64), 800.0), 122.0, 46.0, 0.5,
                    unit="t ha-1")
    expect_error(run_algorithm, tmp_path, {"OUR_MAPS": truth, "OTHER_PRODUCT": str(odd)},
                 "Unknown units 't ha-1'", "OTHER_UNIT")
    expect_error(run_algorithm, tmp_path, {"OUR_MAPS": truth, "OTHER_PRODUCT": product,
                                           "DIFFERENCE": str(tmp_path / "d.nc")},
                 "DIFFERENCE", ".tif")
    # the same file is fine once the unit is given
    out = run_algorithm("compareproducts", {
        "OUR_MAPS": truth, "OTHER_PRODUCT": str(unitless), "OTHER_UNIT": 2,
        "STATISTICS": "TEMPORARY_OUTPUT", "DIFFERENCE": "TEMPORARY_OUTPUT",
        "REPORT": str(tmp_path / "ok.html")})
    assert out["N_STEPS"] == 1 and out["N_CELLS"] > 500


def test_monthly_totals_of_aggregatetime_as_our_maps(demo_dir, demo_result, truth, tmp_path):
    """OUR_MAPS may hold the monthly totals of soilresp:aggregatetime (sr_month_YYYYMM.tif)."""
    stack, transform = truth
    folder = tmp_path / "totals" / "monthly"
    folder.mkdir(parents=True)
    for year in (2005, 2006):
        for month in range(1, 13):
            total = sum(stack[p] * sum(1 for d in range(P.period_days(p))
                                       if (p + dt.timedelta(d)).month == month
                                       and (p + dt.timedelta(d)).year == year)
                        for p in stack)
            assert calendar.monthrange(year, month)[1] >= 28
            write_tif(folder / f"sr_month_{year}{month:02d}.tif", total, transform.c,
                      transform.f, 0.1, unit="g C m-2 month-1")
    result = C.compare(tmp_path / "totals", demo_dir / PRODUCT)
    assert result.ours.kind == "month"
    a, b = result.pooled(), demo_result.pooled()
    for key in ("n", "r2", "rmse", "bias", "slope", "total_ratio"):
        assert a[key] == pytest.approx(b[key], rel=1e-5), key


# ----------------------------------------------------------------------------- figures
def test_taylor_diagram_labels_overlap_nothing(demo_dir, demo_result):
    """No two texts of the Taylor diagram overlap (arc labels, correlation and sd ticks,
    titles, legend), and no arc label covers a marker, also with a second product and the
    monthly steps crowding the diagram."""
    from matplotlib.text import Text

    from soil_resp_plugin.core import comparison_report as R
    from soil_resp_plugin.core import figures

    stats = demo_result.statistics
    second = stats.assign(compared="second product", r=stats["r"] * 0.9,
                          sd_ratio=stats["sd_ratio"] * 0.8)
    for table in (stats, pd.concat([stats, second], ignore_index=True)):
        figure, alt = R.taylor_figure(table)
        assert figures.text_overlaps(figure) == []
        renderer = figure.canvas.get_renderer()
        axis = figure.axes[0]
        labels = [t for t in axis.findobj(Text) if t.get_text() in
                  {f"{level:g}" for level in R.CRMSD_LEVELS} and t.get_bbox_patch()]
        assert len(labels) >= 4
        markers = np.concatenate([line.get_transform().transform(line.get_xydata())
                                  for line in axis.get_lines() if line.get_marker() not in
                                  ("None", "", None) and len(line.get_xydata())])
        for label in labels:
            box = label.get_window_extent(renderer)
            assert not any(box.contains(x, y) for x, y in markers), label.get_text()
        assert "pooled correlation" in alt


def test_site_panels_share_the_date_axis():
    from soil_resp_plugin.core import comparison_report as R

    rows = []
    for site, first, count in (("A", "2005-01-01", 10), ("B", "2005-06-02", 20),
                               ("C", "2006-03-06", 5)):
        for k in range(count):
            day = pd.Timestamp(first) + pd.Timedelta(days=8 * k)
            rows.append({"site": site, "period_start": day.date().isoformat(), "sr": 1.0 + k,
                         "map": 1.1 + k, "product": 0.9 + k})
    figure, alt = R.sites_figure(pd.DataFrame(rows), names=["product"])
    limits = {tuple(axis.get_xlim()) for axis in figure.axes}
    assert len(figure.axes) == 3 and len(limits) == 1
    import matplotlib.dates as mdates

    low, high = limits.pop()
    assert mdates.num2date(low).date() < dt.date(2005, 1, 1)
    assert mdates.num2date(high).date() > dt.date(2006, 4, 7)
    assert "same dates" in alt and "A, B, C" in alt
    assert all(r"m$^{-2}$ d$^{-1}$" in a.get_ylabel() for a in figure.axes if a.get_ylabel())
