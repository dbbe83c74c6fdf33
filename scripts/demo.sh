#!/bin/bash
# The demo chain on the synthetic Japan region, through qgis_process as a user would script it.
set -euo pipefail
OUT="${1:-$PWD/demo_output}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export QT_QPA_PLATFORM=offscreen
export QGIS_PLUGINPATH="$ROOT/build"
export QGIS_CUSTOM_CONFIG_PATH="${QGIS_CUSTOM_CONFIG_PATH:-$ROOT/build/qgis_profile}"
mkdir -p "$QGIS_CUSTOM_CONFIG_PATH"
QP="qgis_process.bin"
$QP plugins enable soil_resp_plugin >/dev/null 2>&1 || true  # fails when already enabled
if [ -e "$OUT" ]; then
  echo "Output folder $OUT exists; remove it or pass another folder: make demo DEMO_DIR=/path" >&2
  exit 1
fi
mkdir -p "$OUT"

echo "== synthetic demo dataset (seed 42, 2005-2006, 0.05 deg)"
$QP run soilresp:createdemodata -- OUTPUT_FOLDER="$OUT/data" SEED=42 START_YEAR=2005 N_YEARS=2

echo "== import observations (8 COSORE-style site folders, local-time clocks)"
$QP run soilresp:importobservations -- INPUT="$OUT/data/observations" COSORE_TIMESTAMPS=1 \
  OUTPUT="$OUT/observations.gpkg" QC_TABLE="$OUT/observations_qc.csv" \
  OUTPUT_CSV="$OUT/observations.csv"

echo "== predictor catalog and training table (predictors at the sites for each 8-day period)"
$QP run soilresp:describecatalog -- PREDICTORS="$OUT/data/predictors" \
  PREDICTORS="$OUT/data/insitu" PREDICTORS="$OUT/data/static" \
  OUTPUT="$OUT/predictor_catalog.csv" >/dev/null
$QP run soilresp:extracttrainingdata -- OBSERVATIONS="$OUT/observations.gpkg" \
  PREDICTORS="$OUT/data/predictors" PREDICTORS="$OUT/data/insitu" PREDICTORS="$OUT/data/static" \
  TEMPORAL_MAPPING=0 WINDOW_SIZE=1 TIME_FEATURES=true MISSING=0 \
  OUTPUT="$OUT/training_table.gpkg" OUTPUT_CSV="$OUT/training_table.csv"

# needs $OUT/training_table.gpkg from the training-table extraction step above
# QC_TABLE: the import's QC counts, shown in the report as the observations' QC provenance
echo "== train models: remote sensing only vs remote sensing + in-situ, leave-one-location-out"
$QP run soilresp:trainmodel -- INPUT="$OUT/training_table.gpkg" MODELS=0,1 SEED=42 \
  QC_TABLE="$OUT/observations_qc.csv" \
  OUTPUT_FOLDER="$OUT/models" REPORT="$OUT/models/report.html" \
  METRICS="$OUT/models/cv_metrics.csv" CV_PREDICTIONS="$OUT/models/cv_predictions.gpkg"
$QP run soilresp:describemodel -- MODEL="$OUT/models/sr_rs_insitu.joblib" >/dev/null

echo "== upscale the in-situ model to 8-day SR maps for 2005 (+ uncertainty, applicability)"
$QP run soilresp:upscale -- MODEL="$OUT/models/sr_rs_insitu.joblib" \
  PREDICTORS="$OUT/data/predictors" PREDICTORS="$OUT/data/insitu" PREDICTORS="$OUT/data/static" \
  START_DATE=2005-01-01 END_DATE=2005-12-31 UNCERTAINTY=true AOA=1 OUTPUT_FOLDER="$OUT/maps"
