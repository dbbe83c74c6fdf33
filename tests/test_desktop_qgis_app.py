"""The Temporal Controller in the real QGIS desktop (``qgis --code`` under Xvfb): each frame
of the panel's own navigation grabs a canvas identical to that period's map file alone, over
a January and over a year boundary. Skipped where no ``qgis`` or ``Xvfb`` is installed."""
import json
import os
import pathlib
import shutil
import subprocess

import pytest

HERE = pathlib.Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def desktop_probe(tmp_path_factory):
    if not (shutil.which("qgis") and shutil.which("xvfb-run")):
        pytest.skip("needs the QGIS desktop and xvfb-run (Debian packages qgis, xvfb)")
    work = tmp_path_factory.mktemp("desktop")
    out = work / "probe.json"
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(work / "profile"),
               SOILRESP_REPO=str(HERE.parent), SOILRESP_PROBE_OUT=str(out), TZ="Asia/Tokyo")
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", "qgis", "--noversioncheck",
         "--nologo", "--noplugins", "--code", str(HERE / "desktop" / "temporal_frames_probe.py")],
        env=env, capture_output=True, text=True, timeout=300)
    assert out.exists(), f"QGIS wrote no result ({done.returncode}):\n{done.stderr[-3000:]}"
    result = json.loads(out.read_text())
    assert "error" not in result, result["error"]
    return result


@pytest.mark.parametrize("name, count", [("january", 5), ("year-boundary", 6)])
def test_each_desktop_frame_shows_exactly_one_period(desktop_probe, name, count):
    result = desktop_probe[name]
    assert result["step"] == "source timestamps"
    assert result["frames"] == count
    periods = list(result["differences"][0]["pixels"])
    for frame, (period, entry) in enumerate(zip(periods, result["differences"])):
        assert entry["begin"] == f"{period} 00:00:01", (frame, entry["begin"])
        assert entry["pixels"][period] == 0, (frame, entry)
        assert all(n > 0 for other, n in entry["pixels"].items() if other != period), entry
