"""Bad input to training (trainmodel, extracttrainingdata, the predictor catalog) through the
real QGIS: each error names the cause and the parameter (label and id), inputs stay
byte-identical, nothing that looks complete is left behind."""
import json
import os
import pathlib

import numpy as np
import pandas as pd
import pytest
from conftest import recording_feedback
from safety import assert_unchanged, mounted_tmpfs, snapshot

COSORE = pathlib.Path(__file__).parent / "data" / "training" / "cosore_teshio_hokuroku_8day.csv"
TARGET = "'Target field (g C m-2 d-1; default sr)' (TARGET)"
SCHEMES = "'Cross-validation schemes' (SCHEMES)"
OUTPUT_FOLDER = "'Model folder' (OUTPUT_FOLDER)"
OVERWRITE = "'Replace existing output files (never an input)' (OVERWRITE)"
PATTERN = "'File name pattern for other names"
PREDICTORS = "'Predictor folders or files (folders are scanned recursively)' (PREDICTORS)"


def _training_table(landcover=None):
    """The real COSORE table (2 sites) with remote-sensing columns the default models use:
    lst_day from the site soil temperature, a seasonal ndvi, and land cover per site."""
    table = pd.read_csv(COSORE)
    rng = np.random.default_rng(3)
    table["lst_day"] = table["soil_temperature_site"] + 273.15 + rng.normal(0, 1.5, len(table))
    table["ndvi"] = 0.5 + 0.3 * table["doy_cos"] * -1 + rng.normal(0, 0.03, len(table))
    table["landcover"] = landcover if landcover is not None else np.where(
        table["site"] == table["site"].iloc[0], 3.0, 4.0)
    return table


def _write(frame, path):
    frame.to_csv(path, index=False)
    return str(path)


def _fast(**params):
    return {"N_TREES": 20, "SEED": 1, **params}


def _error(run_algorithm, algorithm, params):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as caught:
        run_algorithm(algorithm, params)
    return str(caught.value)


# ----------------------------------------------------------------------------- case 1
def test_all_missing_target_names_the_target_not_a_predictor(run_algorithm, tmp_path):
    table = _training_table()
    table["sr"] = np.nan
    csv = _write(table, tmp_path / "table.csv")
    before = snapshot(csv)
    text = _error(run_algorithm, "trainmodel", _fast(
        INPUT=csv, OUTPUT_FOLDER=str(tmp_path / "models"), REPORT=str(tmp_path / "r.html")))
    assert TARGET in text
    assert f"'sr' has no values: all {len(table)} row(s)" in text and "missing" in text
    assert "Predictor" not in text
    assert_unchanged(before)
    assert not (tmp_path / "models").exists() and not (tmp_path / "r.html").exists()


# ----------------------------------------------------------------------------- case 2
def test_one_site_with_leave_one_site_out_says_why_and_what_to_do(run_algorithm, tmp_path):
    table = _training_table()
    csv = _write(table[table.site == "TSE"], tmp_path / "teshio.csv")
    before = snapshot(csv)
    text = _error(run_algorithm, "trainmodel", _fast(
        INPUT=csv, OUTPUT_FOLDER=str(tmp_path / "models"), REPORT=str(tmp_path / "r.html")))
    assert text.startswith(SCHEMES)
    assert "at least 2 sites; the table has 1 (TSE) in its 'site' column" in text
    assert "Add observations of more sites" in text and "optimistic" in text
    assert "constant" not in text
    assert_unchanged(before)


def test_one_site_with_a_non_site_scheme_runs_and_drops_constant_landcover(run_algorithm,
                                                                          tmp_path):
    table = _training_table()
    csv = _write(table[table.site == "TSE"], tmp_path / "teshio.csv")
    result = run_algorithm("trainmodel", _fast(
        INPUT=csv, MODELS=[0], SCHEMES=[2], OUTPUT_FOLDER=str(tmp_path / "models"),
        REPORT=str(tmp_path / "r.html")))
    sidecar = json.loads(pathlib.Path(result["MODEL_RS"] + ".json").read_text())
    assert "landcover" not in sidecar["predictors"]
    assert sidecar["cv"]["schemes"] == {"random": "random k-fold (optimistic)"}


