#!/usr/bin/env bash
# Screenshots of every wizard step with the demo files, under Xvfb (apt: xvfb xauth imagemagick
# xdotool, plus the runtime libraries in packaging/README.md).
# Usage: scripts/screenshots.sh [BIN] [OUTDIR] [WxH] [light|dark] [SUFFIX] [STEPS] [en|nl|de]
# Files are named <n>-<step>-<theme><SUFFIX>.png (nl-… and de-… in Dutch and German); STEPS
# (default "1 2 3 4 5 6 7") picks the steps; the language (default en) is set in the settings, as
# the window's language menu would.
#   for l in en nl de; do for t in light dark; do
#     scripts/screenshots.sh target/release/topdesk-sso-assistant docs/screenshots 900x600 $t -900x600 "2 4 6 7" $l
#   done; done
set -euo pipefail
bin=${1:-target/release/topdesk-sso-assistant}
out=${2:-docs/screenshots}
size=${3:-1280x800}
theme=${4:-light}
suffix=${5:-}
steps=${6:-1 2 3 4 5 6 7}
lang=${7:-en}
prefix=""
[ "$lang" = en ] || prefix="$lang-"
mkdir -p "$out"
export TOPDESK_SSO_CONFIG_DIR=$(mktemp -d)
w=${size%x*}; h=${size#*x}
echo "{\"window_size\":[$w,$h],\"theme\":\"$theme\",\"language\":\"$lang\"}" > "$TOPDESK_SSO_CONFIG_DIR/settings.json"
xvfb-run -a -s "-screen 0 $((w+40))x$((h+40))x24" bash -c '
  set -e
  bin=$0 out=$1 theme=$2 suffix=$3 steps=$4 prefix=$5
  "$bin" --demo & app=$!
  for _ in $(seq 50); do win=$(xdotool search --name "TOPdesk SSO Assistant" 2>/dev/null | head -1) && [ -n "$win" ] && break; sleep 0.2; done
  # Without a window, import would wait for a click on one.
  [ -n "$win" ] || { echo "screenshots: no window (did the app start?)" >&2; kill $app 2>/dev/null; exit 1; }
  sleep 2
  names=(1-start 2-entra 3-topdesk 4-keypair 5-login 6-review 7-test-login)
  # Enter goes to the next step while nothing has the keyboard focus (no window manager here:
  # keys go to the window under the pointer).
  xdotool windowfocus --sync "$win" || true
  xdotool mousemove --window "$win" $(( '"$w"' - 10 )) $(( '"$h"' / 2 ))
  for i in 1 2 3 4 5 6 7; do
    if [[ " $steps " == *" $i "* ]]; then
      sleep 1.2
      import -window "$win" "$out/$prefix${names[$((i-1))]}-$theme$suffix.png"
    fi
    xdotool key Return; sleep 0.5
  done
  kill $app
' "$bin" "$out" "$theme" "$suffix" "$steps" "$prefix"
ls -la "$out"
