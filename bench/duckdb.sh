#!/usr/bin/env bash
# The DuckDB side of the benchmark: the same screen as eligo on the lab-only trials
# (bench/lab-only), side by side, with one thread and with all of them (issue 16).
#   bench/duckdb.sh ELIGO CSV AS_OF WORKDIR
# Installs the npm package @duckdb/node-api, which ships the DuckDB library, into
# $ELIGO_BENCH_NPM (default ~/.cache/eligo-bench-npm; no lock file, nothing in the tree)
# through scripts/duckdb-npm.sh.
# bench/duckdb/screen.mjs then loads CSV with read_csv into an in-memory DuckDB and runs
# one query per trial (bench/duckdb/NCT*.sql), once with 1 thread and once with nproc.
# Screens the same CSV with eligo (--grouped, --jobs 1 and --jobs nproc), checks that all
# four give the same verdict counts per trial, and prints the times. The last two lines:
#   ratio eligo/duckdb (all threads): R   (eligo --jobs nproc / DuckDB nproc threads)
#   ratio eligo/duckdb: R                 (eligo --jobs 1 / DuckDB 1 thread; R < 1: eligo
#                                          is faster)
# Exit status 1 when the counts differ.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
eligo="$1" csv="$2" as_of="$3" work="$4"
all=$(nproc)

npm_dir="$("$here/../scripts/duckdb-npm.sh")"

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

# DuckDB: one fresh process and database per thread count; screen.mjs times itself.
for threads in 1 "$all"; do
  node "$here/duckdb/screen.mjs" "$npm_dir" "$csv" "$as_of" "$threads" \
    >"$work/duckdb-$threads.txt"
done
field() { awk -v k="$2" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "$work/duckdb-$1.txt"; }

# eligo: the same file and trials, one core, then all of them.
declare -A eligo_time
for jobs in 1 "$all"; do
  start=$(now)
  "$eligo" screen --trials "$here/lab-only" --patients "$csv" --as-of "$as_of" --format csv \
    --grouped --jobs "$jobs" --out "$work/eligo-duckdb-$jobs.csv" 2>"$work/eligo-duckdb-$jobs.log"
  eligo_time[$jobs]=$(calc "$(now) - $start")
done
eligo_counts() {  # $1 jobs, $2 trial: "verdict count ..." sorted, as screen.mjs prints
  awk -F, -v t="$2" 'NR > 1 && $2 == t { n[$3]++ } END { for (v in n) print v, n[v] }' \
    "$work/eligo-duckdb-$1.csv" | LC_ALL=C sort | paste -sd ' '
}

status=0
printf '%-12s %-54s %s\n' trial "eligo (eligible ineligible undetermined)" "duckdb (1 thread)"
for sql in "$here"/duckdb/NCT*.sql; do
  trial="$(basename "$sql" .sql)"
  ours="$(eligo_counts 1 "$trial")"
  printf '%-12s %-54s %s\n' "$trial" "$ours" "$(field 1 "$trial")"
  for other in "eligo --jobs $all:$(eligo_counts "$all" "$trial")" \
      "duckdb 1 thread:$(field 1 "$trial")" "duckdb $all threads:$(field "$all" "$trial")"; do
    if [ "$ours" != "${other#*:}" ]; then
      echo "MISMATCH for $trial: eligo --jobs 1 and ${other%%:*} count different verdicts" >&2
      status=1
    fi
  done
done
[ $status -eq 0 ] && echo "verdict counts: equal for every trial, 1 and $all threads"
printf 'patients: %d, rows: %d, CSV: %.1f MB\n' "$(field 1 patients)" "$(field 1 rows)" \
  "$(calc "$(stat -c %s "$csv") / 1e6")"
printf 'eligo (read + screen, --jobs 1):  %8.2f s\n' "${eligo_time[1]}"
printf 'eligo (read + screen, --jobs %d):  %8.2f s\n' "$all" "${eligo_time[$all]}"
declare -A duck_time
for threads in 1 "$all"; do
  duck_time[$threads]=$(calc "$(field "$threads" load) + $(field "$threads" queries)")
  printf 'duckdb (%s): load %.2f s + queries %.2f s = %.2f s\n' \
    "$threads thread$([ "$threads" -gt 1 ] && echo s)" "$(field "$threads" load)" \
    "$(field "$threads" queries)" "${duck_time[$threads]}"
done
printf 'ratio eligo/duckdb (all threads): %.3f\n' \
  "$(calc "${eligo_time[$all]} / ${duck_time[$all]}")"
printf 'ratio eligo/duckdb: %.3f\n' "$(calc "${eligo_time[1]} / ${duck_time[1]}")"
exit $status
