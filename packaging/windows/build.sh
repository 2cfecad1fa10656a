#!/usr/bin/env bash
# Builds the Windows release on Linux (Debian 12, as root on a fresh machine: it installs what it
# needs). Leaves in target/windows/:
#   topdesk-sso-assistant.exe, topdesk-sso.exe      stripped, icon and version information inside
#   topdesk-sso-<version>-windows-x64.zip           portable: both programs, licence, README
#   topdesk-sso-<version>-setup.exe                 per-user NSIS setup (no admin rights)
#   topdesk-sso-<version>-x64.msi                   per-machine MSI (Intune, group policy)
#   SHA256SUMS                                      the SHA-256 of each file above
# How: Debian's rustc-web/cargo-web (rustup cannot fetch a Windows standard library here) build
# the Windows std once from rust-web-src into target/win-sysroot; then a plain cross-build with
# MinGW's linker into target/win-build. Both are reused by later runs. packaging/README.md
# ("Windows") explains it; packaging/windows/ci-check.sh tests the result under Wine.
#
#   packaging/windows/build.sh            build everything above
#   packaging/windows/build.sh --tests    also build the Windows test executables (for ci-check.sh)
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$win_root"
root=$win_root triple=$win_triple sysroot=$win_sysroot cargo=$win_cargo
out=$root/target/windows

win_install /usr/bin/cargo:cargo-web /usr/bin/rustc:rustc-web /usr/lib/rustlib/src/rust/library:rust-web-src x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 /usr/lib/llvm-19/bin/ld.lld:lld-19 makensis:nsis wixl:wixl msibuild:msitools zip:zip

# 1. The Windows standard library, built once per compiler version.
stamp=$sysroot/rustc-version
if [ "$(cat "$stamp" 2>/dev/null)" != "$($RUSTC -vV)" ]; then
  echo "== building the Windows standard library (once)"
  scratch=$(mktemp -d)
  rm -rf "$sysroot"
  mkdir -p "$scratch/src" "$sysroot/lib/rustlib/$triple/lib"
  printf '[package]\nname = "win-std"\nversion = "0.0.0"\nedition = "2021"\n' >"$scratch/Cargo.toml"
  echo 'fn main() {}' >"$scratch/src/main.rs"
  (cd "$scratch" && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$scratch/target" RUSTC_WRAPPER= \
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUSTFLAGS= $cargo build -q --release -Zbuild-std=std,panic_abort,test --target $triple)
  cp "$scratch/target/$triple/release/deps/"*.rlib "$sysroot/lib/rustlib/$triple/lib/"
  rm "$sysroot/lib/rustlib/$triple/lib/"libwin_std-*.rlib 2>/dev/null || true
  # Build scripts and proc macros run on Linux: the host's own libraries.
  ln -s "$($RUSTC --print sysroot)/lib/rustlib/x86_64-unknown-linux-gnu" "$sysroot/lib/rustlib/"
  rm -rf "$scratch"
  $RUSTC -vV >"$stamp"
fi

# 2. The programs (and, for CI, the test executables).
echo "== building topdesk-sso-assistant.exe and topdesk-sso.exe"
# Warnings in our own code (Windows-only code included) fail the build, as clippy's -D warnings
# does on Linux; dependencies' warnings are capped by cargo and never shown.
no_warnings() {
  "$@" 2>&1 | tee "$root/target/win-build.log"
  if grep -E "^warning: \`topdesk-sso\` .* generated [0-9]+ warning" "$root/target/win-build.log"; then
    echo "the Windows build has warnings (see above)" >&2
    exit 1
  fi
}
no_warnings $cargo build --release --locked --target $triple --bins
if [ "${1:-}" = "--tests" ]; then
  echo "== building the Windows test executables"
  # --tests: unit and integration tests (doctests would need rustdoc told about the sysroot).
  no_warnings $cargo test --release --locked --target $triple --tests --no-run
fi

# 3. Stage, zip, setup, MSI, checksums.
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
rm -rf "$out"
stage=$out/stage
mkdir -p "$stage"
for exe in topdesk-sso-assistant topdesk-sso; do
  x86_64-w64-mingw32-strip -o "$out/$exe.exe" "$CARGO_TARGET_DIR/$triple/release/$exe.exe"
  cp "$out/$exe.exe" "$stage/"
done
{
  echo "TOPdesk SSO Assistant is licensed under the MIT licence OR the Apache License 2.0, at"
  echo "your choice. Both texts follow."
  echo
  cat LICENSE-MIT
  echo
  echo "----------------------------------------------------------------------------------------"
  echo
  cat LICENSE-APACHE
} | sed 's/$/\r/' >"$stage/LICENSE.txt"
sed 's/$/\r/' README.md >"$stage/README.txt"
cp assets/icons/io.github.topdesk_sso.Assistant.ico "$stage/app.ico"

zipname=topdesk-sso-$version-windows-x64
rm -rf "$out/$zipname"
mkdir "$out/$zipname"
cp "$stage"/{topdesk-sso-assistant.exe,topdesk-sso.exe,LICENSE.txt,README.txt} "$out/$zipname/"
(cd "$out" && zip -q -X -r "$zipname.zip" "$zipname" && rm -rf "$zipname")

echo "== setup (NSIS) and MSI (wixl)"
makensis -V2 -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$out/topdesk-sso-$version-setup.exe" \
  packaging/windows/setup.nsi
# wixl wants Source paths relative to where it runs.
msi=$out/topdesk-sso-$version-x64.msi
(cd "$stage" && wixl -a x64 -D Version="$version" -D Stage=. -o "$msi" "$root/packaging/windows/topdesk-sso.wxs")
# The install folder on the machine's PATH. wixl (0.101) has no Environment element, so the
# Environment table is added here (msibuild, from msitools as wixl is), with the two standard
# actions that apply it: "=-*Path" with "[~];[INSTALLFOLDER]" appends the folder to the system
# Path on install and removes it on uninstall; Windows Installer keeps the other entries and the
# value's type, adds the folder only once, and tells Windows (WM_SETTINGCHANGE). Tied to the
# CLI's component.
msibuild "$msi" \
  -q "CREATE TABLE Environment (Environment CHAR(72) NOT NULL, Name CHAR(255) NOT NULL LOCALIZABLE, Value CHAR(255) LOCALIZABLE, Component_ CHAR(72) NOT NULL PRIMARY KEY Environment)" \
  -q "INSERT INTO Environment (Environment, Name, Value, Component_) VALUES ('PathEntry', '=-*Path', '[~];[INSTALLFOLDER]', 'CliExe')" \
  -q "INSERT INTO InstallExecuteSequence (Action, Sequence) VALUES ('RemoveEnvironmentStrings', 3300)" \
  -q "INSERT INTO InstallExecuteSequence (Action, Sequence) VALUES ('WriteEnvironmentStrings', 5200)"
rm -rf "$stage"
(cd "$out" && sha256sum -- *.exe *.zip *.msi >SHA256SUMS)
echo "== done: $out"
ls -l "$out"
