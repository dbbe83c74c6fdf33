"""Japanese translation: complete, up to date with the source, compiled, shipped in the
plugin, and used by qgis_process.

When one of these tests fails after a change to the plugin's strings: run ``make transup``
(``python3 scripts/update_translations.py``), translate the messages it reports as
untranslated in ``i18n/soil_resp_plugin_ja.ts`` and run the tests again.
"""
import collections
import re
import subprocess

import pytest
import update_translations
from conftest import ROOT, QgisProcess

TS = ROOT / "i18n" / "soil_resp_plugin_ja.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _short(text, width=90):
    text = text.replace("\n", "\\n")
    return text if len(text) <= width else text[:width] + "…"


@pytest.fixture(scope="module")
def catalog():
    """{source: (translation, type)} of the Japanese .ts file."""
    return {source: (text, kind) for source, text, kind in update_translations.read_ts(TS)}


def test_every_tr_call_has_a_text_the_extraction_sees():
    """A tr() on a variable or an f-string never reaches the .ts file, so it stays English.
    Literal tables looped over (``[tr(label) for _, label in CHOICES]``) are extracted row by
    row and pass; anything else must become ``tr("literal")`` formatted afterwards."""
    unresolved = update_translations.unresolved_calls()
    assert not unresolved, (
        "tr() calls whose text is not a string literal (write tr(\"literal\").format(...)):\n"
        + "\n".join(unresolved)
    )


def test_every_extracted_string_has_a_finished_japanese_translation(catalog):
    strings = update_translations.source_strings()
    assert len(strings) > 250  # names, groups, help, labels, choices, menu, dialog texts
    missing = [f"{where}: {_short(text)}" for text, where in strings.items() if text not in catalog]
    assert not missing, (
        f"{len(missing)} strings of the source are not in {TS.name}; run `make transup` and "
        "translate them:\n" + "\n".join(missing)
    )
    unfinished = [
        f"{strings[text]}: {_short(text)}" for text in strings
        if catalog[text][1] in ("unfinished", "obsolete", "vanished")
        or not (catalog[text][0] or "").strip()
    ]
    assert not unfinished, (
        f"{len(unfinished)} untranslated messages in {TS.name}:\n" + "\n".join(unfinished)
    )


def test_menu_items_are_extracted():
    strings = update_translations.source_strings()
    for text in ("&Soil Respiration", "Create synthetic demo dataset…",
                 "Upscale in background…", "Aggregate SR maps in time…"):
        assert text in strings, text


def test_translations_keep_every_placeholder_and_paragraph(catalog):
    wrong = []
    for source, (text, kind) in catalog.items():
        if not text or kind in ("unfinished", "obsolete", "vanished"):
            continue
        if collections.Counter(PLACEHOLDER.findall(source)) != collections.Counter(
                PLACEHOLDER.findall(text)):
            wrong.append(f"placeholders {PLACEHOLDER.findall(source)} -> "
                         f"{PLACEHOLDER.findall(text)}: {_short(source)}")
        if source.count("\n\n") != text.count("\n\n"):
            wrong.append(f"paragraphs {source.count(chr(10) * 2)} -> "
                         f"{text.count(chr(10) * 2)}: {_short(source)}")
    assert not wrong, "\n".join(wrong)


