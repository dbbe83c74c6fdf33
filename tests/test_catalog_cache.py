"""The catalog's scan cache (core/catalog/cache.py): kept in the user's cache folder (never in
a data folder), reused while every file keeps its size and modification time; a touched,
replaced, added or removed file invalidates exactly that file; a damaged or foreign cache
file is ignored with a log line; toolbox and qgis_process re-open from it."""
import datetime as dt
import json
import os
import pickle

import numpy as np
import pytest
from modis_granules import write_granule
from safety import assert_unchanged, snapshot

from soil_resp_plugin.core.catalog import PredictorCatalog, close_datasets
from soil_resp_plugin.core.catalog import cache as catalog_cache
from soil_resp_plugin.core.reporting import RecordingReporter

DAY = dt.date(2016, 5, 24)
TILES = ((28, 5), (29, 5))
N = 4


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "user-cache"
    monkeypatch.setenv("SOILRESP_CACHE_DIR", str(folder))
    yield folder
    close_datasets()


def lst(value):
    return {"LST_Day_1km": np.full((N, N), value, np.uint16),
            "QC_Day": np.zeros((N, N), np.uint8)}


def make_folder(root, periods=3):
    for k in range(periods):
        for h, v in TILES:
            write_granule(root, "MOD11A2", DAY + dt.timedelta(days=8 * k), h, v,
                          lst(14000 + 100 * k + h))
    # a file the catalog skips, so skipped lists and messages take part too
    (root / "notes.tif").write_bytes(b"not a raster")
    return root


def same(a, b):
    assert a.describe() == b.describe()
    assert a.skipped == b.skipped
    for var in a.variables:
        for period in a.periods(var):
            np.testing.assert_array_equal(a.read(var, period), b.read(var, period))


def test_cached_reopen_is_identical_and_leaves_the_data_folder_alone(tmp_path, cache_dir):
    data = make_folder(tmp_path / "data")
    before = snapshot(data)
    names = sorted(os.listdir(data))
    first_log = RecordingReporter()
    first = PredictorCatalog.from_folder(data, reporter=first_log)
    assert first.scan_stats["cache"] == "none"
    assert len(first.scan_stats["opened"]) == 7
    second_log = RecordingReporter()
    second = PredictorCatalog.from_folder(data, reporter=second_log)
    assert second.scan_stats == {"cache": "full", "files": 7, "opened": []}
    same(first, second)
    assert second_log.warnings == first_log.warnings
    assert any("read from the cache" in line for line in second_log.lines)
    assert_unchanged(before)
    assert sorted(os.listdir(data)) == names  # nothing written next to the data
    cached = [n for n in os.listdir(cache_dir) if n.endswith(".cache")]
    assert len(cached) == 1
    # other options are another cache
    PredictorCatalog.from_folder(data, quality="good")
    assert len([n for n in os.listdir(cache_dir) if n.endswith(".cache")]) == 2


