#!/bin/bash
# Upscaling on a dask.distributed cluster, here a local one: a scheduler and N worker processes
# on 127.0.0.1 started from the command line (what `dask scheduler` / `dask worker` run), then
# qgis_process with DASK_SCHEDULER. On a real cluster start the same commands on the nodes
# (docs/cluster.md) and give their scheduler's address. The processes are stopped on exit.
#
#   examples/dask_local_cluster.sh MODEL.joblib PREDICTOR_FOLDER OUT_FOLDER
#
# Settings (environment variables):
#   WORKERS      worker processes (default 2), one thread each
#   FIRST_DAY, LAST_DAY   days to map (default 2005-01-01 .. 2005-12-31)
#   PYTHON       Python of the scheduler and workers (default /usr/bin/python3; it needs
#                dask.distributed, numpy, scikit-learn, rasterio, joblib as QGIS's Python)
#   PORT         scheduler port (default: a free one)
set -euo pipefail
MODEL="${1:?usage: $0 MODEL.joblib PREDICTOR_FOLDER OUT_FOLDER}"
PREDICTORS="${2:?usage: $0 MODEL.joblib PREDICTOR_FOLDER OUT_FOLDER}"
OUT="${3:?usage: $0 MODEL.joblib PREDICTOR_FOLDER OUT_FOLDER}"
source "$(dirname "$0")/env.sh"
PYTHON="${PYTHON:-/usr/bin/python3}"
WORKERS="${WORKERS:-2}"
PORT="${PORT:-$($PYTHON -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
SCHEDULER="tcp://127.0.0.1:$PORT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/soilresp-dask.XXXXXX")"
PIDS=()
stop_cluster() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

echo "== dask scheduler on $SCHEDULER and $WORKERS worker(s) (logs in $WORK)"
(cd "$WORK" && exec "$PYTHON" -m distributed.cli.dask_scheduler --host 127.0.0.1 \
  --port "$PORT" --no-dashboard --no-show >"$WORK/scheduler.log" 2>&1) &
PIDS+=($!)
for i in $(seq 1 "$WORKERS"); do
  mkdir -p "$WORK/worker-$i"
  (cd "$WORK" && exec "$PYTHON" -m distributed.cli.dask_worker "$SCHEDULER" --host 127.0.0.1 \
    --nthreads 1 --name "worker-$i" --no-nanny --no-dashboard --memory-limit 0 \
    --local-directory "$WORK/worker-$i" --death-timeout 60 >"$WORK/worker-$i.log" 2>&1) &
  PIDS+=($!)
done
"$PYTHON" - "$SCHEDULER" "$WORKERS" <<'PY'
import sys
from distributed import Client
with Client(sys.argv[1], timeout=60) as client:
    client.wait_for_workers(int(sys.argv[2]), timeout=60)
    print(f"   {len(client.scheduler_info()['workers'])} worker(s) ready")
PY

echo "== upscale on the cluster ${FIRST_DAY:-2005-01-01} .. ${LAST_DAY:-2005-12-31}"
$QP run soilresp:upscale -- MODEL="$MODEL" PREDICTORS="$PREDICTORS" \
  START_DATE="${FIRST_DAY:-2005-01-01}" END_DATE="${LAST_DAY:-2005-12-31}" \
  UNCERTAINTY=true DASK_SCHEDULER="$SCHEDULER" OUTPUT_FOLDER="$OUT"
echo "Maps in $OUT"
