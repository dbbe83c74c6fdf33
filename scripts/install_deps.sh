#!/bin/sh
# Install the Debian packages the plugin, its tests and its demo need, only if missing.
set -e
PKGS="qgis python3-qgis qgis-providers python3-numpy python3-sklearn python3-rasterio \
python3-pandas python3-joblib python3-matplotlib python3-netcdf4 python3-dask \
python3-distributed python3-venv python3-pip gdal-bin qttools5-dev-tools xvfb make"
MISSING=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || MISSING="$MISSING $p"
done
[ -z "$MISSING" ] && exit 0
echo "Installing Debian packages:$MISSING"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $MISSING
