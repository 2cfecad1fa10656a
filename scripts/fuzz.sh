#!/usr/bin/env bash
# Fuzzes the readers of untrusted files (fuzz/, cargo-fuzz + libFuzzer, nightly toolchain).
#
#   scripts/fuzz.sh smoke                    every target briefly (about a minute in all); CI
#   scripts/fuzz.sh long [SECONDS] [TARGET…] every (or the named) target SECONDS long (default
#                                            600), then the executions per target and in total
#
# One process, one target at a time (libFuzzer's default: no -jobs, no -fork). Limits as issue 8
# sets them: an input taking over 1 s is a hang (-timeout=1), over 200 MB of memory an
# out-of-memory (-rss_limit_mb=200). Any crash, hang or OOM fails the run; the input is in
# fuzz/artifacts/<target>/: keep it as tests/data/fuzz/<target>-<name>.bin (see the README
# there; fuzz/seed.sh puts those back into the corpus). The corpus (fuzz/corpus/, not committed)
# grows from run to run.
#
# Environment: FUZZ_SANITIZER (default none: the crate forbids unsafe code and its parsers are
# pure Rust, so AddressSanitizer mostly costs speed and inflates RSS towards the 200 MB limit;
# `address` to use it), FUZZ_SMOKE_SECONDS (per target, default 6), FUZZ_TOOLCHAIN (default
# nightly).
#
# Needs rustup (for the nightly toolchain) and a C++ compiler (libFuzzer is built from source).
# If the nightly toolchain is missing and cannot be downloaded, prints SKIP and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case $mode in
  smoke) seconds=${FUZZ_SMOKE_SECONDS:-6} ;;
  long) seconds=${2:-600} ;;
  *)
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
    exit 2
    ;;
esac
[[ $seconds =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, got '$seconds'" >&2; exit 2; }
shift $(($# < 2 ? $# : 2))
targets=("$@")
sanitizer=${FUZZ_SANITIZER:-none}
tc=${FUZZ_TOOLCHAIN:-nightly}

# Nightly toolchain: cargo-fuzz needs -Z flags. Only a toolchain that cannot be fetched skips.
if ! command -v rustup >/dev/null 2>&1; then
  echo "SKIP fuzz: rustup not found, so no nightly toolchain for cargo-fuzz"
  exit 0
fi
if ! rustup run "$tc" rustc --version >/dev/null 2>&1; then
  echo "== installing the $tc toolchain (minimal profile)"
  if ! rustup toolchain install "$tc" --profile minimal; then
    echo "SKIP fuzz: the $tc toolchain is not installed and could not be downloaded"
    exit 0
  fi
fi
if ! cargo "+$tc" fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz (a minute or two)"
  cargo "+$tc" install cargo-fuzz --locked
fi

echo "== seeding fuzz/corpus"
bash fuzz/seed.sh
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo "+$tc" fuzz list --fuzz-dir fuzz)
fi

echo "== building ${#targets[@]} targets (sanitizer: $sanitizer, debug assertions on)"
cargo "+$tc" fuzz build --fuzz-dir fuzz --sanitizer "$sanitizer" --debug-assertions

mkdir -p fuzz/logs
failed=()
total=0
declare -A execs rate
for t in "${targets[@]}"; do
  echo "== $t: ${seconds}s"
  log=fuzz/logs/$t.log
  status=0
  cargo "+$tc" fuzz run --fuzz-dir fuzz --sanitizer "$sanitizer" --debug-assertions "$t" -- \
    -max_total_time="$seconds" -timeout=1 -rss_limit_mb=200 -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  [ -n "$n" ] || n=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
  n=${n:-0}
  execs[$t]=$n
  rate[$t]=$((n / (seconds > 0 ? seconds : 1)))
  total=$((total + n))
  if [ "$status" -ne 0 ]; then
    failed+=("$t")
    echo "!! $t failed (exit $status); the end of $log:"
    grep -E '^(==[0-9]+== ?ERROR|thread .* panicked|SUMMARY|artifact_prefix|Test unit written|.*deadly signal|.*Timeout|.*out-of-memory)' "$log" | head -20 || true
    tail -n 15 "$log"
  fi
done

echo "== executions"
for t in "${targets[@]}"; do
  printf '%-18s %12s executions  %8s/s\n' "$t" "${execs[$t]}" "${rate[$t]}"
done
printf '%-18s %12s executions\n' total "$total"
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]} (inputs in fuzz/artifacts/<target>/, logs in fuzz/logs/)"
  exit 1
fi
echo "no crash, hang (> 1 s) or out-of-memory (> 200 MB)"
