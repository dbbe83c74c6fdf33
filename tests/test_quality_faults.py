"""Fault QC (stuck sensors, diel phase, level shifts, implausible Q10) on the real COSORE
subsets in tests/data/cosore, with faults injected into copies of the real files. Expected
counts are recomputed here from the modified rows with plain pandas."""
import shutil

import numpy as np
import pandas as pd
import pytest
from safety import assert_unchanged, snapshot
from test_observations import HOKUROKU, TESHIO, default_qc, raw_records

from soil_resp_plugin.core.reporting import RecordingReporter

TESHIO_ID = "d20200328_UEYAMA_TESHIO"
HOKUROKU_ID = "d20200328_UEYAMA_HOKUROKU"
FAULT_STEPS = ("stuck flux", "stuck soil temperature", "stuck soil moisture", "diel phase",
               "level shift", "implausible Q10")
#: data.csv timestamps are UTC; the sites are UTC+9, so local August starts here
AUGUST_UTC = "2016-07-31 15:00:00"


def copy_dataset(source, tmp_path):
    folder = tmp_path / source.name
    shutil.copytree(source, folder)
    return folder


def edit_data(folder, change):
    """Rewrite data.csv with ``change(frame)`` applied; untouched cells keep their text."""
    path = folder / "data.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    change(frame)
    frame.to_csv(path, index=False)


def run(folder, nee_as_rs="", **qc):
    from soil_resp_plugin.core.observations import import_observations
    from soil_resp_plugin.core.quality import QCSettings

    reporter = RecordingReporter()
    result = import_observations([folder], nee_as_rs=nee_as_rs, qc=QCSettings(**qc),
                                 reporter=reporter)
    return result, reporter


def counts(qc, step, unit=None):
    """{chamber: count} of the rows of ``step`` with a positive count."""
    rows = qc[(qc["step"] == step) & (qc["count"] > 0)]
    if unit:
        rows = rows[rows["unit"] == unit]
    return dict(zip(rows["chamber"], rows["count"]))


# ------------------------------------------------------------------ clean real data


@pytest.mark.parametrize("folder,nee", [(TESHIO, ""), (TESHIO, f"{TESHIO_ID}:4"),
                                        (HOKUROKU, HOKUROKU_ID)])
def test_clean_real_data_raise_no_fault(folder, nee):
    """The real subsets (incl. Teshio's NEE port 4, whose flux peaks at 11-12 h local, and
    Hokuroku's NEE-labelled forest-floor chambers) trip none of the fault tests."""
    result, reporter = run(folder, nee)
    faults = result.qc[result.qc["step"].isin(FAULT_STEPS)]
    assert set(faults["step"]) == set(FAULT_STEPS)
    assert (faults["count"] == 0).all(), faults[faults["count"] > 0]
    assert not reporter.warnings
    assert any("fault QC (stuck sensors, diel phase, level shift, Q10) found nothing" in line
               for line in reporter.lines)


# ------------------------------------------------------------------ level shift


def shifted_teshio(tmp_path, factor=4.0):
    """Teshio with port 1's August (local time) fluxes multiplied by ``factor``."""
    folder = copy_dataset(TESHIO, tmp_path)

    def change(frame):
        rows = (frame["CSR_PORT"] == "1") & (frame["CSR_TIMESTAMP_BEGIN"] >= AUGUST_UTC)
        rows &= frame["CSR_FLUX_CO2"] != ""
        frame.loc[rows, "CSR_FLUX_CO2"] = [
            repr(float(v) * factor) for v in frame.loc[rows, "CSR_FLUX_CO2"]]
    edit_data(folder, change)
    return folder


def relative_change(clean):
    median = clean.groupby(["CSR_PORT", clean["local"].dt.strftime("%m")])["CSR_FLUX_CO2"].median()
    change = median.xs("08", level=1) / median.xs("07", level=1)
    return change[1] / np.sqrt(change[2] * change[3])


