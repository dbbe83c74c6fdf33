"""Issue 8 for aggregatetime and compareproducts: empty maps or products are errors that name
the empty input (never a total over 0 km2, never "nothing compared" blamed on the wrong
input), messages name other algorithms' parameters by their real ids, an implausible product
mean names the suspected unit, write errors name the output, and earlier totals / our maps are
never replaced unasked. Every input is proven byte-identical afterwards."""
import datetime as dt
import os

import numpy as np
import pytest
import rasterio
from affine import Affine
from safety import assert_unchanged, mounted_tmpfs, snapshot

from soil_resp_plugin.core import aggregation as A
from soil_resp_plugin.core import comparison as C
from soil_resp_plugin.core import periods as P
from soil_resp_plugin.core.errors import InputError

RATE = 2.0  # g C m-2 d-1 everywhere in our tiny maps
WEST, NORTH, CELL = 130.0, 41.0, 0.1
JANUARY = [dt.date(2005, 1, d) for d in (1, 9, 17, 25)]  # the periods touching January 2005

INPUT = "'Folder of 8-day SR maps (sr_YYYYDDD.tif)' (INPUT)"
INPUT_VRT = "'…or the SR time series VRT (band descriptions = dates)' (INPUT_VRT)"
OUR_MAPS = "'Our SR maps (folder of sr_YYYYDDD.tif, or of monthly/annual totals)' (OUR_MAPS)"
OTHER_PRODUCT = "'Other SR product (netCDF or GeoTIFF)' (OTHER_PRODUCT)"
OTHER_UNIT = "'Unit of the other product' (OTHER_UNIT)"
OVERWRITE = "'Replace existing output files (never an input)' (OVERWRITE)"
OUTPUT_FOLDER = "'Output folder for the totals' (OUTPUT_FOLDER)"
DIFFERENCE = "'Mean difference, other - ours' (DIFFERENCE)"


# ----------------------------------------------------------------------------- helpers
def write_map(folder, period, value, width=10, height=10, west=WEST, north=NORTH, cell=CELL,
              crs="EPSG:4326"):
    data = np.full((height, width), value, dtype=np.float32)
    path = os.path.join(folder, f"sr_{P.period_label(period)}.tif")
    with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1,
                       dtype="float32", crs=crs, transform=Affine(cell, 0, west, 0, -cell, north),
                       nodata=-9999.0) as out:
        out.write(np.where(np.isnan(data), -9999.0, data).astype(np.float32), 1)
        out.set_band_unit(1, "g C m-2 d-1")
        out.update_tags(UNITS="g C m-2 d-1", PERIOD_START=period.isoformat())
    return path


def write_maps(folder, periods, value, **kw):
    folder.mkdir(parents=True, exist_ok=True)
    for period in periods:
        write_map(str(folder), period, value, **kw)
    return folder


def write_product(path, value, unit="g C m-2 month-1", month=(2005, 1)):
    """A monthly netCDF product, 0.5 deg cells over 129-132 E, 39.5-41.5 N (south to north,
    fill -999), one month."""
    import netCDF4

    lat = 39.75 + 0.5 * np.arange(4)
    lon = 129.25 + 0.5 * np.arange(6)
    start = (dt.date(*month, 1) - dt.date(2000, 1, 1)).days
    with netCDF4.Dataset(path, "w") as ds:
        ds.createDimension("time", 1)
        ds.createDimension("lat", len(lat))
        ds.createDimension("lon", len(lon))
        ds.createDimension("nv", 2)
        t = ds.createVariable("time", "f8", ("time",))
        t.units, t.calendar, t.bounds = "days since 2000-01-01", "standard", "time_bnds"
        t[:] = [start + 15]
        ds.createVariable("time_bnds", "f8", ("time", "nv"))[:] = [[start, start + 31]]
        ds.createVariable("lat", "f8", ("lat",))[:] = lat
        ds["lat"].units = "degrees_north"
        ds.createVariable("lon", "f8", ("lon",))[:] = lon
        ds["lon"].units = "degrees_east"
        v = ds.createVariable("rs", "f4", ("time", "lat", "lon"), fill_value=np.float32(-999.0))
        if unit:
            v.units = unit
        v[:] = np.full((1, len(lat), len(lon)), value if np.isfinite(value) else -999.0)
    return str(path)


