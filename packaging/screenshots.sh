#!/usr/bin/env bash
# Takes the guide's screenshots (docs/screenshots/*.png) from the real window on the demo database, under
# xvfb-run: the connection dialog, the table browser on messages, the SQL console with a result, the backup
# and restore wizards and the monitoring dashboard. Rerun it after a change to the UI and commit the PNGs.
#
#   bash packaging/screenshots.sh [OUTPUT-DIRECTORY]      (default: docs/screenshots)
#
# SAYTRUTH_BUILD_DIR picks the build directory (default build-screenshots, Release), SAYTRUTH_JOBS the build's
# parallelism. It needs the packages of packaging/install-deps.sh (xvfb, fonts-dejavu-core, PostgreSQL);
# optipng, when installed, makes the PNGs smaller.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots}")
build=${SAYTRUTH_BUILD_DIR:-build-screenshots}
jobs=${SAYTRUTH_JOBS:-$(nproc)}

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSAYTRUTH_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target saytruth-screenshots saytruth-studio --parallel "$jobs"
# The wizards' pipelines run the app's own stages (pack-archive, copy-sizes) as the installed program would.
export SAYTRUTH_STUDIO_PROGRAM
SAYTRUTH_STUDIO_PROGRAM=$(realpath "$build/app/saytruth-studio")

mkdir -p "$out"
# A fixed look whatever the desktop: Qt's Fusion style, English, DejaVu fonts, no session bus or keychain.
export QT_STYLE_OVERRIDE=Fusion LANGUAGE=en LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORMTHEME=
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
export XDG_CONFIG_HOME
XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" \
    "$build/packaging/screenshots/saytruth-screenshots" "$out"

if command -v optipng >/dev/null; then
    optipng -quiet -o2 -strip all "$out"/*.png
else
    echo "screenshots.sh: optipng not installed; the PNGs are not optimised (apt-get install optipng)" >&2
fi
ls -l "$out"
