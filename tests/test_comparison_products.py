"""Several products in one comparison run, the study's three claims measured, our maps as a
folder, a VRT or a multi-band GeoTIFF, and calendar-year totals (issues 10 item 7 and 11).

Known answers by construction on the demo truth (0.1 deg, 2005-2006): products made from our
own monthly / annual totals times a factor, computed here with exact ellipsoidal areas, must
come back with exactly that factor."""
import datetime as dt
import os
import re

import numpy as np
import pandas as pd
import pytest
import rasterio
from affine import Affine
from test_comparison import truth_stack

from soil_resp_plugin.core import comparison as C
from soil_resp_plugin.core import comparison_claims as K
from soil_resp_plugin.core import periods as P
from soil_resp_plugin.core.aggregation import band_area
from soil_resp_plugin.core.reporting import RecordingReporter
from tests.safety import assert_unchanged, snapshot

UMOL = 12.011e-6  # g C per µmol CO2


# ----------------------------------------------------------------------------- helpers
def month_totals(stack):
    """{(y, m): sum of rate x days of each period inside the month}."""
    out = {}
    for period, rate in stack.items():
        for i in range(P.period_days(period)):
            day = period + dt.timedelta(days=i)
            key = (day.year, day.month)
            out[key] = out.get(key, 0.0) + rate
    return out


def year_totals(stack):
    out = {}
    for period, rate in stack.items():
        out[period.year] = out.get(period.year, 0.0) + rate * P.period_days(period)
    return out


def coarse(field, north, cell, factor):
    """Area-weighted (exact ellipsoidal) mean of the finite cells of factor x factor blocks."""
    h, w = field.shape
    edges = north - cell * np.arange(h + 1)
    weights = band_area(edges[1:], edges[:-1], cell)[:, None] * np.ones((1, w))
    ok = np.isfinite(field)
    total = np.where(ok, field * weights, 0).reshape(h // factor, factor, w // factor,
                                                     factor).sum(axis=(1, 3))
    area = np.where(ok, weights, 0).reshape(h // factor, factor, w // factor,
                                            factor).sum(axis=(1, 3))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(area > 0, total / area, np.nan)


def write_nc(path, values, lat, lon, times, unit, name="rs", bounds=None, attrs=None):
    """float64 netCDF (time, lat, lon) with fill -999."""
    import netCDF4

    with netCDF4.Dataset(path, "w") as ds:
        ds.createDimension("time", len(times))
        ds.createDimension("lat", len(lat))
        ds.createDimension("lon", len(lon))
        t = ds.createVariable("time", "f8", ("time",))
        t.units, t.calendar = "days since 2000-01-01", "standard"
        t[:] = times
        if bounds is not None:
            ds.createDimension("nv", 2)
            t.bounds = "time_bnds"
            ds.createVariable("time_bnds", "f8", ("time", "nv"))[:] = bounds
        ds.createVariable("lat", "f8", ("lat",))[:] = lat
        ds["lat"].units = "degrees_north"
        ds.createVariable("lon", "f8", ("lon",))[:] = lon
        ds["lon"].units = "degrees_east"
        v = ds.createVariable(name, "f8", ("time", "lat", "lon"), fill_value=-999.0)
        v.units = unit
        for key, value in (attrs or {}).items():
            setattr(v, key, value)
        v[:] = np.where(np.isfinite(values), values, -999.0)
    return path


def write_tif(path, bands, west, north, cell, unit=None, descriptions=None, band_units=None,
              tags=None):
    bands = np.asarray(bands, dtype=np.float64)
    bands = bands[None] if bands.ndim == 2 else bands
    with rasterio.open(path, "w", driver="GTiff", width=bands.shape[2], height=bands.shape[1],
                       count=len(bands), dtype="float64", crs="EPSG:4326",
                       transform=Affine(cell, 0, west, 0, -cell, north), nodata=-9999.0) as out:
        out.write(np.where(np.isfinite(bands), bands, -9999.0))
        for b in range(len(bands)):
            if unit:
                out.set_band_unit(b + 1, unit)
            if descriptions:
                out.set_band_description(b + 1, descriptions[b])
            if band_units:
                out.update_tags(b + 1, units=band_units)
        if tags:
            out.update_tags(**tags)
    return path


def days_since_2000(day):
    return (day - dt.date(2000, 1, 1)).days


# ----------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def truth(demo_dir):
    return truth_stack(demo_dir)


