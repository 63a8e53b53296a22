#!/usr/bin/env bash
# The CDS Hooks benchmark: `eligo serve` on 50 trials (the four seed trials, copied under
# new ids) answering a patient-view hook for a patient with 40 observations (sample P03,
# bench/serve_hook.py), under wrk with concurrent connections. Prints p50/p90/p99 latency
# and requests/s, and fails unless p99 < 50 ms and no request failed.
#
#   bench/serve.sh                        builds eligo in Release (build/bench)
#   ELIGO_BIN=build-dev/eligo bench/serve.sh
#   ELIGO_BENCH_SECONDS=20 ELIGO_BENCH_CONNECTIONS=8 ELIGO_BENCH_THREADS=2 bench/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
seconds="${ELIGO_BENCH_SECONDS:-20}"
connections="${ELIGO_BENCH_CONNECTIONS:-8}"
threads="${ELIGO_BENCH_THREADS:-2}"
trials=50
observations=40
port="${ELIGO_BENCH_PORT:-18080}"

scripts/install-deps.sh wrk python3 curl
if [ -z "${ELIGO_BIN:-}" ]; then
  cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DELIGO_TESTS=OFF >/dev/null
  cmake --build build/bench -j"$(nproc)" --target eligo >/dev/null
  ELIGO_BIN="$root/build/bench/eligo"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/eligo-serve-bench.XXXXXX")"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# 50 trials: the seeds in turn, each copy under its own id.
mkdir "$work/trials"
seeds=(criteria/*.criteria)
for ((i = 0; i < trials; i++)); do
  seed="${seeds[i % ${#seeds[@]}]}"
  id="$(basename "$seed" .criteria)-$(printf '%02d' "$i")"
  sed "s/^id: .*/id: $id/" "$seed" >"$work/trials/$id.criteria"
done
python3 bench/serve_hook.py tests/inputs/data/P03-rrmm.bundle.json "$observations" >"$work/hook.json"

"$ELIGO_BIN" serve --trials "$work/trials" --port "$port" --as-of 2026-11-20 2>"$work/serve.log" &
server=$!
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$port/cds-services" >/dev/null 2>&1 && break
  sleep 0.1
done
url="http://127.0.0.1:$port/cds-services/eligo-trial-screening"
cards="$(curl -sf -H 'Content-Type: application/json' --data-binary @"$work/hook.json" "$url" |
         python3 -c 'import json,sys; print(len(json.load(sys.stdin)["cards"]))')"
echo "trials=$trials observations=$observations cards=$cards"
echo "wrk: $threads threads, $connections connections, ${seconds}s; $(nproc) cores"
ELIGO_HOOK_BODY="$work/hook.json" wrk -t"$threads" -c"$connections" -d"${seconds}s" \
  -s bench/serve.lua "$url" | tee "$work/wrk.out" | grep -E '^[a-z_0-9]+=' 
p99="$(sed -n 's/^p99_ms=//p' "$work/wrk.out")"
errors="$(sed -n 's/^errors=//p' "$work/wrk.out")"
if [ "$errors" != "0" ] || ! awk -v p="$p99" 'BEGIN { exit !(p < 50) }'; then
  echo "FAIL: p99 ${p99} ms (limit 50 ms), ${errors} errors" >&2
  exit 1
fi
echo "ok: p99 ${p99} ms < 50 ms"
