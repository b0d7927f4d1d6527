#!/usr/bin/env bash
# Installs the engine into a temporary prefix, then builds and runs a consumer
# with find_package(emdb CONFIG) and another with pkg-config.
set -euo pipefail
build_dir=$1
source_dir=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build_dir" --prefix "$work/prefix" --component Unspecified >/dev/null
cmake -S "$source_dir/consumer" -B "$work/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
"$work/consumer/consumer"
pcdir=$(dirname "$(find "$work/prefix" -name emdb.pc)")
PKG_CONFIG_PATH=$pcdir c++ -o "$work/pc-consumer" "$source_dir/consumer/main.cpp" $(PKG_CONFIG_PATH=$pcdir pkg-config --cflags --libs --static emdb)
"$work/pc-consumer"
echo "installed package works with find_package and pkg-config"
