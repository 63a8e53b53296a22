#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: installs what is missing, builds
# with warnings as errors, runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/ci -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DELIGO_WERROR=ON >/dev/null
cmake --build build/ci -j"$(nproc)"
ctest --test-dir build/ci -j"$(nproc)" --output-on-failure
