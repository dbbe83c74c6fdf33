"""Observation import on real COSORE records (Teshio, Fuji-Hokuroku subsets in tests/data/cosore)
and on the synthetic demo. Expected numbers are recomputed here from the raw rows with plain
pandas, never by calling the code under test."""
import csv
import datetime as dt
import shutil
import sqlite3

import numpy as np
import pandas as pd
import pytest
from conftest import DATA

from soil_resp_plugin.core.reporting import RecordingReporter

COSORE = DATA / "cosore"
TESHIO = COSORE / "d20200328_UEYAMA_TESHIO"
HOKUROKU = COSORE / "d20200328_UEYAMA_HOKUROKU"
UMOL_TO_GC = 12.011e-6 * 86400.0  # umol CO2 m-2 s-1 -> g C m-2 d-1
UMOL_TO_MG_CO2_H = 44.0095e-3 * 3600.0  # umol CO2 m-2 s-1 -> mg CO2 m-2 h-1


# ------------------------------------------------------------------ independent recomputation


def raw_records(folder, ports):
    """data.csv rows of ``ports`` with local time (database files are UTC; sites are UTC+9)."""
    df = pd.read_csv(folder / "data.csv")
    df = df[df["CSR_PORT"].isin(ports)].copy()
    df["local"] = pd.to_datetime(df["CSR_TIMESTAMP_BEGIN"]) + pd.Timedelta(hours=9)
    return df


def spike_mask(df, k=5.0):
    month = df["local"].dt.strftime("%Y-%m")
    keys = [df["CSR_PORT"], month]
    grouped = df.groupby(keys)["CSR_FLUX_CO2"]
    deviation = (df["CSR_FLUX_CO2"] - grouped.transform("median")).abs()
    mad = deviation.groupby(keys).transform("median") * 1.4826
    return (grouped.transform("count") >= 10) & (mad > 0) & (deviation > k * mad)


def default_qc(df):
    """Missing, out-of-bounds (-5..50) and spike records removed, as the defaults promise."""
    df = df[df["CSR_FLUX_CO2"].notna()]
    df = df[df["CSR_FLUX_CO2"].between(-5, 50)]
    return df[~spike_mask(df)]


def expected_period(df, first, last, temperature, moisture_scale=1.0, min_records=3):
    """Port-day means (ports with >= min_records records) -> day mean over ports -> period."""
    day = df["local"].dt.normalize()
    df = df[(day >= first) & (day <= last)].assign(day=day)
    port_day = df.groupby(["day", "CSR_PORT"]).agg(
        flux=("CSR_FLUX_CO2", "mean"), n=("CSR_FLUX_CO2", "size")
    )
    port_day = port_day[port_day["n"] >= min_records]
    used = df.set_index(["day", "CSR_PORT"]).loc[port_day.index].reset_index()
    daily = port_day["flux"].groupby(level="day").mean() * UMOL_TO_GC
    return {
        "sr": daily.mean(),
        "sr_sd": daily.std(),
        "n_records": int(port_day["n"].sum()),
        "n_days": len(daily),
        "soil_temperature_site": used.groupby("day")[temperature].mean().mean(),
        "soil_moisture_site": (used.groupby("day")["CSR_SM5"].mean() * moisture_scale).mean(),
    }


def row(frame, site, start):
    match = frame[(frame["site"] == site) & (frame["period_start"] == start)]
    assert len(match) == 1, f"{site} {start}: {len(match)} rows"
    return match.iloc[0]


def qc_count(qc, site, step):
    return int(qc[(qc["site"] == site) & (qc["step"] == step)]["count"].iloc[0])


# ------------------------------------------------------------------ core on real COSORE


@pytest.fixture(scope="module")
def teshio():
    from soil_resp_plugin.core.observations import import_observations

    reporter = RecordingReporter()
    return import_observations([TESHIO], reporter=reporter), reporter


@pytest.fixture(scope="module")
def hokuroku():
    from soil_resp_plugin.core.observations import import_observations

    reporter = RecordingReporter()
    result = import_observations([HOKUROKU], nee_as_rs="d20200328_UEYAMA_HOKUROKU",
                                 reporter=reporter)
    return result, reporter


