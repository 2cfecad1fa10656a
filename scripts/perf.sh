#!/usr/bin/env bash
# Start-up speed and size (issue 22), measured side by side with their yardsticks on this machine:
#   check      `topdesk-sso check` (signature and pair proof) vs lxml + signxml + cryptography
#              doing the same (scripts/perf/check.py)
#   version    `topdesk-sso --version` vs a Rust program that only prints (the floor)
#   diagnose   `topdesk-sso diagnose` of a signed SAMLResponse vs python3-saml's is_valid
#              (scripts/perf/diagnose.py)
#   window     the first drawn window of `topdesk-sso-assistant --demo` vs XCA
#              (scripts/first-window.sh): a very first start (no Mesa shader cache), and
#   window2    a later start (the cache kept)
#   size       the Windows topdesk-sso.exe (packaging/windows/build.sh) against its limit
# Whole processes, timed by farm-bench (this machine's tool; pairs alternate A B A B). A run of ours
# is a few milliseconds, finer than farm-bench's 1 ms digits: each of its samples is a shell loop of
# LOOP runs, divided by LOOP (the loop's fork and exec are part of any start). Medians; the
# ratios are the yardstick's median over ours.
# The Python yardsticks install into a throwaway virtualenv ($VENV) the first time; without pip
# (or network) they are skipped with a message.
# Usage: scripts/perf.sh [RUNS]   (default 15; needs `cargo build --release` first; BIN=another
# build of topdesk-sso measures that one instead, e.g. an older one for before/after)
# A fresh copy of a program file starts faster here than the linker's output or a file read back
# from disk (README, Performance): compare a copied BIN= build only with a copy of the other.
set -euo pipefail
cd "$(dirname "$0")/.."
# As root, ahead of other work on a shared machine (the children inherit it).
if [ "$(id -u)" = 0 ] && [ -z "${PERF_NICED:-}" ]; then PERF_NICED=1 exec nice -n -15 "$0" "$@"; fi
runs=${1:-15}
loop=50
bin=${BIN:-target/release/topdesk-sso}
samples=assets/samples
venv=${VENV:-${TMPDIR:-/tmp}/topdesk-sso-perf-venv}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
command -v farm-bench >/dev/null || { echo "perf: farm-bench is needed (see DEVELOPERS.md)" >&2; exit 2; }
[ -x $bin ] || { echo "perf: build first: cargo build --release" >&2; exit 2; }

echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem/ {print $2}') GiB, $(uname -sr); $(date -u +%F)"
echo "topdesk-sso $($bin --version | cut -d' ' -f2), built $(date -u -r $bin +%FT%TZ)"

python=""
if [ -x "$venv/bin/python" ] || { python3 -m venv "$venv" >/dev/null 2>&1 &&
  "$venv/bin/pip" install -q lxml signxml cryptography python3-saml >/dev/null 2>&1; }; then
  python=$venv/bin/python
else
  echo "perf: no virtualenv with lxml, signxml, cryptography and python3-saml ($venv): the Python yardsticks are skipped"
  rm -rf "$venv"
fi

# The demo's signed-in capture: its SAMLResponse, and the moment it was captured (--now).
python3 - "$samples/sample-login-signed-in.har" "$work" <<'PY'
import base64, json, re, sys
har = json.load(open(sys.argv[1]))
value = next(p["value"] for e in har["log"]["entries"] for p in e["request"].get("postData", {}).get("params", []) if p["name"] == "SAMLResponse")
open(f"{sys.argv[2]}/response.b64", "w").write(value)
moment = re.search(r'IssueInstant="([^"]+)"', base64.b64decode(value).decode()).group(1)
open(f"{sys.argv[2]}/moment", "w").write(moment)
PY
moment=$(cat "$work/moment")
idp=$samples/sample-entra-federation-metadata.xml sp=$samples/sample-topdesk-sp-metadata.xml
check="$bin check --idp $idp --sp $sp --cert $samples/sample-topdesk-certificate.pem --key $samples/sample-topdesk-private-key.pem --lang en"
diagnose="$bin diagnose --idp $idp --sp $sp --now $moment --lang en $work/response.b64"
echo 'fn main() { println!("floor 1.0"); }' >"$work/floor.rs"
rustc -O -C strip=symbols -o "$work/floor" "$work/floor.rs"