def test_level_shift_injected_in_one_port_is_caught_and_counted(tmp_path):
    folder = shifted_teshio(tmp_path)
    result, reporter = run(folder)
    # independent count: port 1 records of local August that pass the earlier steps (the
    # spike test per chamber-month is unchanged by scaling a whole month)
    clean = default_qc(raw_records(folder, [1, 2, 3]))
    august = clean[(clean["CSR_PORT"] == 1) & (clean["local"] >= "2016-08-01")]
    assert len(august) > 800
    assert counts(result.qc, "level shift") == {"1": len(august)}
    row = result.qc[(result.qc["step"] == "level shift") & (result.qc["chamber"] == "1")].iloc[0]
    # independent ratio: port 1's August/July change of monthly medians against the
    # geometric mean of ports 2 and 3 (the median of two levels); the real data change by
    # 1.37 x on their own, the injection by 4 x more (a few x4 fluxes pass 50 umol and go)
    ratio, real = relative_change(clean), relative_change(default_qc(raw_records(TESHIO,
                                                                                [1, 2, 3])))
    assert real == pytest.approx(1.37, abs=0.01) and ratio == pytest.approx(4 * real, rel=1e-3)
    assert f"2016-08 is {ratio:.2g} x" in row["detail"] and "other chambers" in row["detail"]
    assert row["remaining"] == int((clean["CSR_PORT"] == 1).sum()) - len(august)
    assert any("chamber 1: level shift" in w and "2016-08" in w for w in reporter.warnings)
    # the other chambers keep all their records
    assert result.qc.query("step == 'level shift' and chamber != '1'")["count"].eq(0).all()
    # no port-1 record of August reaches the periods any more
    assert result.observations["n_records"].sum() == pytest.approx(
        run(TESHIO)[0].observations["n_records"].sum() - len(august), abs=60)


def test_level_shift_off_and_threshold(tmp_path):
    folder = shifted_teshio(tmp_path)
    assert not counts(run(folder, level_shift_factor=0)[0].qc, "level shift")
    assert not counts(run(folder, level_shift_factor=6)[0].qc, "level shift")  # 5.5 < 6
    assert counts(run(folder, level_shift_factor=2)[0].qc, "level shift").keys() == {"1"}


def test_level_shift_alone_uses_temperature_response():
    """A chamber without other chambers: a warm month that follows the temperature response
    is no shift; the same month 4 x above the response is."""
    from soil_resp_plugin.core.qc_faults import level_shifts

    months = pd.period_range("2015-01", "2016-12", freq="M")
    rows = []
    for month in months:
        temperature = 10.0 - 8.0 * np.cos(2 * np.pi * (month.month - 1) / 12)
        flux = 1.7 * 2.5 ** ((temperature - 10.0) / 10.0) * (4.0 if month >= months[-4] else 1)
        for hour in range(30):
            rows.append({"chamber": "0", "timestamp": month.start_time + pd.Timedelta(hours=hour),
                         "flux": flux * (1 + 0.01 * (hour % 3)), "soil_temperature": temperature})
    rec = pd.DataFrame(rows)
    findings, untested = level_shifts(rec, 3.0)
    assert not untested and len(findings) == 1
    assert findings[0].mask.sum() == 4 * 30 and "temperature" in findings[0].detail
    warm_only = rec[rec["timestamp"] < months[-4].start_time]
    assert level_shifts(warm_only, 3.0) == ([], {})


# ------------------------------------------------------------------ diel phase