@pytest.mark.parametrize("first,last", [("2016-07-27", "2016-08-03"), ("2016-08-04", "2016-08-11")])
def test_teshio_8day_mean_matches_raw_rows(teshio, first, last):
    result, _ = teshio
    expected = expected_period(
        default_qc(raw_records(TESHIO, [1, 2, 3])), first, last, temperature="CSR_T1"
    )
    got = row(result.observations, "d20200328_UEYAMA_TESHIO", first)
    assert got["period_end"] == last
    for key, value in expected.items():
        assert got[key] == pytest.approx(value, rel=1e-9), key
    assert got["coverage"] == pytest.approx(expected["n_days"] / 8)
    assert got["lon"] == pytest.approx(142.107222) and got["lat"] == pytest.approx(45.055833)
    assert got["igbp"] == "Deciduous needleleaf forest"
    assert got["site_name"] == "Teshio CC-LaG"


def test_teshio_nee_port_never_reaches_output(teshio):
    result, reporter = teshio
    with open(TESHIO / "data.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    port4 = sum(r["CSR_PORT"] == "4" for r in rows)
    assert port4 == 1299  # the subset keeps the NEE chamber's records on purpose
    assert qc_count(result.qc, "d20200328_UEYAMA_TESHIO", "input records") == len(rows) - port4
    assert any("excluded port 4 (NEE measurement, 1299 records)" in line for line in reporter.lines)
    # had port 4 been used, the 8-day means would differ clearly
    with_nee = expected_period(
        default_qc(raw_records(TESHIO, [1, 2, 3, 4])), "2016-08-12", "2016-08-19", "CSR_T1"
    )
    got = row(result.observations, "d20200328_UEYAMA_TESHIO", "2016-08-12")
    assert abs(got["sr"] - with_nee["sr"]) > 0.5
    assert set(result.daily["n_chambers"]) <= {1, 2, 3}


def test_teshio_periods_qc_and_units(teshio):
    result, reporter = teshio
    obs = result.observations
    assert list(obs.columns) == [
        "site", "site_name", "igbp", "lon", "lat", "period_start", "period_end", "sr", "sr_sd",
        "n_records", "n_days", "coverage", "soil_temperature_site", "soil_moisture_site",
    ]
    # 18 July (local) holds 15 hours of data: its period (DOY 193) has 1 day and is dropped
    assert list(obs["period_start"]) == ["2016-07-19", "2016-07-27", "2016-08-04", "2016-08-12"]
    assert qc_count(result.qc, "d20200328_UEYAMA_TESHIO", "periods with too few days") == 1
    spikes = spike_mask(raw_records(TESHIO, [1, 2, 3]))
    assert qc_count(result.qc, "d20200328_UEYAMA_TESHIO", "spikes") == int(spikes.sum()) == 1
    assert obs["soil_moisture_site"].between(0.15, 0.5).all()  # fraction kept as is
    assert any("soil temperature from CSR_T1" in line for line in reporter.lines)
    assert any("soil moisture detected as fraction" in line for line in reporter.lines)
    assert any("CSR_TIMESTAMP_FORMAT %m/%d/%y %H:%M does not match" in line
               for line in reporter.lines)
    assert not reporter.warnings


def test_hokuroku_percent_moisture_and_year_end_period(hokuroku):
    result, reporter = hokuroku
    site = "d20200328_UEYAMA_HOKUROKU"
    clean = default_qc(raw_records(HOKUROKU, [1, 2, 3, 4, 5, 6]))
    for first, last in (("2013-01-01", "2013-01-08"), ("2012-12-26", "2012-12-31")):
        expected = expected_period(clean, first, last, "CSR_T5", moisture_scale=0.01)
        got = row(result.observations, site, first)
        assert got["period_end"] == last
        for key, value in expected.items():
            assert got[key] == pytest.approx(value, rel=1e-9), (first, key)
    year_end = row(result.observations, site, "2012-12-26")
    assert year_end["n_days"] == 6 and year_end["coverage"] == pytest.approx(1.0)  # 2012: leap
    first_period = row(result.observations, site, "2012-12-18")  # data start on 21 Dec
    assert first_period["coverage"] == pytest.approx(5 / 8)
    assert result.observations["soil_moisture_site"].between(0.01, 0.3).all()
    assert any(f"{site}: soil moisture detected as percent" in line for line in reporter.lines)
    assert result.sites.set_index("site").loc[site, "moisture_unit"] == "percent"


def test_hokuroku_qc_counts_match_raw_rows(hokuroku):
    result, _ = hokuroku
    site = "d20200328_UEYAMA_HOKUROKU"
    raw = raw_records(HOKUROKU, [1, 2, 3, 4, 5, 6])
    missing = int(raw["CSR_FLUX_CO2"].isna().sum())
    clean = default_qc(raw)
    counts = {step: qc_count(result.qc, site, step) for step in result.qc["step"].unique()}
    assert counts["input records"] == len(raw) == 4492
    assert counts["missing flux"] == missing == 237
    assert counts["physically impossible flux"] == 0
    assert counts["spikes"] == len(raw) - missing - len(clean) == 62
    assert counts["negative flux"] == int((clean["CSR_FLUX_CO2"] < 0).sum()) == 171
    port_day = clean.groupby([clean["local"].dt.normalize(), "CSR_PORT"]).size()
    assert counts["days with too few records"] == int((port_day < 3).sum()) == 2
    assert result.observations["n_records"].sum() == int(port_day[port_day >= 3].sum())


def test_negative_flux_actions(hokuroku):
    from soil_resp_plugin.core.observations import import_observations
    from soil_resp_plugin.core.quality import QCSettings

    kept = hokuroku[0].observations.set_index("period_start")
    results = {
        action: import_observations(
            [HOKUROKU], nee_as_rs="d20200328_UEYAMA_HOKUROKU", qc=QCSettings(negative=action)
        ).observations.set_index("period_start")
        for action in ("drop", "zero")
    }
    clean = default_qc(raw_records(HOKUROKU, [1, 2, 3, 4, 5, 6]))
    positive = clean[clean["CSR_FLUX_CO2"] >= 0]
    port_day = positive.groupby([positive["local"].dt.normalize(), "CSR_PORT"]).size()
    # dropping 171 negatives also leaves one more chamber-day below 3 records
    assert results["drop"]["n_records"].sum() == int(port_day[port_day >= 3].sum()) == 4017
    assert (results["zero"]["n_records"] == kept["n_records"]).all()
    assert (results["zero"]["sr"] >= kept["sr"] - 1e-12).all()
    assert (results["zero"]["sr"] > kept["sr"]).any()


def test_hokuroku_nee_ports_need_explicit_consent():
    from soil_resp_plugin.core.errors import InputError
    from soil_resp_plugin.core.observations import import_observations

    with pytest.raises(InputError) as error:
        import_observations([HOKUROKU])
    text = str(error.value)
    assert error.value.parameter == "INPUT"
    assert str(HOKUROKU / "PORTS.txt") in text
    assert "ports 1, 2, 3, 4, 5, 6: NEE measurement" in text and "NEE_AS_RS" in text


def test_wrong_time_basis_is_detected():
    from soil_resp_plugin.core.observations import import_observations

    reporter = RecordingReporter()
    local = import_observations([TESHIO], cosore_timestamps="local", reporter=reporter)
    assert any("soil temperature peaks at 0" in w for w in reporter.warnings), reporter.warnings
    utc = import_observations([TESHIO])
    a = row(local.observations, "d20200328_UEYAMA_TESHIO", "2016-08-04")["sr"]
    b = row(utc.observations, "d20200328_UEYAMA_TESHIO", "2016-08-04")["sr"]
    assert abs(a - b) > 0.05  # days shift by 9 hours


def test_ambiguous_soil_moisture_stops():
    from soil_resp_plugin.core.errors import InputError
    from soil_resp_plugin.core.quality import detect_moisture_unit

    assert detect_moisture_unit([0.2, 0.35, 0.41], "a") == "fraction"
    assert detect_moisture_unit([0.9, 12.0, 30.0], "a") == "percent"  # frozen soil: low values
    with pytest.raises(InputError) as error:
        detect_moisture_unit([0.2, 0.3, 0.25, 1.3], "S1")
    assert error.value.parameter == "SOIL_MOISTURE_UNIT" and "S1" in str(error.value)
    assert detect_moisture_unit([0.2, 0.3, 1.3], "S1", choice="fraction") == "fraction"


def test_timestamp_formats(tmp_path):
    from soil_resp_plugin.core.errors import InputError
    from soil_resp_plugin.core.observations import import_observations

    table = pd.DataFrame({
        "site": "A", "time": [f"{d:02d}.01.2021 {h:02d}:00" for d in (3, 4) for h in (9, 12, 15)],
        "flux": [1.0, 2.0, 3.0, 2.0, 2.0, 2.0], "lon": 140.0, "lat": 36.0,
    })
    columns = dict(site="site", time="time", flux="flux", lon="lon", lat="lat")
    with pytest.raises(InputError, match="TIME_FORMAT"):
        import_observations(table=table, table_columns=columns)
    obs = import_observations(table=table, table_columns=columns,
                              time_format="%d.%m.%Y %H:%M").observations
    assert obs["sr"].iloc[0] == pytest.approx(2.0 * UMOL_TO_GC)
    assert obs["n_days"].iloc[0] == 2 and obs["period_start"].iloc[0] == "2021-01-01"

    folder = tmp_path / "d20200328_UEYAMA_TESHIO"
    shutil.copytree(TESHIO, folder)
    lines = (folder / "data.csv").read_text().splitlines(keepends=True)
    cells = lines[100].split(",")
    cells[1] = "20.07.2016 10:00"  # CSR_TIMESTAMP_BEGIN of a port-1 record
    lines[100] = ",".join(cells)
    (folder / "data.csv").write_text("".join(lines))
    with pytest.raises(InputError) as error:
        import_observations([folder])
    assert error.value.parameter == "INPUT" and error.value.path == str(folder / "data.csv")
    assert "'20.07.2016 10:00'" in str(error.value) and "CSR_TIMESTAMP_FORMAT" in str(error.value)


def test_unknown_flux_unit():
    from soil_resp_plugin.core.errors import InputError
    from soil_resp_plugin.core.observations import import_observations

    table = pd.DataFrame({"site": ["a"], "time": ["2020-01-01"], "flux": [1.0],
                          "lon": [140.0], "lat": [36.0]})
    with pytest.raises(InputError) as error:
        import_observations(table=table, table_columns=dict(
            site="site", time="time", flux="flux", lon="lon", lat="lat"), flux_unit="ppm")
    assert error.value.parameter == "FLUX_UNIT" and "umol CO2 m-2 s-1" in str(error.value)


# ------------------------------------------------------------------ the Processing algorithm


def teshio_port1_table(path):
    """Teshio port 1 as a plain CSV: ISO timestamps with +09:00, flux in mg CO2 m-2 h-1."""
    df = raw_records(TESHIO, [1])
    pd.DataFrame({
        "station": "TSE1",
        "when": df["local"].dt.strftime("%Y-%m-%dT%H:%M:%S+09:00"),
        "co2_mg": df["CSR_FLUX_CO2"] * UMOL_TO_MG_CO2_H,
        "x": 142.107222, "y": 45.055833,
        "ts": df["CSR_T1"], "swc_percent": df["CSR_SM5"] * 100.0,
    }).to_csv(path, index=False)
    return df


def read_gpkg(path):
    with sqlite3.connect(path) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        return pd.read_sql(f'select * from "{table}"', db)


def test_processing_run_on_csv_table(run_algorithm, tmp_path):
    from qgis.core import QgsVectorLayer

    raw = teshio_port1_table(tmp_path / "teshio_port1.csv")
    result = run_algorithm("importobservations", {
        "TABLE": str(tmp_path / "teshio_port1.csv"), "SITE_FIELD": "station",
        "TIME_FIELD": "when", "FLUX_FIELD": "co2_mg", "LON_FIELD": "x", "LAT_FIELD": "y",
        "SOIL_TEMPERATURE_FIELD": "ts", "SOIL_MOISTURE_FIELD": "swc_percent",
        "FLUX_UNIT": 1, "OUTPUT": str(tmp_path / "obs.gpkg"), "QC_TABLE": str(tmp_path / "qc.csv"),
        "OUTPUT_CSV": str(tmp_path / "obs.csv"),
    })
    assert result["N_SITES"] == 1 and result["N_PERIODS"] == 4
    layer = QgsVectorLayer(result["OUTPUT"], "obs", "ogr")
    assert layer.isValid() and layer.featureCount() == 4
    feature = next(layer.getFeatures())
    point = feature.geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx((142.107222, 45.055833))
    obs = pd.read_csv(tmp_path / "obs.csv")
    expected = expected_period(default_qc(raw), "2016-08-04", "2016-08-11", "CSR_T1",
                               moisture_scale=1.0)
    got = row(obs, "TSE1", "2016-08-04")
    for key, value in expected.items():
        assert got[key] == pytest.approx(value, rel=1e-9), key
    gpkg = read_gpkg(tmp_path / "obs.gpkg").set_index("period_start")
    assert gpkg.loc["2016-08-04", "sr"] == pytest.approx(expected["sr"], rel=1e-12)
    qc = pd.read_csv(tmp_path / "qc.csv")
    assert set(qc["step"]) >= {"spikes", "negative flux", "periods with too few days"}


def test_point_layer_with_dates_manual_survey(run_algorithm, tmp_path):
    """A survey: one flux per site and day, Date field, point geometry in EPSG:3857."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProcessingException,
        QgsProject,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QDate

    layer = QgsVectorLayer(
        "Point?crs=EPSG:3857&field=plot:string&field=day:date&field=rs:double", "survey", "memory"
    )
    to_3857 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                     layer.crs(), QgsProject.instance())
    fluxes = {"P1": [2.0, 3.0, 4.0], "P2": [1.0, 1.5, 2.5]}
    features = []
    for plot, (lon, lat) in {"P1": (140.1, 36.05), "P2": (135.5, 34.7)}.items():
        for day, flux in zip((3, 5, 20), fluxes[plot]):  # DOY 3, 5 -> period 1; DOY 20 -> 17
            feature = QgsFeature(layer.fields())
            feature.setAttributes([plot, QDate(2021, 1, day), flux])
            feature.setGeometry(QgsGeometry.fromPointXY(
                to_3857.transform(QgsPointXY(lon, lat))))
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    parameters = {"TABLE": layer, "SITE_FIELD": "plot", "TIME_FIELD": "day",
                  "FLUX_FIELD": "rs", "FLUX_UNIT": 2, "OUTPUT": str(tmp_path / "s.gpkg"),
                  "OUTPUT_CSV": str(tmp_path / "s.csv")}
    with pytest.raises(QgsProcessingException, match="MIN_RECORDS_PER_DAY"):
        run_algorithm("importobservations", parameters)  # default: 3 records per day
    assert not (tmp_path / "s.gpkg").exists()
    run_algorithm("importobservations", {**parameters, "MIN_RECORDS_PER_DAY": 1})
    obs = pd.read_csv(tmp_path / "s.csv").set_index("site")
    assert list(obs.index) == ["P1", "P2"]  # DOY 17 periods have one day: dropped
    assert obs.loc["P1", "sr"] == pytest.approx(2.5) and obs.loc["P2", "sr"] == pytest.approx(1.25)
    assert obs.loc["P1", "sr_sd"] == pytest.approx(np.std([2.0, 3.0], ddof=1))
    assert (obs["period_start"] == "2021-01-01").all() and (obs["n_days"] == 2).all()
    assert obs.loc["P1", ["lon", "lat"]].tolist() == pytest.approx([140.1, 36.05])
    assert obs.loc["P2", ["lon", "lat"]].tolist() == pytest.approx([135.5, 34.7])


def test_qgis_process_on_teshio_folder(qgis_process, tmp_path):
    out = qgis_process.run(
        "soilresp:importobservations", INPUT=TESHIO, OUTPUT=tmp_path / "teshio.gpkg",
        QC_TABLE=tmp_path / "qc.csv",
    )
    assert out["results"]["N_PERIODS"] == 4 and out["results"]["N_SITES"] == 1
    obs = read_gpkg(tmp_path / "teshio.gpkg")
    assert list(obs["period_start"]) == ["2016-07-19", "2016-07-27", "2016-08-04", "2016-08-12"]
    expected = expected_period(
        default_qc(raw_records(TESHIO, [1, 2, 3])), "2016-07-19", "2016-07-26", "CSR_T1"
    )
    assert obs["sr"].iloc[0] == pytest.approx(expected["sr"], rel=1e-9)
    qc = pd.read_csv(tmp_path / "qc.csv")
    assert int(qc.set_index("step").loc["input records", "count"]) == 3990  # ports 1-3 only


# ------------------------------------------------------------------ bad input


def bad_table(tmp_path, **columns):
    base = {"site": ["A", "A"], "time": ["2020-05-01 10:00", "2020-05-01 11:00"],
            "flux": [2.0, 2.5], "lon": [140.0, 140.0], "lat": [36.0, 36.0]}
    base.update(columns)
    base = {k: v for k, v in base.items() if v is not None}
    path = tmp_path / "bad.csv"
    pd.DataFrame(base).to_csv(path, index=False)
    return path


def table_parameters(path, tmp_path, **extra):
    parameters = {"TABLE": str(path), "SITE_FIELD": "site", "TIME_FIELD": "time",
                  "FLUX_FIELD": "flux", "OUTPUT": str(tmp_path / "out.gpkg"),
                  "QC_TABLE": str(tmp_path / "out_qc.csv")}
    parameters.update(extra)
    return parameters


def assert_fails_cleanly(run_algorithm, parameters, tmp_path, *needles):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("importobservations", parameters)
    text = str(error.value)
    for needle in needles:
        assert str(needle) in text, text
    assert not (tmp_path / "out.gpkg").exists() and not (tmp_path / "out_qc.csv").exists()
    return text


def test_empty_table(run_algorithm, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("site,time,flux,lon,lat\n")
    assert_fails_cleanly(run_algorithm, table_parameters(path, tmp_path), tmp_path,
                         "(TABLE)", path, "empty")


def test_all_nan_flux(run_algorithm, tmp_path):
    path = bad_table(tmp_path, flux=["NA", ""])
    assert_fails_cleanly(run_algorithm, table_parameters(path, tmp_path), tmp_path,
                         "(FLUX_FIELD)", path, "no numeric flux")


def test_unparsable_timestamps(run_algorithm, tmp_path):
    path = bad_table(tmp_path, time=["1 May 2020 10h", "1 May 2020 11h"])
    assert_fails_cleanly(run_algorithm, table_parameters(path, tmp_path), tmp_path,
                         "(TIME_FIELD)", path, "'1 May 2020 10h'", "TIME_FORMAT")


def test_unknown_flux_unit_option(run_algorithm, tmp_path):
    path = bad_table(tmp_path)
    assert_fails_cleanly(run_algorithm, table_parameters(path, tmp_path, FLUX_UNIT=9), tmp_path,
                         "FLUX_UNIT")


def test_sites_without_coordinates(run_algorithm, tmp_path):
    path = bad_table(tmp_path, lon=None, lat=None)
    assert_fails_cleanly(run_algorithm, table_parameters(path, tmp_path), tmp_path,
                         "(LON_FIELD)", path, "A", "no coordinates")


@pytest.mark.parametrize("missing", ["PORTS.txt", "DESCRIPTION.txt"])
def test_cosore_folder_missing_metadata(run_algorithm, tmp_path, missing):
    folder = tmp_path / "d20200328_UEYAMA_TESHIO"
    shutil.copytree(TESHIO, folder)
    (folder / missing).unlink()
    assert_fails_cleanly(
        run_algorithm, {"INPUT": str(folder), "OUTPUT": str(tmp_path / "out.gpkg"),
                        "QC_TABLE": str(tmp_path / "out_qc.csv")},
        tmp_path, "(INPUT)", folder / missing, f"lacks {missing}",
    )


def test_cosore_without_rs_ports(run_algorithm, tmp_path):
    assert_fails_cleanly(
        run_algorithm, {"INPUT": str(HOKUROKU), "OUTPUT": str(tmp_path / "out.gpkg"),
                        "QC_TABLE": str(tmp_path / "out_qc.csv")},
        tmp_path, "(INPUT)", HOKUROKU / "PORTS.txt", "no soil respiration (Rs) port",
        "NEE_AS_RS",
    )


def test_ambiguous_moisture_through_algorithm(run_algorithm, tmp_path):
    path = bad_table(tmp_path, moisture=[0.3, 1.3])
    assert_fails_cleanly(
        run_algorithm, table_parameters(path, tmp_path, SOIL_MOISTURE_FIELD="moisture"),
        tmp_path, "(SOIL_MOISTURE_UNIT)", "A",
    )


# ------------------------------------------------------------------ synthetic demo


def test_demo_observation_folders_recover_truth(run_algorithm, demo_dir, tmp_path):
    import rasterio

    from soil_resp_plugin.core.periods import period_label

    result = run_algorithm("importobservations", {
        "INPUT": str(demo_dir / "observations"), "COSORE_TIMESTAMPS": 1,
        "OUTPUT": str(tmp_path / "demo.gpkg"), "OUTPUT_CSV": str(tmp_path / "demo.csv"),
    })
    obs = pd.read_csv(tmp_path / "demo.csv")
    sites = pd.read_csv(demo_dir / "observations" / "sites.csv")
    assert result["N_SITES"] == 8 and set(obs["site"]) == set(sites["site_id"])
    truth = []
    for r in obs.itertuples():
        label = period_label(dt.date.fromisoformat(r.period_start))
        with rasterio.open(demo_dir / "truth" / f"sr_true_doy{label}.tif") as src:
            truth.append(float(next(src.sample([(r.lon, r.lat)]))[0]))
    obs["truth"] = truth
    ratio = (obs["sr"] / obs["truth"]).groupby(obs["site"]).median()
    corr = obs.groupby("site").apply(lambda g: np.corrcoef(g["sr"], g["truth"])[0, 1])
    assert ratio.between(0.8, 1.2).all(), ratio
    assert (corr > 0.95).all(), corr
    assert (obs["sr"] / obs["truth"]).median() == pytest.approx(1.0, abs=0.1)


def test_demo_all_sites_csv_as_plain_table(run_algorithm, demo_dir, tmp_path):
    path = demo_dir / "observations" / "all_sites.csv"
    result = run_algorithm("importobservations", {
        "TABLE": str(path), "SITE_FIELD": "site_id", "TIME_FIELD": "timestamp",
        "FLUX_FIELD": "flux_umol", "SOIL_TEMPERATURE_FIELD": "soil_temperature",
        "SOIL_MOISTURE_FIELD": "soil_moisture", "OUTPUT": str(tmp_path / "t.gpkg"),
        "OUTPUT_CSV": str(tmp_path / "t.csv"),
    })
    from_table = pd.read_csv(tmp_path / "t.csv")
    assert result["N_SITES"] == 8
    folders = run_algorithm("importobservations", {
        "INPUT": str(demo_dir / "observations"), "COSORE_TIMESTAMPS": 1,
        "OUTPUT": str(tmp_path / "f.gpkg"), "OUTPUT_CSV": str(tmp_path / "f.csv"),
    })
    from_folders = pd.read_csv(tmp_path / "f.csv")
    assert folders["N_PERIODS"] > 400
    both = from_table.merge(from_folders, on=["site", "period_start"])
    # same records; only the weighting differs (the table has no chamber column)
    assert len(both) >= 0.97 * len(from_folders)
    assert (both["sr_x"] / both["sr_y"]).median() == pytest.approx(1.0, abs=0.02)
    assert (both["soil_temperature_site_x"] - both["soil_temperature_site_y"]).abs().median() < 0.1