def expect_error(run_algorithm, algorithm, parameters, *needles, absent=()):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(algorithm, parameters)
    text = str(error.value)
    for needle in needles:
        assert needle in text, f"{needle!r} not in:\n{text}"
    for needle in absent:
        assert needle not in text, f"{needle!r} in:\n{text}"
    assert "Traceback" not in text
    return text


def compare_parameters(ours, product, out, **extra):
    return {"OUR_MAPS": str(ours), "OTHER_PRODUCT": str(product),
            "STATISTICS": "TEMPORARY_OUTPUT", "DIFFERENCE": str(out / "diff.tif"),
            "REPORT": str(out / "report.html"), **extra}


def no_outputs(out):
    return not [n for n in os.listdir(out) if n.endswith((".tif", ".html", ".csv", ".partial"))]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("issue8_inputs")
    year = P.periods_of_year(2005)
    return {
        "root": root,
        "empty_year": write_maps(root / "empty_year", year, np.nan),
        "good_january": write_maps(root / "good_january", JANUARY, RATE),
        "empty_january": write_maps(root / "empty_january", JANUARY, np.nan),
        "utm_january": write_maps(root / "utm_january", JANUARY, RATE, west=500000.0,
                                  north=4500000.0, cell=1000.0, crs="EPSG:32652"),
        "product": write_product(root / "product.nc", 1.2 * RATE * 31),
        "empty_product": write_product(root / "empty_product.nc", np.nan),
        # kg C m-2 month-1 values whose units attribute says g C m-2 month-1
        "kg_as_g": write_product(root / "kg_as_g.nc", 1.2 * RATE * 31 / 1000.0),
        "grams": write_product(root / "grams_unitless.nc", 0.9 * RATE * 31, unit=None),
        "europe": str(root / "europe.nc"),
        "old": write_product(root / "old.nc", 50.0, month=(1990, 1)),
    }


# ----------------------------------------------------------------------------- case 1
def test_aggregatetime_on_all_nodata_maps_fails_naming_input(qgis_process, inputs, tmp_path):
    before = snapshot(inputs["empty_year"])
    done = qgis_process.run("soilresp:aggregatetime", check=False,
                            INPUT=inputs["empty_year"], OUTPUT_FOLDER=tmp_path / "totals")
    text = done.stdout + done.stderr
    assert done.returncode != 0, text
    for needle in (INPUT, "46 map(s) have no valid pixel", "nodata value -9999",
                   "2005-01-01 to 2005-12-31", "2005001", "2005361",
                   "log of 'Upscale soil respiration maps'", "EXTENT"):
        assert needle in text, f"{needle!r} not in:\n{text}"
    assert "Tg C yr-1 over 0 km2" not in text and "Traceback" not in text
    assert_unchanged(before)
    totals = tmp_path / "totals"
    assert not totals.exists() or not [p for p in totals.rglob("*") if p.is_file()]


def test_aggregatetime_on_an_empty_vrt_names_input_vrt(run_algorithm, inputs, tmp_path):
    periods = P.periods_of_year(2005)
    stack = tmp_path / "sr_stack.tif"
    with rasterio.open(stack, "w", driver="GTiff", width=10, height=10, count=len(periods),
                       dtype="float32", crs="EPSG:4326",
                       transform=Affine(CELL, 0, WEST, 0, -CELL, NORTH), nodata=-9999.0) as out:
        out.write(np.full((len(periods), 10, 10), -9999.0, dtype=np.float32))
        for band, period in enumerate(periods, 1):
            out.set_band_description(band, period.isoformat())
        out.update_tags(UNITS="g C m-2 d-1")
    before = snapshot(stack)
    expect_error(run_algorithm, "aggregatetime",
                 {"INPUT_VRT": str(stack), "OUTPUT_FOLDER": str(tmp_path / "totals")},
                 INPUT_VRT, "have no valid pixel", "-9999")
    assert_unchanged(before)
    assert not (tmp_path / "totals" / "totals.csv").exists()


