"""Temporal aggregation: exact cell areas, day-weighted totals against an independent numpy sum,
incomplete years, gap filling, and the Processing algorithm."""
import calendar
import datetime as dt
import os

import numpy as np
import pytest
import rasterio
import upscale_world as W
from affine import Affine

from soil_resp_plugin.core import aggregation as A
from soil_resp_plugin.core import periods as P
from soil_resp_plugin.core.errors import InputError
from soil_resp_plugin.core.reporting import RecordingReporter

WEST, NORTH, CELL, WIDTH, HEIGHT = 128.0, 46.0, 0.5, 24, 20


@pytest.fixture(scope="module")
def demo_model(demo_dir, tmp_path_factory):
    return W.demo_model_file(demo_dir, tmp_path_factory)


def geod_area(west, south, east, north, n=200):
    """Geodesic area of a cell whose east-west edges follow the parallels (densified: a
    single geodesic between two corners would bulge towards the pole)."""
    from pyproj import Geod

    lons = np.linspace(west, east, n)
    area, _ = Geod(ellps="WGS84").polygon_area_perimeter(
        np.concatenate([lons, lons[::-1]]), np.concatenate([np.full(n, south), np.full(n, north)]))
    return abs(area)


def test_cell_areas_are_exact_on_the_ellipsoid():
    total = A.band_area(-90.0, 90.0, 360.0)
    assert total == pytest.approx(5.10065621724e14, rel=1e-9)  # WGS 84 surface
    for lat in (0.0, 35.0, 60.0, 89.0):
        assert A.band_area(lat, lat + 1.0, 1.0) == pytest.approx(
            geod_area(140.0, lat, 141.0, lat + 1.0), rel=1e-6)
    sphere = A.band_area(0.0, 90.0, 360.0, a=6371000.0, f=0.0)
    assert sphere == pytest.approx(2 * np.pi * 6371000.0 ** 2, rel=1e-12)


def rate_field(period, rows, cols):
    doy = period.timetuple().tm_yday
    return (1.0 + 0.05 * rows + 0.02 * cols + 2.0 * np.sin(np.pi * doy / 366.0)).astype(
        np.float32)


def write_map(folder, period, data):
    label = P.period_label(period)
    with rasterio.open(os.path.join(folder, f"sr_{label}.tif"), "w", driver="GTiff",
                       width=WIDTH, height=HEIGHT, count=1, dtype="float32", crs="EPSG:4326",
                       transform=Affine(CELL, 0, WEST, 0, -CELL, NORTH), nodata=-9999.0) as out:
        out.write(np.where(np.isnan(data), -9999.0, data).astype(np.float32), 1)
        out.update_tags(UNITS="g C m-2 d-1", PERIOD_START=period.isoformat())
        out.set_band_description(1, period.isoformat())


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    """2005 complete (one pixel with a 1-period gap, one with a 5-period gap), 2006 with
    two periods missing."""
    folder = tmp_path_factory.mktemp("maps")
    rows, cols = np.mgrid[0:HEIGHT, 0:WIDTH]
    periods = P.periods_of_year(2005) + [p for p in P.periods_of_year(2006)
                                         if p not in (dt.date(2006, 3, 6), dt.date(2006, 7, 4))]
    truth = {}
    for k, period in enumerate(periods):
        data = rate_field(period, rows, cols)
        truth[period] = data.copy()
        if period == dt.date(2005, 5, 9):
            data[3, 4] = np.nan  # one-period gap: filled linearly
        if 10 <= k < 15:
            data[5, 6] = np.nan  # five periods: too long, no annual total there
        data[0, 0] = np.nan  # never mapped (e.g. water)
        write_map(str(folder), period, data)
    return folder, truth


@pytest.fixture(scope="module")
def aggregated(series, tmp_path_factory):
    folder, _ = series
    out = tmp_path_factory.mktemp("agg")
    reporter = RecordingReporter()
    result = A.aggregate(str(folder), str(out), max_gap=3, reporter=reporter)
    return out, result, reporter


