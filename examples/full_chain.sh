#!/bin/bash
# The whole chain as ONE run of the shipped model soilresp:fullchain: COSORE observations ->
# training table -> models (+ report) -> 8-day maps (+ uncertainty, applicability) -> monthly
# and annual totals -> intercomparison with another product and the sites.
#
#   examples/full_chain.sh OUT_FOLDER
#
# Settings (environment variables):
#   DATA        demo-layout folder: observations/ (COSORE folders), predictors (scanned
#               recursively), global_product/*.nc. Default: a synthetic demo made in OUT/data.
#   OBSERVATIONS, PREDICTORS, OTHER_PRODUCT   override the parts of DATA
#   FIRST_DAY, LAST_DAY   days to map (default: 2005-01-01 .. 2005-12-31; whole years give
#               annual totals)
#   N_TREES (default 500), COSORE_TIMESTAMPS (0 UTC as in COSORE releases, 1 local time:
#               the demo; default 1 for the demo, 0 otherwise)
set -euo pipefail
OUT="${1:?usage: $0 OUT_FOLDER}"
source "$(dirname "$0")/env.sh"
if [ -e "$OUT" ] && [ -n "$(ls -A "$OUT")" ]; then
  echo "Output folder $OUT is not empty; remove it or give another one" >&2
  exit 1
fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
if [ -z "${DATA:-}" ]; then
  echo "== synthetic demo dataset in $OUT/data"
  $QP run soilresp:createdemodata -- OUTPUT_FOLDER="$OUT/data" SEED=42 START_YEAR=2005 \
    N_YEARS=1 CELL_SIZE="${CELL_SIZE:-0.1}" >/dev/null
  DATA="$OUT/data"
  COSORE_TIMESTAMPS="${COSORE_TIMESTAMPS:-1}"
fi
OBSERVATIONS="${OBSERVATIONS:-$DATA/observations}"
PREDICTORS="${PREDICTORS:-$DATA}"
OTHER_PRODUCT="${OTHER_PRODUCT:-$(ls "$DATA"/global_product/*.nc | head -1)}"

echo "== whole chain: soilresp:fullchain ${FIRST_DAY:-2005-01-01} .. ${LAST_DAY:-2005-12-31}"
$QP run soilresp:fullchain -- \
  observations="$OBSERVATIONS" predictors="$PREDICTORS" other_product="$OTHER_PRODUCT" \
  cosore_timestamps="${COSORE_TIMESTAMPS:-0}" n_trees="${N_TREES:-500}" \
  first_day="${FIRST_DAY:-2005-01-01}" last_day="${LAST_DAY:-2005-12-31}" \
  "extract:training table=$OUT/training_table.gpkg" \
  "train:models=$OUT/models" "train:training report=$OUT/models/report.html" \
  "upscale:maps=$OUT/maps" \
  "totals:totals=$OUT/totals" "totals:totals table=$OUT/totals/totals.gpkg" \
  "compare:comparison statistics=$OUT/comparison/statistics.gpkg" \
  "compare:difference other - ours=$OUT/comparison/difference.tif" \
  "compare:comparison report=$OUT/comparison/report.html"
echo
echo "Outputs in $OUT: training_table.gpkg, models/ (+ report.html), maps/, totals/,"
echo "comparison/ (report.html, statistics.gpkg, difference.tif)"
