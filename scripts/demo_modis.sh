#!/bin/bash
# Second demo variant: a folder of SYNTHETIC raw MODIS granules (several sinusoidal tiles, daily
# Terra+Aqua LST with cloud gaps, 500 m LAI/FPAR and GPP, 1 km 16-day NDVI, yearly land cover)
# goes through import -> extract -> train -> upscale with qgis_process, without mosaicking,
# compositing or resampling anything by hand. Prints the land coverage of every period's map
# and the share of gap-filled pixels.   make demo-modis [DEMO_MODIS_DIR=...] [MODIS_CELLS=200]
set -euo pipefail
OUT="${1:-$PWD/demo_modis_output}"
CELLS="${2:-200}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export QT_QPA_PLATFORM=offscreen
export QGIS_PLUGINPATH="${PLUGIN_BUILD:-$ROOT/build}"  # make plugin builds it
export QGIS_CUSTOM_CONFIG_PATH="${QGIS_CUSTOM_CONFIG_PATH:-$ROOT/build/qgis_profile}"
mkdir -p "$QGIS_CUSTOM_CONFIG_PATH"
QP="qgis_process.bin"
# pyhdf writes the granules (demo only; the plugin reads them through GDAL): the dev venv has it
PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || PY=/usr/bin/python3
$QP plugins enable soil_resp_plugin >/dev/null 2>&1 || true  # fails when already enabled
if [ -e "$OUT" ]; then
  echo "Output folder $OUT exists; remove it or pass another folder: make demo-modis DEMO_MODIS_DIR=/path" >&2
  exit 1
fi
mkdir -p "$OUT"
START=$(date +%s)

echo "== SYNTHETIC raw MODIS granules over Japan: tiles h28-h29 x v05-v06, $CELLS cells across a 1 km tile (real: 1200)"
"$PY" "$ROOT/scripts/make_modis_demo.py" "$OUT/data" --cells "$CELLS" --sites 30 --seed 42
GRANULES="$OUT/data/granules"
ls "$GRANULES"/2017 | sed -n '1p;$p' | sed 's/^/   e.g. /'

echo "== import observations (SYNTHETIC chamber table: 30 sites, daily SR in g C m-2 d-1)"
$QP run soilresp:importobservations -- TABLE="$OUT/data/sites.csv" SITE_FIELD=site \
  TIME_FIELD=time FLUX_FIELD=sr FLUX_UNIT=2 MIN_RECORDS_PER_DAY=1 \
  OUTPUT="$OUT/observations.gpkg" QC_TABLE="$OUT/observations_qc.csv" >/dev/null

echo "== catalog of the raw granule folder (tiles mosaicked, daily LST composited, 500 m averaged, land cover by mode)"
$QP run soilresp:describecatalog -- PREDICTORS="$GRANULES" OUTPUT="$OUT/predictor_catalog.csv" >/dev/null
"$PY" - "$OUT/predictor_catalog.csv" <<'PY'
import sys, pandas as pd
rows = pd.read_csv(sys.argv[1])
for _, r in rows.iterrows():
    print(f"   {r.variable:10s} {r['product']:18s} {r.time_step:7s} tiles {r.tiles}; {r.resampling.split(',')[0]}")
PY

echo "== training table: predictors at the sites for each 8-day period, straight from the granules"
$QP run soilresp:extracttrainingdata -- OBSERVATIONS="$OUT/observations.gpkg" \
  PREDICTORS="$GRANULES" TIME_FEATURES=true OUTPUT="$OUT/training_table.gpkg" \
  OUTPUT_CSV="$OUT/training_table.csv" >/dev/null

echo "== train the remote-sensing model (leave-one-location-out)"
$QP run soilresp:trainmodel -- INPUT="$OUT/training_table.gpkg" MODELS=0 SCHEMES=0 N_TREES=200 \
  SEED=42 OUTPUT_FOLDER="$OUT/models" REPORT="$OUT/models/report.html" \
  METRICS="$OUT/models/cv_metrics.csv" >/dev/null
"$PY" - "$OUT/models/cv_metrics.csv" <<'PY'
import sys, pandas as pd
m = pd.read_csv(sys.argv[1])
cols = [c for c in ("model", "scheme", "r2", "rmse", "n") if c in m.columns]
print(m[cols].head(4).to_string(index=False))
PY

echo "== upscale 2017 (3 periods) onto EPSG:4326 at 0.01 degree, gap filling on (default)"
$QP run soilresp:upscale -- MODEL="$OUT/models/sr_rs.joblib" PREDICTORS="$GRANULES" \
  START_DATE=2017-05-25 END_DATE=2017-06-17 TARGET_CRS=EPSG:4326 RESOLUTION=0.01 \
  EXTENT="135.0,141.0,33.5,39.5 [EPSG:4326]" OUTPUT_FOLDER="$OUT/maps" >/dev/null

echo "== coverage of land per period (land = MCD12Q1 land cover on the map grid) and filled pixels"
"$PY" - "$ROOT" "$OUT" <<'PY'
import glob, os, sys
sys.path.insert(0, sys.argv[1])
import numpy as np, rasterio
from soil_resp_plugin.core.catalog import PredictorCatalog, close_datasets
from soil_resp_plugin.core.catalog import Grid
out = sys.argv[2]
catalog = PredictorCatalog.from_folder(os.path.join(out, "data", "granules"))
for path in sorted(glob.glob(os.path.join(out, "maps", "sr_???????.tif"))):
    label = os.path.basename(path)[3:10]
    with rasterio.open(path) as m, rasterio.open(os.path.join(out, "maps", f"filled_{label}.tif")) as f:
        sr, flags, tags = m.read(1), f.read(1), f.tags()
        grid = Grid.of(m)
    import datetime as dt
    period = dt.datetime.strptime(label, "%Y%j").date()
    land = catalog.read("landcover", period, grid=grid)
    land = np.isfinite(land) & (land != 17)
    mapped = sr != -9999
    filled = mapped & (flags != 0) & (flags != 2**32 - 1)
    lst_bit = next((1 << int(k.split("_")[-1]) for k, v in tags.items()
                    if k.startswith("FILLED_BIT_") and v == "lst_day"), 0)
    print(f"   {period}: {mapped[land].mean():.1%} of {land.sum():,} land pixels mapped "
          f"({(mapped & ~land).sum()} outside land); {filled.sum() / max(mapped.sum(), 1):.1%} "
          f"of mapped pixels gap-filled (LST filled: {((flags & lst_bit) != 0)[mapped].mean():.1%})")
close_datasets()
PY
echo
echo "SYNTHETIC demo outputs are in $OUT ($(( $(date +%s) - START )) s)"
echo "  data/granules/  raw HDF-EOS2 granules as downloaded (README.txt says what is made up)"
echo "  data/sites.csv  daily chamber SR of 30 sites following a known truth"
echo "  observations.gpkg, predictor_catalog.csv, training_table.gpkg/.csv, models/"
echo "  maps/           sr_YYYYDDD.tif (EPSG:4326, 0.01 degree) + filled_YYYYDDD.tif (bit mask of gap-filled predictors)"
