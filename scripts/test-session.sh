#!/usr/bin/env bash
# Runs a command in the session the tests need: a private D-Bus session bus,
# a gnome-keyring unlocked for the test in a throw-away folder, and an X
# display from Xvfb. Nothing touches the user's own keyring or display.
set -euo pipefail
if [[ -z "${HEARTH_TEST_SESSION:-}" ]]; then
    export HEARTH_TEST_SESSION=1
    exec xvfb-run --auto-servernum \
        --server-args="-screen 0 1600x1200x24 -nolisten tcp" dbus-run-session -- "$0" "$@"
fi

keyring_home=$(mktemp -d)
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A throw-away password creates and unlocks a fresh login keyring. The daemon runs
# in the foreground as our child so that we stop exactly this one.
printf 'hearth-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
keyring_pid=$!
trap 'kill "$keyring_pid" 2>/dev/null || true; rm -rf "$keyring_home"' EXIT
for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true' && break
    sleep 0.1
done

# Chromium's sandbox cannot run as root; QtWebEngine must be told.
if ((EUID == 0)); then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
"$@"
