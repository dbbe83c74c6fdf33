#!/bin/bash
# Several years of 8-day maps and totals, one year at a time, resumable: run it again after an
# interruption (Ctrl+C, a killed job, a full disk) and every complete map is kept (RESUME=true),
# only the missing periods are computed; a year's totals are redone from its maps.
#
#   examples/multi_year_batch.sh MODEL.joblib PREDICTOR_FOLDER OUT_FOLDER
#
# Settings (environment variables):
#   YEARS        years to map (default "2005 2006")
#   FIRST_MMDD, LAST_MMDD   part of each year (default 01-01 .. 12-31)
#   THREADS      threads per run (default 0: all cores)
#   RESUME       true (default): keep complete maps of an earlier or interrupted run;
#                false: refuse to touch a year folder that already has maps
set -euo pipefail
MODEL="${1:?usage: $0 MODEL.joblib PREDICTOR_FOLDER OUT_FOLDER}"
PREDICTORS="${2:?usage: $0 MODEL.joblib PREDICTOR_FOLDER OUT_FOLDER}"
OUT="${3:?usage: $0 MODEL.joblib PREDICTOR_FOLDER OUT_FOLDER}"
source "$(dirname "$0")/env.sh"
YEARS="${YEARS:-2005 2006}"
RESUME="${RESUME:-true}"
mkdir -p "$OUT"
for YEAR in $YEARS; do
  echo "== $YEAR: 8-day maps ${YEAR}-${FIRST_MMDD:-01-01} .. ${YEAR}-${LAST_MMDD:-12-31} (RESUME=$RESUME)"
  $QP run soilresp:upscale -- MODEL="$MODEL" PREDICTORS="$PREDICTORS" \
    START_DATE="${YEAR}-${FIRST_MMDD:-01-01}" END_DATE="${YEAR}-${LAST_MMDD:-12-31}" \
    UNCERTAINTY=true RESUME="$RESUME" THREADS="${THREADS:-0}" OUTPUT_FOLDER="$OUT/$YEAR/maps"
  # the totals are derived from the maps: recomputed (OVERWRITE) on every run
  echo "== $YEAR: monthly and annual totals"
  $QP run soilresp:aggregatetime -- INPUT="$OUT/$YEAR/maps" OUTPUT_FOLDER="$OUT/$YEAR/totals" \
    OUTPUT_TABLE="$OUT/$YEAR/totals/totals.gpkg" OVERWRITE=true
done
echo "Done: $OUT/<year>/maps and $OUT/<year>/totals for $YEARS"
