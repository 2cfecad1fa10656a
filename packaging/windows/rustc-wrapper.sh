#!/usr/bin/env bash
# RUSTC_WRAPPER of the Windows build (set by env.sh; cargo runs it as `rustc-wrapper.sh RUSTC ARGS`).
# On windows-gnu rustc puts a whole codegen unit's code in one section, so a linker can only keep
# or drop whole units: the CLI carried the GUI's code and most of every crate it touches. For code
# compiled for Windows, this adds -Zfunction-sections=yes (one section per function; unstable,
# hence RUSTC_BOOTSTRAP=1 for that one rustc call only); lld (lld.specs) then drops every function
# that nothing calls. Unchanged: build scripts and proc macros (compiled for Linux), and the test
# programs that build scripts compile to detect features (NUM_JOBS is set in a build script's
# environment only), so every crate detects the same features as without this wrapper.
# bash, not sh: dash drops environment variables whose names are not shell names, such as the
# CARGO_BIN_EXE_topdesk-sso that cargo gives the integration tests.
rustc=$1
shift
if [ -z "${NUM_JOBS:-}" ]; then
  case " $* " in
    *" --target x86_64-pc-windows-gnu "*) RUSTC_BOOTSTRAP=1 exec "$rustc" "$@" -Zfunction-sections=yes ;;
  esac
fi
exec "$rustc" "$@"
