#!/usr/bin/env bash
# Proves that the same source builds and passes its tests on Debian 13 (trixie: Qt 6.8, GCC 14,
# PostgreSQL 17), where libkf6syntaxhighlighting-dev exists and the read-only SQL views use KSyntaxHighlighting.
#
#   sudo bash packaging/debian13-check.sh
#
# 1. A Debian 13 root made by debootstrap (minbase) from Debian's archive, kept in $SAYTRUTH_TRIXIE_ROOT
#    (default /var/tmp/saytruth-trixie) and reused by later runs; proc, sys, dev, devpts and tmpfs on /dev/shm
#    and /tmp are mounted into it for the run and always unmounted on exit (no service starts in it).
# 2. The build dependencies installed in it by packaging/install-deps.sh itself (its Debian 12 names work on
#    Debian 13 too; it adds libkf6syntaxhighlighting-dev where the archive has it).
# 3. The working tree's files (tracked and untracked-but-not-ignored, so no build directories) copied to
#    /src in the root; a Debug build without debug information, with -Werror, in /build (no sanitizers: they
#    double the build time on a small machine, and packaging/run-tests.sh runs them on Debian 12); ccache is
#    kept in the root. CMake must report KF6SyntaxHighlighting found.
# 4. First the read-only SQL view tests (tst_readonlysqlview, tst_historydialog) with SAYTRUTH_SCREENSHOT_DIR
#    set: the KSyntaxHighlighting view is copied out to docs/screenshots/ksyntaxhighlighting.png. Then
#    everything is built and every test run (ctest).
#
# Slow (the first run fetches about 400 MB and builds everything), so it is not part of .ci/run. Exits non-zero
# when any step fails, after a summary of the steps and their times. Needs root (debootstrap, chroot, mount).
# SAYTRUTH_DEBIAN_MIRROR overrides the mirror, SAYTRUTH_JOBS the build's and ctest's parallelism (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
root=${SAYTRUTH_TRIXIE_ROOT:-/var/tmp/saytruth-trixie}
mirror=${SAYTRUTH_DEBIAN_MIRROR:-http://deb.debian.org/debian}
jobs=${SAYTRUTH_JOBS:-2}
screenshot=docs/screenshots/ksyntaxhighlighting.png

if [ "$(id -u)" != 0 ]; then
    echo "debian13-check: needs root (debootstrap, chroot, mount)" >&2
    exit 1
fi

# The summary: one line per step with its wall time, printed on every exit.
summary=()
current=""
step_start=$SECONDS
step_done() {
    if [ -n "$current" ]; then summary+=("ok    $(printf '%5ds' $((SECONDS - step_start)))  $current"); fi
    current=""
}
step() {
    step_done
    current=$*
    step_start=$SECONDS
    printf '\n== %s\n' "$current"
}

# Everything mounted into the root, in mount order; unmounted in reverse. Processes still running inside the
# root (a PostgreSQL left by an interrupted test) are stopped first by their ids, else the mounts stay busy.
mounted=()
cleanup() {
    local status=$?
    local proc
    for proc in /proc/[0-9]*; do
        if [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ]; then kill "${proc#/proc/}" 2>/dev/null || true; fi
    done
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" || umount --lazy "${mounted[i]}" || true
    done
    if [ -n "$current" ]; then
        if [ "$status" = 0 ]; then
            summary+=("ok    $(printf '%5ds' $((SECONDS - step_start)))  $current")
        else
            summary+=("FAIL  $(printf '%5ds' $((SECONDS - step_start)))  $current")
        fi
    fi
    printf '\n== Summary (Debian 13 in %s)\n' "$root"
    printf '%s\n' "${summary[@]}"
    if [ "$status" = 0 ]; then echo "debian13-check: passed"; else echo "debian13-check: FAILED (exit status $status)"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM # through the EXIT trap

mount_in_root() { # <mount arguments...> <mount point inside the root>
    local target="$root${*: -1}"
    mkdir -p "$target"
    mount "${@:1:$#-1}" "$target"
    mounted+=("$target")
}
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

step "debootstrap: Debian 13 (trixie, minbase) from $mirror into $root"
if [ -f "$root/.saytruth-complete" ]; then
    echo "reusing $root"
else
    # Into a fresh directory first, so that an interrupted debootstrap never looks like a usable root.
    rm -rf --one-file-system "$root.partial"
    nice -n 19 debootstrap --variant=minbase trixie "$root.partial" "$mirror" >"$root.log" 2>&1 \
        || { tail -n 20 "$root.log"; echo "debootstrap failed (log: $root.log)" >&2; exit 1; }
    touch "$root.partial/.saytruth-complete"
    rm -rf --one-file-system "$root"
    mv "$root.partial" "$root"
fi
grep -q '^VERSION_CODENAME=trixie$' "$root/etc/os-release" || { echo "$root is not Debian 13" >&2; exit 1; }

mount_in_root -t proc proc /proc
mount_in_root -t sysfs sysfs /sys
mount_in_root --bind /dev /dev
mount_in_root -t devpts -o newinstance,ptmxmode=0666 devpts /dev/pts # apt's terminal log
mount_in_root -t tmpfs -o mode=1777 tmpfs /dev/shm # PostgreSQL's dynamic shared memory
mount_in_root -t tmpfs -o mode=1777 tmpfs /tmp     # the tests' clusters and sockets; logs go to /build
cp /etc/resolv.conf /etc/hosts "$root/etc/" # the names this machine resolves, its own among them

step "apt-get: the build dependencies (packaging/install-deps.sh inside the root)"
{
    echo "deb $mirror trixie main"
    echo "deb $mirror trixie-updates main"
    echo "deb ${mirror%/debian}/debian-security trixie-security main"
} >"$root/etc/apt/sources.list"
# A throwaway root: dpkg need not sync every file it unpacks, and no service starts in it (the postgresql
# package would start a cluster on port 5432, the machine's own).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/unsafe-io"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mkdir -p "$root/src"
cp packaging/install-deps.sh "$root/tmp/install-deps.sh"
# The lists first: install-deps.sh asks apt-cache whether the archive has libkf6syntaxhighlighting-dev.
in_root apt-get update -qq
in_root nice -n 19 bash /tmp/install-deps.sh
# shellcheck disable=SC2016 # dpkg-query's format, not the shell's
in_root dpkg-query -W -f='${Package} ${Version}\n' qt6-base-dev libkf6syntaxhighlighting-dev libpg-query-dev \
    postgresql g++ cmake

step "Copying the working tree to /src in the root"
stage="$root/src.new"
rm -rf --one-file-system "$stage"
mkdir -p "$stage"
# Tracked files and untracked ones that are not ignored (no build directories). Files deleted in the working
# tree but still tracked are skipped.
git ls-files -z --cached --others --exclude-standard \
    | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -C "$stage" -xf -
# A rerun rebuilds only what changed, judged by content, not by the working tree's times: a file the same as
# last time keeps last time's modification time, any other gets the current one. (The working tree's own
# times can be older than the root's objects after a merge, or when another worktree was copied last; ninja
# would then keep a stale object and the run would test old code.)
changed=0
while IFS= read -r -d '' file; do
    if [ -f "$root/src/$file" ] && cmp -s "$stage/$file" "$root/src/$file"; then
        touch -r "$root/src/$file" "$stage/$file"
    else
        touch "$stage/$file"
        changed=$((changed + 1))
    fi
done < <(cd "$stage" && find . -type f -print0)
rm -rf --one-file-system "$root/src"
mv "$stage" "$root/src"
echo "$(find "$root/src" -type f | wc -l) files, $changed new or changed since the last run"

step "Configuring (Debug, tests, -Werror)"
mkdir -p "$root/build"
# Debug without debug information (-g): the assertions stay on, the build is a third faster.
in_root cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG= \
    -DSAYTRUTH_BUILD_TESTS=ON -DSAYTRUTH_WERROR=ON \
    | tee "$root/build/debian13-cmake.log"
grep -q 'KF6SyntaxHighlighting found' "$root/build/debian13-cmake.log" || { echo "CMake did not find KF6SyntaxHighlighting" >&2; exit 1; }

# ninja -k 0: on through failed files, so that one run shows every compile error.
build() { in_root CCACHE_DIR=/var/cache/ccache nice -n 19 cmake --build /build --parallel "$jobs" "$@" -- -k 0; }
run_tests() { # <log name> <ctest arguments...>
    local log="$root/build/$1"
    shift
    local status=0
    in_root SAYTRUTH_SCREENSHOT_DIR=/build/screenshots nice -n 19 \
        ctest --test-dir /build --output-on-failure --parallel "$jobs" --timeout 600 "$@" | tee "$log" || status=$?
    summary+=("      $(grep -E '% tests passed' "$log" || echo 'ctest printed no result line')")
    local failed
    while read -r failed; do summary+=("      failed: $failed"); done < <(grep -E '^[[:space:]]+[0-9]+ - ' "$log" || true)
    return "$status"
}

# The read-only SQL views first, so that their KSyntaxHighlighting result comes before the long full build.
step "Building and running the read-only SQL view tests (KSyntaxHighlighting)"
build --target tst_readonlysqlview tst_historydialog
rm -rf "$root/build/screenshots"
mkdir -p "$root/build/screenshots"
run_tests debian13-ctest-highlighting.log -R '^tst_(readonlysqlview|historydialog)$'
shot="$root/build/screenshots/readonlysqlview-ksyntaxhighlighting.png"
[ -s "$shot" ] || { echo "no KSyntaxHighlighting screenshot from tst_readonlysqlview" >&2; exit 1; }
cp "$shot" "$screenshot"
if command -v optipng >/dev/null; then optipng -quiet -o2 -strip all "$screenshot"; fi
summary+=("      screenshot: $screenshot")

step "Building everything with -j$jobs"
build

step "Running every test (ctest)"
run_tests debian13-ctest.log
step_done
