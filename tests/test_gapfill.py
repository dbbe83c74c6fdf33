"""Gap filling of predictors in time (core/gapfill.py and PredictorCatalog.read_filled):
linear interpolation across at most N missing periods, then the multi-year mean of that
period of the year. Expected values are computed here independently (np.interp per pixel,
runs found by a plain loop, climatology by an explicit mean)."""
import datetime as dt

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from soil_resp_plugin.core import gapfill
from soil_resp_plugin.core import periods as P
from soil_resp_plugin.core.catalog import PredictorCatalog

YEARS = (2014, 2015, 2016)
MAX_GAP = 3
SIZE = 3



def truth(start, var="lst_day"):
    """Known value of every pixel on ``start`` (no gaps)."""
    doy = start.timetuple().tm_yday
    pixel = np.arange(SIZE * SIZE, dtype=np.float64).reshape(SIZE, SIZE)
    base = 290.0 if var == "lst_day" else 280.0
    return base + 10 * np.sin(2 * np.pi * doy / 365.0) + 0.1 * pixel + 0.5 * (start.year - 2014)


def holes(start, var="lst_day"):
    """Boolean mask of cloud holes on ``start``: pixel (0, 0) misses 5 periods of 2015 (too
    long to interpolate), pixel (1, 1) misses 2 periods, (1, 2) misses 3 (the limit), (2, 2)
    is always missing (sea), (0, 2) misses the first period of the series (an end)."""
    index = PERIODS.index(start)
    mask = np.zeros((SIZE, SIZE), bool)
    mask[2, 2] = True
    if 60 <= index < 65:
        mask[0, 0] = True
    if index in (70, 71):
        mask[1, 1] = True
    if index in (80, 81, 82):
        mask[1, 2] = True
    if index == 0:
        mask[0, 2] = True
    if var == "lst_night" and index in (70, 71, 72, 73):
        mask[0, 1] = True
    return mask


PERIODS = [p for year in YEARS for p in P.periods_of_year(year)]
MISSING_FILES = {PERIODS[100]}  # one period without any raster (a gap in the catalog)


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    root = tmp_path_factory.mktemp("gapfill")
    for var in ("lst_day", "lst_night"):
        for start in PERIODS:
            if start in MISSING_FILES:
                continue
            data = truth(start, var).astype(np.float32)
            data[holes(start, var)] = np.nan
            name = f"{var}_doy{start.year}{start.timetuple().tm_yday:03d}.tif"
            with rasterio.open(root / name, "w", driver="GTiff", width=SIZE, height=SIZE,
                               count=1, dtype="float32", crs="EPSG:4326", nodata=np.nan,
                               transform=from_origin(135.0, 36.0, 0.01, 0.01)) as out:
                out.write(data, 1)
    return root


def observed_stack(var="lst_day"):
    stack = np.stack([truth(p, var) for p in PERIODS])
    for i, p in enumerate(PERIODS):
        stack[i][holes(p, var)] = np.nan
        if p in MISSING_FILES:
            stack[i][:] = np.nan
    return stack


def expected(var="lst_day"):
    """(values, methods) by an independent per-pixel computation."""
    stack = observed_stack(var)
    days = np.array([p.toordinal() for p in PERIODS], float)
    values = stack.copy()
    methods = np.where(np.isfinite(stack), gapfill.OBSERVED, gapfill.MISSING).astype(np.uint8)
    for r in range(SIZE):
        for c in range(SIZE):
            column = stack[:, r, c]
            valid = np.flatnonzero(np.isfinite(column))
            t = 0
            while t < len(PERIODS):
                if np.isfinite(column[t]):
                    t += 1
                    continue
                end = t
                while end < len(PERIODS) and not np.isfinite(column[end]):
                    end += 1
                if t > 0 and end < len(PERIODS) and end - t <= MAX_GAP:
                    values[t:end, r, c] = np.interp(days[t:end], days[valid], column[valid])
                    methods[t:end, r, c] = gapfill.INTERPOLATED
                t = end
            for t in range(len(PERIODS)):
                if methods[t, r, c] != gapfill.MISSING:
                    continue
                doy = PERIODS[t].timetuple().tm_yday
                same = [column[i] for i, p in enumerate(PERIODS)
                        if p.timetuple().tm_yday == doy and np.isfinite(column[i])]
                if same:
                    values[t, r, c] = sum(same) / len(same)
                    methods[t, r, c] = gapfill.CLIMATOLOGY
    return values, methods


def test_interpolation_equals_numpy_interp():
    rng = np.random.default_rng(3)
    days = np.cumsum(rng.integers(5, 9, 40)).astype(float)
    series = rng.normal(size=(40, 5))
    series[rng.random((40, 5)) < 0.3] = np.nan
    filled, done = gapfill.interpolate_gaps(series, days, 2)
    for c in range(5):
        column = series[:, c]
        valid = np.flatnonzero(np.isfinite(column))
        for t in np.flatnonzero(~np.isfinite(column)):
            before = valid[valid < t]
            after = valid[valid > t]
            bridged = before.size and after.size and after[0] - before[-1] - 1 <= 2
            assert done[t, c] == bool(bridged)
            if bridged:
                assert filled[t, c] == pytest.approx(np.interp(days[t], days[valid],
                                                               column[valid]), rel=1e-12)
            else:
                assert np.isnan(filled[t, c])
    assert not done[np.isfinite(series)].any()
    assert np.array_equal(filled[np.isfinite(series)], series[np.isfinite(series)])


