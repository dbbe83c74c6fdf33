"""Shared fixtures: the real QGIS (pytest-qgis), the plugin's provider, qgis_process runs
against the assembled plugin folder, and the synthetic demo dataset made once per session."""
import atexit
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The catalog scan cache goes to a throw-away folder for the whole session (set at import so
# every qgis_process run inherits it): tests never write to the user's ~/.cache.
_SESSION_CACHE = tempfile.mkdtemp(prefix="soilresp-test-cache-")
os.environ["SOILRESP_CACHE_DIR"] = _SESSION_CACHE
atexit.register(shutil.rmtree, _SESSION_CACHE, True)
ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


class QgisProcess:
    """Runs ``qgis_process.bin`` (not Debian's wrapper) with the assembled plugin enabled in
    a throw-away QGIS profile."""

    def __init__(self, plugin_parent, config_dir):
        self.env = dict(os.environ)
        self.env.update(
            QGIS_PLUGINPATH=str(plugin_parent),
            QGIS_CUSTOM_CONFIG_PATH=str(config_dir),
            QT_QPA_PLATFORM="offscreen",
        )
        self("plugins", "enable", "soil_resp_plugin", json_output=False)

    def __call__(self, *args, json_output=True, check=True, timeout=1800):
        command = ["qgis_process.bin"]
        if json_output:
            command.append("--json")
        command += [str(a) for a in args]
        done = subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        if check and done.returncode != 0:
            raise AssertionError(
                f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
            )
        if json_output and done.returncode == 0:
            start = done.stdout.find("{")
            return json.loads(done.stdout[start:])
        return done

    def run(self, algorithm, check=True, **params):
        args = ["run", algorithm, "--"]
        for key, value in params.items():
            values = value if isinstance(value, (list, tuple)) else [value]
            args += [f"{key}={v}" for v in values]
        return self(*args, check=check)


@pytest.fixture(scope="session")
def plugin_build(tmp_path_factory):
    import build_plugin

    parent = tmp_path_factory.mktemp("plugins")
    build_plugin.build(parent)
    return parent


@pytest.fixture(scope="session")
def qgis_process(plugin_build, tmp_path_factory):
    return QgisProcess(plugin_build, tmp_path_factory.mktemp("qgis_profile"))


_PROVIDERS = []


@pytest.fixture
def soilresp_provider(qgis_processing):
    """The registered provider, looked up per test: test_plugin re-registers it."""
    from qgis.core import QgsApplication

    from soil_resp_plugin.provider import SoilRespProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("soilresp") is None:
        _PROVIDERS.append(SoilRespProvider())  # keep the Python side alive
        registry.addProvider(_PROVIDERS[-1])
    return registry.providerById("soilresp")


@pytest.fixture
def run_algorithm(soilresp_provider):
    """``processing.run`` on one of our algorithms, raising on failure."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def run(algorithm_id, parameters, feedback=None):
        context = QgsProcessingContext()
        return processing.run(
            f"soilresp:{algorithm_id}",
            parameters,
            context=context,
            feedback=feedback or QgsProcessingFeedback(),
        )

    return run


#: Small but complete demo region used by every test that needs a whole chain: two years,
#: 0.1 degree cells (4x fewer than the default 0.05), fixed seed.
DEMO_TEST_PARAMETERS = {"SEED": 42, "START_YEAR": 2005, "N_YEARS": 2, "CELL_SIZE": 0.1}


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    from soil_resp_plugin.core import demo

    out = tmp_path_factory.mktemp("demo") / "demo"
    demo.create_demo_dataset(
        out,
        seed=DEMO_TEST_PARAMETERS["SEED"],
        start_year=DEMO_TEST_PARAMETERS["START_YEAR"],
        n_years=DEMO_TEST_PARAMETERS["N_YEARS"],
        cell_size=DEMO_TEST_PARAMETERS["CELL_SIZE"],
    )
    return out


@pytest.fixture(autouse=True)
def _close_datasets_after_each_test():
    """Datasets the catalog keeps open per thread are closed after each test: tests replace
    and damage files they read."""
    yield
    from soil_resp_plugin.core.catalog import close_datasets

    close_datasets()


@pytest.fixture(scope="session", autouse=True)
def _close_gdal_datasets_before_qgis_exits(qgis_app):
    """pytest-qgis calls exitQgis() when the session ends; a rasterio dataset still cached by
    any thread at that point crashes the interpreter at exit."""
    yield
    import gc

    from soil_resp_plugin.core.catalog import close_all_datasets

    close_all_datasets()
    gc.collect()


def recording_feedback():
    """A real ``QgsProcessingFeedback`` that keeps what the algorithm pushed: ``warnings``,
    ``infos`` and both in order in ``lines``."""
    from qgis.core import QgsProcessingFeedback

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings, self.infos, self.lines = [], [], []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            self.lines.append(text)
            super().pushWarning(text)

        def pushInfo(self, text):  # noqa: N802
            self.infos.append(text)
            self.lines.append(text)
            super().pushInfo(text)

    return RecordingFeedback()
