"""The output guard of every algorithm (core/output_safety.py, algorithms/base.py): no output
may be an input (however the path is spelt), lie in an input folder, replace an earlier result
unasked, or be unwritable; checked before any work, with messages that name the parameter by
label and id. Real files, the real QGIS (processing.run and qgis_process)."""
import os

import pandas as pd
import pytest
from qgis.core import QgsProcessingException
from safety import assert_folder_unchanged, assert_unchanged, mounted_tmpfs, snapshot

from soil_resp_plugin.core.errors import InputError
from soil_resp_plugin.core.output_safety import Location, check_outputs


def chamber_table(path, days=3):
    """A small chamber table: two sites, hourly records over ``days`` days."""
    times = pd.date_range("2020-05-01", periods=24 * days, freq="h")
    rows = [{"site": site, "time": t.strftime("%Y-%m-%d %H:%M"), "flux": 2.0 + 0.1 * i % 1.5,
             "lon": lon, "lat": lat}
            for site, lon, lat in (("A", 140.0, 36.0), ("B", 141.0, 38.0))
            for i, t in enumerate(times)]
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def import_parameters(table, **extra):
    parameters = {"TABLE": str(table), "SITE_FIELD": "site", "TIME_FIELD": "time",
                  "FLUX_FIELD": "flux", "OUTPUT": "TEMPORARY_OUTPUT",
                  "QC_TABLE": "TEMPORARY_OUTPUT"}
    parameters.update(extra)
    return parameters


def refused(run_algorithm, algorithm, parameters):
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(algorithm, parameters)
    return str(error.value)


# ------------------------------------------------------------------ the core rules
def test_core_same_file_however_spelt(tmp_path, monkeypatch):
    data = tmp_path / "data.csv"
    data.write_text("x\n1\n")
    os.symlink(data, tmp_path / "link.csv")
    os.link(data, tmp_path / "hard.csv")
    monkeypatch.chdir(tmp_path)
    source = Location("INPUT", "'Table' (INPUT)", "data.csv")
    for spelling in ("data.csv", "./data.csv", str(tmp_path / "sub" / ".." / "data.csv"),
                     "link.csv", "hard.csv"):
        with pytest.raises(InputError) as error:
            check_outputs([source], [Location("OUTPUT", "'Out' (OUTPUT)", spelling)],
                          overwrite=True)
        assert error.value.parameter == "OUTPUT"
        assert "'Table' (INPUT)" in str(error.value) and "destroy" in str(error.value)
    assert data.read_text() == "x\n1\n"


def test_core_input_folder_existing_files_and_layers(tmp_path):
    folder = tmp_path / "maps"
    folder.mkdir()
    (folder / "sr_2005001.tif").write_bytes(b"map")
    maps = Location("OUR_MAPS", "'Maps' (OUR_MAPS)", str(folder), folder=True)
    for path, is_folder in ((folder / "sr_2005001.tif", False), (folder / "new.tif", False),
                            (folder / "sub" / "x.tif", False), (folder, True),
                            (folder / "totals", True)):
        with pytest.raises(InputError, match="inside the folder"):
            check_outputs([maps], [Location("OUT", "'Out' (OUT)", str(path), folder=is_folder)],
                          overwrite=True)
    check_outputs([maps], [Location("OUT", "'Out' (OUT)", str(tmp_path / "maps2.tif"))])

    earlier = tmp_path / "report.html"
    earlier.write_text("earlier")
    with pytest.raises(InputError, match="tick 'Replace' \\(OVERWRITE\\)"):
        check_outputs([], [Location("REPORT", "r", str(earlier))],
                      overwrite_parameter="'Replace' (OVERWRITE)")
    with pytest.raises(InputError, match="move the file away"):
        check_outputs([], [Location("REPORT", "r", str(earlier))])
    check_outputs([], [Location("REPORT", "r", str(earlier))], overwrite=True)
    with pytest.raises(InputError, match="is a folder"):
        check_outputs([], [Location("REPORT", "r", str(folder))], overwrite=True)

    gpkg = tmp_path / "obs.gpkg"
    gpkg.write_bytes(b"gpkg")
    observations = Location("OBSERVATIONS", "o", str(gpkg), layer="observations")
    check_outputs([observations], [Location("OUTPUT", "t", str(gpkg), layer="training")])
    for layer in ("observations", None):
        with pytest.raises(InputError, match="destroy"):
            check_outputs([observations], [Location("OUTPUT", "t", str(gpkg), layer=layer)],
                          overwrite=True)