# ----------------------------------------------------------------------------- case 3
def test_constant_landcover_is_dropped_with_a_warning_and_upscale_uses_the_bundle(
        run_algorithm, demo_dir, tmp_path):
    from test_model import demo_training_table

    table = demo_training_table(demo_dir).drop(columns=["sr_true"])
    table["landcover"] = 4.0
    csv = _write(table, tmp_path / "table.csv")
    before = snapshot(csv)

    feedback = recording_feedback()
    result = run_algorithm("trainmodel", _fast(
        INPUT=csv, MODELS=[0, 1], SCHEMES=[0], OUTPUT_FOLDER=str(tmp_path / "models"),
        REPORT=str(tmp_path / "r.html")), feedback=feedback)
    warning = next(w for w in feedback.warnings if "landcover" in w)
    assert "constant" in warning and "4 in every row" in warning
    assert "'remote sensing only'" in warning and "'remote sensing + in-situ'" in warning
    assert "extrapolation" in warning
    for output in ("MODEL_RS", "MODEL_RS_INSITU"):
        sidecar = json.loads(pathlib.Path(result[output] + ".json").read_text())
        assert "landcover" not in sidecar["predictors"]
        assert "landcover" not in sidecar["catalog_variables"]
        assert sidecar["training"]["dropped_constant_predictors"] == {"landcover": 4.0}
        assert any("landcover" in note for note in sidecar["training"]["notes"])
    html = pathlib.Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "Predictor &#x27;landcover&#x27; is constant" in html
    assert_unchanged(before)

    import rasterio
    import upscale_world as W

    maps = run_algorithm("upscale", {
        "MODEL": result["MODEL_RS"], "PREDICTORS": W.demo_folders(demo_dir),
        "START_DATE": "2005-07-04", "END_DATE": "2005-07-04",
        "OUTPUT_FOLDER": str(tmp_path / "maps")})
    assert maps["N_PERIODS"] == 1
    with rasterio.open(tmp_path / "maps" / "sr_2005185.tif") as dataset:
        sr = dataset.read(1, masked=True)
    assert sr.count() > 100 and 0 < float(sr.mean()) < 20


def test_constant_field_in_the_custom_model_names_predictors(run_algorithm, tmp_path):
    csv = _write(_training_table(landcover=4.0), tmp_path / "table.csv")
    text = _error(run_algorithm, "trainmodel", _fast(
        INPUT=csv, MODELS=[3], PREDICTORS=["lst_day", "landcover"],
        OUTPUT_FOLDER=str(tmp_path / "models"), REPORT=str(tmp_path / "r.html")))
    assert text.startswith("'Predictor fields for the custom model' (PREDICTORS)")
    assert "'landcover' is constant" in text and "4 in every row" in text


# ----------------------------------------------------------------------------- case 6
@pytest.fixture
def read_only_folder(tmp_path):
    with mounted_tmpfs(tmp_path / "readonly", "ro,size=1m") as folder:
        yield folder


def test_read_only_model_folder_is_refused_before_training(run_algorithm, tmp_path,
                                                           read_only_folder):
    csv = _write(_training_table(), tmp_path / "table.csv")
    before = snapshot(csv)
    text = _error(run_algorithm, "trainmodel", _fast(
        INPUT=csv, OUTPUT_FOLDER=str(read_only_folder / "models"),
        REPORT=str(tmp_path / "r.html")))
    assert text.startswith(OUTPUT_FOLDER) and str(read_only_folder) in text
    assert "Traceback" not in text and "PermissionError" not in text
    assert_unchanged(before)
    assert not (tmp_path / "r.html").exists()


