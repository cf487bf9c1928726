#!/usr/bin/env bash
# Formats every C++ source with .clang-format; with --check, only reports the
# files that are off (the codebase test runs the same check).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h')
if [[ "${1:-}" == "--check" ]]; then
    exec clang-format --dry-run -Werror "${files[@]}"
fi
exec clang-format -i "${files[@]}"