@pytest.fixture
def read_only_folder(tmp_path):
    with mounted_tmpfs(tmp_path / "read_only", "ro,size=1m") as folder:
        yield folder


def test_core_unwritable_and_creatable_folders(tmp_path, read_only_folder):
    with pytest.raises(InputError, match="Cannot write to .*Read-only file system"):
        check_outputs([], [Location("OUTPUT_FOLDER", "f", str(read_only_folder / "a" / "b"),
                                    folder=True)])
    check_outputs([], [Location("OUTPUT_FOLDER", "f", str(tmp_path / "new" / "deeper"),
                                folder=True)])
    assert not (tmp_path / "new").exists(), "the check creates nothing"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="is a file, not a folder"):
        check_outputs([], [Location("OUTPUT", "f", str(blocker / "out.csv"))])


# ------------------------------------------------------------------ through QGIS
def test_qgis_process_output_csv_equal_to_the_input_table(qgis_process, tmp_path):
    """The reported case: OUTPUT_CSV=chambers.csv replaced the raw records and exited 0."""
    table = chamber_table(tmp_path / "chambers.csv")
    before = snapshot(tmp_path)
    done = qgis_process.run("soilresp:importobservations", check=False,
                            **import_parameters(table, OUTPUT=tmp_path / "obs.gpkg",
                                                QC_TABLE=tmp_path / "qc.csv",
                                                OUTPUT_CSV=table))
    text = done.stdout + done.stderr
    assert done.returncode != 0
    assert "'Observations as CSV' (OUTPUT_CSV)" in text
    assert "'Observation table (layer or CSV, one row per measurement)' (TABLE)" in text
    assert "destroy" in text and "Traceback" not in text
    assert_folder_unchanged(tmp_path, before)


def test_relative_and_linked_spellings_are_refused(run_algorithm, tmp_path, monkeypatch):
    table = chamber_table(tmp_path / "chambers.csv")
    os.symlink(table, tmp_path / "alias.csv")
    before = snapshot(tmp_path)
    monkeypatch.chdir(tmp_path)
    for spelling in ("chambers.csv", "alias.csv", "./x/../chambers.csv"):
        text = refused(run_algorithm, "importobservations",
                       import_parameters(table, OUTPUT_CSV=spelling))
        assert "(OUTPUT_CSV)" in text and "destroy" in text
    assert_folder_unchanged(tmp_path, before)


def test_earlier_results_need_overwrite(run_algorithm, tmp_path):
    table = chamber_table(tmp_path / "chambers.csv")
    earlier = tmp_path / "observations.csv"
    earlier.write_text("an earlier result\n")
    before = snapshot(tmp_path)
    text = refused(run_algorithm, "importobservations",
                   import_parameters(table, OUTPUT_CSV=str(earlier)))
    assert "already exists" in text and "(OUTPUT_CSV)" in text
    assert "'Replace existing output files (never an input)' (OVERWRITE)" in text
    assert_folder_unchanged(tmp_path, before)

    result = run_algorithm("importobservations", import_parameters(
        table, OUTPUT_CSV=str(earlier), OVERWRITE=True))
    assert result["N_SITES"] == 2
    assert pd.read_csv(earlier)["site"].tolist()[:1] == ["A"], "replaced when asked"
    assert_unchanged({str(table): before[str(table)]})
    text = refused(run_algorithm, "importobservations",
                   import_parameters(table, OUTPUT_CSV=str(table), OVERWRITE=True))
    assert "destroy" in text, "OVERWRITE never lets an output replace an input"
    assert_unchanged({str(table): before[str(table)]})