def night_peaking(tmp_path, port):
    """Teshio with ``port``'s flux moved 12 h later: the flux at t is the real flux at t - 12 h
    (records without one 12 h earlier become empty), so its diel cycle peaks at night."""
    folder = copy_dataset(TESHIO, tmp_path)

    def change(frame):
        rows = frame["CSR_PORT"] == str(port)
        stamps = pd.to_datetime(frame.loc[rows, "CSR_TIMESTAMP_BEGIN"])
        earlier = dict(zip(stamps, frame.loc[rows, "CSR_FLUX_CO2"]))
        frame.loc[rows, "CSR_FLUX_CO2"] = [
            earlier.get(t - pd.Timedelta(hours=12), "") for t in stamps]
    edit_data(folder, change)
    return folder


@pytest.fixture(scope="module")
def night_port1(tmp_path_factory):
    return night_peaking(tmp_path_factory.mktemp("night1"), 1)


def test_night_peaking_rs_port_is_warned_loudly_and_kept_by_default(night_port1):
    result, reporter = run(night_port1)
    flagged = counts(result.qc, "diel phase", unit="records flagged, kept")
    assert set(flagged) == {"1"}
    assert not counts(result.qc, "diel phase", unit="records")  # nothing removed
    warning = next(w for w in reporter.warnings if "chamber 1" in w)
    assert "net exchange of a chamber with plants" in warning and "KEPT" in warning
    assert "DIEL_PHASE = auto" in warning


def test_night_peaking_port_excluded_on_request_and_counted(night_port1):
    result, reporter = run(night_port1, diel_phase="exclude")
    removed = counts(result.qc, "diel phase", unit="records")
    assert set(removed) == {"1"}
    clean = default_qc(raw_records(night_port1, [1, 2, 3]))
    flagged_months = {m for m in ("2016-07", "2016-08")
                      if f"{m}: flux peaks" in
                      result.qc.query("step == 'diel phase' and chamber == '1'")["detail"].iloc[0]}
    port1 = clean[(clean["CSR_PORT"] == 1) & clean["local"].dt.strftime("%Y-%m").isin(
        flagged_months)]
    assert flagged_months and removed["1"] == len(port1)
    assert any("excluded" in w for w in reporter.warnings)


def test_night_peaking_nee_as_rs_port_is_excluded_by_default(tmp_path):
    folder = night_peaking(tmp_path, 4)
    result, reporter = run(folder, nee_as_rs=f"{TESHIO_ID}:4")
    removed = counts(result.qc, "diel phase", unit="records")
    assert set(removed) == {"4"} and removed["4"] > 500
    warning = next(w for w in reporter.warnings if "chamber 4" in w)
    assert "NEE_AS_RS" in warning and "excluded" in warning


# ------------------------------------------------------------------ stuck sensors


def test_stuck_flux_and_moisture_are_removed_and_counted(tmp_path):
    folder = copy_dataset(HOKUROKU, tmp_path)
    port3 = pd.read_csv(HOKUROKU / "data.csv").query("CSR_PORT == 3").index[200:210]
    port2 = pd.read_csv(HOKUROKU / "data.csv").query("CSR_PORT == 2").index[100:160]

    def change(frame):
        frame.loc[port3, "CSR_FLUX_CO2"] = frame.loc[port3[0], "CSR_FLUX_CO2"]
        frame.loc[port2, "CSR_SM5"] = frame.loc[port2[0], "CSR_SM5"]
    edit_data(folder, change)
    raw = pd.read_csv(folder / "data.csv")
    flux = raw.loc[raw["CSR_PORT"] == 3, "CSR_FLUX_CO2"].dropna()
    runs = flux.groupby((flux != flux.shift()).cumsum()).transform("size")
    assert int((runs >= 6).sum()) == 10  # independent: one run of 10 identical fluxes
    moisture = raw.loc[raw["CSR_PORT"] == 2, ["CSR_TIMESTAMP_BEGIN", "CSR_SM5"]]
    hours = (pd.Timestamp(moisture.loc[port2[-1], "CSR_TIMESTAMP_BEGIN"])
             - pd.Timestamp(moisture.loc[port2[0], "CSR_TIMESTAMP_BEGIN"]))
    assert hours >= pd.Timedelta(hours=48)

    result, _ = run(folder, nee_as_rs=HOKUROKU_ID)
    assert counts(result.qc, "stuck flux") == {"3": 10}
    # the moisture of records without a flux went with them at the 'missing flux' step
    assert counts(result.qc, "stuck soil moisture") == {
        "2": int(raw.loc[port2, "CSR_FLUX_CO2"].notna().sum())} == {"2": 45}
    base, _ = run(HOKUROKU, nee_as_rs=HOKUROKU_ID)
    before = base.qc.query("step == 'spikes'")["remaining"].iloc[0]
    after = result.qc.query("step == 'spikes'")["remaining"].iloc[0]
    assert before - after == 10  # exactly the stuck run fewer records after the spike test
    assert not counts(run(folder, nee_as_rs=HOKUROKU_ID, stuck_flux_records=0)[0].qc,
                      "stuck flux")


