"""Bad observation tables for soilresp:importobservations: each error names the cause, the
parameter (label and id) and what to do; no output appears and the input stays byte-identical.
Tables are built here with known values (two sites, 16 days, 3 records a day)."""
import pandas as pd
import pytest
from conftest import recording_feedback
from safety import assert_unchanged, snapshot

UMOL_TO_GC = 12.011e-6 * 86400.0
UMOL_TO_MG_CO2_H = 44.0095e-3 * 3600.0
SITES = {"A": (140.0, 36.0), "B": (135.5, 34.7)}
LABELS = {
    "TABLE": "'Observation table (layer or CSV, one row per measurement)' (TABLE)",
    "FLUX_UNIT": "'Flux unit of the table' (FLUX_UNIT)",
    "FLUX_FIELD": "'Flux field' (FLUX_FIELD)",
    "LAT_FIELD": "'Latitude field (default: lat column or point geometry)' (LAT_FIELD)",
    "SOIL_MOISTURE_UNIT": "'Soil moisture unit' (SOIL_MOISTURE_UNIT)",
    "TIME_FIELD": "'Timestamp or date field' (TIME_FIELD)",
}


def records(flux=lambda site, day, hour: 2.0 + 0.1 * hour, moisture=lambda site, day: 0.3):
    rows = []
    for site, (lon, lat) in SITES.items():
        for day in range(1, 17):
            for hour in (9, 12, 15):
                rows.append({"site_id": site, "time": f"2021-05-{day:02d} {hour:02d}:00",
                             "flux": flux(site, day, hour), "lon": lon, "lat": lat,
                             "soil_moisture": moisture(site, day)})
    return pd.DataFrame(rows)


def parameters(path, tmp_path, **extra):
    out = {"TABLE": str(path), "SITE_FIELD": "site_id", "TIME_FIELD": "time",
           "FLUX_FIELD": "flux", "SOIL_MOISTURE_FIELD": "soil_moisture",
           "OUTPUT": str(tmp_path / "out.gpkg"), "QC_TABLE": str(tmp_path / "out_qc.csv"),
           "OUTPUT_CSV": str(tmp_path / "out.csv")}
    out.update(extra)
    return out


def fails(run_algorithm, path, tmp_path, *needles, **extra):
    """Run, expect a QgsProcessingException holding every needle; nothing written, input intact."""
    from qgis.core import QgsProcessingException

    before = snapshot(path)
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("importobservations", parameters(path, tmp_path, **extra))
    text = str(error.value)
    for needle in needles:
        assert needle in text, f"{needle!r} not in: {text}"
    assert "Traceback" not in text
    for name in ("out.gpkg", "out_qc.csv", "out.csv"):
        assert not (tmp_path / name).exists()
    assert_unchanged(before)
    return text


# ------------------------------------------------------------------ 1 wrong flux unit


def test_flux_unit_suspected_from_magnitudes(run_algorithm, tmp_path):
    path = tmp_path / "mg.csv"
    table = records(flux=lambda s, d, h: (2.0 + 0.1 * h) * UMOL_TO_MG_CO2_H)
    table.to_csv(path, index=False)
    text = fails(run_algorithm, path, tmp_path, LABELS["FLUX_UNIT"], "100.0% of 48 outside",
                 f"median {table['flux'].median():.4g} umol CO2 m-2 s-1", "mg CO2 m-2 h-1",
                 "-5..50 umol CO2 m-2 s-1")
    assert "MIN_RECORDS_PER_DAY" not in text
    # the suggested unit gives the known answer
    result = run_algorithm("importobservations", parameters(path, tmp_path, FLUX_UNIT=1))
    obs = pd.read_csv(result["OUTPUT_CSV"])
    assert obs["sr"].to_numpy() == pytest.approx(3.2 * UMOL_TO_GC, rel=1e-9)


def test_empty_result_names_the_step_that_removed_the_records(run_algorithm, tmp_path):
    """All records removed by the range test (narrow FLUX_MAX, 40 % outside so no unit error):
    the advice is the flux range, and the 40 % is warned; MIN_RECORDS_PER_DAY is only named
    when thin days really are the cause."""
    path = tmp_path / "thin.csv"
    # fluxes vary by day: the same value for 32 records in a row would be a stuck sensor
    records(flux=lambda s, d, h: 2.0 + 0.01 * d if h != 15 else 60.0).to_csv(path, index=False)
    log = recording_feedback()
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("importobservations", parameters(path, tmp_path, MIN_RECORDS_PER_DAY=3),
                      feedback=log)
    text = str(error.value)
    assert "'Minimum records per chamber and day' (MIN_RECORDS_PER_DAY)" in text
    assert "64 records passed quality control" in text and "no chamber has 3 records" in text
    assert any("33% of 48 fluxes are outside" in line for line in log.lines), log.lines


# ------------------------------------------------------------------ 2 sign convention


def test_all_negative_fluxes_suspect_sign_convention(run_algorithm, tmp_path):
    path = tmp_path / "uptake_positive.csv"
    records(flux=lambda s, d, h: -(2.0 + 0.1 * h)).to_csv(path, index=False)
    fails(run_algorithm, path, tmp_path, LABELS["FLUX_FIELD"], "48 of 48 negative",
          "sign convention", "Flip the sign of column 'flux'", "NEGATIVE_FLUX")
    fails(run_algorithm, path, tmp_path, "sign convention", NEGATIVE_FLUX=2)