def test_geopackage_layers(run_algorithm, tmp_path):
    """A new table in the input GeoPackage is fine; its input layer, or the whole file, not."""
    table = chamber_table(tmp_path / "chambers.csv")
    gpkg = tmp_path / "obs.gpkg"
    run_algorithm("importobservations", import_parameters(table, OUTPUT=str(gpkg)))
    layer_source = f"{gpkg}|layername=obs"
    before = snapshot(gpkg)
    extract = {"OBSERVATIONS": layer_source, "PREDICTORS": [str(tmp_path / "none")],
               "OUTPUT": str(gpkg)}
    text = refused(run_algorithm, "extracttrainingdata", extract)
    assert "'Training table' (OUTPUT)" in text and "destroy" in text
    text = refused(run_algorithm, "extracttrainingdata", dict(
        extract, OUTPUT=f"ogr:dbname='{gpkg}' table=\"obs\" (geom)", OVERWRITE=True))
    assert "destroy" in text
    assert_unchanged(before)
    # a new table passes the guard (and then fails for the missing predictors)
    text = refused(run_algorithm, "extracttrainingdata", dict(
        extract, OUTPUT=f"ogr:dbname='{gpkg}' table=\"training\" (geom)"))
    assert "(PREDICTORS)" in text and "destroy" not in text


def test_unwritable_output_fails_before_any_work(run_algorithm, tmp_path, read_only_folder):
    table = chamber_table(tmp_path / "chambers.csv")
    text = refused(run_algorithm, "importobservations", import_parameters(
        table, OUTPUT_CSV=str(read_only_folder / "observations.csv")))
    assert "'Observations as CSV' (OUTPUT_CSV)" in text and "Read-only file system" in text
    assert "Nothing was computed" in text


def test_temporary_outputs_pass(run_algorithm, tmp_path):
    table = chamber_table(tmp_path / "chambers.csv")
    result = run_algorithm("importobservations", import_parameters(table))
    assert result["N_SITES"] == 2


@pytest.mark.parametrize("algorithm, parameter, value, expected", [
    ("extracttrainingdata", "WINDOW_SIZE", "-3",
     "'Window size in cells (1 = the site's cell; odd N = N x N mean)' (WINDOW_SIZE): -3 is "
     "not allowed; give a value from 1 to 101."),
    ("trainmodel", "N_TREES", "0", "'Number of trees' (N_TREES): 0 is not allowed; give a "
     "value from 10 to 10000."),
])
def test_qgis_process_names_parameter_ranges(qgis_process, tmp_path, algorithm, parameter,
                                             value, expected):
    table = chamber_table(tmp_path / "chambers.csv")
    arguments = {"extracttrainingdata": {"OBSERVATIONS": table, "PREDICTORS": tmp_path,
                                         "OUTPUT": tmp_path / "t.gpkg"},
                 "trainmodel": {"INPUT": table, "OUTPUT_FOLDER": tmp_path / "m",
                                "REPORT": tmp_path / "r.html"}}[algorithm]
    done = qgis_process.run(f"soilresp:{algorithm}", check=False,
                            **{parameter: value}, **arguments)
    assert done.returncode != 0
    assert expected in done.stdout + done.stderr


def test_errors_keep_parameter_and_summary_through_pickle():
    """Dask workers send exceptions back pickled: the parameter must survive."""
    import pickle

    from soil_resp_plugin.core.errors import Cancelled

    error = pickle.loads(pickle.dumps(InputError("changed", parameter="MODEL", path="/m")))
    assert (error.parameter, error.path, error.args[0]) == ("MODEL", "/m", "changed")
    assert pickle.loads(pickle.dumps(Cancelled(summary="kept 3"))).summary == "kept 3"
