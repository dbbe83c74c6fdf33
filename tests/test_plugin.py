"""The plugin as QGIS sees it: loading, the provider, packaging rules, missing dependencies."""
import configparser
import subprocess
import textwrap
import zipfile

import conftest
from conftest import ROOT

REQUIRED_METADATA = (
    "name", "description", "about", "version", "qgisMinimumVersion", "author", "email",
    "repository", "tracker", "homepage",
)


def test_qgis_process_lists_provider_and_algorithms(qgis_process):
    listing = qgis_process("list")
    provider = listing["providers"]["soilresp"]
    assert provider["name"] == "Soil respiration"
    assert "soilresp:createdemodata" in provider["algorithms"]


def test_plugin_enabled_in_qgis_process(qgis_process):
    done = qgis_process("plugins", json_output=False)
    line = [row for row in done.stdout.splitlines() if "soil_resp_plugin" in row]
    assert line and line[0].lstrip().startswith("*"), done.stdout


def test_class_factory_without_iface_registers_provider(qgis_processing):
    from qgis.core import QgsApplication

    import soil_resp_plugin
    from soil_resp_plugin.provider import SoilRespProvider

    registry = QgsApplication.processingRegistry()
    registered_by_fixture = registry.providerById("soilresp") is not None
    if registered_by_fixture:  # another test's session fixture registered it
        registry.removeProvider("soilresp")
    plugin = soil_resp_plugin.classFactory(None)
    plugin.initProcessing()
    try:
        provider = QgsApplication.processingRegistry().providerById("soilresp")
        assert provider is not None
        ids = {a.id() for a in provider.algorithms()}
        assert "soilresp:createdemodata" in ids
        for algorithm in provider.algorithms():
            ok, message = algorithm.canExecute()
            assert ok, message
            assert algorithm.shortHelpString(), algorithm.id()
    finally:
        plugin.unload()
    assert registry.providerById("soilresp") is None
    if registered_by_fixture:
        conftest._PROVIDERS.append(SoilRespProvider())
        registry.addProvider(conftest._PROVIDERS[-1])


def _metadata(path):
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    return parser["general"]


def test_metadata_has_plugin_repository_keys():
    meta = _metadata(ROOT / "metadata.txt")
    for key in REQUIRED_METADATA:
        assert meta.get(key, "").strip(), f"metadata.txt lacks {key}"
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["hasProcessingProvider"] == "yes"
    assert meta["version"].count(".") == 2
    assert (ROOT / meta["icon"]).exists()


def test_release_zip_passes_repository_checks(tmp_path):
    import build_plugin

    plugin_dir = build_plugin.build(tmp_path)
    archive = build_plugin.make_zip(plugin_dir, tmp_path / "plugin.zip")
    assert archive.stat().st_size <= 25 * 1024 * 1024
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        assert zipped.testzip() is None
    tops = {n.split("/")[0] for n in names}
    assert tops == {"soil_resp_plugin"} and "soil_resp_plugin".isidentifier()
    for required in ("__init__.py", "metadata.txt", "LICENSE", "resources/icon.svg"):
        assert f"soil_resp_plugin/{required}" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))]
    with zipfile.ZipFile(archive) as zipped:
        meta_text = zipped.read("soil_resp_plugin/metadata.txt").decode()
        assert "GNU GENERAL PUBLIC LICENSE" in zipped.read("soil_resp_plugin/LICENSE").decode()
    meta_path = tmp_path / "meta.txt"
    meta_path.write_text(meta_text)
    meta = _metadata(meta_path)
    for key in REQUIRED_METADATA:
        assert meta.get(key, "").strip()


