"""Release checks on the assembled plugin (scripts/build_plugin.py), as the official QGIS
plugin repository (plugins.qgis.org) does them on upload: its validator's package and
metadata rules (qgis-app/plugins/validator.py) and its security scanner
(qgis-app/plugins/security_scanner.py: Bandit, file analysis) with the rules the site enables
by default (qgis-app/plugins/management/commands/data/*_rules.json). Also the QGIS 4 (Qt6)
readiness scan: no Qt5-only spelling outside soil_resp_plugin/compat.py.
"""
import configparser
import io
import json
import os
import pathlib
import re
import stat
import subprocess
import sys
import tokenize
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = "soil_resp_plugin"

#: Bandit tests the site enables by default (bandit_rules.json, "enabled": true). With an
#: explicit selection the scanner runs ``bandit -r <dir> -f json --quiet -t <codes>`` and
#: reports every severity; without one, ``-ll`` (medium and high). Any finding blocks.
SITE_BANDIT_TESTS = (
    "B101,B102,B103,B104,B105,B106,B107,B108,B110,B111,B112,B113,B201,B202,B301,B302,B303,"
    "B304,B305,B306,B307,B308,B310,B311,B312,B313,B314,B315,B316,B317,B318,B319,B320,B321,"
    "B323,B324,B401,B402,B403,B405,B406,B407,B408,B409,B412,B413,B501,B502,B503,B504,B505,"
    "B506,B507,B508,B509,B601,B602,B603,B604,B605,B606,B607,B608,B609,B610,B611,B612,B613,"
    "B614,B615,B701,B702,B703,B704")
#: validator.PLUGIN_REQUIRED_METADATA
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author",
                     "email", "about", "tracker", "repository")
SUSPICIOUS_EXTENSIONS = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd")
MAX_UPLOAD = 25_000_000


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_plugin

    parent = tmp_path_factory.mktemp("release")
    plugin_dir = build_plugin.build(parent / "build")
    zip_path = build_plugin.make_zip(plugin_dir, parent / f"{PACKAGE}.zip")
    extracted = parent / "extracted"
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(extracted)
    return zip_path, extracted


def _bandit(folder, *selection):
    done = subprocess.run(
        [sys.executable, "-m", "bandit", "-r", str(folder), "-f", "json", "--quiet",
         *selection], capture_output=True, text=True, timeout=300)
    assert done.stdout.strip(), f"bandit gave no report: {done.stderr[-2000:]}"
    report = json.loads(done.stdout)
    assert not report["errors"], report["errors"]
    return [f"{r['filename'].replace(str(folder), '')}:{r['line_number']} {r['test_id']} "
            f"{r['issue_severity']} {r['issue_text']}" for r in report["results"]]


def test_bandit_with_the_sites_rules_finds_nothing(release):
    _, extracted = release
    assert _bandit(extracted, "-t", SITE_BANDIT_TESTS) == []


def test_bandit_without_rule_selection_finds_nothing(release):
    _, extracted = release
    assert _bandit(extracted, "-ll") == []


def test_zip_passes_the_validators_package_rules(release):
    zip_path, _ = release
    assert zip_path.stat().st_size <= MAX_UPLOAD
    with zipfile.ZipFile(zip_path) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        infos = archive.infolist()
    assert {name.split("/")[0] for name in names} == {PACKAGE}
    assert re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", PACKAGE) and PACKAGE.isidentifier()
    for name in names:
        parts = name.split("/")
        assert ".." not in name and not name.startswith("/") and "\\" not in name, name
        assert ".pyc" not in name, name
        assert not {"__MACOSX", ".git", "__pycache__"} & set(parts), name
        assert not parts[-1].startswith("."), f"hidden file {name}"
        assert not name.lower().endswith(SUSPICIOUS_EXTENSIONS), name
    for info in infos:
        mode = info.external_attr >> 16
        assert not (info.filename.endswith(".py") and mode & 0o111), \
            f"{info.filename} is executable ({stat.filemode(mode)})"
    for required in ("__init__.py", "metadata.txt", "LICENSE"):
        assert f"{PACKAGE}/{required}" in names


