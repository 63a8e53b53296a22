#!/usr/bin/env bash
# The PostgreSQL side of the benchmark: the same screen as eligo on the lab-only trials
# (bench/lab-only), side by side, on one core each.
#   bench/postgres.sh ELIGO CSV AS_OF WORKDIR
# Starts a throw-away PostgreSQL cluster from Debian's packages in WORKDIR (Unix socket
# only, no TCP port; run as the `postgres` user when this script runs as root), loads
# CSV with COPY, runs one query per trial (bench/postgres/NCT*.sql), screens the same
# CSV with eligo, checks that both give the same verdict counts per trial, and prints
# both times. The cluster is stopped and removed on exit. The last line printed is
#   ratio eligo/postgresql: R        (R < 1: eligo is faster)
# Exit status 1 when the counts differ.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
eligo="$1" csv="$2" as_of="$3" work="$4"

. "$here/../scripts/pg-scratch.sh"
chmod 644 "$csv"
# One core per query (as eligo --jobs 1), sorts in memory.
# shellcheck disable=SC2086  # the options are words
pg_scratch_start "$work" $pg_bench_options
psql() { pg_psql "$@"; }
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

psql -f "$here/postgres/setup.sql"
start=$(now)
psql -c "\\copy facts from '$csv' with (format csv, header true)"
psql -c "analyze facts"
loaded=$(now)
# Every lab row must have a unit the CASE knows (not timed).
unknown=$(psql -At -c "select count(*) from facts where date is not null and value ~ '^-?[0-9.]+$'
  and item not in ('prior_lines') and to_canonical(item, unit) is null")
if [ "$unknown" != "0" ]; then
  echo "postgres.sh: $unknown lab rows with a unit the SQL CASE does not know" >&2
  exit 1
fi
declare -A pg_counts
query_start=$(now)
for sql in "$here"/postgres/NCT*.sql; do
  trial="$(basename "$sql" .sql)"
  pg_counts[$trial]="$(psql -At -F ' ' -v as_of="$as_of" -f "$sql" | tr '\n' ' ')"
done
done_at=$(now)
pg_load=$(calc "$loaded - $start")
pg_query=$(calc "$done_at - $query_start")
pg_total=$(calc "$pg_load + $pg_query")

start=$(now)
"$eligo" screen --trials "$here/lab-only" --patients "$csv" --as-of "$as_of" --format csv \
  --grouped --out "$work/eligo-lab-only.csv" 2>"$work/eligo-lab-only.log"
eligo_total=$(calc "$(now) - $start")

status=0
printf '%-12s %-48s %s\n' trial "eligo (eligible ineligible undetermined)" postgresql
for sql in "$here"/postgres/NCT*.sql; do
  trial="$(basename "$sql" .sql)"
  ours="$(awk -F, -v t="$trial" 'NR > 1 && $2 == t { n[$3]++ }
    END { for (v in n) print v, n[v] }' "$work/eligo-lab-only.csv" | LC_ALL=C sort | tr '\n' ' ')"
  printf '%-12s %-48s %s\n' "$trial" "$ours" "${pg_counts[$trial]}"
  if [ "$ours" != "${pg_counts[$trial]}" ]; then
    echo "MISMATCH for $trial: eligo and PostgreSQL count different verdicts" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "verdict counts: equal for every trial"
patients=$(psql -At -c "select count(distinct patient_id) from facts")
printf 'patients: %d, rows: %d\n' "$patients" "$(psql -At -c 'select count(*) from facts')"
printf 'eligo (read + screen, --jobs 1):     %8.2f s\n' "$eligo_total"
printf 'postgresql (COPY %.2f s + 4 queries %.2f s): %8.2f s\n' "$pg_load" "$pg_query" "$pg_total"
printf 'ratio eligo/postgresql: %.3f\n' "$(calc "$eligo_total / $pg_total")"
exit $status
