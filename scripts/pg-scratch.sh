#!/usr/bin/env bash
# A throw-away PostgreSQL cluster from Debian's packages, for the scripts that source
# this file (bench/postgres.sh, tests/sql/run_postgres.sh):
#   . scripts/pg-scratch.sh
#   pg_scratch_start DIR [SERVER_OPTION...]   e.g. -c work_mem=512MB
#   pg_psql [PSQL_ARGUMENT...]                psql on it: user postgres, no psqlrc,
#                                             quiet, ON_ERROR_STOP
# pg_scratch_start installs postgresql when it is missing (scripts/install-deps.sh), makes
# the cluster in DIR/pg (owned by the `postgres` user when running as root: initdb refuses
# root, and pg_psql then runs as `postgres` too, so give it files on standard input),
# starts it on a Unix socket in DIR/pg only (no TCP port) with no durability (a scratch
# cluster), and sets an EXIT trap that stops it and removes DIR/pg, even on failure.
# Sets pg_bindir (the server's bin folder) and pg_dir (DIR/pg), and pg_bench_options, the
# benchmarks' server options (bench/postgres.sh, bench/sql.sh): one core per query, as
# eligo --jobs 1 (no parallel workers), sorts and hashes in memory, no checkpoint in a load.

pg_bench_options="-c max_wal_size=16GB -c shared_buffers=256MB -c work_mem=512MB
  -c max_parallel_workers_per_gather=0"

pg_bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$pg_bindir" ]; then
  "$(dirname "${BASH_SOURCE[0]}")/install-deps.sh" postgresql >/dev/null
  pg_bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi

pg_as_db_user() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  pg_as_db_user() { runuser -u postgres -- "$@"; }
fi

pg_scratch_stop() {
  pg_as_db_user "$pg_bindir/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}

pg_scratch_start() {
  local work="$1"
  shift
  pg_dir="$work/pg"
  mkdir -p "$pg_dir"
  chmod 755 "$work"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; fi
  trap pg_scratch_stop EXIT
  pg_as_db_user "$pg_bindir/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 -N \
    --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; return 1; }
  pg_as_db_user "$pg_bindir/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start -o "\
    -c listen_addresses='' -c unix_socket_directories='$pg_dir' -c fsync=off \
    -c synchronous_commit=off -c full_page_writes=off $*" >/dev/null \
    || { cat "$pg_dir/server.log" >&2; return 1; }
}

pg_psql() {
  pg_as_db_user "$pg_bindir/psql" -h "$pg_dir" -U postgres -d postgres -X -q \
    -v ON_ERROR_STOP=1 "$@"
}
