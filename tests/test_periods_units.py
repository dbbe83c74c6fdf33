"""MODIS 8-day periods and flux units: the time step and unit every other module relies on."""
import datetime as dt

import pytest

from soil_resp_plugin.core import periods, units
from soil_resp_plugin.core.errors import InputError


def test_period_starts_follow_modis_doy_grid():
    starts = periods.periods_of_year(2005)
    assert len(starts) == 46
    assert [s.timetuple().tm_yday for s in starts] == list(range(1, 362, 8))
    assert periods.period_start(dt.date(2005, 1, 9)) == dt.date(2005, 1, 9)
    assert periods.period_start(dt.datetime(2005, 1, 16, 23, 59)) == dt.date(2005, 1, 9)
    assert periods.period_start(dt.date(2005, 12, 31)) == periods.date_from_doy(2005, 361)


@pytest.mark.parametrize("year, last_days, total", [(2005, 5, 365), (2004, 6, 366)])
def test_year_end_period_is_short_and_days_add_up(year, last_days, total):
    starts = periods.periods_of_year(year)
    assert periods.period_days(starts[-1]) == last_days
    assert periods.period_end(starts[-1]) == dt.date(year, 12, 31)
    assert sum(periods.period_days(s) for s in starts) == total


def test_periods_between_spans_years_without_gaps():
    starts = periods.periods_between(dt.date(2004, 12, 20), dt.date(2005, 1, 10))
    assert starts == [dt.date(2004, 12, 18), dt.date(2004, 12, 26), dt.date(2005, 1, 1),
                      dt.date(2005, 1, 9)]
    for a, b in zip(starts, starts[1:]):
        assert periods.period_end(a) + dt.timedelta(days=1) == b


def test_labels_round_trip_and_16_day_composites():
    start = periods.date_from_doy(2016, 145)
    assert periods.period_label(start) == "2016145"
    assert periods.parse_period_label("2016145") == start
    assert periods.composite16_start(periods.date_from_doy(2016, 152)) == periods.date_from_doy(2016, 145)
    assert periods.composite16_start(periods.date_from_doy(2016, 161)) == periods.date_from_doy(2016, 161)


def test_doy_features_are_on_the_unit_circle_and_seasonal():
    winter = periods.doy_features(dt.date(2005, 1, 1))
    summer = periods.doy_features(periods.date_from_doy(2005, 185))
    for f in (winter, summer):
        assert f["doy_sin"] ** 2 + f["doy_cos"] ** 2 == pytest.approx(1.0)
    assert winter["doy_cos"] > 0.95 and summer["doy_cos"] < -0.95


def test_flux_units():
    assert units.flux_to_gc_m2_d(1.0, "umol CO2 m-2 s-1") == pytest.approx(1.0378, abs=1e-4)
    assert units.flux_to_gc_m2_d(1.0, "µmol m-2 s-1") == pytest.approx(1.0378, abs=1e-4)
    # 1 umol CO2 m-2 s-1 = 44.0095e-6 g CO2 x 3600 s = 158.43 mg CO2 m-2 h-1
    assert units.flux_to_gc_m2_d(158.434, "mg CO2 m-2 h-1") == pytest.approx(1.0378, abs=1e-3)
    assert units.flux_to_gc_m2_d(2.5, "g C m-2 d-1") == 2.5
    with pytest.raises(InputError, match="FLUX_UNIT.*Unknown flux unit 'kg/ha'"):
        units.flux_to_gc_m2_d(1.0, "kg/ha", parameter="FLUX_UNIT")