def test_metadata_has_what_the_validator_requires(release):
    zip_path, _ = release
    with zipfile.ZipFile(zip_path) as archive:
        parser = configparser.ConfigParser()
        parser.optionxform = str
        parser.read_string(archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8"))
        metadata = dict(parser.items("general"))
        missing = [key for key in REQUIRED_METADATA if not metadata.get(key, "").strip()]
        assert missing == []
        assert "/" not in metadata["author"]
        assert f"{PACKAGE}/{metadata['icon'].removeprefix('./')}" in archive.namelist()
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", metadata["email"])
    for key in ("tracker", "repository", "homepage"):
        assert re.match(r"^https://[^/\s]+/\S+$", metadata[key]), key
    for flag in ("experimental", "deprecated", "server"):
        assert metadata.get(flag, "False").lower() in ("true", "false", "yes", "no", "1", "0")


def test_the_built_plugin_finds_its_resources_inside_the_package(release):
    _, extracted = release
    plugin = extracted / PACKAGE
    code = ("import sys, json; sys.path.insert(0, sys.argv[1]);"
            "from soil_resp_plugin.resources import resource_path;"
            "print(json.dumps([str(resource_path(n)) for n in sys.argv[2:]]))")
    names = ["icon.svg"] + [f"models/{p.name}" for p in (plugin / "resources" / "models")
                            .glob("*.model3")]
    done = subprocess.run([sys.executable, "-c", code, str(extracted), *names],
                          capture_output=True, text=True, timeout=60, check=True)
    for path in json.loads(done.stdout):
        assert pathlib.Path(path).resolve().is_relative_to(plugin.resolve()), path
    source = (plugin / "resources.py").read_text(encoding="utf-8")
    assert "parent.parent" not in source and "_PACKAGE.parent" not in source


# ----------------------------------------------------------------------------- QGIS 4 (Qt6)
#: Qt5-only spellings (PyQt6 and QGIS 4 lack them); soil_resp_plugin/compat.py maps them.
QT5_ONLY = [
    (r"\.exec_\s*\(", "exec_() (use exec())"),
    (r"\bPyQt5\b", "a PyQt5 import (use qgis.PyQt)"),
    (r"\bQVariant\s*\.\s*[A-Z]", "a QVariant type (compat.FieldType)"),
    (r"\bQgsProcessing\s*\.\s*Type", "QgsProcessing.Type* (compat.SourceType)"),
    (r"\bQgsProcessingParameterNumber\s*\.\s*(Integer|Double)\b",
     "QgsProcessingParameterNumber.Integer/Double (compat.NumberType)"),
    (r"\bQgsProcessingParameterFile\s*\.\s*(Folder|File)\b",
     "QgsProcessingParameterFile.Folder/File (compat.FileBehavior)"),
    (r"\bQgsProcessingParameterDefinition\s*\.\s*Flag",
     "QgsProcessingParameterDefinition.Flag* (compat.ParameterFlag)"),
    (r"\bQgsWkbTypes\s*\.\s*[A-Z]", "a QgsWkbTypes value (compat.WkbType/GeometryType)"),
    # an unscoped enum value: Class.Member not followed by '.' or '(' (Qt6 needs
    # Class.Enum.Member, which PyQt5 and QGIS 3.22 also accept)
    (r"\b(Qt|QMessageBox|QDialogButtonBox|QSizePolicy|QAbstractItemView|QHeaderView|QFrame|"
     r"QDialog|QLineEdit|QComboBox|QTextEdit|QPlainTextEdit|QFont|QPalette|QEvent|QIODevice|"
     r"QStyle|QAction|QSystemTrayIcon|Qgis|QgsTask|QgsFeatureSink|QgsFeatureRequest|"
     r"QgsMapLayer|QgsRasterLayer|QgsVectorLayer|QgsMapLayerProxyModel|QgsMessageBar|"
     r"QgsRasterBandStats|QgsUnitTypes|QgsProcessingContext|QgsProcessingFeedback|"
     r"QgsProcessingParameterField|QgsProcessingParameterDateTime|QgsProcessingAlgorithm|"
     r"QgsProcessingOutputLayerDefinition|QgsProcessingParameterType)\s*\.\s*"
     r"(?P<member>[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)\b(?!\s*[.(])",
     "an unscoped enum value (use Class.Enum.Member)"),
]
#: enum classes and classes (not values) that the last pattern would otherwise match
NOT_VALUES = {"LayerDetails", "ProcessingSourceType", "ProcessingNumberParameterType",
              "ProcessingFileParameterBehavior", "ProcessingParameterFlag", "WkbType",
              "GeometryType", "MessageLevel"}


def _code_only(path):
    """The file's text with strings and comments blanked (line numbers kept)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out = [list(line) for line in lines]
    tokens = tokenize.generate_tokens(io.StringIO("".join(lines)).readline)
    for token in tokens:
        if token.type in (tokenize.STRING, tokenize.COMMENT):
            (row0, col0), (row1, col1) = token.start, token.end
            for row in range(row0, row1 + 1):
                start = col0 if row == row0 else 0
                end = col1 if row == row1 else len(out[row - 1])
                for col in range(start, end):
                    if out[row - 1][col] != "\n":
                        out[row - 1][col] = " "
    return ["".join(line) for line in out]


def qt5_only_constructs(path):
    """["<file>:<line>: <what>: <code>"] of every Qt5-only spelling in ``path``."""
    found = []
    for number, line in enumerate(_code_only(path), start=1):
        for pattern, what in QT5_ONLY:
            for match in re.finditer(pattern, line):
                if match.groupdict().get("member") in NOT_VALUES:
                    continue
                found.append(f"{path.name}:{number}: {what}: {line.strip()}")
    return found


PLUGIN_FILES = sorted(p for p in (ROOT / PACKAGE).rglob("*.py")
                      if p.name != "compat.py" and "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", PLUGIN_FILES, ids=lambda p: str(p.relative_to(ROOT / PACKAGE)))
def test_no_qt5_only_construct(path):
    assert qt5_only_constructs(path) == []


def test_the_scan_catches_qt5_only_spellings(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PyQt5.QtCore import QVariant\n"
        "dialog.exec_()\n"
        "QgsField('a', QVariant.Double)\n"
        "QgsProcessingParameterNumber('N', 'n', QgsProcessingParameterNumber.Integer)\n"
        "flags = QgsProcessingParameterDefinition.FlagAdvanced\n"
        "types = [QgsProcessing.TypeVector]\n"
        "box = QDialogButtonBox.Ok | QDialogButtonBox.Cancel\n"
        "level = Qgis.Warning\n"
        "ok = QDialogButtonBox.StandardButton.Ok  # scoped: fine\n"
        "text = 'exec_() in a string is fine'\n", encoding="utf-8")
    found = qt5_only_constructs(sample)
    assert [int(f.split(":")[1]) for f in found] == [1, 2, 3, 4, 5, 6, 7, 7, 8]


def test_supports_qt6_is_claimed_only_when_clean():
    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    claims = parser["general"].get("supportsQt6", "False").lower() in ("true", "yes", "1")
    if claims:
        found = [f for path in PLUGIN_FILES for f in qt5_only_constructs(path)]
        assert found == [], "supportsQt6=True but:\n" + "\n".join(found)


def test_no_reference_to_the_checkout_outside_the_package():
    """The plugin code never reaches for files next to the package (only the build copies
    the repository's resources/ and i18n/ in)."""
    for path in PLUGIN_FILES:
        text = path.read_text(encoding="utf-8")
        assert "parent.parent / \"resources\"" not in text, path
        assert "_PACKAGE.parent" not in text, path
    assert os.path.islink(ROOT / PACKAGE / "resources") or \
        (ROOT / PACKAGE / "resources" / "icon.svg").exists()