def read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1, masked=True)


def test_annual_total_equals_an_independent_day_weighted_sum(series, aggregated):
    folder, truth = series
    out, result, _ = aggregated
    annual = read(out / "annual" / "sr_annual_2005.tif")
    expected = np.zeros((HEIGHT, WIDTH))
    days = 0
    for name in sorted(os.listdir(folder)):
        period = P.parse_period_label(name[3:10])
        if period.year != 2005:
            continue
        with rasterio.open(folder / name) as dataset:
            data = dataset.read(1, masked=True).filled(np.nan).astype(np.float64)
        n_days = (min(period + dt.timedelta(days=7), dt.date(2005, 12, 31)) - period).days + 1
        expected += data * n_days
        days += n_days
    assert days == 365
    gap = expected[3, 4]  # recompute the gap pixel with the interpolated value by hand
    before, after = dt.date(2005, 5, 1), dt.date(2005, 5, 17)
    filled = 0.5 * (truth[before][3, 4] + truth[after][3, 4])
    assert np.isnan(gap)
    expected[3, 4] = sum(
        (filled if p == dt.date(2005, 5, 9) else float(truth[p][3, 4])) * P.period_days(p)
        for p in P.periods_of_year(2005))
    ok = np.isfinite(expected)
    assert annual.mask[0, 0] and annual.mask[5, 6] and not annual.mask[3, 4]
    np.testing.assert_allclose(annual.filled(np.nan)[ok], expected[ok], rtol=1e-6)
    assert (annual.mask == ~ok).all()
    areas, _ = A.row_areas(result_grid())
    independent = sum(
        float(annual[r, c]) * geod_area(WEST + c * CELL, NORTH - (r + 1) * CELL,
                                        WEST + (c + 1) * CELL, NORTH - r * CELL)
        for r in range(HEIGHT) for c in range(WIDTH) if not annual.mask[r, c])
    row = result.table.set_index("year").loc["2005"]
    print(f"2005: {row.total_TgC:.6f} Tg C (independent {independent / 1e12:.6f})")
    assert row.total_TgC == pytest.approx(independent / 1e12, rel=1e-6)
    assert row.complete and row.days_covered == 365
    assert areas[0] < areas[-1], "cells grow towards the equator"


def result_grid():
    from soil_resp_plugin.core.catalog import Grid

    return Grid(rasterio.crs.CRS.from_epsg(4326), Affine(CELL, 0, WEST, 0, -CELL, NORTH),
                WIDTH, HEIGHT)


def test_months_split_straddling_periods_and_year_end_is_short(series, aggregated):
    _, truth = series
    out, _, _ = aggregated
    january = read(out / "monthly" / "sr_month_200501.tif")
    february = read(out / "monthly" / "sr_month_200502.tif")
    december = read(out / "monthly" / "sr_month_200512.tif")
    r, c = 7, 9
    jan = sum(float(truth[dt.date(2005, 1, d)][r, c]) * 8 for d in (1, 9, 17))
    jan += float(truth[dt.date(2005, 1, 25)][r, c]) * 7  # 25-31 January
    feb = float(truth[dt.date(2005, 1, 25)][r, c]) * 1  # 1 February
    feb += sum(float(truth[dt.date(2005, 2, d)][r, c]) * n for d, n in ((2, 8), (10, 8), (18, 8)))
    feb += float(truth[dt.date(2005, 2, 26)][r, c]) * 3  # 26-28 February; 3 days in March
    assert float(january[r, c]) == pytest.approx(jan, rel=1e-6)
    assert float(february[r, c]) == pytest.approx(feb, rel=1e-6)
    dec = float(truth[dt.date(2005, 11, 25)][r, c]) * 2  # 1-2 December
    dec += sum(float(truth[p][r, c]) * P.period_days(p)
               for p in P.periods_of_year(2005) if p.month == 12)
    assert P.period_days(dt.date(2005, 12, 27)) == 5
    assert float(december[r, c]) == pytest.approx(dec, rel=1e-6)
    monthly_sum = sum(float(read(out / "monthly" / f"sr_month_2005{m:02d}.tif")[r, c])
                      for m in range(1, 13))
    assert monthly_sum == pytest.approx(float(read(out / "annual" / "sr_annual_2005.tif")[r, c]),
                                        rel=1e-6)