def test_japanese_catalog_compiles_and_is_shipped(plugin_build):
    qm = plugin_build / "soil_resp_plugin" / "i18n" / "soil_resp_plugin_ja.qm"
    assert qm.exists() and qm.stat().st_size > 0
    done = subprocess.run(["lrelease", str(TS), "-qm", "/dev/null"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert "untranslated" not in done.stdout + done.stderr, done.stdout + done.stderr


@pytest.fixture(scope="module")
def japanese_qgis_process(plugin_build, tmp_path_factory):
    config = tmp_path_factory.mktemp("qgis_ja")
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[locale]\nuserLocale=ja\noverrideFlag=true\n", encoding="utf-8")
    return QgisProcess(plugin_build, config)


def test_qgis_process_shows_japanese_names(japanese_qgis_process):
    listing = japanese_qgis_process("list")
    provider = listing["providers"]["soilresp"]
    assert provider["name"] == "土壌呼吸"
    names = {a["name"] for a in provider["algorithms"].values()}
    assert "合成デモデータセットを作成" in names
    assert "土壌呼吸モデルの学習" in names


def test_qgis_process_shows_japanese_help_labels_and_choices(japanese_qgis_process):
    help_text = japanese_qgis_process("help", "soilresp:upscale", json_output=False).stdout
    # help text (its own part and the shared predictor part), parameter labels, enum choices
    assert "8日間期間ごとに 1 枚の土壌呼吸マップ" in help_text
    assert "適用可能領域マスク" in help_text
    assert "説明変数: フォルダ(再帰的に走査)" in help_text
    assert "モデルファイル(「土壌呼吸モデルの学習」の出力)" in help_text
    assert "非類似度指数と適用可能領域マスク" in help_text
    assert "Applies a model" not in help_text


def test_qgis_process_shows_core_errors_in_japanese(japanese_qgis_process, tmp_path):
    """A bad input found by the core (no predictor raster in the folder) reaches a Japanese
    user in Japanese, with the parameter's Japanese label, the folder and the {{variable}}
    example of the message intact (the core's tr(), installed by the plugin)."""
    folder = tmp_path / "no_rasters"
    folder.mkdir()
    (folder / "notes.tif").write_bytes(b"not a raster")
    done = japanese_qgis_process.run("soilresp:describecatalog", check=False,
                                     PREDICTORS=folder, OUTPUT=tmp_path / "catalog.gpkg")
    text = done.stdout + done.stderr
    assert done.returncode != 0
    assert "に説明変数のラスタが見つかりませんでした" in text, text
    assert str(folder) in text and "{variable}_%Y%m%d.tif" in text
    assert "No predictor rasters recognised" not in text
    assert "Traceback" not in text
    assert "'説明変数のフォルダまたはファイル(フォルダは再帰的に走査)' (PREDICTORS)" in text


def test_menu_items_show_in_japanese(qgis_iface, plugin_build):
    """The three menu items and the menu title go through the translator (they used to be
    tr() on a variable, never extracted, so always English)."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from soil_resp_plugin.gui.menu import create_actions, menu_title

    translator = QTranslator()
    assert translator.load(str(plugin_build / "soil_resp_plugin" / "i18n"
                               / "soil_resp_plugin_ja.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        texts = [action.text() for action in create_actions(qgis_iface)]
        title = menu_title()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert texts == ["合成デモデータセットを作成…", "バックグラウンドでアップスケーリング…",
                     "土壌呼吸マップの時間集計…"]
    assert title == "土壌呼吸(&S)"


# -- the HTML reports follow the locale for headings, labels and fixed sentences ------------
@pytest.fixture(scope="module")
def small_training_result():
    import pandas as pd
    from test_model import COSORE_TABLE, INSITU_SITE

    from soil_resp_plugin.core import model as core_model

    spec = core_model.ModelSpec("custom", "custom", INSITU_SITE)
    return core_model.train_models(pd.read_csv(COSORE_TABLE), [spec],
                                   hyperparameters={"n_estimators": 20}, seed=3, n_boot=100)


def test_training_report_is_english_by_default_and_every_heading_goes_through_tr(
        small_training_result):
    from soil_resp_plugin.core import report as core_report

    english = core_report.render(small_training_result)
    assert "<h1>Soil respiration models</h1>" in english
    for heading in ("Flags", "Cross-validated metrics (pooled)", "Predictor importance",
                    "Partial dependence of the final models", "Area of applicability",
                    "Data", "Models and settings"):
        assert f"<h2>{heading}</h2>" in english, heading
    assert "rows used" in english and "All models were trained and validated" in english
    # a marking translator reaches every heading (none is left as a plain English literal)
    marked = core_report.render(small_training_result, tr=lambda text: "@" + text)
    headings = re.findall(r"<h[12]>(.*?)</h[12]>", marked)
    assert len(headings) >= 8
    assert all(h.startswith("@") for h in headings), headings


def test_training_report_headings_are_japanese_under_the_japanese_locale(
        japanese_qgis_process, tmp_path):
    from test_model import COSORE_TABLE, INSITU_SITE

    report = tmp_path / "report.html"
    japanese_qgis_process.run(
        "soilresp:trainmodel", INPUT=COSORE_TABLE, MODELS=3, PREDICTORS=";".join(INSITU_SITE),
        N_TREES=20, N_BOOT=100, SEED=5, OUTPUT_FOLDER=tmp_path / "models", REPORT=report)
    text = report.read_text(encoding="utf-8")
    for japanese in ("<h1>土壌呼吸モデル</h1>", "<h2>交差検証による評価指標(全体)</h2>",
                     "<h2>説明変数の重要度</h2>", "<h2>モデルと設定</h2>",
                     "<h2>適用可能領域</h2>", "<h2>ベースラインとスキル</h2>"):
        assert japanese in text, japanese
    for english in ("Soil respiration models", "Cross-validated metrics (pooled)",
                    "Predictor importance", "Models and settings", "Baselines and skill"):
        assert english not in text, english
    # data values, column names and units stay as they are
    assert "g C m-2 d-1" in text and "RMSE" in text
