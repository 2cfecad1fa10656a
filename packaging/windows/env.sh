# Sourced by build.sh and ci-check.sh: the one place that says how the Windows build is made.
# Debian's toolchain (rustc-web, cargo-web), not rustup's proxies, which would pick
# rust-toolchain.toml's Linux-only toolchain; the Windows standard library in win_sysroot
# (built once by build.sh); MinGW's linker; one target directory reused between runs.
win_triple=x86_64-pc-windows-gnu
win_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
win_sysroot=$win_root/target/win-sysroot
win_cargo=/usr/bin/cargo
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
export CARGO_TARGET_DIR=$win_root/target/win-build
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
# Small executables: one section per function (rustc-wrapper.sh) and LLVM's linker (lld-19), which
# drops the sections nothing uses with their unwind tables. MinGW's gcc still drives the link (it
# knows the C runtime and libraries); lld.specs only swaps the linker it runs. GNU ld cannot do
# this: its PE script keeps every unwind table, and so every function that has one.
export RUSTC_WRAPPER=$win_root/packaging/windows/rustc-wrapper.sh
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUSTFLAGS="--sysroot=$win_sysroot -Clink-arg=-specs=$win_root/packaging/windows/lld.specs"
# Wine, for ci-check.sh: a prefix of our own; no Mono/Gecko download prompts; quiet.
export WINEPREFIX=$win_root/target/win-wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

# Installs the Debian packages whose probe (a command, or an absolute path) is missing:
#   win_install PROBE:PACKAGE...
win_install() {
  local need=() pair probe
  for pair in "$@"; do
    probe=${pair%%:*}
    if [[ $probe == /* ]]; then
      [ -e "$probe" ] || need+=("${pair##*:}")
    else
      command -v "$probe" >/dev/null || need+=("${pair##*:}")
    fi
  done
  [ ${#need[@]} -eq 0 ] && return
  echo "== installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}
