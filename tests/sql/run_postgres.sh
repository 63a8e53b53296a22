#!/usr/bin/env bash
# Runs an SQL script over an OMOP CDM directory in a throw-away PostgreSQL cluster.
#   tests/sql/run_postgres.sh OMOP_DIR SCRIPT OUT_CSV
# Starts a scratch cluster (scripts/pg-scratch.sh: Debian's packages, a temporary
# directory, Unix socket only), creates schema cdm with the tables of omop_cdm.sql, loads
# each OMOP_DIR/TABLE.csv that exists by its header's column names (an empty cell is NULL),
# ANALYZEs them (a site's database has its statistics), runs SCRIPT with psql
# (ON_ERROR_STOP) and writes what it returns, as CSV with a header row (psql --csv), to
# OUT_CSV. Only SCRIPT's last statement may return rows (eligo sql's
# contract; tests/sql/run_duckdb.mjs checks it). The cluster is stopped and removed on
# exit, even on failure. Environment, for bench/sql.sh:
#   ELIGO_PG_OPTIONS="-c NAME=VALUE ..."  more server options (pg_scratch_start)
#   ELIGO_PG_WORKDIR=DIR  make the cluster under DIR (default: /dev/shm when there is one;
#                       a population of 10^6 does not fit there beside the server's memory)
#   ELIGO_SQL_TIMES=1   prints `load SECONDS` (the tables, COPY and ANALYZE) and
#                       `query SECONDS` (SCRIPT and writing its result) to stderr
# Exit status: 0 done, 1 a load or the script failed, 2 usage.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -ne 3 ]; then
  echo "usage: run_postgres.sh OMOP_DIR SCRIPT OUT_CSV" >&2
  exit 2
fi
omop="$1" script="$2" out="$3"
[ -d "$omop" ] && [ -r "$script" ] || { echo "run_postgres.sh: no $omop or $script" >&2; exit 2; }

. "$here/../../scripts/pg-scratch.sh"
# In memory when there is a tmpfs: initdb writes ~40 MB, 3x faster there on a busy disk.
if [ -n "${ELIGO_PG_WORKDIR:-}" ]; then
  work="$(mktemp -d -p "$ELIGO_PG_WORKDIR")"
else
  work="$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)"
fi
# shellcheck disable=SC2086  # the options are words
if ! pg_scratch_start "$work" ${ELIGO_PG_OPTIONS:-}; then
  rm -rf "$work"
  exit 1
fi
trap 'pg_scratch_stop; rm -rf "$work"' EXIT

now() { date +%s.%N; }
report_time() {  # NAME START: the seconds since START, when ELIGO_SQL_TIMES asks
  [ -z "${ELIGO_SQL_TIMES:-}" ] || awk -v n="$1" -v s="$2" -v t="$(now)" \
    'BEGIN { printf "%s %.3f\n", n, t - s }' >&2
}

# Files go in on standard input: psql may run as `postgres`, which cannot read them.
load_start=$(now)
pg_psql <"$here/omop_cdm.sql"
for table in $(sed -n 's/^CREATE TABLE cdm\.\([a-z_]*\) .*/\1/p' "$here/omop_cdm.sql"); do
  csv="$omop/$table.csv"
  [ -f "$csv" ] || continue
  columns="$(head -n 1 "$csv" | tr -d '\r"')"
  if ! [[ "$columns" =~ ^[a-z0-9_]+(,[a-z0-9_]+)*$ ]]; then
    echo "run_postgres.sh: $csv: the header is not a list of column names: $columns" >&2
    exit 1
  fi
  pg_psql -c "\\copy cdm.$table ($columns) from pstdin with (format csv, header true)" <"$csv" \
    || { echo "run_postgres.sh: loading $csv failed" >&2; exit 1; }
done
pg_psql -c "ANALYZE"
report_time load "$load_start"
query_start=$(now)
pg_psql --csv -f - <"$script" >"$out" || { echo "run_postgres.sh: $script failed" >&2; exit 1; }
report_time query "$query_start"
