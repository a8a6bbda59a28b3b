#!/usr/bin/env bash
# Builds the Release .deb and proves it: the file list (of the package and of `cmake --install` to a prefix),
# lintian, desktop-file-validate and appstreamcli with nothing to say, then an install with apt into a clean
# Debian 12 root made by debootstrap (so Depends are resolved from the archive and shown to be enough), where
# the installed saytruth-studio must answer --version and --help.
#
# The build and the validators run as the calling user; debootstrap and chroot need root (or sudo). Without
# either the install test is skipped with exit status 77. The debootstrapped root and the packages apt fetched
# are kept in $SAYTRUTH_CACHE (default ~/.cache/saytruth), so a rerun needs the network only for apt's lists;
# the mirror is the one this machine's apt uses (SAYTRUTH_DEBIAN_MIRROR overrides it).
# SAYTRUTH_PACKAGE_BUILD_DIR (default build-package) and SAYTRUTH_JOBS (default nproc) tune the build.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SAYTRUTH_PACKAGE_BUILD_DIR:-build-package}
cache=${SAYTRUTH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/saytruth}
jobs=${SAYTRUTH_JOBS:-$(nproc)}
start=$SECONDS

step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - start)); }
fail() {
    echo "check-package: $*" >&2
    exit 1
}

bash packaging/install-deps.sh --package-checks

step "Building the Release package in $build"
# Debian's own compiler and linker flags (dpkg-buildflags: fortify, stack protector, relro, bind-now), as a
# package built by dpkg-buildpackage would have them; -g is left out since the packaged binary is stripped.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP=-g
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSAYTRUTH_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
cmake --build "$build" --parallel "$jobs"
rm -f "$build"/saytruth-studio_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/saytruth-studio_*.deb)
dpkg-deb --field "$deb"
# Without dpkg-shlibdeps CPack only warns and leaves the libraries out of Depends.
dpkg-deb --field "$deb" Depends | grep -q 'libqt6widgets6' || fail "Depends lacks the shared libraries"
# The SVG icon engine is a plugin, loaded at run time, which dpkg-shlibdeps cannot see: Depends must name the
# package that holds it on this machine (libqt6svg6 on Debian 12, qt6-svg-plugins on 13; packaging/CMakeLists.txt).
svg_engine=$(dpkg-query --search iconengines/libqsvgicon.so | sed -n '1s/[:,].*//p') \
    || fail "no installed package holds the SVG icon engine (iconengines/libqsvgicon.so)"
dpkg-deb --field "$deb" Depends | grep -qE "(^|, )$svg_engine( |,|$)" \
    || fail "Depends lacks $svg_engine, the package of the SVG icon engine"

