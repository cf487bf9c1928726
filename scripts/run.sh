#!/usr/bin/env bash
# Builds Hearth and starts it: installs missing Debian packages, configures
# and builds the dev preset (incrementally after the first run), then runs
# the desktop app with any arguments given (on a demo record when the
# profile holds none yet).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --parallel "$(nproc)" --target hearth
# A person with no records yet starts on a demo record.
exec build/dev/bin/hearth --demo-if-empty "$@"
