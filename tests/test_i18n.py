"""Japanese translation: compiled, shipped in the plugin, and used by qgis_process."""
import subprocess

from conftest import ROOT, QgisProcess


def test_japanese_catalog_compiles_and_is_shipped(plugin_build):
    ts = ROOT / "i18n" / "soil_resp_plugin_ja.ts"
    qm = plugin_build / "soil_resp_plugin" / "i18n" / "soil_resp_plugin_ja.qm"
    assert qm.exists() and qm.stat().st_size > 0
    done = subprocess.run(["lrelease", str(ts), "-qm", "/dev/null"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_qgis_process_shows_japanese_names(plugin_build, tmp_path):
    ini = tmp_path / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[locale]\nuserLocale=ja\noverrideFlag=true\n", encoding="utf-8")
    listing = QgisProcess(plugin_build, tmp_path)("list")
    provider = listing["providers"]["soilresp"]
    assert provider["name"] == "土壌呼吸"
    names = {a["name"] for a in provider["algorithms"].values()}
    assert "合成デモデータセットを作成" in names
    assert "土壌呼吸モデルの学習" in names
