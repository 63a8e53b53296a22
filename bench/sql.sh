#!/usr/bin/env bash
# eligo's SQL on PostgreSQL and DuckDB against `eligo screen` (issue 15, section 5), on one
# population CSV, all four seed trials (criteria/):
#   bench/sql.sh ELIGO CSV AS_OF WORKDIR
# Times, wall clock, each as its own process:
#   eligo screen --trials criteria --grouped --format csv --jobs 1   (the reference)
#   eligo export omop (CSV -> the OMOP CDM tables as CSV)
#   PostgreSQL (tests/sql/run_postgres.sh: a scratch cluster, one core per query, the
#     server options of bench/postgres.sh): load (COPY into schema cdm + ANALYZE) and
#     query (the `eligo sql --dialect postgresql` script, its result written as CSV)
#   DuckDB (tests/sql/run_duckdb.mjs, in memory) with 1 thread and with nproc: load
#     (read_csv into schema cdm) and query (the --dialect duckdb script, result as CSV)
# The runners report their own load and query times (ELIGO_SQL_TIMES); starting the
# server or Node is not counted. Checks that every engine's verdict counts per trial
# (eligible, ineligible, undetermined) equal eligo screen's: a MISMATCH line names the
# engine and trial, and the exit status is 1. Prints the versions, the machine's load,
# the counts, then a table of the times and of the ratios eligo screen / SQL (R < 1:
# eligo screen is faster), and one line per engine
#   ratio screen/sql N ENGINE THREADS: R      (screen / (load + query))
# ELIGO_BENCH_SQL_ENGINES="postgresql duckdb" (the default) chooses the engines. Files go
# to WORKDIR/sql-N/ (the OMOP CSV is as big as the population's), removed at the end
# unless the counts differ. Called by bench/run.sh for each N of $ELIGO_BENCH_SQL_SIZES.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
if [ $# -ne 4 ]; then
  echo "usage: bench/sql.sh ELIGO CSV AS_OF WORKDIR" >&2
  exit 2
fi
eligo="$1" csv="$2" as_of="$3" work="$4"
engines="${ELIGO_BENCH_SQL_ENGINES:-postgresql duckdb}"
all=$(nproc)
criteria="$root/criteria"

. "$root/scripts/pg-scratch.sh"  # pg_bindir, pg_bench_options
modules=""
if [[ " $engines " == *" duckdb "* ]]; then modules="$("$root/scripts/duckdb-npm.sh")"; fi

dir="$work/sql-$(basename "$csv" .csv)"
rm -rf "$dir"
mkdir -p "$dir"

now() { date +%s.%N; }
# timed NAME MAX_STATUS COMMAND...: runs COMMAND with stderr in NAME.log and records its
# wall time as "NAME SECONDS" in times.txt; a status above MAX_STATUS (eligo's 1: done,
# some rows were bad) stops the bench with the end of the log.
timed() {
  local name="$1" max="$2" start status=0
  shift 2
  start=$(now)
  "$@" 2>"$dir/$name.log" || status=$?
  awk -v n="$name" -v s="$start" -v t="$(now)" 'BEGIN { printf "%s %.3f\n", n, t - s }' \
    >>"$dir/times.txt"
  if [ "$status" -gt "$max" ]; then
    echo "sql.sh: $name failed (exit $status):" >&2
    tail -n 20 "$dir/$name.log" >&2
    exit 1
  fi
}
# runner NAME COMMAND...: an engine's runner; its own "load S" and "query S" go to times.txt.
runner() {
  local name="$1"
  shift
  timed "$name" 0 env ELIGO_SQL_TIMES=1 "$@"
  awk -v n="$name" '$1 == "load" || $1 == "query" { print n "-" $1, $2 }' "$dir/$name.log" \
    >>"$dir/times.txt"
}
seconds() { awk -v k="$1" '$1 == k { print $2 }' "$dir/times.txt"; }

echo "eligo sql vs eligo screen: $(basename "$csv"), 4 trials (criteria/), as of $as_of"
echo "machine: $all cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 \
  /proc/loadavg) at the start"

timed screen 1 "$eligo" screen --trials "$criteria" --patients "$csv" --as-of "$as_of" \
  --grouped --format csv --jobs 1 --out "$dir/screen.csv"
patients="$(sed -n 's/^screened \([0-9]*\) patients.*/\1/p' "$dir/screen.log")"
timed export 1 "$eligo" export omop --patients "$csv" --out "$dir/omop"

runs=()  # NAME:ENGINE:THREADS, the SQL runs in order
for engine in $engines; do
  "$eligo" sql --dialect "$engine" --trials "$criteria" --as-of "$as_of" --schema cdm \
    --out "$dir/$engine.sql"
  case "$engine" in
    postgresql)
      # The cluster on disk, in WORKDIR: at 10^6 patients, a cluster in /dev/shm (memory)
      # and the server's own memory together were more than the machine's 24 GB.
      runner postgresql env ELIGO_PG_OPTIONS="$pg_bench_options" ELIGO_PG_WORKDIR="$dir" \
        "$root/tests/sql/run_postgres.sh" "$dir/omop" "$dir/$engine.sql" "$dir/postgresql.csv"
      runs+=("postgresql:PostgreSQL $("$pg_bindir/postgres" --version | awk '{ print $3 }'):1")
      ;;
    duckdb)
      version="$(node -p 'require(process.argv[1]).version' \
        "$modules/node_modules/@duckdb/node-api/package.json")"
      for threads in $(printf '%s\n' 1 "$all" | sort -un); do
        runner "duckdb-$threads" env ELIGO_DUCKDB_THREADS="$threads" node \
          "$root/tests/sql/run_duckdb.mjs" "$modules" "$dir/omop" "$dir/$engine.sql" \
          "$dir/duckdb-$threads.csv"
        runs+=("duckdb-$threads:DuckDB (node-api $version):$threads")
      done
      ;;
    *) echo "sql.sh: no engine $engine (postgresql, duckdb)" >&2; exit 2 ;;
  esac