@pytest.fixture
def tiny_folder(tmp_path):
    """A writable file system of one page: the writability probe passes, a model does not fit."""
    with mounted_tmpfs(tmp_path / "tiny", "size=8k") as folder:
        yield folder


def test_a_full_disk_while_saving_is_an_error_naming_the_folder(run_algorithm, tmp_path,
                                                               tiny_folder):
    csv = _write(_training_table(), tmp_path / "table.csv")
    text = _error(run_algorithm, "trainmodel", _fast(
        INPUT=csv, MODELS=[0], SCHEMES=[0], OUTPUT_FOLDER=str(tiny_folder),
        REPORT=str(tmp_path / "r.html")))
    assert text.startswith(OUTPUT_FOLDER)
    assert f"Cannot write the model file {tiny_folder / 'sr_rs.joblib'}" in text
    assert "No space left on device" in text
    assert [p for p in os.listdir(tiny_folder) if not p.startswith(".")] == []
    assert not (tmp_path / "r.html").exists()


# ----------------------------------------------------------------------------- case 7
def test_existing_bundle_is_kept_unless_overwrite(run_algorithm, tmp_path):
    csv = _write(_training_table(), tmp_path / "table.csv")
    params = _fast(INPUT=csv, MODELS=[0], SCHEMES=[0], OUTPUT_FOLDER=str(tmp_path / "models"),
                   REPORT=str(tmp_path / "r.html"))
    result = run_algorithm("trainmodel", params)
    bundle = pathlib.Path(result["MODEL_RS"])
    kept = snapshot(bundle, pathlib.Path(str(bundle) + ".json"), csv)
    (tmp_path / "r.html").unlink()
    text = _error(run_algorithm, "trainmodel", {**params, "SEED": 2})
    assert text.startswith(OUTPUT_FOLDER) and str(bundle) in text and OVERWRITE in text
    assert_unchanged(kept)
    run_algorithm("trainmodel", {**params, "SEED": 2, "OVERWRITE": True})
    replaced = snapshot(bundle, pathlib.Path(str(bundle) + ".json"))
    assert replaced != {k: v for k, v in kept.items() if k != csv}
    assert json.loads(pathlib.Path(str(bundle) + ".json").read_text())["seed"] == 2


def test_report_onto_the_training_csv_is_refused(run_algorithm, tmp_path):
    csv = _write(_training_table(), tmp_path / "table.csv")
    before = snapshot(csv)
    text = _error(run_algorithm, "trainmodel", _fast(
        INPUT=csv, OUTPUT_FOLDER=str(tmp_path / "models"), REPORT=csv, OVERWRITE=True))
    assert text.startswith("'Report' (REPORT)") and csv in text
    assert_unchanged(before)
    assert not (tmp_path / "models").exists()


def test_extraction_output_onto_the_observations_is_refused(run_algorithm, demo_dir, tmp_path):
    from qgis.core import QgsVectorFileWriter, QgsVectorLayer

    observations = tmp_path / "observations.gpkg"
    table = pd.read_csv(COSORE)
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=site:string&field=period_start:string"
                           "&field=sr:double", "obs", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    features = []
    for row in table.head(5).itertuples():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row.site, row.period_start, float(row.sr)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.lon, row.lat)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(observations), layer.transformContext(),
                                              options)
    before = snapshot(observations)
    text = _error(run_algorithm, "extracttrainingdata", {
        "OBSERVATIONS": str(observations), "PREDICTORS": [str(demo_dir / "predictors")],
        "OUTPUT": str(observations), "OVERWRITE": True})
    assert text.startswith("'Training table' (OUTPUT)") and str(observations) in text
    assert_unchanged(before)


