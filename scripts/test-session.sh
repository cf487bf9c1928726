#!/usr/bin/env bash
# Runs a command in the session the tests need: a private D-Bus session bus,
# a gnome-keyring unlocked for the test in a throw-away folder, and an X
# display from Xvfb. Nothing touches the user's own keyring or display.
set -euo pipefail
if [[ -z "${HEARTH_TEST_SESSION:-}" ]]; then
    export HEARTH_TEST_SESSION=1
    exec dbus-run-session -- xvfb-run --auto-servernum \
        --server-args="-screen 0 1600x1200x24 -nolisten tcp" "$0" "$@"
fi

keyring_home=$(mktemp -d)
trap 'kill "${GNOME_KEYRING_PID:-0}" 2>/dev/null || true; rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data"
mkdir -p "$XDG_DATA_HOME"
# An empty password creates and unlocks a fresh login keyring.
eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID

# Chromium's sandbox cannot run as root; QtWebEngine must be told.
if ((EUID == 0)); then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
"$@"
