#!/usr/bin/env bash
# Build "TOPdesk SSO Assistant.app" and a .dmg on macOS. NOT BUILT OR TESTED ON macOS HERE:
# only the bundle layout was checked on Linux (with --no-build and Linux binaries).
#
#   packaging/macos/make-app.sh                      # cargo build --release, then bundle + dmg
#   packaging/macos/make-app.sh --universal          # arm64 + x86_64 in one binary (lipo)
#   packaging/macos/make-app.sh --no-build DIR       # bundle binaries already in DIR
#
# CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" signs for distribution; without it
# the bundle is signed ad hoc ("-"), which runs on the machine that built it (Apple Silicon needs
# at least that) but is blocked by Gatekeeper elsewhere until notarised.
# Output: target/macos/TOPdesk SSO Assistant.app and target/macos/topdesk-sso-<version>.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."

mode=build bin_dir=target/release
case "${1:-}" in
  --universal) mode=universal ;;
  --no-build) mode=none; bin_dir=${2:?"--no-build needs the folder holding the binaries"} ;;
  "") ;;
  *) echo "usage: $0 [--universal | --no-build DIR]" >&2; exit 2 ;;
esac

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || { echo "make-app.sh: no version in Cargo.toml" >&2; exit 1; }
name="TOPdesk SSO Assistant"
out=target/macos
app="$out/$name.app"

case $mode in
  build) cargo build --release ;;
  universal)
    rustup target add aarch64-apple-darwin x86_64-apple-darwin
    cargo build --release --target aarch64-apple-darwin
    cargo build --release --target x86_64-apple-darwin
    bin_dir=target/universal-apple-darwin/release
    mkdir -p "$bin_dir"
    for b in topdesk-sso-assistant topdesk-sso; do
      lipo -create -output "$bin_dir/$b" \
        "target/aarch64-apple-darwin/release/$b" "target/x86_64-apple-darwin/release/$b"
    done ;;
esac

echo "== bundle $app ($version)"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
# The CLI rides along inside the bundle; users can link it:
#   ln -s "/Applications/TOPdesk SSO Assistant.app/Contents/MacOS/topdesk-sso" /usr/local/bin/
install -m 755 "$bin_dir/topdesk-sso-assistant" "$bin_dir/topdesk-sso" "$app/Contents/MacOS/"
install -m 644 assets/icons/io.github.topdesk_sso.Assistant.icns "$app/Contents/Resources/"
# Info.plist with both version keys set to the Cargo.toml version.
awk -v v="$version" '/<key>CFBundle(ShortVersionString|Version)<\/key>/ {
    print; getline; sub(/<string>[^<]*<\/string>/, "<string>" v "</string>") } { print }' \
  packaging/macos/Info.plist > "$app/Contents/Info.plist"
printf 'APPL????' > "$app/Contents/PkgInfo"
if command -v plutil >/dev/null 2>&1; then plutil -lint "$app/Contents/Info.plist"; fi

if command -v codesign >/dev/null 2>&1; then
  echo "== codesign (${CODESIGN_IDENTITY:-ad hoc})"
  codesign --force --options runtime --timestamp=none --sign "${CODESIGN_IDENTITY:--}" \
    "$app/Contents/MacOS/topdesk-sso"
  codesign --force --options runtime --timestamp=none --sign "${CODESIGN_IDENTITY:--}" "$app"
  codesign --verify --strict --verbose=2 "$app"
else
  echo "make-app.sh: codesign not found (not macOS?): bundle left unsigned" >&2
fi

if command -v hdiutil >/dev/null 2>&1; then
  dmg="$out/topdesk-sso-$version.dmg"
  echo "== dmg $dmg"
  staging=$(mktemp -d)
  cp -R "$app" "$staging/"
  ln -s /Applications "$staging/Applications"
  hdiutil create -volname "$name" -srcfolder "$staging" -ov -format UDZO "$dmg"
  rm -rf "$staging"
else
  echo "make-app.sh: hdiutil not found (not macOS?): no .dmg made" >&2
fi
