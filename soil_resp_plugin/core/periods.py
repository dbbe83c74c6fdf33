"""MODIS 8-day composite periods: the time step of training tables and upscaled maps.

Periods start on day of year 1, 9, 17, ... 361 of every year; the last period of a year is
cut at 31 December (5 days, 6 in leap years). A period is identified by its start date.
16-day products (MOD13) start on DOY 1, 17, 33, ... and cover two 8-day periods.
"""
import datetime as _dt

PERIOD_DAYS = 8
PERIOD_START_DOYS = tuple(range(1, 366, PERIOD_DAYS))  # 1 ... 361: 46 per year


def period_start(day):
    """Start date of the 8-day period containing ``day`` (a date or datetime)."""
    if isinstance(day, _dt.datetime):
        day = day.date()
    doy = day.timetuple().tm_yday
    start_doy = ((doy - 1) // PERIOD_DAYS) * PERIOD_DAYS + 1
    return _dt.date(day.year, 1, 1) + _dt.timedelta(days=start_doy - 1)


def period_end(start):
    """Last day (inclusive) of the period starting at ``start``."""
    end = start + _dt.timedelta(days=PERIOD_DAYS - 1)
    year_end = _dt.date(start.year, 12, 31)
    return min(end, year_end)


def period_days(start):
    """Number of days of the period (8, or 5/6 for the year's last period)."""
    return (period_end(start) - start).days + 1


def periods_between(first, last):
    """All period start dates whose period overlaps [first, last], in time order."""
    current = period_start(first)
    out = []
    while current <= last:
        out.append(current)
        current = period_end(current) + _dt.timedelta(days=1)
    return out


def periods_of_year(year):
    return periods_between(_dt.date(year, 1, 1), _dt.date(year, 12, 31))


def date_from_doy(year, doy):
    return _dt.date(int(year), 1, 1) + _dt.timedelta(days=int(doy) - 1)


def period_label(start):
    """Compact label used in file names, e.g. ``2005001`` (year + day of year)."""
    return f"{start.year}{start.timetuple().tm_yday:03d}"


def parse_period_label(label):
    return date_from_doy(int(label[:4]), int(label[4:7]))


def composite16_start(day):
    """Start date of the 16-day MOD13 composite containing ``day``."""
    doy = day.timetuple().tm_yday
    start_doy = ((doy - 1) // 16) * 16 + 1
    return _dt.date(day.year, 1, 1) + _dt.timedelta(days=start_doy - 1)


def doy_features(start):
    """Seasonal time features of a period: sin and cos of its mid-day's day of year.

    Shared by training-table extraction and upscaling so both see identical values.
    """
    import math

    mid = start + _dt.timedelta(days=(period_days(start) - 1) / 2.0)
    doy = mid.timetuple().tm_yday + (0.5 if period_days(start) % 2 == 0 else 0.0)
    angle = 2.0 * math.pi * doy / 365.25
    return {"doy_sin": math.sin(angle), "doy_cos": math.cos(angle)}
