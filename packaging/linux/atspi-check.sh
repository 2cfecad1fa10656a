#!/usr/bin/env bash
# Accessibility check for CI: start the real window under Xvfb with the AT-SPI bus (the one Orca
# reads) and drive it through the accessibility tree as an assistive technology does; see
# packaging/linux/atspi-check.py for what is asserted. Under a minute (about 6 s here).
#
#   packaging/linux/atspi-check.sh [BIN] [LANG ...]   # default: target/release/topdesk-sso-assistant, en nl de
#
# Installs what it needs with apt (root or sudo): xvfb, xauth, dbus-daemon (dbus-run-session),
# at-spi2-core (the AT-SPI bus), python3-gi and gir1.2-atspi-2.0 (the client library), and the
# window's runtime libraries (packaging/README.md) with Mesa's software OpenGL.
set -euo pipefail
cd "$(dirname "$0")/../.."

bin=${1:-target/release/topdesk-sso-assistant}
shift || true
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

need=()
for p in xvfb xauth dbus-daemon at-spi2-core python3-gi gir1.2-atspi-2.0 \
         libx11-6 libx11-xcb1 libxcb1 libxcursor1 libxi6 libxrender1 libxkbcommon0 \
         libxkbcommon-x11-0 libegl1 libgl1 libgl1-mesa-dri libdbus-1-3; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ ! -x "$bin" ]; then
  cargo build --release --bin topdesk-sso-assistant
fi

# Debian's python3 (where python3-gi is), not one earlier on PATH; a private X display and
# session bus, so nothing of the desktop running this (if any) is touched.
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- /usr/bin/python3 packaging/linux/atspi-check.py "$bin" "$@" 2> >(
    grep -v "Failed to set fd limit\|Activating service\|Successfully activated\|SpiRegistry daemon" >&2
  )