@pytest.fixture(scope="module")
def products(demo_dir, truth, tmp_path_factory):
    """The three products of issue 11, built from the truth with known factors."""
    stack, transform = truth
    root = tmp_path_factory.mktemp("products")
    months = month_totals(stack)
    keys = sorted(months)
    # x1.2 monthly, 0.5 deg, global in longitude 0-360, latitudes south to north, µmol CO2
    lon = 0.25 + 0.5 * np.arange(720)
    lat = 20.25 + 0.5 * np.arange(60)  # 20 to 50 N, south-up
    cols = np.flatnonzero((lon > 122) & (lon < 154))
    rows = np.flatnonzero((lat > 24) & (lat < 46))
    values = np.full((len(keys), len(lat), len(lon)), np.nan)
    for t, (y, m) in enumerate(keys):
        days = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.date(y, m, 1)).days
        block = 1.2 * coarse(months[(y, m)], transform.f, 0.1, 5)  # north-up, 44 x 64
        values[t][np.ix_(rows, cols)] = (block / (UMOL * days * 86400.0))[::-1]
    starts = [days_since_2000(dt.date(y, m, 1)) for y, m in keys]
    ends = [days_since_2000(dt.date(y + (m == 12), m % 12 + 1, 1)) for y, m in keys]
    monthly = write_nc(root / "monthly_umol_0360.nc", values, lat, lon,
                       [(a + b) / 2 for a, b in zip(starts, ends)], "umol CO2 m-2 s-1",
                       bounds=np.stack([starts, ends], axis=1))
    # x0.9 static annual GeoTIFF at 0.1 deg (our grid)
    years = year_totals(stack)
    mean_annual = (years[2005] + years[2006]) / 2
    static = write_tif(root / "static_annual_0p1.tif", 0.9 * mean_annual, transform.c,
                       transform.f, 0.1, unit="g C m-2 yr-1")
    # Rh, annual, 0.5 deg, from the inverse Bond-Lamberty relation; flux from its long_name
    rs = np.stack([coarse(years[y], transform.f, 0.1, 5) for y in (2005, 2006)])
    with np.errstate(invalid="ignore", divide="ignore"):
        rh = np.exp(1.22 + 0.73 * np.log(rs))
    rh_path = write_nc(root / "rh_annual.nc", rh, 46.0 - 0.25 - 0.5 * np.arange(44),
                       122.25 + 0.5 * np.arange(64),
                       [days_since_2000(dt.date(y, 7, 2)) for y in (2005, 2006)],
                       "g C m-2 yr-1", name="resp",
                       attrs={"long_name": "heterotrophic respiration"})
    # a product equal to our monthly totals (0.1 deg, dated GeoTIFF bands)
    same = write_tif(root / "our_monthly_means.tif", [months[k] for k in keys], transform.c,
                     transform.f, 0.1, unit="g C m-2 month-1",
                     descriptions=[f"{y}-{m:02d}" for y, m in keys])
    return {"monthly": monthly, "static": static, "rh": rh_path, "same": same}


@pytest.fixture(scope="module")
def three(demo_dir, products):
    reporter = RecordingReporter()
    result = C.compare(demo_dir / "truth", products=[products["monthly"], products["static"],
                                                     products["rh"]], reporter=reporter)
    return result, reporter


# ----------------------------------------------------------------------------- 1. products
def test_three_products_in_one_run_are_recovered_exactly(three):
    result, reporter = three
    names = [c.name for c in result.comparisons]
    assert names == ["monthly_umol_0360.nc", "static_annual_0p1.tif", "rh_annual.nc"]
    expected = {"monthly_umol_0360.nc": ("month", 1.2), "static_annual_0p1.tif":
                ("static", 0.9), "rh_annual.nc": ("year", 1.0)}
    for c in result.comparisons:
        step, factor = expected[c.name]
        h = c.harmonised
        assert h.step == step, c.name
        assert h.n_cells > 500
        ratio = h.other[h.paired] / h.ours[h.paired]
        assert np.max(np.abs(ratio - factor)) < 1e-9, c.name
        pooled = c.pooled()
        assert pooled["total_ratio"] == pytest.approx(factor, rel=1e-9)
        assert pooled["slope_origin"] == pytest.approx(factor, rel=1e-9)
        assert pooled["total_unit"] == "Tg C yr-1"
    assert result.comparisons[2].is_rh and not result.comparisons[0].is_rh
    log = "\n".join(reporter.lines)
    assert "ln Rh = 1.22 + 0.73 ln Rs" in log and "(from its metadata)" in log
    # one statistics table with every product's pooled row, in order
    pooled = result.statistics[result.statistics["scope"] == "pooled"]
    assert list(pooled["compared"]) == names
    assert not result.warnings  # factors 0.9-1.2 are plausible


