#!/usr/bin/env bash
# The CDS Hooks bench under load and faults (issue 17, item 7): `eligo serve` with --trust
# (an RSA key made here, every request with its own RS384 JWT signed up front by
# eligo_bench_tokens) and TLS (a self-signed certificate made here with openssl), on the
# 50 trials and the 40-observation patient of bench/serve.sh. In turn:
#   1. wrk at 16 then 64 connections: p50/p90/p99, requests/s, socket errors, non-2xx;
#      goals p99 < 50 ms at 16, p99 < 250 ms at 64, no failed or reset request;
#   2. the conditions left out of the prefetch, fetched from a FHIR server answering in
#      200 ms (bench/serve_fhir.py), at 16 connections: every hook within --fhir-deadline
#      (2000 ms) and every fetch made;
#   3. 10 MB bodies from 8 clients at once (413), then 100 slow clients (a byte a second,
#      bench/serve_flood.py): the peak RSS (VmHWM) grows by less than one body per client,
#      and a request made meanwhile is answered within 2 s.
# Each goal is reported met or NOT met; the exit status is 1 if any is not met.
#   bench/serve_secure.sh                         builds in Release (build/bench)
#   ELIGO_BENCH_SECONDS=10 bench/serve_secure.sh  shorter runs (default 60 s a level)
#   ELIGO_BENCH_RATE=1200                         tokens signed per second of run and level
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${ELIGO_BENCH_SECONDS:-60}"
fhir_seconds="${ELIGO_BENCH_FHIR_SECONDS:-20}"
rate="${ELIGO_BENCH_RATE:-1200}"
export ELIGO_BENCH_THREADS="${ELIGO_BENCH_THREADS:-2}"
port="${ELIGO_BENCH_PORT:-18443}"
flood_clients=8 flood_rounds=5 slow_clients=100 slow_seconds=20 deadline_ms=2000

scripts/install-deps.sh wrk python3 curl openssl
if [ -z "${ELIGO_BIN:-}" ]; then
  cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DELIGO_TESTS=OFF >/dev/null
  cmake --build build/bench -j"$(nproc)" --target eligo eligo_bench_tokens >/dev/null
  ELIGO_BIN="$PWD/build/bench/eligo"
fi
tokens_bin="${ELIGO_TOKENS_BIN:-$(dirname "$ELIGO_BIN")/bench/eligo_bench_tokens}"

work="$(mktemp -d "${TMPDIR:-/tmp}/eligo-serve-secure.XXXXXX")"
pids=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# Another server on the port would share it (httplib sets SO_REUSEPORT) and answer some
# requests: refuse to measure then.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "port $port is in use: stop what listens there, or set ELIGO_BENCH_PORT" >&2
  exit 1
fi

mkdir "$work/trials"
seeds=(criteria/*.criteria)
for ((i = 0; i < 50; i++)); do
  seed="${seeds[i % ${#seeds[@]}]}"
  id="$(basename "$seed" .criteria)-$(printf '%02d' "$i")"
  sed "s/^id: .*/id: $id/" "$seed" >"$work/trials/$id.criteria"
done
python3 bench/serve_hook.py tests/inputs/data/P03-rrmm.bundle.json 40 >"$work/hook.json"
python3 bench/serve_fhir_hook.py "$work/hook.json" "https://127.0.0.1:$((port + 1))" \
  >"$work/fhir_hook.json"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout "$work/key.pem" \
  -out "$work/cert.pem" 2>/dev/null
base="https://127.0.0.1:$port"
url="$base/cds-services/eligo-trial-screening"
"$tokens_bin" key "$work"
life=$((2 * seconds + fhir_seconds + 900))  # signing takes a while; at most 3600
sign() { "$tokens_bin" sign "$work" "$url" "$2" "$life" >"$work/$1.tokens"; }
echo "signing tokens ..."
sign check 1 && sign flood $((flood_clients * flood_rounds))
sign c16 $((rate * seconds)) & sign c64 $((rate * seconds)) & sign fhir $((rate * fhir_seconds)) &
wait

python3 bench/serve_fhir.py "$work/hook.json" $((port + 1)) 200 "$work/cert.pem" "$work/key.pem" &
pids+=($!)
# The FHIR server's certificate is the service's own, trusted through OpenSSL's
# SSL_CERT_FILE (eligo checks https FHIR servers against the system's CA certificates).
SSL_CERT_FILE="$work/cert.pem" "$ELIGO_BIN" --log-level debug serve --trials "$work/trials" --port "$port" --as-of 2026-11-20 \
  --trust "$work/trust.json" --base-url "$base" --tls-cert "$work/cert.pem" \
  --tls-key "$work/key.pem" 2>"$work/serve.log" &
server=$!
pids+=("$server")
for _ in $(seq 100); do
  curl -sf --cacert "$work/cert.pem" "$base/cds-services" >/dev/null 2>&1 && break
  sleep 0.1
done
cards="$(curl -sf --cacert "$work/cert.pem" -H "Authorization: Bearer $(cat "$work/check.tokens")" \
  -H 'Content-Type: application/json' --data-binary @"$work/hook.json" "$url" |
  python3 -c 'import json,sys; print(len(json.load(sys.stdin)["cards"]))')"