step "Checking the file lists"
app_id=$(sed -n 's/^set(SAYTRUTH_APP_ID "\(.*\)")$/\1/p' CMakeLists.txt)
[ -n "$app_id" ] || fail "no SAYTRUTH_APP_ID in CMakeLists.txt"
expected=(
    bin/saytruth-studio
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    share/man/man1/saytruth-studio.1.gz
    share/doc/saytruth-studio/copyright
    share/doc/saytruth-studio/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM # through the EXIT trap, which unmounts and removes what was made
dpkg-deb -x "$deb" "$scratch/deb"
cmake --install "$build" --prefix "$scratch/prefix" >/dev/null
for root in "$scratch/deb/usr" "$scratch/prefix"; do
    for file in "${expected[@]}"; do
        [ -s "$root/$file" ] || fail "missing from ${root#"$scratch"/}: $file"
    done
done
for size in 16 22 24 32 48 64 128 256; do
    file "$scratch/prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q "$size x $size" \
        || fail "the ${size}x${size} icon is not ${size}x${size}"
done
echo "both hold the ${#expected[@]} expected files"

step "lintian"
# Errors, warnings and infos are shown; as root lintian adds a notice about that, which is not about the package.
lintian_out=$(lintian --display-info "$deb" 2>&1 | grep -vx 'running with root privileges is not recommended!') || true
[ -z "$lintian_out" ] || fail "lintian has something to say:"$'\n'"$lintian_out"
echo "lintian: nothing to say"

step "desktop-file-validate"
desktop_out=$(desktop-file-validate "$scratch/deb/usr/share/applications/$app_id.desktop" 2>&1) \
    || fail "desktop-file-validate failed:"$'\n'"$desktop_out"
[ -z "$desktop_out" ] || fail "desktop-file-validate has something to say:"$'\n'"$desktop_out"
echo "desktop-file-validate: nothing to say"

step "appstreamcli validate"
# Debian 12's AppStream (0.16) predates the <developer> tag that AppStream 1.0 requires: its "unknown-tag
# developer" note (an info) is expected; anything else fails.
metainfo_out=$(appstreamcli validate --no-net --pedantic "$scratch/deb/usr/share/metainfo/$app_id.metainfo.xml" 2>&1) \
    || fail "appstreamcli validate failed:"$'\n'"$metainfo_out"
echo "$metainfo_out"
unexpected=$(grep -E '^[EWIP]: ' <<<"$metainfo_out" | grep -vE '^I: [^ ]+ unknown-tag developer$' \
    | grep -vE '^P: [^ ]+ cid-contains-uppercase-letter ' || true)
[ -z "$unexpected" ] || fail "appstreamcli validate has something to say:"$'\n'"$unexpected"

# The rest needs root: debootstrap, chroot, mount.
as_root=()
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        as_root=(sudo)
    else
        echo "check-package: the install test needs root or password-less sudo; skipped" >&2
        exit 77
    fi
fi

# The mirror (and security mirror) this machine's apt uses for bookworm, from one-line and deb822 sources.
apt_uri_for() {
    local suite=$1
    {
        cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
            | sed -E 's/\[[^]]*\]//' | awk -v s="$suite" '$1 == "deb" && $3 == s { print $2 }'
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] || continue
            awk -v s="$suite" 'BEGIN { RS = ""; FS = "\n" }
                /(^|\n)Enabled: *no/ { next }
                { uris = ""; hit = 0
                  for (i = 1; i <= NF; i++) {
                      if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs: */, "", uris) }
                      if ($i ~ /^Suites:/) { n = split($i, w, /[ \t]+/); for (j = 2; j <= n; j++) if (w[j] == s) hit = 1 }
                  }
                  if (hit && uris != "") { split(uris, u, /[ \t]+/); print u[1] } }' "$f"
        done
    } | head -n 1
}
mirror=${SAYTRUTH_DEBIAN_MIRROR:-$(apt_uri_for bookworm)}
mirror=${mirror:-http://deb.debian.org/debian}
security=$(apt_uri_for bookworm-security)

mkdir -p "$cache/apt-archives"
root_tar="$cache/debian12-minbase.tar"
if [ ! -s "$root_tar" ]; then
    step "debootstrap: a Debian 12 root from $mirror (once; cached in $root_tar)"
    fresh=$(mktemp -d /var/tmp/saytruth-debootstrap.XXXXXX)
    "${as_root[@]}" debootstrap --variant=minbase bookworm "$fresh/root" "$mirror" >"$fresh/log" 2>&1 \
        || { tail -n 20 "$fresh/log"; fail "debootstrap failed (log: $fresh/log)"; }
    "${as_root[@]}" tar -C "$fresh/root" -cf "$root_tar.partial" .
    "${as_root[@]}" mv "$root_tar.partial" "$root_tar"
    "${as_root[@]}" rm -rf --one-file-system "$fresh"
fi

step "Installing the package into a clean Debian 12 root"
root=$(mktemp -d /var/tmp/saytruth-root.XXXXXX)
cleanup_root() {
    # Never remove a root that still has /proc mounted in it.
    if mountpoint -q "$root/proc"; then "${as_root[@]}" umount "$root/proc" || return; fi
    "${as_root[@]}" rm -rf --one-file-system "$root"
}
trap 'cleanup_root; rm -rf "$scratch"' EXIT
"${as_root[@]}" tar -C "$root" -xf "$root_tar"
{
    echo "deb $mirror bookworm main"
    echo "deb $mirror bookworm-updates main"
    if [ -n "$security" ]; then echo "deb $security bookworm-security main"; fi
} | "${as_root[@]}" tee "$root/etc/apt/sources.list" >/dev/null
"${as_root[@]}" cp /etc/resolv.conf "$root/etc/resolv.conf"
# A throwaway root: dpkg need not sync every file it unpacks (debootstrap does the same).
echo force-unsafe-io | "${as_root[@]}" tee "$root/etc/dpkg/dpkg.cfg.d/unsafe-io" >/dev/null
"${as_root[@]}" mount -t proc proc "$root/proc"
if compgen -G "$cache/apt-archives/*.deb" >/dev/null; then
    "${as_root[@]}" cp "$cache"/apt-archives/*.deb "$root/var/cache/apt/archives/"
fi
"${as_root[@]}" cp "$deb" "$root/tmp/"
in_root() {
    "${as_root[@]}" chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
in_root apt-get update -qq
# Depends alone first, so that nothing a Recommends brings in can hide a missing dependency.
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$scratch/apt.log" 2>&1 \
    || { cat "$scratch/apt.log"; fail "apt-get install of the package failed"; }
echo "installed with $(grep -c '^Setting up' "$scratch/apt.log" || true) packages (Depends only)"

step "Running the installed saytruth-studio"
# QApplication needs a platform plugin before --version is parsed; the root has no display.
version=$(in_root QT_QPA_PLATFORM=offscreen saytruth-studio --version)
echo "--version: $version"
expected_version="saytruth-studio $(sed -n 's/^project(SayTruthStudio VERSION \([0-9.]*\) .*/\1/p' CMakeLists.txt)"
[ "$version" = "$expected_version" ] || fail "--version said \"$version\", not \"$expected_version\""
in_root QT_QPA_PLATFORM=offscreen saytruth-studio --help | grep -q -- '--dashboard' || fail "--help lacks --dashboard"
in_root saytruth-studio backup --help | grep -q -- '--file' || fail "backup --help lacks --file"
in_root test -s /usr/share/man/man1/saytruth-studio.1.gz || fail "no man page installed"
# The translations are compiled in: found after install whatever the prefix (Qt reads LANG itself).
in_root LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen saytruth-studio --help | grep -q 'Desktop-Client für die SayTruth' \
    || fail "--help under LANG=de_DE.UTF-8 is not in German"
echo "--help, backup --help: answered; --help in German under LANG=de_DE.UTF-8"
# The window itself, offscreen for a few seconds: it must keep running (timeout's 124) and load the SVG icon
# engine, a plugin that no shared-library dependency brings in.
status=0
in_root QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 XDG_RUNTIME_DIR=/tmp timeout 8 saytruth-studio \
    >"$scratch/window.log" 2>&1 || status=$?
[ "$status" = 124 ] || { cat "$scratch/window.log"; fail "the window did not keep running (exit status $status)"; }
grep -q 'iconengines/libqsvgicon.so" loaded library' "$scratch/window.log" \
    || { cat "$scratch/window.log"; fail "the SVG icon engine did not load"; }
echo "the window ran for 8 s offscreen with the SVG icon engine loaded"

step "Installing the Recommends"
recommends=$(dpkg-deb -f "$deb" Recommends | tr -d ',')
# shellcheck disable=SC2086 # one package name per word
in_root apt-get install -y -qq --no-install-recommends $recommends >"$scratch/apt.log" 2>&1 \
    || { cat "$scratch/apt.log"; fail "apt-get install of the Recommends ($recommends) failed"; }
in_root pg_dump --version
in_root zstd --version
"${as_root[@]}" cp -n "$root"/var/cache/apt/archives/*.deb "$cache/apt-archives/" 2>/dev/null || true

step "All checks passed"
