#!/usr/bin/env bash
# The runners' own test: tests/sql/data/tiny/ (two persons, hand-written OMOP CSV) and
# its hand-written script screen.sql through one engine's runner, whose CSV must equal
# tests/sql/data/tiny/expected.csv byte for byte (the same file for both engines).
#   tests/sql/runner_test.sh postgresql|duckdb
# Prints the runner's time; exit status 1 when the output differs or the runner fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tiny="$here/data/tiny"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
case "${1:-}" in
  postgresql) "$here/run_postgres.sh" "$tiny" "$tiny/screen.sql" "$work/out.csv" ;;
  duckdb) node "$here/run_duckdb.mjs" "$("$here/../../scripts/duckdb-npm.sh")" "$tiny" \
            "$tiny/screen.sql" "$work/out.csv" ;;
  *) echo "usage: runner_test.sh postgresql|duckdb" >&2; exit 2 ;;
esac
awk -v e="$1" -v s="$start" -v t="$(date +%s.%N)" 'BEGIN { printf "%s runner: %.2f s\n", e, t - s }'
diff -u "$tiny/expected.csv" "$work/out.csv"
echo "$1: the output equals expected.csv"
