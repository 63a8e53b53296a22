#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: installs what is missing, builds
# with warnings as errors, runs every test with ctest; then builds the same tests with
# AddressSanitizer and UndefinedBehaviorSanitizer and runs them again; last, the
# thread-safety test of the embedding API under ThreadSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
# chromium: the HTML report's test renders the page in headless Chromium. postgresql and
# the npm package @duckdb/node-api: the SQL tests (tests/sql/, label sql).
# scripts/duckdb-npm.sh installs node and npm from Debian only when the commands are
# missing: a machine whose node comes from NodeSource has npm with it, and Debian's npm
# package would conflict with it.
scripts/install-deps.sh chromium postgresql
scripts/duckdb-npm.sh >/dev/null
# -O2 without debug information: the same warnings as the RelWithDebInfo build developers
# use (debug information changes none), in less time on CI's 2 cores.
cmake -S . -B build/ci -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" \
  -DELIGO_WERROR=ON >/dev/null
cmake --build build/ci -j"$(nproc)"
ctest --test-dir build/ci -j"$(nproc)" --output-on-failure

# The sanitizer build: -O0 without debug information keeps it quick (UndefinedBehaviorSanitizer
# at -O1 doubles the compile time, measured: 23 s against 12.7 s for one test file, and the
# tests run in seconds either way); a unity build (8 files a compilation: the headers, Catch2's
# above all, are parsed once per batch rather than once per file; it halves the build's
# compile time, so names in anonymous namespaces must differ within a folder); no benchmark tools;
# no SQL tests (their subject is the SQL, run on the databases above, not eligo's memory);
# no -Werror (GCC 12 warns -Wmaybe-uninitialized inside <regex> under the sanitizers,
# wrongly). Any sanitizer report fails its test (-fno-sanitize-recover).
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS_SANITIZE=-O0 \
  -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=8 \
  -DELIGO_SANITIZE=ON -DELIGO_WERROR=OFF -DELIGO_BENCH=OFF -DELIGO_SQL_TESTS=OFF >/dev/null
cmake --build build/asan -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build/asan -j"$(nproc)" --output-on-failure

# ThreadSanitizer: only the thread-safety test and the libraries under it (no command, no
# other tests), so it stays short. Any data race reported fails the test (halt_on_error).
cmake -S . -B build/tsan -G Ninja -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS_SANITIZE=-O0 \
  -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=8 \
  -DELIGO_TSAN=ON -DELIGO_WERROR=OFF -DELIGO_BENCH=OFF >/dev/null
cmake --build build/tsan -j"$(nproc)" --target test_threads
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
  ctest --test-dir build/tsan -R '^threads/' --output-on-failure
