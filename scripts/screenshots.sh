#!/usr/bin/env bash
# Screenshots of every wizard step with the demo files, under Xvfb (apt: xvfb xauth imagemagick
# xdotool, plus the runtime libraries in packaging/README.md). Usage: scripts/screenshots.sh [BIN] [OUTDIR] [WxH]
set -euo pipefail
bin=${1:-target/release/topdesk-sso-assistant}
out=${2:-docs/screenshots}
size=${3:-1200x800}
mkdir -p "$out"
export TOPDESK_SSO_CONFIG_DIR=$(mktemp -d)
w=${size%x*}; h=${size#*x}
echo "{\"window_size\":[$w,$h]}" > "$TOPDESK_SSO_CONFIG_DIR/settings.json"
xvfb-run -a -s "-screen 0 $((w+40))x$((h+40))x24" bash -c '
  set -e
  "$0" --demo & app=$!
  for _ in $(seq 50); do win=$(xdotool search --name "TOPdesk SSO Assistant" 2>/dev/null | head -1) && [ -n "$win" ] && break; sleep 0.2; done
  sleep 2
  names=(1-start 2-entra 3-topdesk 4-keypair 5-login 6-review)
  for i in 0 1 2 3 4 5; do
    xdotool mousemove --window "$win" 90 $((73 + 23 * i)) click 1
    sleep 1.2
    import -window "$win" "$1/${names[$i]}.png"
  done
  kill $app
' "$bin" "$out"
ls -la "$out"