done

# Verdict counts per trial, "TRIAL eligible=N ineligible=N undetermined=N", from a result
# CSV with a header (eligo screen's `trial`, the SQL's `trial_id`).
counts() {
  python3 - "$1" <<'EOF'
import collections, csv, sys
with open(sys.argv[1], newline="") as f:
    rows = csv.DictReader(f)
    n = collections.Counter((r.get("trial") or r["trial_id"], r["verdict"]) for r in rows)
for trial in sorted({t for t, _ in n}):
    print(trial, " ".join(f"{v}={n[trial, v]}" for v in ("eligible", "ineligible", "undetermined")))
EOF
}
counts "$dir/screen.csv" >"$dir/screen.counts"
echo
echo "verdict counts of eligo screen ($patients patients):"
sed 's/^/  /' "$dir/screen.counts"
status=0
for run in "${runs[@]}"; do
  name="${run%%:*}"
  counts "$dir/$name.csv" >"$dir/$name.counts"
  while read -r trial theirs; do
    ours="$(awk -v t="$trial" '$1 == t { $1 = ""; sub(/^ /, ""); print }' "$dir/screen.counts")"
    if [ "$ours" != "$theirs" ]; then
      echo "MISMATCH $name $trial: eligo screen $ours, sql $theirs"
      status=1
    fi
  done < <(join -a 1 -a 2 -e none -o 0,2.2,2.3,2.4 "$dir/screen.counts" "$dir/$name.counts")
done
[ $status -eq 0 ] && echo "verdict counts: equal to eligo screen's for every trial and engine"

screen_s="$(seconds screen)"
echo
echo "|         N | step | threads |  load s | query s |   total s | screen / total |"
echo "|----------:|------|--------:|--------:|--------:|----------:|---------------:|"
line() {  # LABEL THREADS LOAD QUERY TOTAL
  awk -v n="$patients" -v l="$1" -v j="$2" -v a="$3" -v q="$4" -v t="$5" -v s="$screen_s" \
    'BEGIN { printf "| %9d | %s | %7s | %7s | %7s | %9.2f | %14.3f |\n", n, l, j, a, q, t, s / t }'
}
line "eligo screen --grouped --format csv" 1 "" "" "$screen_s"
line "eligo export omop" 1 "" "" "$(seconds export)"
ratios=()
for run in "${runs[@]}"; do
  IFS=: read -r name label threads <<<"$run"
  load="$(seconds "$name-load")" query="$(seconds "$name-query")"
  total="$(awk -v a="$load" -v q="$query" 'BEGIN { printf "%.3f", a + q }')"
  line "$label" "$threads" "$(printf %.2f "$load")" "$(printf %.2f "$query")" "$total"
  ratios+=("$(awk -v s="$screen_s" -v t="$total" -v n="$patients" -v e="${name%-*}" \
    -v j="$threads" 'BEGIN { printf "ratio screen/sql %d %s %d: %.3f", n, e, j, s / t }')")
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
printf '%s\n' "${ratios[@]}"
if [ $status -eq 0 ]; then rm -rf "$dir"; else echo "kept: $dir" >&2; fi
exit $status