def test_single_other_product_still_works_and_keeps_its_layout(demo_dir, products):
    result = C.compare(demo_dir / "truth", products["monthly"])
    assert len(result.comparisons) == 1 and result.pooled()["total_ratio"] == pytest.approx(
        1.2, rel=1e-9)
    assert list(result.statistics["scope"][:2]) == ["pooled", "month"]


# ----------------------------------------------------------------------------- 2. claim (a)
def test_block_variance_on_a_field_with_known_variance_per_scale():
    """Nested checkerboards of 2, 4, 8 and 16 cells with amplitudes a_k: each averages to 0
    over blocks of twice its size, so block means at size k keep only the components >= k
    and their variance is the sum of their a^2."""
    rng = np.random.default_rng(1)
    amplitudes = {2: 1.0, 4: 0.5, 8: 2.0, 16: 0.25}
    i, j = np.meshgrid(np.arange(64), np.arange(96), indexing="ij")
    field = sum(a * (-1.0) ** (i // k + j // k) for k, a in amplitudes.items())
    field = field + 3.0 * (rng.random() > 2)  # a constant changes nothing
    weights = np.ones_like(field)
    for k in (1, 2, 4, 8, 16):
        expected = sum(a * a for size, a in amplitudes.items() if size >= max(k, 2))
        variance, n = K.block_variance(field, weights, k)
        assert variance == pytest.approx(expected, rel=1e-12) and n == (64 // k) * (96 // k)
    assert K.block_variance(field, weights, 32)[0] == pytest.approx(0.0, abs=1e-20)


def test_spatial_detail_equals_an_independent_computation(three, truth):
    result, _ = three
    stack, transform = truth
    spatial = result.claims["spatial"]
    static = spatial[spatial["product"] == "static_annual_0p1.tif"]
    years = year_totals(stack)
    mean_annual = (years[2005] + years[2006]) / 2
    edges = transform.f - 0.1 * np.arange(mean_annual.shape[0] + 1)
    weights = band_area(edges[1:], edges[:-1], 0.1)[:, None] * np.ones((1, 320))
    for row in static[static["map"] == "our maps"].itertuples():
        if not np.isfinite(row.variance):
            assert row.scale_km < 0.75 * row.block_km / row.block_cells
            continue
        k = row.block_cells
        h, w = (220 // k) * k, (320 // k) * k
        f, a = mean_annual[:h, :w], weights[:h, :w]
        ok = np.isfinite(f)
        s = np.where(ok, f * a, 0).reshape(h // k, k, w // k, k).sum(axis=(1, 3))
        v = np.where(ok, a, 0).reshape(h // k, k, w // k, k).sum(axis=(1, 3))
        full = a.reshape(h // k, k, w // k, k).sum(axis=(1, 3))
        keep = (v > 0) & (v >= 0.5 * full)
        m = s[keep] / v[keep]
        mean = np.sum(m * v[keep]) / v[keep].sum()
        expected = np.sum(v[keep] * (m - mean) ** 2) / v[keep].sum()
        assert row.variance == pytest.approx(expected, rel=1e-9)
        product = static[(static["map"] != "our maps") & (static["scale_km"] == row.scale_km)]
        assert float(product["variance"].iloc[0]) == pytest.approx(0.81 * expected, rel=1e-9)
    # 10 km cells: 1 km is finer than our grid; 50 km = 5 cells
    assert static[static["scale_km"] == 1.0]["variance"].isna().all()
    assert set(static[static["scale_km"] == 50.0]["block_cells"]) == {5}
    # a 0.5 deg product has no variance of its own inside its cells; ours has
    within = result.claims["within_cell"].set_index("product")
    assert within.loc["monthly_umol_0360.nc", "our_sd_within_product_cell"] > 0
    assert within.loc["monthly_umol_0360.nc", "product_sd_within_its_cell"] == 0.0


# ----------------------------------------------------------------------------- 3. claim (b)
def test_decomposition_of_a_daily_series():
    days = np.arange(np.datetime64("2005-01-01"), np.datetime64("2005-03-01"))
    values = np.where(days < np.datetime64("2005-02-01"), 2.0, 5.0) + np.sin(np.arange(59))
    monthly, sub = K.decompose(days, values)
    assert monthly[0] == pytest.approx(2.0 + np.mean(np.sin(np.arange(31))))
    assert np.allclose(monthly + sub, values)
    january = days < np.datetime64("2005-02-01")
    assert abs(sub[january].sum()) < 1e-12 and abs(sub[~january].sum()) < 1e-12


def test_monthly_means_of_our_maps_reproduce_no_sub_monthly_and_all_monthly_variance(
        demo_dir, truth, products):
    """Region-wide (reference: our 8-day maps) and at sites whose observations are our own
    map values for every period: the product of our monthly means has exactly 0 of the
    sub-monthly and all of the monthly variance; our maps have all of both at the sites."""
    stack, transform = truth
    periods = sorted(stack)
    sites = {"A": (139.05, 35.55), "B": (141.35, 39.95), "C": (131.45, 33.25)}
    rows = []
    for site, (lon, lat) in sites.items():
        r, c = int((transform.f - lat) / 0.1), int((lon - transform.c) / 0.1)
        assert np.isfinite(stack[periods[0]][r, c])
        rows += [{"site": site, "lon": lon, "lat": lat, "period_start": p.isoformat(),
                  "sr": stack[p][r, c]} for p in periods]
    observations = pd.DataFrame(rows)
    result = C.compare(demo_dir / "truth", products["same"], observations=observations)
    temporal = result.claims["temporal"].set_index(["scope", "source"])
    name = "our_monthly_means.tif"
    region = temporal.loc[("region", name)]
    assert region["submonthly_reproduced"] == 0.0
    assert region["monthly_reproduced"] == pytest.approx(1.0, abs=1e-9)
    assert region["submonthly_share_pct"] > 1
    assert region["n_days"] == 730
    for scope in ["site A", "site B", "site C", "sites pooled"]:
        assert temporal.loc[(scope, name), "submonthly_reproduced"] == 0.0
        assert temporal.loc[(scope, name), "monthly_reproduced"] == pytest.approx(1.0,
                                                                                  abs=1e-9)
        assert temporal.loc[(scope, "our maps"), "submonthly_reproduced"] == 1.0
        assert temporal.loc[(scope, "our maps"), "monthly_reproduced"] == 1.0
    # the seasonal peak of a month-step series lies mid-month; amplitudes are both > 0
    a = temporal.loc[("site A", name)]
    assert a["amplitude_source"] > 0 and a["amplitude_reference"] >= a["amplitude_source"]
    # claim (c): the product at the sites equals its monthly mean daily rate, day-weighted
    samples = result.samples
    one = samples[(samples["site"] == "A")].iloc[3]  # 2005-01-25: 7 January + 1 February day
    r, c = int((transform.f - 35.55) / 0.1), int((139.05 - transform.c) / 0.1)
    months = month_totals(stack)
    expected = (7 * months[(2005, 1)][r, c] / 31 + 1 * months[(2005, 2)][r, c] / 28) / 8
    assert one["period_start"] == dt.date(2005, 1, 25)
    assert one[name] == pytest.approx(expected, rel=1e-12)
    stats = result.statistics
    product_sites = stats[(stats["scope"] == "product site") & (stats["compared"] == name)]
    assert set(product_sites["site"]) == {"A", "B", "C"}
    assert (product_sites["n"] == len(periods)).all()
    pooled = stats[(stats["scope"] == "product sites pooled") & (stats["compared"] == name)]
    assert 0.0 < pooled.iloc[0]["r2"] < 1.0
    # day-weighted, the product and the observations hold the same monthly sums
    days = samples["period_start"].map(P.period_days)
    assert np.sum((samples[name] - samples["sr"]) * days) == pytest.approx(
        0.0, abs=1e-9 * np.sum(samples["sr"] * days))


# ----------------------------------------------------------------------------- 4. inputs
def test_folder_vrt_and_multiband_inputs_give_identical_statistics(demo_dir, truth, products,
                                                                   tmp_path):
    stack, transform = truth
    periods = sorted(stack)
    folder = demo_dir / "truth"
    files = sorted(os.listdir(folder))
    # a VRT like the upscaling's sr.vrt (band description = period start, band unit type)
    bands = []
    for b, (period, name) in enumerate(zip(periods, files), start=1):
        bands.append(
            f'<VRTRasterBand dataType="Float32" band="{b}"><Description>{period.isoformat()}'
            f"</Description><NoDataValue>-9999</NoDataValue><UnitType>g C m-2 d-1</UnitType>"
            f'<SimpleSource><SourceFilename relativeToVRT="0">{folder / name}</SourceFilename>'
            "<SourceBand>1</SourceBand></SimpleSource></VRTRasterBand>")
    t = transform
    vrt = tmp_path / "sr.vrt"
    vrt.write_text(f'<VRTDataset rasterXSize="320" rasterYSize="220"><SRS>EPSG:4326</SRS>'
                   f"<GeoTransform>{t.c!r}, {t.a!r}, 0.0, {t.f!r}, 0.0, {t.e!r}</GeoTransform>"
                   + "".join(bands) + "</VRTDataset>")
    # a multi-band GeoTIFF with dates in PERIOD_START tags and units as band metadata only
    multi = tmp_path / "sr_stack.tif"
    with rasterio.open(multi, "w", driver="GTiff", width=320, height=220, count=len(periods),
                       dtype="float32", crs="EPSG:4326", transform=transform,
                       nodata=-9999.0) as out:
        for b, period in enumerate(periods, start=1):
            out.write(np.where(np.isfinite(stack[period]), stack[period], -9999.0).astype(
                np.float32), b)
            out.update_tags(b, PERIOD_START=period.isoformat(), units="g C m-2 d-1")
    before = snapshot(vrt, multi)
    results = {}
    for label, path in (("folder", folder), ("vrt", vrt), ("multi", multi)):
        reporter = RecordingReporter()
        results[label] = C.compare(path, products["monthly"], reporter=reporter)
        if label != "folder":
            assert results[label].ours.kind == "8day" and len(results[label].ours.files) == 92
            assert not [w for w in reporter.warnings if "no unit" in w]
    assert_unchanged(before)
    base = results["folder"].statistics
    for label in ("vrt", "multi"):
        pd.testing.assert_frame_equal(results[label].statistics, base, rtol=1e-12)
        for key in ("spatial", "temporal"):
            pd.testing.assert_frame_equal(results[label].claims[key],
                                          results["folder"].claims[key], rtol=1e-12)
    # a band in another unit is refused naming OUR_MAPS
    wrong = tmp_path / "wrong.tif"
    write_tif(wrong, stack[periods[0]], t.c, t.f, 0.1, descriptions=["2005-01-01"],
              band_units="g C m-2 yr-1")
    with pytest.raises(C.InputError) as error:
        C.find_our_maps(wrong)
    assert error.value.parameter == "OUR_MAPS" and "g C m-2 yr-1" in str(error.value)
    undated = tmp_path / "undated.tif"
    write_tif(undated, stack[periods[0]], t.c, t.f, 0.1, unit="g C m-2 d-1")
    with pytest.raises(C.InputError, match="Band 1 of .* has no date"):
        C.find_our_maps(undated)


# ----------------------------------------------------------------------------- 5. totals
def calendar_series(folder, years, west=130.0, north=40.0, n=4):
    """8-day maps of ``years`` on a 1 deg grid: rate = 1 + doy/100 + 0.1 x column."""
    folder.mkdir(parents=True, exist_ok=True)
    for year in years:
        for period in P.periods_of_year(year):
            doy = period.timetuple().tm_yday
            rate = 1.0 + doy / 100.0 + 0.1 * np.arange(n)[None, :] * np.ones((n, 1))
            write_tif(folder / f"sr_{P.period_label(period)}.tif", rate, west, north, 1.0,
                      unit="g C m-2 d-1")
    return folder


def independent_total(year, west=130.0, north=40.0, n=4):
    """Tg C of ``year``: sum over its days of the rate of the day's period x cell area."""
    edges = north - np.arange(n + 1)
    area = band_area(edges[1:], edges[:-1], 1.0)[:, None] * np.ones((1, n))
    total = 0.0
    day = dt.date(year, 1, 1)
    while day.year == year:
        doy = P.period_start(day).timetuple().tm_yday
        total += float(np.sum((1.0 + doy / 100.0 + 0.1 * np.arange(n)[None, :]) * area))
        day += dt.timedelta(days=1)
    return total / 1e12


def test_calendar_year_totals_2010_and_leap_2012(tmp_path):
    """aggregatetime and compareproducts: annual totals are sums over the calendar year
    (365 days in 2010, 366 in 2012), never 365.25 days."""
    from soil_resp_plugin.core import aggregation

    maps = calendar_series(tmp_path / "maps", (2010, 2012))
    t2010, t2012 = independent_total(2010), independent_total(2012)
    aggregated = aggregation.aggregate(maps, tmp_path / "totals")
    table = aggregated.table.set_index("year")
    assert table.loc["2010", "total_TgC"] == pytest.approx(t2010, rel=1e-6)  # float32 maps
    assert table.loc["2012", "total_TgC"] == pytest.approx(t2012, rel=1e-6)
    assert table.loc["2012", "days_in_year"] == 366
    # a monthly product equal to our monthly totals: the pooled total is the mean of the two
    # calendar-year sums (the old 365.25-day scaling was off by 0.07 % / 0.2 %)
    monthly = sorted((tmp_path / "totals" / "monthly").iterdir())
    keys = [re.search(r"(\d{4})(\d{2})", p.name).groups() for p in monthly]
    data = []
    for p in monthly:
        with rasterio.open(p) as src:
            data.append(src.read(1).astype(np.float64))
    product = write_tif(tmp_path / "product.tif", data, 130.0, 40.0, 1.0,
                        unit="g C m-2 month-1", descriptions=[f"{y}-{m}" for y, m in keys])
    result = C.compare(maps, product)
    pooled = result.pooled()
    assert pooled["total_unit"] == "Tg C yr-1"
    assert pooled["total_reference_TgC"] == pytest.approx((t2010 + t2012) / 2, rel=1e-6)
    assert pooled["total_compared_TgC"] == pytest.approx((t2010 + t2012) / 2, rel=1e-6)
    assert "2010, 2012" in pooled["total_basis"]
    old = (t2010 + t2012) * 365.25 / 731
    assert abs(old / pooled["total_reference_TgC"] - 1) > 2e-4  # the bug would be seen
    # only half a year compared: the figure is labelled 'per 365 days'
    half = write_tif(tmp_path / "half.tif", data[:6], 130.0, 40.0, 1.0,
                     unit="g C m-2 month-1", descriptions=[f"{y}-{m}" for y, m in keys[:6]])
    partial = C.compare(maps, half).pooled()
    assert partial["total_unit"] == "Tg C per 365 days"
    assert "scaled to 365 days" in partial["total_basis"]


def test_annual_totals_table_of_aggregatetime_has_calendar_days(tmp_path):
    from soil_resp_plugin.core import aggregation

    maps = calendar_series(tmp_path / "maps", (2012,))
    table = aggregation.aggregate(maps, tmp_path / "totals").table.set_index("year")
    assert table.loc["2012", "days_covered"] == 366


# ----------------------------------------------------------------------------- 6. outputs
def test_ratio_maps_breakdowns_and_report(demo_dir, products, three, tmp_path):
    result = C.compare(demo_dir / "truth", products=[products["monthly"], products["static"]],
                       maps_folder=tmp_path / "maps", report=tmp_path / "report.html",
                       ratio=tmp_path / "ratio.tif", difference=tmp_path / "diff.tif",
                       spatial_csv=tmp_path / "spatial.csv",
                       temporal_csv=tmp_path / "temporal.csv")
    names = sorted(os.listdir(tmp_path / "maps"))
    assert names == ["difference_monthly_umol_0360.tif", "difference_static_annual_0p1.tif",
                     "ratio_monthly_umol_0360.tif", "ratio_static_annual_0p1.tif"]
    with rasterio.open(tmp_path / "maps" / "ratio_static_annual_0p1.tif") as src:
        ratio = src.read(1, masked=True)
        assert src.tags()["UNITS"] == "1"
    assert ratio.count() > 1000 and np.allclose(ratio.compressed(), 0.9, rtol=1e-6)
    with rasterio.open(tmp_path / "ratio.tif") as src:
        assert np.allclose(src.read(1, masked=True).compressed(), 1.2, rtol=1e-6)
    stats = result.statistics
    bands = stats[stats["scope"] == "latitude band"]
    assert set(bands["site"]) == {"20 to 30°N", "30 to 40°N", "40 to 50°N"}
    assert bands.groupby("compared")["n"].sum().to_dict() == {
        c.name: int(c.harmonised.paired.sum()) for c in result.comparisons}
    assert len(pd.read_csv(tmp_path / "spatial.csv")) == 2 * 2 * len(K.SCALES_KM)
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    for needle in ("Claim (a): spatial detail", "Claim (b): temporal detail", "Region totals",
                   'id="spatial-detail"', 'id="temporal-detail"', 'id="totals"',
                   "static_annual_0p1.tif", "Breakdowns by latitude band"):
        assert needle in text, needle


def test_land_cover_breakdown(demo_dir, products, tmp_path):
    classes = np.where(np.arange(220)[:, None] < 110, 1.0, 2.0) * np.ones((1, 320))
    land = write_tif(tmp_path / "lc.tif", classes, 122.0, 46.0, 0.1)
    result = C.compare(demo_dir / "truth", products["static"], land_cover=land)
    rows = result.statistics[result.statistics["scope"] == "land cover"]
    assert set(rows["site"]) == {"class 1", "class 2"}
    assert rows["n"].sum() == result.harmonised.paired.sum()
    assert np.allclose(rows["slope_origin"], 0.9, rtol=1e-9)


# ----------------------------------------------------------------------------- Processing
def test_processing_run_with_a_list_of_products(run_algorithm, demo_dir, products, tmp_path):
    imported = run_algorithm("importobservations", {
        "INPUT": str(demo_dir / "observations"), "COSORE_TIMESTAMPS": 1,
        "OUTPUT": str(tmp_path / "observations.gpkg")})
    inputs = [products["monthly"], products["static"], products["rh"]]
    before = snapshot(*inputs)
    out = run_algorithm("compareproducts", {
        "OUR_MAPS": str(demo_dir / "truth"),
        "OTHER_PRODUCTS": [str(p) for p in inputs],
        "PRODUCT_OPTIONS": "rh_annual.nc: flux=Rh; step=year\nstatic_annual_0p1.tif: "
                           "unit=g C m-2 yr-1",
        "OBSERVATIONS": imported["OUTPUT"], "STATISTICS": "TEMPORARY_OUTPUT",
        "STATISTICS_CSV": str(tmp_path / "stats.csv"), "DIFFERENCE": str(tmp_path / "d.tif"),
        "MAPS_FOLDER": str(tmp_path / "maps"), "REPORT": str(tmp_path / "report.html"),
        "TEMPORAL_DETAIL_CSV": str(tmp_path / "temporal.csv")})
    assert_unchanged(before)
    assert out["TOTAL_RATIO"] == pytest.approx(1.2, rel=1e-9)  # the first product
    assert len(out["PRODUCT_MAPS"]) == 6 and all(os.path.exists(p) for p in out["PRODUCT_MAPS"])
    stats = pd.read_csv(tmp_path / "stats.csv", keep_default_na=False, na_values=[""])
    pooled = stats[stats["scope"] == "pooled"].set_index("compared")
    assert pooled.loc["rh_annual.nc", "total_ratio"] == pytest.approx(1.0, rel=1e-9)
    assert pooled.loc["static_annual_0p1.tif", "total_ratio"] == pytest.approx(0.9, rel=1e-9)
    sites = stats[stats["scope"] == "product sites pooled"].set_index("compared")
    assert set(sites.index) == set(pooled.index)
    assert (sites["n"] > 100).all()
    temporal = pd.read_csv(tmp_path / "temporal.csv")
    monthly = temporal[(temporal["scope"] == "sites pooled")
                       & (temporal["source"] != "our maps")]
    assert (monthly["submonthly_reproduced"] == 0.0).all()  # month/year/static products
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Claim (c)" in text and "rh_annual.nc" in text


def test_product_options_errors_name_the_parameter(run_algorithm, demo_dir, products,
                                                   tmp_path):
    from qgis.core import QgsProcessingException

    base = {"OUR_MAPS": str(demo_dir / "truth"), "OTHER_PRODUCTS": [str(products["rh"])],
            "STATISTICS": "TEMPORARY_OUTPUT", "DIFFERENCE": str(tmp_path / "d.tif"),
            "REPORT": str(tmp_path / "r.html")}
    for options, needle in (("nothere.nc: flux=Rh", "'nothere.nc' is not one of the "
                             "OTHER_PRODUCTS files (rh_annual.nc)"),
                            ("rh_annual.nc: flux=CO2", "flux must be Rs, Rh or auto"),
                            ("rh_annual.nc: colour=red", "unknown setting 'colour=red'")):
        with pytest.raises(QgsProcessingException) as error:
            run_algorithm("compareproducts", {**base, "PRODUCT_OPTIONS": options})
        assert "(PRODUCT_OPTIONS)" in str(error.value) and needle in str(error.value)
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("compareproducts", {**base, "OTHER_PRODUCTS": None})
    assert "(OTHER_PRODUCT)" in str(error.value) and "No product to compare" in str(error.value)
    assert not (tmp_path / "r.html").exists()


def test_our_maps_as_a_vrt_through_processing(run_algorithm, demo_dir, products, tmp_path):
    stack_files = sorted(os.listdir(demo_dir / "truth"))[:46]  # 2005
    label = re.compile(r"(\d{7})")
    bands = "".join(
        f'<VRTRasterBand dataType="Float32" band="{b}"><Description>'
        f"{P.parse_period_label(label.search(n).group(1)).isoformat()}</Description>"
        f"<NoDataValue>-9999</NoDataValue><UnitType>g C m-2 d-1</UnitType><SimpleSource>"
        f'<SourceFilename relativeToVRT="0">{demo_dir / "truth" / n}</SourceFilename>'
        f"<SourceBand>1</SourceBand></SimpleSource></VRTRasterBand>"
        for b, n in enumerate(stack_files, start=1))
    vrt = tmp_path / "sr.vrt"
    vrt.write_text('<VRTDataset rasterXSize="320" rasterYSize="220"><SRS>EPSG:4326</SRS>'
                   "<GeoTransform>122.0, 0.1, 0.0, 46.0, 0.0, -0.1</GeoTransform>" + bands
                   + "</VRTDataset>")
    out = run_algorithm("compareproducts", {
        "OUR_MAPS": str(vrt), "OTHER_PRODUCT": str(products["monthly"]),
        "STATISTICS": "TEMPORARY_OUTPUT", "DIFFERENCE": str(tmp_path / "d.tif"),
        "REPORT": str(tmp_path / "r.html")})
    assert out["N_STEPS"] == 12 and out["TOTAL_RATIO"] == pytest.approx(1.2, rel=1e-6)


def test_qgis_process_two_products_as_in_the_demo(qgis_process, demo_dir, products, tmp_path):
    """The demo's call: OTHER_PRODUCTS given twice on the command line, the second a static
    1 km map made by core.comparison_demo (0.85 x the truth's mean annual total)."""
    from soil_resp_plugin.core.comparison_demo import write_static_product

    static, years = write_static_product(demo_dir / "truth", tmp_path / "static_1km.tif")
    assert years == [2005, 2006]
    with rasterio.open(static) as src:
        assert src.res == pytest.approx((1 / 120, 1 / 120))
    out = qgis_process.run(
        "soilresp:compareproducts", OUR_MAPS=demo_dir / "truth",
        OTHER_PRODUCTS=[demo_dir / "global_product/synthetic_global_rs_monthly_0p5deg.nc",
                        static],
        STATISTICS=tmp_path / "stats.csv", DIFFERENCE=tmp_path / "diff.tif",
        MAPS_FOLDER=tmp_path / "maps", SPATIAL_DETAIL_CSV=tmp_path / "spatial.csv",
        REPORT=tmp_path / "report.html")["results"]
    stats = pd.read_csv(tmp_path / "stats.csv")
    pooled = stats[stats["scope"] == "pooled"].set_index("compared")
    assert pooled.loc["static_1km.tif", "total_ratio"] == pytest.approx(0.85, rel=1e-5)
    assert pooled.loc["synthetic_global_rs_monthly_0p5deg.nc", "total_ratio"] == pytest.approx(
        1.2, rel=0.03)
    assert len(out["PRODUCT_MAPS"]) == 4
    spatial = pd.read_csv(tmp_path / "spatial.csv")
    coarse = spatial[spatial["product"] == "synthetic_global_rs_monthly_0p5deg.nc"]
    at_10 = coarse[coarse["scale_km"] == 10.0].set_index("map")["variance"]
    at_50 = coarse[coarse["scale_km"] == 50.0].set_index("map")["variance"]
    # our maps lose variance from 10 to 50 km; the 0.5 deg product has little to lose
    assert at_10["our maps"] - at_50["our maps"] > 0
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Claim (a)" in text and "Claim (b)" in text and "static_1km.tif" in text


def test_site_agreement_also_per_location_as_in_training():
    """Claim (c) groups co-located sites like training does: two sites 0.5 km apart form
    one location whose metrics equal those of their pooled rows."""
    import types

    from soil_resp_plugin.core.comparison import pair_metrics

    rng = np.random.default_rng(3)
    rows = []
    for site, lon, lat in (("A", 140.0, 36.0), ("A2", 140.0, 36.0045), ("B", 135.0, 34.0)):
        for k in range(6):
            sr = 2.0 + rng.random()
            rows.append({"site": site, "lon": lon, "lat": lat,
                         "period_start": dt.date(2005, 1, 1) + dt.timedelta(days=8 * k),
                         "sr": sr, "prod": sr * 1.1 + 0.05 * rng.random()})
    samples = pd.DataFrame(rows)
    table = K.site_statistics(samples, [types.SimpleNamespace(name="prod")])
    locations = table[table["scope"] == "product location"].set_index("site")
    assert set(locations.index) == {"A+A2", "B"}
    both = samples[samples["site"].isin(["A", "A2"])]
    expected = pair_metrics(both["sr"], both["prod"])
    assert locations.loc["A+A2", "n"] == 12
    assert locations.loc["A+A2", "rmse"] == pytest.approx(expected["rmse"], rel=1e-12)
