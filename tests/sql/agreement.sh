#!/usr/bin/env bash
# Agreement of eligo's SQL with `eligo screen` on one engine and one patient input: the
# same verdict, score, deciding criteria and to-decide list for every (person, trial).
#   tests/sql/agreement.sh postgresql|duckdb INPUT_NAME PATIENTS...
# ELIGO_BINARY names the eligo command; ELIGO_TRIALS the trials directory (default: the
# repository's criteria/). PATIENTS are files `eligo screen --patients` reads,
# or one word generated:N:SEED for the bench generator's population of N patients (made
# here with $ELIGO_GEN --patients N --seed SEED). Steps, in a temporary directory:
#   eligo export omop --patients PATIENTS --out omop/
#   eligo sql --dialect ENGINE --trials TRIALS --as-of 2026-11-20 --schema cdm
#   tests/sql/run_postgres.sh or run_duckdb.mjs: the script over omop/ -> sql.csv
#   eligo screen --trials TRIALS --patients PATIENTS --as-of 2026-11-20 --format csv
#   tests/sql/agreement.py eligo.csv sql.csv
# Prints each step's time. On failure the directory is kept and named (INPUT_NAME is in
# its name). Exit status: 0 all agree, 1 a disagreement or a step failed, 2 usage.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
as_of=2026-11-20
if [ $# -lt 3 ] || [ -z "${ELIGO_BINARY:-}" ]; then
  echo "usage: ELIGO_BINARY=eligo agreement.sh postgresql|duckdb INPUT_NAME PATIENTS..." >&2
  exit 2
fi
engine="$1" name="$2"
shift 2
eligo="$ELIGO_BINARY"
trials="${ELIGO_TRIALS:-$root/criteria}"
work="$(mktemp -d "${TMPDIR:-/tmp}/eligo-sql-$engine-$name.XXXXXX")"
trap 'status=$?; if [ $status -eq 0 ]; then rm -rf "$work"; else echo "kept: $work" >&2; fi' EXIT

# step NAME MAX_STATUS COMMAND...: runs COMMAND with its stderr in NAME.log, prints the
# time; a status above MAX_STATUS (eligo's 1: done, but some rows were bad) fails.
step() {
  local step_name="$1" max="$2" start status=0
  shift 2
  start=$(date +%s.%N)
  "$@" 2>"$work/$step_name.log" || status=$?
  awk -v n="$step_name" -v s="$start" -v t="$(date +%s.%N)" -v c="$status" \
    'BEGIN { printf "%-10s %6.2f s  (exit %d)\n", n, t - s, c }'
  if [ "$status" -gt "$max" ]; then
    echo "agreement.sh: $step_name failed (exit $status):" >&2
    tail -n 20 "$work/$step_name.log" >&2
    exit 1
  fi
}

patients=("$@")
if [[ $# -eq 1 && "$1" == generated:*:* ]]; then
  IFS=: read -r _ size seed <<<"$1"
  step generate 0 "${ELIGO_GEN:?ELIGO_GEN names eligo_gen}" --patients "$size" --seed "$seed" \
    --as-of "$as_of" --out "$work/population.csv"
  patients=("$work/population.csv")
fi

case "$engine" in
  postgresql) run() { "$here/run_postgres.sh" "$@"; } ;;
  duckdb)
    modules="$("$root/scripts/duckdb-npm.sh")"
    run() { node "$here/run_duckdb.mjs" "$modules" "$@"; } ;;
  *) echo "agreement.sh: no engine $engine (postgresql, duckdb)" >&2; exit 2 ;;
esac

step export 1 "$eligo" export omop --patients "${patients[@]}" --out "$work/omop"
step sql 0 "$eligo" sql --dialect "$engine" --trials "$trials" --as-of "$as_of" \
  --schema cdm --out "$work/screen.sql"
step "$engine" 0 run "$work/omop" "$work/screen.sql" "$work/sql.csv"
step screen 1 "$eligo" screen --trials "$trials" --patients "${patients[@]}" \
  --as-of "$as_of" --format csv --out "$work/eligo.csv"
python3 "$here/agreement.py" "$work/eligo.csv" "$work/sql.csv"
