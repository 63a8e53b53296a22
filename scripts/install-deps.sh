#!/usr/bin/env bash
# Installs the Debian packages eligo builds with, only those missing. Safe to re-run.
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config python3 tao-pegtl-dev libboost-dev libspdlog-dev
          libfmt-dev catch2 libcli11-dev nlohmann-json3-dev libcpp-httplib-dev librhonabwy-dev openssl wrk
          clang-format git)
packages+=("$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