# ------------------------------------------------------------------ Q10


def test_implausible_q10_is_flagged(tmp_path):
    """Port 2's flux replaced by 2 x 0.8^((T - 10) / 10) from its real soil temperature:
    the fitted Q10 is 0.8, below the plausible 1..10."""
    folder = copy_dataset(TESHIO, tmp_path)

    def change(frame):
        rows = (frame["CSR_PORT"] == "2") & (frame["CSR_T1"] != "")
        t = frame.loc[rows, "CSR_T1"].astype(float)
        frame.loc[rows, "CSR_FLUX_CO2"] = [repr(v) for v in 2.0 * 0.8 ** ((t - 10.0) / 10.0)]
    edit_data(folder, change)
    result, reporter = run(folder)
    flagged = counts(result.qc, "implausible Q10", unit="records flagged, kept")
    clean = default_qc(raw_records(folder, [2]))
    assert flagged == {"2": len(clean)}
    warning = next(w for w in reporter.warnings if "Q10" in w)
    q10 = float(warning.split("Q10 = ")[1].split()[0])
    assert q10 == pytest.approx(0.8, abs=0.005) and "records kept" in warning
    excluded, _ = run(folder, q10_action="exclude")
    assert counts(excluded.qc, "implausible Q10", unit="records") == {"2": len(clean)}


# ------------------------------------------------------------------ through QGIS


def test_qc_table_rows_through_processing(run_algorithm, tmp_path):
    folder = shifted_teshio(tmp_path / "in")
    before = snapshot(*sorted(folder.iterdir()))
    result = run_algorithm("importobservations", {
        "INPUT": str(folder), "OUTPUT": str(tmp_path / "obs.gpkg"),
        "QC_TABLE": str(tmp_path / "qc.csv"),
    })
    assert_unchanged(before)
    assert result["N_PERIODS"] == 4
    qc = pd.read_csv(tmp_path / "qc.csv", dtype={"chamber": str})
    assert list(qc.columns) == ["site", "chamber", "step", "unit", "count", "remaining",
                                "detail"]
    shift = qc[(qc["step"] == "level shift")].set_index("chamber")
    assert set(shift.index) == {"1", "2", "3"}
    clean = default_qc(raw_records(folder, [1, 2, 3]))
    august = clean[(clean["CSR_PORT"] == 1) & (clean["local"] >= "2016-08-01")]
    assert shift.loc["1", "count"] == len(august) and shift.loc["2", "count"] == 0
    assert (qc.loc[qc["step"] == "input records", "chamber"] == "all").all()


def test_bad_level_shift_factor_names_parameter(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("importobservations", {
            "INPUT": str(TESHIO), "LEVEL_SHIFT_FACTOR": 0.5,
            "OUTPUT": str(tmp_path / "obs.gpkg")})
    text = str(error.value)
    assert "(LEVEL_SHIFT_FACTOR)" in text and "Level shift" in text and "above 1" in text
    assert not (tmp_path / "obs.gpkg").exists()