/usr/bin/python3 - "$OUT" <<'PY'
import glob, os, sys
import numpy as np, rasterio
out = sys.argv[1]
errors = []
for path in sorted(glob.glob(os.path.join(out, "maps", "sr_???????.tif"))):
    label = os.path.basename(path)[3:10]
    with rasterio.open(path) as m, rasterio.open(os.path.join(out, "data", "truth", f"sr_true_doy{label}.tif")) as t:
        a, b = m.read(1), t.read(1)
    ok = (a != -9999) & (b != -9999)
    errors.append(a[ok] - b[ok])
    print(f"   {label}: RMSE {np.sqrt(np.mean((a[ok] - b[ok]) ** 2)):.3f}, bias {np.mean(a[ok] - b[ok]):+.3f} g C m-2 d-1 vs truth ({ok.sum()} cells)")
e = np.concatenate(errors)
print(f"   all periods: RMSE {np.sqrt(np.mean(e ** 2)):.3f}, bias {e.mean():+.3f} g C m-2 d-1")
PY
echo "== monthly and annual totals of 2005 (g C m-2, Tg C yr-1)"
$QP run soilresp:aggregatetime -- INPUT="$OUT/maps" OUTPUT_FOLDER="$OUT/totals" \
  OUTPUT_TABLE="$OUT/totals/totals.gpkg"

# keep this step last among the processing steps: it reads the upscaled 8-day maps
echo "== compare the SR maps with two products at once (0.5 deg monthly; 1 km static) and the sites"
MAPS="$OUT/maps"  # 8-day sr_YYYYDDD.tif of the upscaling step
if [ ! -d "$MAPS" ]; then
  echo "   (no upscaled maps in $MAPS: comparing the synthetic truth instead)"
  MAPS="$OUT/data/truth"
fi
mkdir -p "$OUT/comparison" "$OUT/products"
echo "   second product: a static annual 1 km map, 0.85 x the truth's mean annual total"
/usr/bin/python3 - "$ROOT" "$OUT" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from soil_resp_plugin.core.comparison_demo import write_static_product
path, years = write_static_product(sys.argv[2] + "/data/truth",
                                   sys.argv[2] + "/products/synthetic_static_rs_1km.tif")
print(f"   {path}: 0.85 x mean annual truth {years}")
PY
$QP run soilresp:compareproducts -- OUR_MAPS="$MAPS" \
  OTHER_PRODUCTS="$OUT/data/global_product/synthetic_global_rs_monthly_0p5deg.nc" \
  OTHER_PRODUCTS="$OUT/products/synthetic_static_rs_1km.tif" \
  OBSERVATIONS="$OUT/observations.gpkg" STATISTICS="$OUT/comparison/statistics.gpkg" \
  STATISTICS_CSV="$OUT/comparison/statistics.csv" DIFFERENCE="$OUT/comparison/difference.tif" \
  MAPS_FOLDER="$OUT/comparison/maps" SPATIAL_DETAIL_CSV="$OUT/comparison/spatial_detail.csv" \
  TEMPORAL_DETAIL_CSV="$OUT/comparison/temporal_detail.csv" \
  REPORT="$OUT/comparison/report.html"

echo
echo "Demo outputs are in $OUT"
echo "  data/        synthetic predictors, truth, observations, global product (see data/README.md)"
echo "  observations.gpkg / .csv, observations_qc.csv   site x 8-day observation table, QC counts"
echo "  predictor_catalog.csv, training_table.gpkg / .csv (+ .units.json)   predictors per site x period"
echo "  models/      sr_rs.joblib, sr_rs_insitu.joblib (+ .json sidecars), report.html, CV metrics"
echo "  maps/        8-day SR maps sr_YYYYDDD.tif (+ sr_sd_, di_, aoa_, sr.vrt) of 2005"
echo "  totals/      monthly and annual totals of 2005, region total, totals.csv"
echo "  products/    a second synthetic product: static annual 1 km map (0.85 x truth)"
echo "  comparison/  maps vs both products and the sites: report.html (claims a-c), statistics.csv,"
echo "               spatial_detail.csv, temporal_detail.csv, difference.tif, maps/ (difference + ratio per product)"