def test_a_year_no_pixel_covers_gets_no_total(inputs, tmp_path):
    """2005 complete by periods but every pixel has a long gap: no annual file, not complete,
    never 0 Tg C over 0 km2; January (all valid) is still totalled."""
    from soil_resp_plugin.core.reporting import RecordingReporter

    folder = tmp_path / "gappy"
    for k, period in enumerate(P.periods_of_year(2005)):
        write_maps(folder, [period], np.nan if 20 <= k < 30 else RATE)
    reporter = RecordingReporter()
    result = A.aggregate(str(folder), str(tmp_path / "out"), max_gap=3, reporter=reporter)
    row = result.table.set_index("year").loc["2005"]
    assert not row.complete and np.isnan(row.total_TgC)
    assert not (tmp_path / "out" / "annual" / "sr_annual_2005.tif").exists()
    assert not (tmp_path / "out" / "sr_annual_mean.tif").exists()
    assert (tmp_path / "out" / "monthly" / "sr_month_200501.tif").exists()
    assert not (tmp_path / "out" / "monthly" / "sr_month_200607.tif").exists()
    assert any("no annual total for 2005" in w for w in reporter.warnings)
    assert not any("over 0 km2" in line for line in reporter.lines)


def test_compare_with_empty_our_maps_blames_our_maps(run_algorithm, inputs, tmp_path):
    before = snapshot(inputs["empty_january"], inputs["product"])
    expect_error(run_algorithm, "compareproducts",
                 compare_parameters(inputs["empty_january"], inputs["product"], tmp_path),
                 OUR_MAPS, "Our maps are empty", "none of the 4 maps", "-9999",
                 "not a problem of the other product", absent=(OTHER_PRODUCT,))
    assert_unchanged(before)
    assert no_outputs(tmp_path)


def test_compare_with_an_all_fill_product_blames_the_product(run_algorithm, inputs, tmp_path):
    before = snapshot(inputs["good_january"], inputs["empty_product"])
    expect_error(run_algorithm, "compareproducts",
                 compare_parameters(inputs["good_january"], inputs["empty_product"], tmp_path),
                 OTHER_PRODUCT, "The product is empty where our maps are", "-999",
                 "lon 130 to 131, lat 40 to 41", "2005-01", absent=(OUR_MAPS,))
    assert_unchanged(before)
    assert no_outputs(tmp_path)


def test_no_overlap_in_space_or_time_shows_both_side_by_side(run_algorithm, inputs, tmp_path):
    import netCDF4

    europe = inputs["europe"]
    if not os.path.exists(europe):
        write_product(europe, 60.0)
        with netCDF4.Dataset(europe, "a") as ds:
            ds["lon"][:] = 5.25 + 0.5 * np.arange(6)
    text = expect_error(run_algorithm, "compareproducts",
                        compare_parameters(inputs["good_january"], europe, tmp_path),
                        OTHER_PRODUCT, "No overlap in space, nothing compared", "EPSG:4326")
    lines = text.splitlines()
    assert "  OUR_MAPS       lon 130 to 131, lat 40 to 41" in lines, text
    assert "  OTHER_PRODUCT  lon 5 to 8, lat 39.5 to 41.5" in lines, text
    text = expect_error(run_algorithm, "compareproducts",
                        compare_parameters(inputs["good_january"], inputs["old"], tmp_path),
                        OTHER_PRODUCT, "No overlap in time, nothing compared")
    lines = text.splitlines()
    assert "  OUR_MAPS       2005-01-01 to 2005-02-01 (complete months 2005-01 to 2005-01)" \
        in lines, text
    assert "  OTHER_PRODUCT  1990-01 to 1990-01 (monthly)" in lines, text
    assert no_outputs(tmp_path)