def test_incomplete_year_is_reported_not_summed_short(aggregated):
    out, result, reporter = aggregated
    assert not (out / "annual" / "sr_annual_2006.tif").exists()
    row = result.table.set_index("year").loc["2006"]
    assert not row.complete and row.n_periods == 44 and np.isnan(row.total_TgC)
    assert row.missing_periods == "2006065 2006185"
    assert row.days_covered == 365 - 16
    assert any("2006: 44 of 46 periods present" in w for w in reporter.warnings)
    # months touched by the missing periods are not written; the others are
    assert not (out / "monthly" / "sr_month_200603.tif").exists()
    assert not (out / "monthly" / "sr_month_200607.tif").exists()
    assert (out / "monthly" / "sr_month_200604.tif").exists()
    mean = read(out / "sr_annual_mean.tif")
    assert float(mean[7, 9]) == pytest.approx(
        float(read(out / "annual" / "sr_annual_2005.tif")[7, 9]), rel=1e-6)
    monthly = result.monthly.set_index(["year", "month"])
    assert (2006, 3) not in monthly.index and (2006, 4) in monthly.index
    gap_pixel = 0.0  # months total pixel (5, 6) where its 5-period gap does not reach them
    for m in range(1, 13):
        value = read(out / "monthly" / f"sr_month_2005{m:02d}.tif")[5, 6]
        if value is not np.ma.masked:
            gap_pixel += float(value) * geod_area(WEST + 6 * CELL, NORTH - 6 * CELL,
                                                   WEST + 7 * CELL, NORTH - 5 * CELL)
    assert 0 < gap_pixel
    assert monthly["total_TgC"].loc[2005].sum() == pytest.approx(
        result.table.set_index("year").loc["2005"].total_TgC + gap_pixel / 1e12, rel=1e-6)
    csv = (out / "totals.csv").read_text()
    assert csv.splitlines()[0].startswith("year,n_periods,expected_periods")


def test_climatology_is_the_mean_daily_rate_over_years(aggregated):
    out, _, _ = aggregated
    april = read(out / "climatology" / "sr_clim_04.tif")
    t2005 = float(read(out / "monthly" / "sr_month_200504.tif")[7, 9])
    t2006 = float(read(out / "monthly" / "sr_month_200604.tif")[7, 9])
    assert float(april[7, 9]) == pytest.approx((t2005 + t2006) / 60.0, rel=1e-6)
    march = read(out / "climatology" / "sr_clim_03.tif")  # only 2005 is complete in March
    assert float(march[7, 9]) == pytest.approx(
        float(read(out / "monthly" / "sr_month_200503.tif")[7, 9]) / 31.0, rel=1e-6)
    assert calendar.monthrange(2006, 4)[1] == 30


def test_gap_filling_limits():
    stack = np.array([1.0, np.nan, np.nan, 4.0, np.nan, np.nan, np.nan, np.nan, 9.0])
    filled, n = A.fill_gaps(stack.reshape(-1, 1, 1).copy(), max_gap=2)
    assert n == 2 and np.allclose(filled[:4, 0, 0], [1, 2, 3, 4])
    assert np.isnan(filled[4:8, 0, 0]).all()
    edges = np.array([np.nan, np.nan, 3.0, 5.0, np.nan, np.nan, np.nan])
    filled, n = A.fill_gaps(edges.reshape(-1, 1, 1).copy(), max_gap=2)
    assert n == 2 and np.allclose(filled[:4, 0, 0], [3, 3, 3, 5])
    assert np.isnan(filled[4:, 0, 0]).all(), "a 3-period run at the end is too long for 2"
    _, none = A.fill_gaps(stack.reshape(-1, 1, 1).copy(), max_gap=0)
    assert none == 0


