"""soilresp:upscale through qgis_process and processing.run on the demo dataset: maps against
the demo's true SR, dask from qgis_process, masks and grids, clear errors."""
import json
import os

import numpy as np
import pytest
import rasterio
import upscale_world as W

from soil_resp_plugin.core import engine

START, END = "2005-07-04", "2005-07-20"  # three 8-day periods in summer
LABELS = ("2005185", "2005193", "2005201")


@pytest.fixture(scope="module")
def demo_model(demo_dir, tmp_path_factory):
    return W.demo_model_file(demo_dir, tmp_path_factory)


@pytest.fixture(scope="module")
def cli_run(qgis_process, demo_dir, demo_model, tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "maps"
    out = qgis_process.run("soilresp:upscale", MODEL=demo_model,
                           PREDICTORS=W.demo_folders(demo_dir), START_DATE=START, END_DATE=END,
                           UNCERTAINTY="true", OUTPUT_FOLDER=str(folder))
    return folder, out


def test_cli_maps_match_the_demo_truth(cli_run, demo_dir):
    folder, out = cli_run
    results = out["results"]
    assert results["N_PERIODS"] == 3 and results["N_PIXELS"] > 10_000
    assert results["OUTPUT_VRT"] == str(folder / "sr.vrt")
    assert json.loads(results["FILES"])["sr"] == [f"sr_{label}.tif" for label in LABELS]
    for label in LABELS:
        with rasterio.open(folder / f"sr_{label}.tif") as dataset:
            sr = dataset.read(1)
            assert dataset.tags()["SYNTHETIC"] == "true"
        with rasterio.open(demo_dir / "truth" / f"sr_true_doy{label}.tif") as dataset:
            truth = dataset.read(1)
        both = (sr != -9999) & (truth != -9999)
        land = truth != -9999
        assert both.sum() > 0.8 * land.sum(), "most land is mapped (clouds leave gaps)"
        assert not ((sr != -9999) & ~land).any(), "nothing mapped on water"
        error = sr[both] - truth[both]
        rmse, bias = float(np.sqrt(np.mean(error ** 2))), float(error.mean())
        print(f"{label}: RMSE {rmse:.3f}, bias {bias:+.3f} g C m-2 d-1 vs truth mean "
              f"{truth[both].mean():.3f} (n={both.sum()})")
        assert rmse < 0.25 * truth[both].mean() and abs(bias) < 0.05 * truth[both].mean()
        assert (folder / f"sr_sd_{label}.tif").is_file()
    with rasterio.open(folder / "sr.vrt") as vrt:
        assert vrt.descriptions == ("2005-07-04", "2005-07-12", "2005-07-20")


def test_cli_on_a_dask_cluster_gives_the_same_maps(qgis_process, cli_run, demo_dir, demo_model,
                                                    tmp_path):
    distributed = pytest.importorskip("distributed")
    folder, _ = cli_run
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        qgis_process.env["SOILRESP_DASK_SCHEDULER"] = cluster.scheduler_address
        try:
            out = qgis_process.run("soilresp:upscale", MODEL=demo_model,
                                   PREDICTORS=W.demo_folders(demo_dir), START_DATE=START,
                                   END_DATE=END, UNCERTAINTY="true",
                                   OUTPUT_FOLDER=str(tmp_path / "dask"))
        finally:
            del qgis_process.env["SOILRESP_DASK_SCHEDULER"]
    assert out["results"]["N_PERIODS"] == 3
    for label in LABELS:
        for prefix in ("sr", "sr_sd"):
            with rasterio.open(folder / f"{prefix}_{label}.tif") as a, \
                    rasterio.open(tmp_path / "dask" / f"{prefix}_{label}.tif") as b:
                assert np.array_equal(a.read(1), b.read(1))


def test_rerun_without_resume_is_refused_and_resume_keeps_everything(qgis_process, cli_run,
                                                                      demo_dir, demo_model):
    folder, _ = cli_run
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    done = qgis_process.run("soilresp:upscale", check=False, MODEL=demo_model,
                            PREDICTORS=W.demo_folders(demo_dir), START_DATE=START, END_DATE=END,
                            OUTPUT_FOLDER=str(folder))
    assert done.returncode != 0 and "RESUME=true" in done.stdout + done.stderr
    out = qgis_process.run("soilresp:upscale", MODEL=demo_model,
                           PREDICTORS=W.demo_folders(demo_dir), START_DATE=START, END_DATE=END,
                           UNCERTAINTY="true", RESUME="true", OUTPUT_FOLDER=str(folder))
    assert out["results"]["N_PERIODS"] == 0 and out["results"]["N_RESUMED"] == 3
    assert any(line.startswith("Resume: 3 period(s) already complete")
               for line in out["log"]["info"])
    after = {p.name: p.stat().st_mtime_ns for p in folder.iterdir() if p.suffix == ".tif"}
    assert all(after[name] == before[name] for name in after)


def test_cli_names_a_missing_predictor(qgis_process, demo_dir, demo_model, tmp_path):
    done = qgis_process.run("soilresp:upscale", check=False, MODEL=demo_model,
                            PREDICTORS=[str(demo_dir / "predictors"), str(demo_dir / "static")],
                            START_DATE=START, END_DATE=START, OUTPUT_FOLDER=str(tmp_path / "x"))
    text = done.stdout + done.stderr
    assert done.returncode != 0
    assert "'soil_temperature'" in text and "'soil_moisture'" in text
    assert not (tmp_path / "x").exists() or not os.listdir(tmp_path / "x")


def test_mask_classes_extent_and_crs_in_processing(run_algorithm, demo_dir, demo_model, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "box", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON((135 33, 141 33, 141 38, 135 38, 135 33))"))
    layer.dataProvider().addFeatures([feature])
    params = {"MODEL": demo_model, "PREDICTORS": W.demo_folders(demo_dir),
              "START_DATE": START, "END_DATE": START, "MASK": layer,
              "LANDCOVER_CLASSES": [1, 2, 3, 4, 5], "AOA": 1,
              "OUTPUT_FOLDER": str(tmp_path / "masked")}
    result = run_algorithm("upscale", params)
    with rasterio.open(tmp_path / "masked" / "sr_2005185.tif") as dataset:
        sr = dataset.read(1)
        rows, cols = np.nonzero(sr != -9999)
        xs, ys = dataset.xy(rows, cols)
    with rasterio.open(demo_dir / "static" / "MCD12C1_IGBP_landcover.tif") as dataset:
        landcover = dataset.read(1)
    assert len(rows) > 200 and result["N_PERIODS"] == 1
    assert np.isin(landcover[rows, cols], [1, 2, 3, 4, 5]).all()
    assert min(xs) > 135 and max(xs) < 141 and min(ys) > 33 and max(ys) < 38
    for name in ("di_2005185.tif", "aoa_2005185.tif"):
        assert (tmp_path / "masked" / name).is_file()

    params = {"MODEL": demo_model, "PREDICTORS": W.demo_folders(demo_dir),
              "START_DATE": START, "END_DATE": START, "TARGET_CRS": "EPSG:32654",
              "EXTENT": "300000,700000,3800000,4200000 [EPSG:32654]", "RESOLUTION": 5000,
              "OUTPUT_FOLDER": str(tmp_path / "utm")}
    run_algorithm("upscale", params)
    with rasterio.open(tmp_path / "utm" / "sr_2005185.tif") as dataset:
        assert dataset.crs.to_epsg() == 32654 and (dataset.width, dataset.height) == (80, 80)
        sr = dataset.read(1, masked=True)
    assert sr.count() > 1000 and 0.5 < float(sr.mean()) < 8


def test_processing_reports_a_period_without_data(run_algorithm, demo_dir, demo_model, tmp_path):
    from qgis.core import QgsProcessingException

    params = {"MODEL": demo_model, "PREDICTORS": W.demo_folders(demo_dir),
              "START_DATE": "2009-01-01", "END_DATE": "2009-01-09",
              "OUTPUT_FOLDER": str(tmp_path / "none")}
    with pytest.raises(QgsProcessingException, match="no predictor data"):
        run_algorithm("upscale", params)
    assert engine.NODATA == -9999.0


def wait_for(task, limit=300):
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + limit  # a guard against hanging, not a speed assertion
    while not task.done and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert task.done, "the task never finished"


def test_background_task_loads_maps_as_a_temporal_series(qgis_iface, demo_dir, demo_model,
                                                          tmp_path):
    import datetime as dt

    from qgis.core import QgsProject, QgsRasterLayerTemporalProperties

    from soil_resp_plugin.gui import upscale_task

    project = QgsProject.instance()
    request = upscale_task.UpscaleRequest(
        model=demo_model, predictors=W.demo_folders(demo_dir), start=dt.date(2005, 7, 4),
        end=dt.date(2005, 7, 20), output_folder=str(tmp_path / "task"), uncertainty=True)
    task = upscale_task.start(request, project, qgis_iface)
    wait_for(task)
    from qgis.core import Qgis

    assert task.error is None and task.result is not None
    assert any("Upscaling done: 3 maps" in m
               for m in qgis_iface.messageBar().get_messages(Qgis.Success))
    assert [layer.name() for layer in task.layers] == [
        "SR 2005-07-04 (g C m⁻² d⁻¹)", "SR 2005-07-12 (g C m⁻² d⁻¹)",
        "SR 2005-07-20 (g C m⁻² d⁻¹)"]
    group = project.layerTreeRoot().findGroup(
        "Soil respiration (g C m⁻² d⁻¹): 2005-07-04 to 2005-07-27")
    assert group is not None and len(group.findLayers()) == 3
    # the uncertainty maps are their own time series (tests/test_desktop_temporal.py: frames)
    assert [layer.name() for layer in task.loaded["sr_sd"]][0] == "SR SD 2005-07-04 (g C m⁻² d⁻¹)"
    for layer, start in zip(task.layers, (4, 12, 20)):
        properties = layer.temporalProperties()
        assert properties.isActive()
        assert properties.mode() == QgsRasterLayerTemporalProperties.ModeFixedTemporalRange
        span = properties.fixedTemporalRange()  # strictly inside the period
        assert span.begin().toPyDateTime() == dt.datetime(2005, 7, start, 0, 0, 1)
        assert span.end().toPyDateTime() == dt.datetime(2005, 7, start + 7, 23, 59, 59)
        assert layer.renderer().classificationMax() > 4.0
    whole = project.timeSettings().temporalRange()
    assert whole.begin().toPyDateTime() == dt.datetime(2005, 7, 4)
    assert whole.end().toPyDateTime() == dt.datetime(2005, 7, 28)
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def test_cancelled_task_leaves_no_unfinished_file(qgis_iface, demo_dir, demo_model, tmp_path):
    import datetime as dt

    from qgis.core import QgsProject

    from soil_resp_plugin.core.catalog import PredictorCatalog
    from soil_resp_plugin.gui import upscale_task

    folder = tmp_path / "cancel"
    request = upscale_task.UpscaleRequest(
        model=demo_model, predictors=W.demo_folders(demo_dir), start=dt.date(2005, 3, 1),
        end=dt.date(2005, 10, 31), output_folder=str(folder), uncertainty=True, threads=1)
    task = upscale_task.UpscaleTask(request, QgsProject.instance(), qgis_iface)

    def cancel_once_started(progress):
        if progress > 0 and not task.isCanceled():
            task.cancel()

    task.progressChanged.connect(cancel_once_started)
    upscale_task._running.add(task)
    from qgis.core import QgsApplication

    QgsApplication.taskManager().addTask(task)
    wait_for(task)
    assert task.cancelled and task.result is None and not task.layers
    names = sorted(os.listdir(folder))
    assert not [n for n in names if n.startswith(".") or n.endswith(".vrt")], names
    finished = [n for n in names if n.endswith(".tif")]
    assert len(finished) < 2 * 31, "cancelled before the end"
    catalog = PredictorCatalog.from_files(W.demo_folders(demo_dir))
    with open(demo_model + ".json") as sidecar:
        sha = json.load(sidecar)["sha256"]
    for name in finished:
        assert engine.check_output(str(folder / name), catalog.grid("lst_day"), sha) is None
    assert any("cancelled" in line for line in task.reporter.lines)
