#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then examples/embed.c built against the
# installed files twice: by a CMake project (find_package(eligo)) and by the compiler
# with pkg-config (eligo.pc); both programs are run on the sample patient.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR C_COMPILER
set -euo pipefail
build="$1" source="$2" cc="$3"
work="$(mktemp -d "${TMPDIR:-/tmp}/eligo-install.XXXXXX")"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in include/eligo.h lib/libeligo.so lib/cmake/eligo/eligoConfig.cmake lib/pkgconfig/eligo.pc bin/eligo; do
  [ -e "$prefix/$f" ] || { echo "not installed: $f" >&2; exit 1; }
done
# Only the C API is exported.
if nm -D --defined-only "$prefix/lib/libeligo.so" | awk '{print $3}' | grep -v -e '^eligo_' -e '^ELIGO_[0-9]*$' | grep -q .; then
  echo "libeligo.so exports symbols other than eligo_*:" >&2
  nm -D --defined-only "$prefix/lib/libeligo.so" | grep -v ' eligo_' >&2
  exit 1
fi

cmake -S "$source/examples/consumer" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_C_COMPILER="$cc" -DEMBED_SOURCE="$source/examples/embed.c" >/dev/null
cmake --build "$work/cmake-build" >/dev/null
"$work/cmake-build/embed" "$source" >/dev/null
echo "find_package(eligo): ok"

export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
# shellcheck disable=SC2046  # pkg-config prints several words on purpose
"$cc" -std=c99 -o "$work/embed-pc" "$source/examples/embed.c" $(pkg-config --cflags --libs eligo) \
  -Wl,-rpath,"$prefix/lib"
"$work/embed-pc" "$source" >/dev/null
echo "pkg-config eligo: ok"
