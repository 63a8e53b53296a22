#!/usr/bin/env bash
# The main job on the bundled sample, on a fresh Debian 12 machine: installs what is
# missing, builds eligo, and screens the sample patients against the seed trials as of
# 2026-11-20 (the date the samples were written for). Extra arguments go to
# `eligo screen` (e.g. --format json).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DELIGO_TESTS=OFF >/dev/null
cmake --build build/release -j"$(nproc)" --target eligo
build/release/eligo screen --trials criteria --patients patients/samples/patients.csv \
  --as-of 2026-11-20 "$@"