echo "trials=50 observations=40 cards=$cards; $(nproc) cores;$(uptime | sed 's/.*,  *load/ load/')"

missed=0
goal() {  # goal TEXT CONDITION...: prints met or NOT met
  if "${@:2}"; then echo "goal met: $1"; else echo "goal NOT met: $1"; missed=1; fi
}
below() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
value() { sed -n "s/^$1=//p" "$work/$2.out"; }
load() {  # load NAME CONNECTIONS SECONDS BODY [TEXT]
  echo "== $1: $ELIGO_BENCH_THREADS threads, $2 connections, $3 s; TLS, a JWT per request"
  ELIGO_HOOK_BODY="$4" ELIGO_TOKENS="$work/$1.tokens" ELIGO_COUNT_TEXT="${5:-}" \
    wrk -t"$ELIGO_BENCH_THREADS" -c"$2" -d"$3s" --timeout 10s -s bench/serve_secure.lua "$url" \
    >"$work/$1.out"
  grep -E '^[a-z_0-9]+=' "$work/$1.out"
  echo "load average:$(uptime | sed 's/.*average://')"
  [ "$(value tokens_short "$1")" = 0 ] || echo "too few tokens signed: raise ELIGO_BENCH_RATE"
}
clean() { [ "$(value socket_errors "$1")" = 0 ] && [ "$(value non_2xx "$1")" = 0 ]; }
for level in 16:50 64:250; do
  c="${level%:*}" limit="${level#*:}"
  load "c$c" "$c" "$seconds" "$work/hook.json"
  goal "p99 $(value p99_ms "c$c") ms < $limit ms at $c connections" below "$(value p99_ms "c$c")" "$limit"
  goal "no failed or reset request at $c connections" clean "c$c"
done

# Any warning naming fhirServer is a fetch not made ("not fetched from fhirServer",
# "fhirServer: nothing fetched").
load fhir 16 "$fhir_seconds" "$work/fhir_hook.json" "fhirServer"
goal "every hook within --fhir-deadline: slowest $(value max_ms fhir) ms < $deadline_ms ms" \
  below "$(value max_ms fhir)" "$deadline_ms"
goal "every fetch from the 200 ms FHIR server made ($(value counted fhir) not)" \
  test "$(value counted fhir)" = 0
goal "no failed or reset request with the FHIR server" clean fhir

rss() { awk '/^(VmRSS|VmHWM)/ { printf " %s %d MB", $1, $2 / 1024 }' "/proc/$server/status"; }
echo "== body flood and slow clients"
before="$(awk '/^VmHWM/ { print $2 }' "/proc/$server/status")"
echo "before:$(rss)"
python3 bench/serve_flood.py flood "$port" "$work/cert.pem" "$work/flood.tokens" \
  "$flood_clients" "$flood_rounds" | tee "$work/flood.out"
echo "after $flood_clients clients x $flood_rounds posts of 10 MB:$(rss)"
python3 bench/serve_flood.py slow "$port" "$work/cert.pem" "$slow_clients" "$slow_seconds" &
slow=$!
sleep 2
during="$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' --cacert "$work/cert.pem" \
  -m 30 "$base/cds-services" || true)"
wait "$slow"
after="$(awk '/^VmHWM/ { print $2 }' "/proc/$server/status")"
echo "after $slow_clients slow clients for $slow_seconds s:$(rss)"
goal "every 10 MB post answered 413" test "$(value flood_other flood)" = 0
prompt() { [ "${during%% *}" = 200 ] && below "$(echo "$during" | awk '{ print $3 }')" 2; }
goal "a request during the slow clients answered within 2 s: $during" prompt
goal "peak RSS grew $(((after - before) / 1024)) MB < $((flood_clients * 10)) MB" \
  below $((after - before)) $((flood_clients * 10 * 1024))
echo "== the service's answers (its debug log: method, path, status, why refused)"
sed -n 's/.*\] \(POST\|GET\) [^ ]* //p' "$work/serve.log" | sort | uniq -c | sort -rn
exit "$missed"