# ----------------------------------------------------------------------------- case 8
def test_zero_trees_through_qgis_process(qgis_process, tmp_path):
    csv = _write(_training_table(), tmp_path / "table.csv")
    done = qgis_process.run("soilresp:trainmodel", check=False, INPUT=csv, N_TREES=0,
                            OUTPUT_FOLDER=tmp_path / "models", REPORT=tmp_path / "r.html")
    text = done.stdout + done.stderr
    assert done.returncode != 0
    message = text[text.index("'Number of trees' (N_TREES)"):]
    assert message.startswith("'Number of trees' (N_TREES): 0 is not allowed")
    assert " 10 " in message and " 10000" in message
    assert not (tmp_path / "models").exists()


@pytest.mark.parametrize("name, value, label, low, high", [
    ("K_FOLDS", 1, "'k of random k-fold' (K_FOLDS)", 2, 50),
    ("THREADS", -1, "'Threads (0 = all cores)' (THREADS)", 0, 256),
])
def test_out_of_range_numbers_name_label_id_and_range(run_algorithm, tmp_path, name, value,
                                                      label, low, high):
    csv = _write(_training_table(), tmp_path / "table.csv")
    text = _error(run_algorithm, "trainmodel", _fast(
        INPUT=csv, OUTPUT_FOLDER=str(tmp_path / "models"), REPORT=str(tmp_path / "r.html"),
        **{name: value}))
    message = text[text.index(label):]
    assert message.startswith(f"{label}: {value} is not allowed")
    assert f" {low} " in message and f" {high}" in message
    assert not (tmp_path / "models").exists()


# ----------------------------------------------------------------------------- cases 4 and 5
def _tif(path, values, dtype="float32", nodata=None):
    import rasterio
    from rasterio.transform import from_origin

    values = np.asarray(values, dtype=dtype)
    path.parent.mkdir(parents=True, exist_ok=True)
    with rasterio.open(path, "w", driver="GTiff", width=values.shape[1], height=values.shape[0],
                       count=1, dtype=dtype, crs="EPSG:4326", nodata=nodata,
                       transform=from_origin(142.0, 45.1, 0.01, 0.01)) as dataset:
        dataset.write(values, 1)
    return path


def _field(low, high, shape=(8, 8)):
    return np.linspace(low, high, shape[0] * shape[1]).reshape(shape)


def _describe(run_algorithm, folder, tmp_path, feedback=None, **extra):
    return run_algorithm("describecatalog", {"PREDICTORS": [str(folder)],
                                             "OUTPUT": str(tmp_path / "catalog.csv"), **extra},
                         feedback=feedback)


def _feedback():

    return recording_feedback()


def test_lst_in_celsius_is_named_with_the_suspected_unit(run_algorithm, tmp_path):
    folder = tmp_path / "own"
    for doy in ("001", "009", "017"):
        _tif(folder / f"lst_day_doy2005{doy}.tif", _field(5, 30))
    before = snapshot(folder)
    text = _error(run_algorithm, "describecatalog", {
        "PREDICTORS": [str(folder)], "OUTPUT": str(tmp_path / "catalog.csv")})
    assert text.startswith(PREDICTORS)
    assert "lst_day" in text and "lst_day_doy2005001.tif" in text and "3 file(s)" in text
    assert "range 5..30" in text and "must be 150..400 K" in text
    assert "look like degrees Celsius" in text and "273.15" in text
    assert "fill/no data in" not in text
    assert_unchanged(before)
    assert not (tmp_path / "catalog.csv").exists()


def test_unscaled_ndvi_saved_as_float_asks_for_the_scale_factor(run_algorithm, tmp_path):
    folder = tmp_path / "own"
    _tif(folder / "ndvi_doy2005001.tif", _field(0, 9000))
    _tif(folder / "ndvi_doy2005017.tif", _field(500, 8000))
    text = _error(run_algorithm, "describecatalog", {
        "PREDICTORS": [str(folder)], "OUTPUT": str(tmp_path / "catalog.csv")})
    assert text.startswith(PREDICTORS) and "ndvi" in text and "range 0..9000" in text
    assert "without the scale factor 0.0001" in text and "multiply by 0.0001" in text