def test_touch_replace_add_remove_invalidate_exactly_that_file(tmp_path, cache_dir):
    data = make_folder(tmp_path / "data")
    PredictorCatalog.from_folder(data)
    granules = sorted(p for p in data.iterdir() if p.suffix == ".hdf")

    touched = granules[0]
    stat = touched.stat()
    os.utime(touched, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    catalog = PredictorCatalog.from_folder(data)
    assert catalog.scan_stats["cache"] == "partial"
    assert catalog.scan_stats["opened"] == [str(touched)]

    unchanged = PredictorCatalog.from_folder(data)
    assert unchanged.scan_stats["opened"] == []

    replaced = granules[1]  # same name, new content (a re-download), other size or time
    h = int(replaced.name.split(".")[2][1:3])
    os.remove(replaced)
    write_granule(data, "MOD11A2", DAY, h, 5, lst(15555))
    catalog = PredictorCatalog.from_folder(data)
    assert catalog.scan_stats["opened"] == [str(replaced)]
    values = catalog.read("lst_day", DAY)
    assert np.isclose(values, 15555 * 0.02).sum() == N * N

    added = write_granule(data, "MOD11A2", DAY + dt.timedelta(days=24), 28, 5, lst(14500))
    catalog = PredictorCatalog.from_folder(data)
    assert catalog.scan_stats["opened"] == [added]
    assert len(catalog.periods("lst_day")) == 4

    os.remove(added)
    catalog = PredictorCatalog.from_folder(data)
    assert catalog.scan_stats["opened"] == []
    assert catalog.scan_stats["cache"] == "partial"
    assert len(catalog.periods("lst_day")) == 3
    fresh = PredictorCatalog.from_folder(data, cache=False)
    same(catalog, fresh)


def only_cache(folder):
    (path,) = [folder / n for n in os.listdir(folder) if n.endswith(".cache")]
    return path


@pytest.mark.parametrize("content, why", [
    (b"\x89PNG\r\n\x1a\n some other program's file", "not a catalog cache of this plugin"),
    (catalog_cache.MAGIC + b'{"format": 2, "code": "trunc', "unreadable"),
    (catalog_cache.MAGIC + pickle.dumps({"format": 1}), "unreadable"),  # the old pickle format
    (catalog_cache.MAGIC + json.dumps({"format": 999}).encode(), "another cache format"),
    (catalog_cache.MAGIC + json.dumps({"format": catalog_cache.FORMAT, "code": "old"}).encode(),
     "another version of the plugin"),
    (b"", "empty file"),
])
def test_damaged_or_foreign_cache_is_ignored_with_a_log_line(tmp_path, cache_dir, content, why):
    data = make_folder(tmp_path / "data")
    reference = PredictorCatalog.from_folder(data)
    path = only_cache(cache_dir)
    path.write_bytes(content)
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(data, reporter=reporter)
    assert catalog.scan_stats["cache"] == "none"
    notes = [line for line in reporter.lines if "Catalog cache" in line]
    assert len(notes) == 1 and why in notes[0] and str(path) in notes[0]
    assert "scanned again" in notes[0]
    same(reference, catalog)
    again = PredictorCatalog.from_folder(data)  # rewritten: usable again
    assert again.scan_stats["cache"] == "full"


class _Payload:
    """What a malicious pickle does when loaded: here, create a marker file."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_cache_is_inert_json_and_never_runs_code(tmp_path, cache_dir):
    data = make_folder(tmp_path / "data")
    reference = PredictorCatalog.from_folder(data)
    path = only_cache(cache_dir)
    raw = path.read_bytes()
    assert raw.startswith(catalog_cache.MAGIC) and b"pickle" not in raw
    content = json.loads(raw[len(catalog_cache.MAGIC):])  # plain JSON
    assert content["format"] == catalog_cache.FORMAT
    # a pickle that runs code when loaded (the old format) is not loaded: scanned again
    marker = tmp_path / "ran-code"
    path.write_bytes(catalog_cache.MAGIC + pickle.dumps({"format": 1, "x": _Payload(str(marker))}))
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(data, reporter=reporter)
    assert not marker.exists() and catalog.scan_stats["cache"] == "none"
    assert any("unreadable" in line for line in reporter.lines)
    same(reference, catalog)
    # a record type outside the catalog's own list is refused, not constructed
    content = json.loads(only_cache(cache_dir).read_bytes()[len(catalog_cache.MAGIC):])
    content["result"] = json.dumps({"$c": "Popen", "f": {"args": "touch " + str(marker)}})
    path.write_bytes(catalog_cache.MAGIC + json.dumps(content).encode())
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(data, reporter=reporter)
    assert not marker.exists() and catalog.scan_stats["cache"] != "full"
    assert any("unreadable result" in line and "Popen" in line for line in reporter.lines), \
        reporter.lines
    same(reference, catalog)


def test_unwritable_cache_folder_is_logged_not_fatal(tmp_path, monkeypatch):
    data = make_folder(tmp_path / "data")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("SOILRESP_CACHE_DIR", str(blocker / "cache"))
    reporter = RecordingReporter()
    catalog = PredictorCatalog.from_folder(data, reporter=reporter)
    assert catalog.variables == ["lst_day"]
    assert any("Catalog cache not written" in line for line in reporter.lines)
    close_datasets()


def test_toolbox_and_qgis_process_reopen_from_the_cache(tmp_path, cache_dir, run_algorithm,
                                                        qgis_process):
    data = make_folder(tmp_path / "data")
    before = snapshot(data)
    out = tmp_path / "catalog1.csv"
    run_algorithm("describecatalog", {"PREDICTORS": [str(data)], "OUTPUT": str(out)})
    assert only_cache(cache_dir).is_file()
    old = qgis_process.env.get("SOILRESP_CACHE_DIR")
    qgis_process.env["SOILRESP_CACHE_DIR"] = str(cache_dir)
    try:
        done = qgis_process("run", "soilresp:describecatalog", "--",
                            f"PREDICTORS={data}", f"OUTPUT={tmp_path / 'catalog2.csv'}",
                            json_output=False)
    finally:
        if old is None:
            qgis_process.env.pop("SOILRESP_CACHE_DIR")
        else:
            qgis_process.env["SOILRESP_CACHE_DIR"] = old
    assert "Predictor catalog read from the cache" in done.stdout, done.stdout
    assert (tmp_path / "catalog1.csv").read_text() == (tmp_path / "catalog2.csv").read_text()
    assert_unchanged(before)