# median_ms OUTPUT LETTER DIVISOR: the median wall time of A or B in ms, per run.
median_ms() { awk -v l="$2" -v d="$3" '$1 == l && $2 == "wall" { printf "%.2f", $5 * 1000 / d }' <<<"$1"; }
looped() { echo "sh -c 'for i in \$(seq $loop); do $1 >/dev/null; done'"; }
rows=()
row() { rows+=("$(printf '%-9s %9s ms  %-34s %9s  %7s  goal %s' "$@")"); }

# pair NAME OURS YARDSTICK_CMD YARDSTICK_NAME YARDSTICK_LOOP GOAL_MS GOAL_RATIO
pair() {
  local out ours theirs ratio verdict
  out=$(farm-bench -n "$runs" --timeout 900 --vs "$3" -- sh -c "for i in \$(seq $loop); do $2 >/dev/null; done" 2>&1)
  ours=$(median_ms "$out" A $loop)
  theirs=$(median_ms "$out" B "$5")
  ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.1fx", b / a }')
  verdict=$(awk -v a="$ours" -v g="$6" -v b="$theirs" -v r="$7" 'BEGIN { print (a <= g && b / a >= r) ? "met" : "MISSED" }')
  row "$1" "$ours" "$4 $theirs ms" "$ratio" "$verdict" "<= $6 ms$([ "$7" = 0 ] || echo ", >= ${7}x")"
}

pair version "$bin --version" "$(looped "$work/floor")" "Rust floor (prints only)" $loop 1 0
if [ -n "$python" ]; then
  pair check "$check" "$python scripts/perf/check.py $idp $sp $samples/sample-topdesk-certificate.pem $samples/sample-topdesk-private-key.pem" "lxml+signxml+cryptography" 1 2.5 60
  pair diagnose "$diagnose" "$python scripts/perf/diagnose.py $idp $sp $work/response.b64 $moment" "python3-saml is_valid" 1 2.5 50
else
  for name in check diagnose; do row $name "-" "(skipped: no Python yardstick)" "" "" ""; done
fi

# The first drawn window, as a very first start (no shader cache) and as a later one.
nice=(); [ "$(id -u)" = 0 ] && nice=(--nice -15)
# (With BIN set, only that command line is measured.)
[ -n "${BIN:-}" ] || for cache in "" --keep-cache; do
  name=window; [ -n "$cache" ] && name=window2
  if line=$(scripts/first-window.sh --runs 7 "${nice[@]}" $cache 2>/dev/null | grep '^first-window '); then
    ours=$(sed 's/.*ours_ms=\([0-9.]*\).*/\1/' <<<"$line"); xca=$(sed 's/.*xca_ms=\([0-9.]*\).*/\1/' <<<"$line")
    verdict=$(awk -v a="$ours" -v b="$xca" 'BEGIN { print (a <= b) ? "met" : "MISSED" }')
    row $name "$ours" "XCA $xca ms${cache:+ (Mesa cache kept)}" "$(awk -v a="$ours" -v b="$xca" 'BEGIN { printf "%.2fx", b / a }')" "$verdict" "<= XCA"
  else
    row $name "-" "(skipped: scripts/first-window.sh failed)" "" "" ""
  fi
done

exe=target/windows/topdesk-sso.exe
if [ -n "${BIN:-}" ]; then
  :
elif [ -f $exe ]; then
  mb=$(awk -v s="$(stat -c %s $exe)" 'BEGIN { printf "%.1f", s / 1e6 }')
  rows+=("$(printf '%-9s %9s MB  %-34s %9s  %7s  goal %s' size "$mb" "Windows topdesk-sso.exe, stripped" "" "$(awk -v m="$mb" 'BEGIN { print (m <= 15) ? "met" : "MISSED" }')" "<= 15 MB")")
else
  rows+=("size      (skipped: no $exe; run packaging/windows/build.sh)")
fi

echo
printf '%-9s %12s  %-34s %9s  %7s\n' work ours "compared with" ratio verdict
printf '%s\n' "${rows[@]}"
