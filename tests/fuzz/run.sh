#!/usr/bin/env bash
# Runs the libFuzzer targets (prose, rule, criteria, csv, csv_chunks, json_writers), each
# for $ELIGO_FUZZ_SECONDS (default 600) with AddressSanitizer, UndefinedBehaviorSanitizer
# and leak checks, two at a time. Each starts from its corpus in tests/fuzz/<target>/ and
# writes what it finds to a scratch corpus (build/fuzz/corpus-<target>); crashes, leaks
# and timeouts go to build/fuzz/artifacts/ and fail the script. The committed corpus stays
# small: after a fix, copy the input that crashed into tests/fuzz/<target>/ so ctest
# replays it.
#
#   tests/fuzz/run.sh                      10 minutes each
#   ELIGO_FUZZ_SECONDS=60 tests/fuzz/run.sh prose rule
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${ELIGO_FUZZ_SECONDS:-600}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(prose rule criteria csv csv_chunks json_writers)

scripts/install-deps.sh clang libclang-rt-dev
build=build/fuzz
CXX=clang++ CC=clang cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DELIGO_FUZZ=ON -DELIGO_BENCH=OFF -DELIGO_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null

artifacts="$build/artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fuzz() {  # $1 target
  local scratch="$build/corpus-$1"
  mkdir -p "$scratch"
  local status=0
  "$build/tests/fuzz/fuzz_$1" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/$1-" \
    "$scratch" "tests/fuzz/$1" >"$build/fuzz-$1.log" 2>&1 || status=$?
  local runs
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz-$1.log" | tail -n 1)
  echo "fuzz_$1: ${seconds} s, ${runs:-?} runs, exit $status, log $build/fuzz-$1.log"
  return "$status"
}

failed=0
pids=()
names=()
for t in "${targets[@]}"; do
  fuzz "$t" &
  pids+=($!)
  names+=("$t")
  if [ ${#pids[@]} -ge "$(nproc)" ]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
ls "$artifacts" | sed 's/^/artifact: /'
exit "$failed"