# ------------------------------------------------------------------ 3 empty file


def test_zero_byte_csv_via_processing_run(run_algorithm, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    fails(run_algorithm, path, tmp_path, LABELS["TABLE"], f"{path} is empty (0 bytes)")


def test_zero_byte_csv_via_qgis_process(qgis_process, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    before = snapshot(path)
    done = qgis_process.run("soilresp:importobservations", check=False, TABLE=path,
                            SITE_FIELD="site_id", TIME_FIELD="time", FLUX_FIELD="flux",
                            OUTPUT=tmp_path / "out.gpkg")
    text = done.stdout + done.stderr
    assert done.returncode != 0
    assert LABELS["TABLE"] in text and "is empty (0 bytes)" in text, text
    assert "not found" not in text
    assert not (tmp_path / "out.gpkg").exists()
    assert_unchanged(before)


# ------------------------------------------------------------------ 4 European CSV


def test_semicolon_and_decimal_comma_are_detected(run_algorithm, tmp_path):
    # moisture alternates 0.31/0.29 by day (mean 0.3 per period): one value for 16 days
    # would be a stuck sensor (STUCK_DRIVER_HOURS) and be set to missing
    table = records(flux=lambda s, d, h: 2.0 + 0.1 * h + (0.5 if s == "B" else 0.0),
                    moisture=lambda s, d: 0.3 + 0.01 * (-1) ** d)
    path = tmp_path / "excel_de.csv"
    table.to_csv(path, index=False, sep=";", decimal=",")
    assert "2,9" in path.read_text()
    before = snapshot(path)
    log = recording_feedback()
    result = run_algorithm("importobservations", parameters(path, tmp_path), feedback=log)
    assert_unchanged(before)
    assert any("semicolon (';') as delimiter and the decimal comma in columns flux, lon, lat, "
               "soil_moisture" in line for line in log.lines), log.lines
    obs = pd.read_csv(result["OUTPUT_CSV"]).set_index(["site", "period_start"])
    assert obs.loc[("A", "2021-05-01"), "sr"] == pytest.approx(3.2 * UMOL_TO_GC, rel=1e-9)
    assert obs.loc[("B", "2021-05-01"), "sr"] == pytest.approx(3.7 * UMOL_TO_GC, rel=1e-9)
    assert obs.loc[("B", "2021-05-01"), "lon"] == pytest.approx(135.5)
    assert obs["soil_moisture_site"].to_numpy() == pytest.approx(0.3)


# ------------------------------------------------------------------ 5 coordinates


def test_latitude_out_of_range_names_site_value_and_swap(run_algorithm, tmp_path):
    table = records()
    table.loc[table["site_id"] == "B", ["lon", "lat"]] = (-33.9, 151.2)  # swapped Sydney
    path = tmp_path / "swapped.csv"
    table.to_csv(path, index=False)
    fails(run_algorithm, path, tmp_path, LABELS["LAT_FIELD"], "column 'lat'", "-90..90",
          "B: lon -33.9, lat 151.2 (48 rows)", "swapped", "choose 'lat' in LON_FIELD")


# ------------------------------------------------------------------ 6 mixed moisture scales


def test_soil_moisture_mixing_fraction_and_percent(run_algorithm, tmp_path):
    path = tmp_path / "logger_change.csv"
    records(moisture=lambda s, d: (0.3 if d <= 8 else 30.0) if s == "A" else 25.0).to_csv(
        path, index=False)
    fails(run_algorithm, path, tmp_path, LABELS["SOIL_MOISTURE_UNIT"], "Site A",
          "24 values between 0 and 1", "24 values above 1.5", "mixes two scales")


# ------------------------------------------------------------------ 7 TIME_FORMAT


def test_time_format_reports_only_the_values_it_cannot_read(run_algorithm, tmp_path):
    table = records()
    table["time"] = pd.to_datetime(table["time"]).dt.strftime("%d.%m.%Y %H:%M")
    good = tmp_path / "dotted.csv"
    table.to_csv(good, index=False)
    result = run_algorithm("importobservations",
                           parameters(good, tmp_path, TIME_FORMAT="%d.%m.%Y %H:%M"))
    assert sorted(pd.read_csv(result["OUTPUT_CSV"])["period_start"]) == [
        "2021-05-01", "2021-05-01", "2021-05-09", "2021-05-09"]
    for name in ("out.gpkg", "out_qc.csv", "out.csv"):
        (tmp_path / name).unlink()
    table.loc[1, "time"] = "02.05.2021 25:00"  # one bad value among the first 50
    bad = tmp_path / "one_bad.csv"
    table.to_csv(bad, index=False)
    text = fails(run_algorithm, bad, tmp_path, LABELS["TIME_FIELD"], "1 of 96 values",
                 "'02.05.2021 25:00'", "'%d.%m.%Y %H:%M'", "95 of 96 values match", TIME_FORMAT="%d.%m.%Y %H:%M")
    assert "'01.05.2021 09:00'" not in text  # a value that matches is never listed


def test_unparseable_timestamps_show_examples_and_formats(run_algorithm, tmp_path):
    table = records()
    table["time"] = "day " + table["time"]
    path = tmp_path / "words.csv"
    table.to_csv(path, index=False)
    fails(run_algorithm, path, tmp_path, LABELS["TIME_FIELD"], "96 of 96 values",
          "'day 2021-05-01 09:00'", "match no ISO format (%Y-%m-%d %H:%M:%S", "TIME_FORMAT")
