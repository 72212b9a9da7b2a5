#!/usr/bin/env bash
# CI's Windows step (called by .ci/run after the other checks): install Wine 8 and the tools,
# build dist/crmdesk-<version>-setup.exe with `installer/build.py --target windows`, then
# smoke-test it in a fresh Wine prefix. Prints the seconds of each phase.
# Needs the project's .venv (made by the README's test command) and root or sudo for apt.
set -euo pipefail
cd "$(dirname "$0")/../.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
python=${CRMDESK_PYTHON:-.venv/bin/python}
t0=$(date +%s)

if ! dpkg --print-foreign-architectures | grep -qx i386; then
  as_root dpkg --add-architecture i386
fi
as_root apt-get update -qq
# wine32:i386 runs Inno Setup's 32-bit ISCC.exe; mingw-w64 builds the test prefix's icuuc.dll
# stub; Xvfb, ImageMagick (import) and xdotool show and photograph the windowed exe.
# npm only when missing: a nodejs from outside Debian ships its own npm and conflicts with it.
packages=(wine wine64 wine32:i386 gcc-mingw-w64-x86-64 xvfb xauth imagemagick xdotool
  fonts-wqy-microhei poppler-utils)
command -v npm >/dev/null || packages+=(npm)
as_root apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
t1=$(date +%s)

"$python" installer/build.py --target windows
t2=$(date +%s)

version=$("$python" -c "import crmdesk; print(crmdesk.__version__)")
setup="dist/crmdesk-$version-setup.exe"
"$python" installer/windows/smoke.py "$setup"
t3=$(date +%s)

echo "windows: apt $((t1 - t0)) s, build $((t2 - t1)) s, smoke $((t3 - t2)) s," \
  "total $((t3 - t0)) s; $setup $(stat -c %s "$setup") bytes" \
  "(screenshot and PDF in dist/windows-smoke/)"
