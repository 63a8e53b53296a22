#!/usr/bin/env bash
# The population benchmark (README.md, "Performance"): builds eligo in Release, generates
# synthetic populations of N patients (bench/population.hpp; seeded), screens each
# against the four seed trials (criteria/) as of a fixed date, and prints for each N:
# wall time, CPU time, patients/s, (patient x trial) evaluations/s, MB/s of CSV and peak
# RSS; then --jobs scaling on the largest N, the compile throughput of the criteria
# grammars, and the side-by-side runs against PostgreSQL (bench/postgres.sh) and DuckDB
# (bench/duckdb.sh) on the same population; then eligo's own SQL (`eligo sql`, all four
# trials) on PostgreSQL and DuckDB against `eligo screen`, load and query apart
# (bench/sql.sh), for each N of $ELIGO_BENCH_SQL_SIZES (default "100000 1000000"; empty:
# none; ELIGO_BENCH_SQL_ENGINES="postgresql duckdb" chooses the engines). The last three
# lines of this script are
#   ratio eligo/postgresql: R              (one core each)
#   ratio eligo/duckdb (all threads): R    (eligo --jobs nproc, DuckDB nproc threads)
#   ratio eligo/duckdb: R                  (one core each)
#
#   bench/run.sh                     N = 10^4, 10^5, 10^6; PostgreSQL and DuckDB on 10^6
#   ELIGO_BENCH_SIZES="10000 100000" ELIGO_BENCH_PG_SIZE=100000 bench/run.sh  (both databases)
#   ELIGO_BENCH_SQL_SIZES=100000 bench/run.sh            (eligo sql on 10^5 patients only)
#
# Files go to $ELIGO_BENCH_DIR (default: a temporary directory, removed at the end);
# 10^6 patients is 1.5 GB of CSV. Installs what is missing (time, postgresql) with
# apt-get, like scripts/install-deps.sh, and @duckdb/node-api with npm into
# $ELIGO_BENCH_NPM (bench/duckdb.sh). Exit status 1 when a database's verdict counts
# differ from eligo's.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

sizes="${ELIGO_BENCH_SIZES:-10000 100000 1000000}"
pg_size="${ELIGO_BENCH_PG_SIZE:-${sizes##* }}"
as_of="2026-11-20"
seed=42

scripts/install-deps.sh time postgresql
build="$root/build/release"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DELIGO_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target eligo eligo_gen eligo_bench_compile >/dev/null
eligo="$build/eligo"

if [ -n "${ELIGO_BENCH_DIR:-}" ]; then
  work="$ELIGO_BENCH_DIR"
  mkdir -p "$work"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/eligo-bench.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi

population() {  # the CSV of $1 patients, generated once
  local csv="$work/patients-$1.csv"
  [ -s "$csv" ] || "$build/bench/eligo_gen" --patients "$1" --seed "$seed" --as-of "$as_of" \
    --out "$csv"
  echo "$csv"
}

# One screen: prints "wall user sys rss_kb" from /usr/bin/time.
screen() {  # $1 csv, $2 jobs
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" \
    "$eligo" screen --trials criteria --patients "$1" --as-of "$as_of" --format csv \
    --out /dev/null --grouped --jobs "$2" 2>"$work/screen.log"
  cat "$work/time.txt"
}

row() {  # $1 N, $2 csv, $3 jobs
  local bytes
  bytes=$(stat -c %s "$2")
  screen "$2" "$3" | awk -v n="$1" -v b="$bytes" -v j="$3" '{
    printf "| %9d | %4d | %8.1f | %7.2f | %7.2f | %10.0f | %13.0f | %7.1f | %7.1f | %14.0f |\n",
      n, j, b / 1e6, $1, $2 + $3, n / $1, 4 * n / $1, b / 1e6 / $1, $4 / 1024, n / ($2 + $3) }'
}

echo "eligo screen --trials criteria (4 trials) --format csv --out /dev/null --grouped, as of $as_of"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "|         N | jobs |   CSV MB |  wall s |   CPU s | patients/s | evaluations/s |    MB/s |  RSS MB | patients/CPU s |"
echo "|----------:|-----:|---------:|--------:|--------:|-----------:|--------------:|--------:|--------:|---------------:|"
largest=""
for n in $sizes; do
  csv="$(population "$n")"
  row "$n" "$csv" 1
  largest="$n"
done
for jobs in $(seq 2 "$(nproc)"); do
  row "$largest" "$(population "$largest")" "$jobs"
done
tail -n 1 "$work/screen.log"
echo

"$build/bench/eligo_bench_compile" --criteria 10000 criteria
echo

# The databases, on the same file; each prints its table and times, then its ratios,
# which are printed again together at the end.
status=0
"$root/bench/postgres.sh" "$eligo" "$(population "$pg_size")" "$as_of" "$work" |
  tee "$work/postgres.out" || status=1
echo
"$root/bench/duckdb.sh" "$eligo" "$(population "$pg_size")" "$as_of" "$work" |
  tee "$work/duckdb.out" || status=1
echo
for n in ${ELIGO_BENCH_SQL_SIZES-100000 1000000}; do
  "$root/bench/sql.sh" "$eligo" "$(population "$n")" "$as_of" "$work" || status=1
  echo
done
grep -h '^ratio ' "$work/postgres.out" "$work/duckdb.out" || true
exit $status
