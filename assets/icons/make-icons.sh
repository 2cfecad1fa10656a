#!/usr/bin/env bash
# Regenerate every raster icon from the hand-written SVG.
#
#   assets/icons/io.github.topdesk_sso.Assistant.svg          source (also installed as scalable)
#   assets/icons/hicolor/<N>x<N>/apps/io.github.topdesk_sso.Assistant.png
#                                                              N = 16 32 48 64 128 256 512
#                                                              (same layout as /usr/share/icons/hicolor)
#   assets/icons/io.github.topdesk_sso.Assistant.ico          Windows, 16 20 24 32 40 48 64 256
#   assets/icons/io.github.topdesk_sso.Assistant.icns         macOS, 16 32 48 128 256 512
#
# Needs: rsvg-convert (Debian: librsvg2-bin), convert (imagemagick) for the .ico,
# png2icns (icnsutils) for the .icns. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")"

id=io.github.topdesk_sso.Assistant
svg=$id.svg
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "make-icons.sh: '$tool' not found (apt-get install librsvg2-bin imagemagick icnsutils)" >&2
    exit 1
  }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Every size is rendered from the SVG directly (never scaled down from a big PNG).
render() { rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$svg" --output "$2"; }

for n in 16 32 48 64 128 256 512; do
  mkdir -p "hicolor/${n}x${n}/apps"
  render "$n" "hicolor/${n}x${n}/apps/$id.png"
  echo "hicolor/${n}x${n}/apps/$id.png"
done

# Windows: one .ico with the sizes Explorer, the taskbar and the title bar ask for at
# 100-200 % scaling. 256 is stored PNG-compressed (as Windows expects), the rest as BMP.
ico_sizes=(16 20 24 32 40 48 64 256)
ico_in=()
for n in "${ico_sizes[@]}"; do render "$n" "$tmp/ico-$n.png"; ico_in+=("$tmp/ico-$n.png"); done
convert "${ico_in[@]}" "$id.ico"
echo "$id.ico"

# macOS: png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256, 512).
icns_in=()
for n in 16 32 48 128 256 512; do render "$n" "$tmp/icns-$n.png"; icns_in+=("$tmp/icns-$n.png"); done
png2icns "$id.icns" "${icns_in[@]}" >/dev/null
echo "$id.icns"