def test_climatology_is_the_mean_of_observed_years():
    a = np.array([[1.0, np.nan], [3.0, np.nan]])
    b = np.array([[3.0, 5.0], [np.nan, np.nan]])
    mean, n = gapfill.climatology([a, b])
    assert mean[0, 0] == 2.0 and mean[0, 1] == 5.0 and mean[1, 0] == 3.0
    assert np.isnan(mean[1, 1])
    assert n.tolist() == [[2, 1], [1, 0]]


def test_flags_pack_one_bit_per_predictor():
    m1 = np.array([gapfill.OBSERVED, gapfill.INTERPOLATED, gapfill.CLIMATOLOGY, gapfill.MISSING])
    m2 = np.array([gapfill.CLIMATOLOGY, gapfill.OBSERVED, gapfill.INTERPOLATED, gapfill.MISSING])
    flags = gapfill.fill_flags([("a", m1), ("b", m2)])
    assert flags.dtype == np.uint32
    assert flags.tolist() == [2, 1, 3, 0]
    assert gapfill.flag_legend(["a", "b"]) == {1: "a", 2: "b"}


def test_catalog_read_filled_equals_independent_answer(series):
    catalog = PredictorCatalog.from_folder(series)
    values, methods = expected()
    for t, start in enumerate(PERIODS):
        got, method = catalog.read_filled("lst_day", start, max_gap=MAX_GAP)
        assert np.array_equal(method, methods[t]), start
        np.testing.assert_allclose(got, values[t], rtol=1e-6, equal_nan=True)
    # the cases are really there: interpolation, climatology, a missing file, an end, the sea
    assert (methods == gapfill.INTERPOLATED).sum() == 2 + 3 + (SIZE * SIZE - 1)
    assert methods[60:65, 0, 0].tolist() == [gapfill.CLIMATOLOGY] * 5
    assert methods[80:83, 1, 2].tolist() == [gapfill.INTERPOLATED] * 3
    assert methods[0, 0, 2] == gapfill.CLIMATOLOGY
    assert (methods[:, 2, 2] == gapfill.MISSING).all()
    assert (methods[100][np.isfinite(observed_stack()[99])] == gapfill.INTERPOLATED).all()


def test_no_interpolation_and_no_climatology_leave_gaps(series):
    catalog = PredictorCatalog.from_folder(series)
    start = PERIODS[61]
    got, method = catalog.read_filled("lst_day", start, max_gap=0, use_climatology=False)
    assert np.isnan(got[0, 0]) and method[0, 0] == gapfill.MISSING
    got, method = catalog.read_filled("lst_day", PERIODS[70], max_gap=1)
    # a 2-period hole is longer than max_gap=1: the climatology fills it
    assert method[1, 1] == gapfill.CLIMATOLOGY
    other = [truth(p)[1, 1] for p in PERIODS if p.timetuple().tm_yday ==
             PERIODS[70].timetuple().tm_yday and p != PERIODS[70]]
    assert got[1, 1] == pytest.approx(np.mean(other), rel=1e-6)


def test_only_needed_pixels_and_observed_values_given(series):
    """``needed`` and ``observed`` (what the engine passes) give the same values on the pixels
    asked for as a plain call."""
    catalog = PredictorCatalog.from_folder(series)
    start = PERIODS[70]
    plain, plain_method = catalog.read_filled("lst_day", start, max_gap=1)
    needed = plain_method != gapfill.OBSERVED
    assert (plain_method[needed] == gapfill.CLIMATOLOGY).any()
    observed = catalog.read("lst_day", start)
    got, method = catalog.read_filled("lst_day", start, max_gap=1, needed=needed,
                                      observed=observed)
    np.testing.assert_array_equal(method[needed], plain_method[needed])
    np.testing.assert_allclose(got[needed], plain[needed], rtol=1e-6, equal_nan=True)


def test_stack_flags_name_each_filled_predictor(series):
    catalog = PredictorCatalog.from_folder(series)
    day_values, day_methods = expected("lst_day")
    night_values, night_methods = expected("lst_night")
    for t in (0, 61, 70, 72, 100):
        values, flags, methods = catalog.read_filled_stack(
            ["lst_day", "lst_night"], PERIODS[t], catalog.grid(), max_gap=MAX_GAP)
        filled_day = np.isin(day_methods[t], (gapfill.INTERPOLATED, gapfill.CLIMATOLOGY))
        filled_night = np.isin(night_methods[t], (gapfill.INTERPOLATED, gapfill.CLIMATOLOGY))
        assert np.array_equal(flags, filled_day * 1 + filled_night * 2)
        np.testing.assert_allclose(values["lst_night"], night_values[t], rtol=1e-6,
                                   equal_nan=True)
    assert dt.date(2015, 1, 1) in PERIODS
