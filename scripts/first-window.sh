#!/usr/bin/env bash
# Time to the first drawn window: ours (`--demo`) against XCA (a Qt certificate tool), alternated
# run by run under an Xvfb of its own, fresh HOME/XDG folders each run (a first start). Counts from
# exec to the first ~1 ms poll in which a mapped top-level window of the process is not one colour.
# Usage: scripts/first-window.sh [--runs N] [--ours BIN] [--ours-args "ARGS"] [--xca PATH|""]
#          [--before OTHER_BUILD_OF_OURS]... [--keep-cache] [--nice N] [--shots DIR]
#   --before      another build (say main's) in the same runs, for before/after
#   --keep-cache  keep Mesa's shader cache between runs (a later start, not the very first)
#   --nice -15    (root) priority over other work on a busy machine; without it, times there
#                 are mostly the other work's
# Last line, for scripts/perf.sh: `first-window ours_ms=… [before_ms=…] xca_ms=… ratio=… runs=…`.
# Needs: Xvfb, /usr/bin/python3 with python3-xlib, and xca; the missing Debian packages are
# installed when apt-get can run, else the script says what is missing (and skips without Xvfb
# or python3-xlib).
set -euo pipefail
cd "$(dirname "$0")/.."
py=/usr/bin/python3
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
"$py" -c 'import Xlib' 2>/dev/null || need+=(python3-xlib)
command -v xca >/dev/null || need+=(xca)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "first-window: installing ${need[*]} (apt-get)" >&2
    apt-get install -y -qq "${need[@]}" >/dev/null || echo "first-window: could not install ${need[*]}" >&2
  else
    echo "first-window: missing ${need[*]} (apt-get install ${need[*]})" >&2
  fi
fi
command -v Xvfb >/dev/null && "$py" -c 'import Xlib' 2>/dev/null || {
  echo "first-window: skipped (needs Xvfb and python3-xlib)" >&2
  exit 0
}
exec "$py" scripts/first-window.py "$@"
