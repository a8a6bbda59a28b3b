#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds SayTruth Studio and starts it on the
# built-in demo database (a private PostgreSQL server, created and seeded on first start).
# Extra arguments go to the app, e.g. --demo-reset or --demo-scale 50.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
build=${SAYTRUTH_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAYTRUTH_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"
exec "$build/app/saytruth-studio" --demo "$@"
