#!/usr/bin/env bash
# Builds Hearth and starts it: installs missing Debian packages, configures
# and builds the dev preset (incrementally after the first run), then runs
# the desktop app with any arguments given.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --parallel "$(nproc)" --target hearth
exec build/dev/bin/hearth "$@"