def test_bad_inputs(tmp_path):
    with pytest.raises(InputError, match="No SR maps"):
        A.aggregate(str(tmp_path), str(tmp_path / "out"))
    folder = tmp_path / "partial"
    folder.mkdir()
    write_map(str(folder), dt.date(2005, 1, 1), np.ones((HEIGHT, WIDTH), np.float32))
    with pytest.raises(InputError, match="No month is fully covered"):
        A.aggregate(str(folder), str(tmp_path / "out"))


@pytest.fixture(scope="module")
def demo_year(demo_dir, demo_model, tmp_path_factory):
    """The demo's 2005 upscaled with the truth-trained model (engine, in process)."""
    from soil_resp_plugin.core import engine
    from soil_resp_plugin.core.catalog import PredictorCatalog
    from soil_resp_plugin.core.model import ModelBundle

    folder = tmp_path_factory.mktemp("demo_year") / "maps"
    catalog = PredictorCatalog.from_files(W.demo_folders(demo_dir))
    engine.Upscaler(ModelBundle.load(demo_model), catalog, folder, P.periods_of_year(2005),
                    model_path=demo_model).run()
    return folder


def test_algorithm_totals_of_the_demo_year_against_the_truth(qgis_process, run_algorithm,
                                                            demo_dir, demo_year, tmp_path):
    out = qgis_process.run("soilresp:aggregatetime", INPUT=str(demo_year),
                           OUTPUT_FOLDER=str(tmp_path / "cli"),
                           OUTPUT_TABLE=str(tmp_path / "totals.gpkg"))
    results = out["results"]
    assert results["N_COMPLETE_YEARS"] == 1
    assert results["CSV"] == str(tmp_path / "cli" / "totals.csv")
    total = results["MEAN_TOTAL_TGC"]
    truth = np.zeros((220, 320))
    for period in P.periods_of_year(2005):
        with rasterio.open(demo_dir / "truth" / f"sr_true_doy{P.period_label(period)}.tif") as f:
            truth += f.read(1, masked=True).filled(np.nan) * P.period_days(period)
            grid = (f.crs, f.transform)
    with rasterio.open(tmp_path / "cli" / "annual" / "sr_annual_2005.tif") as f:
        annual = f.read(1, masked=True)
        assert f.crs == grid[0] and f.transform == grid[1]
    mapped = ~annual.mask
    areas, _ = A.row_areas(result_grid_of(grid))
    cell_area = np.repeat(areas[:, None], 320, axis=1)
    truth_total = float(np.nansum(truth[mapped] * cell_area[mapped])) / 1e12
    print(f"demo 2005: {total:.3f} Tg C yr-1 upscaled vs {truth_total:.3f} Tg C yr-1 true on "
          f"the same {mapped.sum()} cells ({np.isfinite(truth).sum()} land cells)")
    assert total == pytest.approx(truth_total, rel=0.05)
    assert mapped.sum() > 0.97 * np.isfinite(truth).sum(), "gap filling keeps most land"
    import csv
    rows = list(csv.DictReader((tmp_path / "cli" / "totals.csv").read_text().splitlines()))
    assert rows[0]["year"] == "2005" and float(rows[0]["total_TgC"]) == pytest.approx(total)
    from qgis.core import QgsVectorLayer

    table = QgsVectorLayer(str(tmp_path / "totals.gpkg"), "totals", "ogr")
    assert table.featureCount() == 2 and "total_TgC" in table.fields().names()
    result = run_algorithm("aggregatetime", {"INPUT_VRT": str(demo_year / "sr.vrt"),
                                             "OUTPUT_FOLDER": str(tmp_path / "vrt")})
    assert result["MEAN_TOTAL_TGC"] == pytest.approx(total, rel=1e-9)


def result_grid_of(grid):
    from soil_resp_plugin.core.catalog import Grid

    return Grid(grid[0], grid[1], 320, 220)
