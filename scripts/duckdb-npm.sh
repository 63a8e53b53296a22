#!/usr/bin/env bash
# Installs the npm package @duckdb/node-api, which ships the DuckDB library, and prints
# the folder whose node_modules holds it (the MODULES argument of bench/duckdb/screen.mjs
# and tests/sql/run_duckdb.mjs).
#   scripts/duckdb-npm.sh
# The version is pinned (ELIGO_BENCH_DUCKDB overrides) and installed once per version
# into $ELIGO_BENCH_NPM (default ~/.cache/eligo-bench-npm): no lock file, nothing in the
# tree, nothing at build time. node and npm come from Debian (scripts/install-deps.sh)
# when missing. npm's own output goes to standard error. Safe to run in parallel.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="${ELIGO_BENCH_DUCKDB:-1.5.6-r.1}"
npm_dir="${ELIGO_BENCH_NPM:-$HOME/.cache/eligo-bench-npm}"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  "$here/install-deps.sh" nodejs npm >&2
fi
package="$npm_dir/node_modules/@duckdb/node-api/package.json"
# One install at a time: tests running in parallel may all call this script.
mkdir -p "$npm_dir"
exec 9>"$npm_dir/.install.lock"
flock 9
if [ "$(node -p 'require(process.argv[1]).version' "$package" 2>/dev/null)" != "$version" ]; then
  npm install --prefix "$npm_dir" --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error "@duckdb/node-api@$version" >&2
fi
echo "$npm_dir"