def test_a_few_implausible_lai_values_warn(run_algorithm, tmp_path):
    folder = tmp_path / "own"
    values = _field(0.5, 6)
    values[0, :] = 25.0  # 8 of 64 values: LAI 25 is not plausible
    _tif(folder / "lai_doy2005001.tif", values)
    feedback = _feedback()
    _describe(run_algorithm, folder, tmp_path, feedback=feedback)
    warning = next(line for line in feedback.lines if "lai" in line and "valid range" in line)
    assert "..25, but lai must be 0..10 m2 m-2" in warning and "8 of 64 sampled" in warning
    assert "lai_doy2005001.tif" in warning and "multiply" not in warning


APPEEARS = "MOD11A2.061_LST_Day_1km_doy2005001_aid0001"


def test_browser_copy_alone_is_used(run_algorithm, tmp_path):
    folder = tmp_path / "appeears"
    _tif(folder / f"{APPEEARS} (1).tif", _field(13500, 15000), dtype="uint16", nodata=0)
    feedback = _feedback()
    result = _describe(run_algorithm, folder, tmp_path, feedback=feedback)
    assert result["N_VARIABLES"] == 1 and result["FIRST_PERIOD"] == "2005-01-01"


def test_browser_copy_of_an_existing_file_is_named_and_one_copy_used(run_algorithm, tmp_path):
    folder = tmp_path / "appeears"
    original = _tif(folder / f"{APPEEARS}.tif", _field(13500, 15000), dtype="uint16", nodata=0)
    copy = folder / f"{APPEEARS} (1).tif"
    copy.write_bytes(original.read_bytes())
    before = snapshot(folder)
    feedback = _feedback()
    result = _describe(run_algorithm, folder, tmp_path, feedback=feedback)
    assert result["N_VARIABLES"] == 1
    line = next(line for line in feedback.lines if "second download" in line)
    assert str(copy) in line and f"{APPEEARS}.tif is used" in line
    assert_unchanged(before)


def test_iso_dated_names_get_a_ready_pattern(run_algorithm, tmp_path):
    folder = tmp_path / "own"
    _tif(folder / "LST_Day_2005-01-25.tif", _field(270, 290))
    _tif(folder / "LST_Day_2005-02-02.tif", _field(270, 290))
    text = _error(run_algorithm, "describecatalog", {
        "PREDICTORS": [str(folder)], "OUTPUT": str(tmp_path / "catalog.csv")})
    assert text.startswith(PREDICTORS)
    assert "LST_Day_2005-01-25.tif" in text and "holds the date 2005-01-25" in text
    assert "(PATTERN) {variable}_%Y-%m-%d.tif" in text
    result = _describe(run_algorithm, folder, tmp_path, PATTERN="{variable}_%Y-%m-%d.tif")
    assert result["N_VARIABLES"] == 1 and result["FIRST_PERIOD"] == "2005-01-25"


def test_each_skipped_file_is_named_with_its_reason(run_algorithm, tmp_path):
    folder = tmp_path / "mixed"
    _tif(folder / f"{APPEEARS}.tif", _field(13500, 15000), dtype="uint16", nodata=0)
    _tif(folder / "LST_Day_2005-01-25.tif", _field(270, 290))
    _tif(folder / "notes_map.tif", _field(0, 1))
    _tif(folder / "MOD11A2.061_Emis_31_doy2005001_aid0001.tif", _field(0, 1))
    feedback = _feedback()
    _describe(run_algorithm, folder, tmp_path, feedback=feedback)
    text = "\n".join(feedback.lines)
    assert "more" not in text.split("Skipped 3")[1]
    for name in ("LST_Day_2005-01-25.tif", "notes_map.tif", "MOD11A2.061_Emis_31_doy2005001"):
        assert name in text
    assert "{variable}_%Y-%m-%d.tif" in text and "is not a predictor the catalog uses" in text
