#!/usr/bin/env bash
# Installs the Debian 12 (and 13) packages SayTruth Studio needs to build, run its demo and run its tests; with
# --package-checks also what packaging/check-package.sh runs (lintian, the desktop and AppStream validators,
# debootstrap). Only what is missing is installed; safe to call on every run.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql libgl-dev libqt6opengl6-dev libxkbcommon-dev
    qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqscintilla2-qt6-dev qtkeychain-qt6-dev
    libpq-dev libpg-query-dev libprotobuf-c-dev
    postgresql postgresql-contrib postgresql-client
    pgbouncer # the transaction-pooling tests (tst_pooler) put it in front of the test cluster
    zlib1g-dev libzstd-dev zstd gzip
    xvfb xauth fonts-dejavu-core dbus-daemon qt6-translations-l10n
    librsvg2-bin # rsvg-convert renders the PNG application icons from resources/icons/app.svg at build time
)
# Debian 13 on (where the names above work too; libqt6opengl6-dev is then provided by qt6-base-dev and
# postgresql-contrib by postgresql, which apt picks): KSyntaxHighlighting for the read-only SQL views, used when the build finds it (Debian 12 has only the
# KF5 one; there the built-in highlighter colours them).
if apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1; then packages+=(libkf6syntaxhighlighting-dev); fi
# Debian 13 moved the SVG icon engine (the schema tree's and toolbars' icons) from libqt6svg6 to its own package.
if apt-cache show qt6-svg-plugins >/dev/null 2>&1; then packages+=(qt6-svg-plugins); fi
if [ "${1:-}" = --package-checks ]; then
    packages+=(dpkg-dev lintian desktop-file-utils appstream debootstrap)
fi
# kubectl (Kubernetes profiles, and the tests that run it against tests/support/fakekube): Debian's
# kubernetes-client only where no kubectl exists at all. A machine whose kubectl comes from another package
# (google-cloud-sdk, a kubectl .deb from pkgs.k8s.io) owns /usr/bin/kubectl, and installing
# kubernetes-client over it would fail with a file conflict; that kubectl is used as it is.
if ! command -v kubectl >/dev/null 2>&1; then packages+=(kubernetes-client); fi

# What is there: every installed package's name and the names it provides. On Debian 13 some of the names above
# are virtual: libqt6opengl6-dev is provided by qt6-base-dev and postgresql-contrib by postgresql, and dpkg knows
# no package of that name, so asking dpkg for the name alone called apt on every run. A name counts as there when
# an installed package has it or provides it (which is what apt would pick for it); a package that is unpacked
# but not configured is not there, so apt finishes it.
declare -A present=()
# shellcheck disable=SC2016 # dpkg-query's format, not the shell's
names=$(dpkg-query -W -f='${db:Status-Status} ${Package}, ${Provides}\n' 2>/dev/null \
    | awk '$1 == "installed" { sub(/^[^ ]+ /, ""); gsub(/ *\([^)]*\)/, "") # "name (= version)": the name
                                n = split($0, names, / *, */); for (i = 1; i <= n; i++) if (names[i] != "") print names[i] }')
while read -r name; do present[$name]=1; done <<<"$names"
missing=()
for p in "${packages[@]}"; do
    [ -n "${present[$p]:-}" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