# ----------------------------------------------------------------------------- case 2
def test_utm_maps_name_the_upscale_target_crs(run_algorithm, inputs, tmp_path):
    before = snapshot(inputs["utm_january"])
    expect_error(run_algorithm, "compareproducts",
                 compare_parameters(inputs["utm_january"], inputs["product"], tmp_path),
                 OUR_MAPS, "EPSG:32652", "'Target CRS (default: predictors')' (TARGET_CRS)",
                 "'Upscale soil respiration maps'", absent=("OUTPUT_CRS",))
    assert_unchanged(before)


# ----------------------------------------------------------------------------- case 3
class Warnings:
    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def pushWarning(inner, text):  # noqa: N802, N805
                self.texts.append(text)
                super().pushWarning(text)

        self.texts = []
        self.feedback = Feedback()


def test_product_in_kg_read_as_g_warns_with_the_suspected_unit(run_algorithm, soilresp_provider,
                                                              inputs, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext

    before = snapshot(inputs["good_january"], inputs["kg_as_g"])
    seen = Warnings()
    out = processing.run("soilresp:compareproducts", compare_parameters(
        inputs["good_january"], inputs["kg_as_g"], tmp_path), context=QgsProcessingContext(),
        feedback=seen.feedback)
    warning = next(t for t in seen.texts if "implausible" in t)
    assert OTHER_UNIT in warning
    assert "0.0012 times ours" in warning and "'g C m-2 month-1'" in warning
    assert "as its units attribute states" in warning
    assert "if its values were in kg C m-2 month-1 (x 1000) the ratio would be 1.2" in warning
    assert out["TOTAL_RATIO"] == pytest.approx(0.0012, rel=1e-3)  # computed as asked, flagged
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'id="unit-warning"' in report and "kg C m-2 month-1" in report
    assert_unchanged(before)


def test_wrong_other_unit_warns_and_right_one_does_not(run_algorithm, inputs, tmp_path):
    from soil_resp_plugin.algorithms.compare_products import UNIT_CHOICES

    kg_month = [u for u, _ in UNIT_CHOICES].index("kg C m-2 month-1")
    g_month = [u for u, _ in UNIT_CHOICES].index("g C m-2 month-1")
    result = C.compare(inputs["good_january"], inputs["grams"], unit="kg C m-2 month-1")
    assert len(result.warnings) == 1
    assert "900 times ours" in result.warnings[0] and "as set in OTHER_UNIT" in \
        result.warnings[0]
    assert "if its values were in g C m-2 month-1 (x 0.001) the ratio would be 0.9" in \
        result.warnings[0]
    assert kg_month > 4  # appended: earlier enum indices keep their meaning
    out = run_algorithm("compareproducts", compare_parameters(
        inputs["good_january"], inputs["grams"], tmp_path, OTHER_UNIT=g_month))
    assert out["TOTAL_RATIO"] == pytest.approx(0.9, rel=1e-5)


def test_biases_of_1_2_and_0_9_do_not_warn(inputs):
    for path, ratio in ((inputs["product"], 1.2), (inputs["grams"], 0.9)):
        result = C.compare(inputs["good_january"], path, unit="g C m-2 month-1")
        assert result.pooled()["total_ratio"] == pytest.approx(ratio, rel=1e-5)
        assert result.warnings == []


# ----------------------------------------------------------------------------- case 4
@pytest.fixture
def read_only(tmp_path):
    with mounted_tmpfs(tmp_path / "read_only", "ro,size=1m") as folder:
        yield folder


def test_unwritable_comparison_outputs_name_the_output(run_algorithm, inputs, read_only,
                                                       tmp_path):
    before = snapshot(inputs["good_january"], inputs["product"])
    params = compare_parameters(inputs["good_january"], inputs["product"], tmp_path,
                                DIFFERENCE=str(read_only / "diff.tif"))
    expect_error(run_algorithm, "compareproducts", params, DIFFERENCE,  # the base's check
                 f"Cannot write to {read_only} (Read-only file system)")
    for keyword, parameter in (("difference", "DIFFERENCE"), ("report", "REPORT"),
                               ("statistics_csv", "STATISTICS_CSV")):
        target = str(read_only / f"out.{'tif' if keyword == 'difference' else 'txt'}")
        with pytest.raises(InputError) as error:
            C.compare(inputs["good_january"], inputs["product"], **{keyword: target})
        assert error.value.parameter == parameter and error.value.path == target
        text = str(error.value)
        assert f"Cannot write {target}: " in text and "Read-only file system" in text, text
        assert ".partial" not in text
    assert_unchanged(before)
    assert os.listdir(read_only) == []


def test_unwritable_totals_subfolder_names_output_folder(inputs, tmp_path):
    """The output folder is writable but its annual/ subfolder is a read-only mount: the
    GDAL error becomes an InputError on OUTPUT_FOLDER and no file looks complete."""
    folder = tmp_path / "year"
    write_maps(folder, P.periods_of_year(2005), RATE)
    with mounted_tmpfs(tmp_path / "out" / "annual", "ro,size=1m"):
        with pytest.raises(InputError) as error:
            A.aggregate(str(folder), str(tmp_path / "out"))
        assert error.value.parameter == "OUTPUT_FOLDER"
        assert "Cannot write" in str(error.value) and "sr_annual_2005.tif" in str(error.value)
        assert "nothing of this run was kept" in str(error.value)
        assert "Read-only file system" in str(error.value) and ".partial" not in str(error.value)
    left = [p.name for p in (tmp_path / "out").rglob("*") if p.is_file()]
    assert left == [], left


# ----------------------------------------------------------------------------- case 5
def test_existing_totals_are_replaced_only_with_overwrite(run_algorithm, tmp_path):
    two_years = write_maps(tmp_path / "a", P.periods_of_year(2005) + P.periods_of_year(2006),
                           RATE)
    other_grid = write_maps(tmp_path / "b", P.periods_of_year(2005), 3.0, width=5, height=4,
                            cell=0.25)
    out = tmp_path / "totals"
    first = run_algorithm("aggregatetime", {"INPUT": str(two_years), "OUTPUT_FOLDER": str(out)})
    assert first["N_COMPLETE_YEARS"] == 2
    earlier = snapshot(out)
    assert str(out / "annual" / "sr_annual_2006.tif") in earlier
    inputs_before = snapshot(two_years, other_grid)
    expect_error(run_algorithm, "aggregatetime",
                 {"INPUT": str(other_grid), "OUTPUT_FOLDER": str(out)},
                 OUTPUT_FOLDER, "already exists", OVERWRITE)
    assert_unchanged(earlier)
    assert snapshot(out) == earlier, "nothing added or replaced"
    second = run_algorithm("aggregatetime", {"INPUT": str(other_grid), "OUTPUT_FOLDER": str(out),
                                             "OVERWRITE": True})
    assert second["N_COMPLETE_YEARS"] == 1
    assert not (out / "annual" / "sr_annual_2006.tif").exists(), "stale year removed"
    assert not (out / "monthly" / "sr_month_200601.tif").exists()
    with rasterio.open(out / "annual" / "sr_annual_2005.tif") as dataset:
        assert (dataset.width, dataset.height) == (5, 4)
        assert float(dataset.read(1)[0, 0]) == pytest.approx(3.0 * 365)
    totals = (out / "totals.csv").read_text()
    assert "2006" not in totals and "2005" in totals
    assert_unchanged(inputs_before)


# ----------------------------------------------------------------------------- case 6
def test_difference_into_our_maps_is_refused(run_algorithm, inputs, tmp_path):
    target = inputs["good_january"] / "sr_2005001.tif"
    before = snapshot(inputs["good_january"], inputs["product"])
    for overwrite in (False, True):
        expect_error(run_algorithm, "compareproducts", compare_parameters(
            inputs["good_january"], inputs["product"], tmp_path, DIFFERENCE=str(target),
            OVERWRITE=overwrite), DIFFERENCE, str(target), OUR_MAPS)
    assert_unchanged(before)
    assert sorted(os.listdir(inputs["good_january"])) == sorted(
        f"sr_{P.period_label(p)}.tif" for p in JANUARY)