def test_plugin_loads_without_scikit_learn(tmp_path):
    """A broken/missing scikit-learn must not stop QGIS loading the plugin; algorithms say why."""
    fake = tmp_path / "fake_site" / "sklearn"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('scikit-learn made unimportable by the test')\n")
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(tmp_path / 'fake_site')!r})
        sys.path.insert(1, {str(ROOT)!r})
        sys.path.append('/usr/share/qgis/python/plugins')
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        from processing.core.Processing import Processing
        Processing.initialize()
        import soil_resp_plugin
        plugin = soil_resp_plugin.classFactory(None)
        plugin.initProcessing()
        provider = QgsApplication.processingRegistry().providerById('soilresp')
        algorithms = provider.algorithms()
        assert algorithms, 'no algorithms registered'
        needing = [a for a in algorithms if 'sklearn' in type(a).REQUIRES]
        assert needing, 'no algorithm declares scikit-learn'
        for algorithm in algorithms:
            ok, message = algorithm.canExecute()
            assert ok == (algorithm not in needing), algorithm.id()
            if not ok:
                print(algorithm.id(), '|', message.splitlines()[0])
                last = message
        message = last
        print('MESSAGE', message.replace(chr(10), ' / '))
        """
    )
    done = subprocess.run(
        ["/usr/bin/python3", "-c", script], capture_output=True, text=True, timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    message = done.stdout.split("MESSAGE", 1)[1]
    assert "scikit-learn" in message
    assert "apt install python3-sklearn" in message
    assert "OSGeo4W" in message and "macOS" in message


def test_gdal_mismatch_warning():
    from soil_resp_plugin import dependencies

    assert dependencies.gdal_mismatch_warning("3.6.2", "3.6.4") is None
    warning = dependencies.gdal_mismatch_warning("3.8.4", "3.6.2")
    assert "3.8.4" in warning and "3.6.2" in warning and "python3-rasterio" in warning
    # Debian's rasterio links Debian's GDAL, the one QGIS uses: no warning on this install.
    assert dependencies.gdal_mismatch_warning() is None


def test_help_is_escaped_html_with_paragraphs(soilresp_provider):
    """QGIS renders help as HTML: file patterns in angle brackets must survive."""
    help_text = soilresp_provider.algorithm("upscale").shortHelpString()
    assert "&lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif" in help_text
    assert "<br><br>" in help_text and "<variable>" not in help_text


def test_toolbox_groups_follow_the_workflow(soilresp_provider):
    """The toolbox sorts groups by name: numbered names keep the workflow order."""
    groups = {a.id().split(":")[1]: a.group() for a in soilresp_provider.algorithms()
              if a.id().startswith("soilresp:")}
    order = ["importobservations", "extracttrainingdata", "trainmodel", "upscale",
             "aggregatetime", "compareproducts", "createdemodata"]
    names = [groups[name] for name in order]
    assert names == sorted(names), names
    assert groups["importobservations"] == groups["describecatalog"]


def _soilresp_algorithms(provider):
    """The plugin's own algorithms, fresh instances (the shipped .model3 chains excluded)."""
    algorithms = []
    for algorithm in provider.algorithms():
        if algorithm.name() in ("fullchain", "trainingchain"):
            continue
        instance = algorithm.createInstance()
        instance.initAlgorithm({})
        algorithms.append(instance)
    return algorithms


def test_every_parameter_has_help(soilresp_provider):
    """QGIS 3.16+ shows a parameter's help as its tooltip in the algorithm dialog."""
    algorithms = _soilresp_algorithms(soilresp_provider)
    assert len(algorithms) >= 9
    short = [f"{a.name()}:{p.name()}: {p.help()!r}" for a in algorithms
             for p in a.parameterDefinitions() if len((p.help() or "").strip()) < 20]
    assert not short, "parameters without help:\n" + "\n".join(short)


def test_parameter_help_is_japanese_under_the_japanese_locale(soilresp_provider):
    import re

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / "soil_resp_plugin_ja.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        algorithms = _soilresp_algorithms(soilresp_provider)
    finally:
        QCoreApplication.removeTranslator(translator)
    japanese = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
    english = [f"{a.name()}:{p.name()}: {p.help()!r}" for a in algorithms
               for p in a.parameterDefinitions() if not japanese.search(p.help() or "")]
    assert not english, "help not in Japanese:\n" + "\n".join(english)
