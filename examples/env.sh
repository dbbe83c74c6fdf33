# Sourced by the example scripts: qgis_process with the plugin enabled.
# QGIS_PLUGINPATH: folder holding soil_resp_plugin/ (default: the repository's build/, assembled
# here if missing); QGIS_CUSTOM_CONFIG_PATH: the QGIS profile qgis_process uses (default:
# build/qgis_profile, so your desktop profile is not touched). Debian's qgis_process wrapper
# passes an option QGIS 3.22 rejects, so qgis_process.bin is called (QP to change).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export QGIS_PLUGINPATH="${QGIS_PLUGINPATH:-$ROOT/build}"
export QGIS_CUSTOM_CONFIG_PATH="${QGIS_CUSTOM_CONFIG_PATH:-$ROOT/build/qgis_profile}"
QP="${QP:-qgis_process.bin}"
if [ ! -e "$QGIS_PLUGINPATH/soil_resp_plugin/metadata.txt" ]; then
  /usr/bin/python3 "$ROOT/scripts/build_plugin.py" "$QGIS_PLUGINPATH" >/dev/null
fi
mkdir -p "$QGIS_CUSTOM_CONFIG_PATH"
$QP plugins enable soil_resp_plugin >/dev/null 2>&1 || true  # fails when already enabled
