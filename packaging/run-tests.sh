#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs every test (CTest). Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
build=${SAYTRUTH_TEST_BUILD_DIR:-build-tests}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSAYTRUTH_SANITIZE=ON -DSAYTRUTH_WERROR=ON \
    -DSAYTRUTH_BUILD_TESTS=ON
cmake --build "$build" --parallel "$(nproc)"
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
