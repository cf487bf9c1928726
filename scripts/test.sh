#!/usr/bin/env bash
# Builds Hearth and runs every test: installs missing Debian packages,
# configures and builds the dev preset (incrementally after the first run),
# builds the fuzzers with the asan preset, then runs the fuzzers and the whole
# test suite under scripts/test-session.sh. Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

scripts/install-deps.sh

start=$SECONDS
cmake --preset dev >/dev/null
cmake --build --preset dev --parallel "$jobs"
cmake --preset asan >/dev/null
cmake --build --preset asan --parallel "$jobs" --target fuzzers
echo "Build took $((SECONDS - start)) s"

# The run ends with ctest's summary line of the whole suite.
ctest --preset fuzz --no-tests=ignore
scripts/test-session.sh ctest --preset dev --parallel "$jobs" "$@"
