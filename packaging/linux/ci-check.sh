#!/usr/bin/env bash
# Packaging check for CI: validate the desktop entry and AppStream metadata, build the Debian
# package with `cargo deb`, check its contents, install it with apt, start both programs, remove
# it and check that nothing is left. Prints "== step" lines; exits non-zero on the first failure.
#
#   packaging/linux/ci-check.sh              # full run (cargo deb builds the release binaries)
#   packaging/linux/ci-check.sh --no-build   # package the release binaries already built
#
# Needs root (or sudo) for apt-get. Installs what it needs: desktop-file-utils, appstream, xvfb,
# xauth, x11-utils (xprop), dpkg-dev (dpkg-shlibdeps for cargo-deb's $auto) and cargo-deb. The GUI's runtime
# libraries are deliberately NOT installed here: they must come in through the package's
# Depends when apt installs the .deb, which is part of what this checks.
set -euo pipefail
cd "$(dirname "$0")/../.."

id=io.github.topdesk_sso.Assistant
pkg=topdesk-sso
gui_seconds=4
deb_args=()
case "${1:-}" in
  --no-build) deb_args+=(--no-build) ;;
  "") ;;
  *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
esac

t0=$(date +%s)
t_step=""
step() { # "== name", after the time the previous step took
  local now; now=$(date +%s)
  [ -z "$t_step" ] || echo "   ($((now - t_step)) s)"
  t_step=$now
  echo "== $*"
}
fail() { echo "ci-check: FAIL: $*" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || fail "no version in Cargo.toml"
# ---------------------------------------------------------------------------------------------
step "tools (packaging check for $pkg $version, $id)"
need=()
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
command -v xauth >/dev/null 2>&1 || need+=(xauth)
command -v xprop >/dev/null 2>&1 || need+=(x11-utils)
command -v dpkg-shlibdeps >/dev/null 2>&1 || need+=(dpkg-dev)
# apt needs package lists to resolve the .deb's Depends later, even when no tool is missing.
if [ ${#need[@]} -gt 0 ] || ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
  $sudo apt-get update -qq || fail "apt-get update failed"
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "apt-get install ${need[*]}"
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || fail "apt-get install ${need[*]} failed"
fi
if ! command -v cargo-deb >/dev/null 2>&1; then
  echo "cargo install cargo-deb --locked"
  cargo install cargo-deb --locked || fail "cargo install cargo-deb failed"
fi
cargo deb --version

# ---------------------------------------------------------------------------------------------
step "application ID is consistent"
src_id=$(sed -n 's/^pub const APP_ID: &str = "\(.*\)";$/\1/p' src/ui/mod.rs)
[ "$src_id" = "$id" ] || fail "APP_ID in src/ui/mod.rs is '$src_id', packaging uses '$id'"
desktop=packaging/linux/$id.desktop
metainfo=packaging/linux/$id.metainfo.xml
grep -qx "StartupWMClass=$id" "$desktop" || fail "$desktop: StartupWMClass is not $id"
grep -qx "Icon=$id" "$desktop" || fail "$desktop: Icon is not $id"
grep -q "<id>$id</id>" "$metainfo" || fail "$metainfo: <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
  || fail "$metainfo: launchable is not $id.desktop"
grep -q "<release version=\"$version\"" "$metainfo" \
  || fail "$metainfo: no <release version=\"$version\"> entry (release checklist)"
grep -q "^## $version " CHANGELOG.md || fail "CHANGELOG.md: no '## $version' section"
echo "ok: $id everywhere, release $version in metainfo and CHANGELOG"

# ---------------------------------------------------------------------------------------------
step "desktop-file-validate $desktop"
desktop-file-validate "$desktop" || fail "desktop entry does not validate"
echo "ok"

step "appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net "$metainfo" || fail "AppStream metadata does not validate"

# ---------------------------------------------------------------------------------------------
step "icons"
png_size() { # width and height from the PNG header
  od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%d %d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}
for n in 16 32 48 64 128 256 512; do
  f=assets/icons/hicolor/${n}x${n}/apps/$id.png
  [ -f "$f" ] || fail "missing $f (assets/icons/make-icons.sh)"
  [ "$(png_size "$f")" = "$n $n" ] || fail "$f is $(png_size "$f"), not ${n}x${n}"
done
for f in assets/icons/$id.svg assets/icons/$id.ico assets/icons/$id.icns; do
  [ -s "$f" ] || fail "missing $f"
done
echo "ok: svg, png 16-512, ico, icns"

# ---------------------------------------------------------------------------------------------
step "cargo deb${deb_args[*]:+ ${deb_args[*]}}"
t_build=$(date +%s)
deb_out=$(cargo deb "${deb_args[@]}") || fail "cargo deb failed"
build_seconds=$(( $(date +%s) - t_build ))
deb=$(printf '%s\n' "$deb_out" | tail -n 1)
[ -f "$deb" ] || fail "cargo deb did not name a .deb (got: $deb_out)"
deb=$(realpath "$deb")
echo "$deb ($(du -k "$deb" | cut -f1) KiB, cargo deb took ${build_seconds} s)"

# ---------------------------------------------------------------------------------------------
step "package metadata (dpkg-deb -I)"
dpkg-deb -I "$deb"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libx11-6 libx11-xcb1 libxcb1 libxcursor1 libxi6 libxrender1 libxkbcommon0 \
           libxkbcommon-x11-0 libwayland-client0 libwayland-egl1 libegl1 libgl1 libvulkan1 libdbus-1-3; do
  [[ ", $depends," == *", $lib"[\ ,]* ]] || fail "Depends lacks $lib: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = "$pkg" ] || fail "package name is not $pkg"
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "package version is not $version-1"

expected=(
  usr/bin/topdesk-sso
  usr/bin/topdesk-sso-assistant
  "usr/share/applications/$id.desktop"
  "usr/share/metainfo/$id.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/$id.svg"
  "usr/share/doc/$pkg/README.md"
  "usr/share/doc/$pkg/CHANGELOG.md"
  "usr/share/doc/$pkg/copyright"
)
for n in 16 32 48 64 128 256 512; do expected+=("usr/share/icons/hicolor/${n}x${n}/apps/$id.png"); done

step "package contents (dpkg-deb -c, dpkg -x)"
dpkg-deb -c "$deb"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
for p in "${expected[@]}"; do
  [ -f "$root/$p" ] || fail "not in the package: /$p"
done
for b in topdesk-sso topdesk-sso-assistant; do
  [ -x "$root/usr/bin/$b" ] || fail "/usr/bin/$b is not executable"
done
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "packaged desktop entry"
"$root/usr/bin/topdesk-sso" --version || fail "the extracted topdesk-sso does not run"
echo "ok: ${#expected[@]} expected files, binaries run from the extracted tree"

# ---------------------------------------------------------------------------------------------
step "apt-get install $deb"
$sudo apt-get install -y -q --reinstall --no-install-recommends "$deb" | tail -n 3 \
  || fail "apt-get install failed"
[ "$(dpkg-query -W -f='${Status}' "$pkg")" = "install ok installed" ] || fail "$pkg is not installed"

step "installed files"
for p in "${expected[@]}"; do
  [ -f "/$p" ] || fail "not installed: /$p"
done
desktop-file-validate "/usr/share/applications/$id.desktop" || fail "installed desktop entry"
appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml" >/dev/null \
  || fail "installed AppStream metadata"
ls /usr/share/icons/hicolor/*/apps/$id.*
[ "$(command -v topdesk-sso)" = /usr/bin/topdesk-sso ] || fail "topdesk-sso is not /usr/bin/topdesk-sso on PATH"

step "topdesk-sso --version"
out=$(topdesk-sso --version) || fail "topdesk-sso --version failed"
echo "$out"
[ "$out" = "topdesk-sso $version" ] || fail "unexpected version output: $out"
out=$(topdesk-sso-assistant --version) || fail "topdesk-sso-assistant --version failed"
echo "$out"
[ "$out" = "topdesk-sso-assistant $version" ] || fail "unexpected version output: $out"

step "topdesk-sso-assistant under xvfb-run for ${gui_seconds} s"
log=$(mktemp)
cfg=$(mktemp -d)
trap 'rm -rf "$root" "$log" "$cfg"' EXIT
# The app gets SIGTERM after the wait. winit/eframe install no SIGTERM handler, so it ends with
# the default action (exit status 143); what matters is that it was still running and did not
# panic or fall over before that.
# shellcheck disable=SC2016 # the inner script's $ are for the inner shell
TOPDESK_SSO_CONFIG_DIR=$cfg RUST_BACKTRACE=1 timeout 60 xvfb-run -a -s "-screen 0 1280x1024x24" \
  sh -c '
    topdesk-sso-assistant & pid=$!
    sleep "$1"
    if kill -0 "$pid" 2>/dev/null; then
      echo "ci-check: still running after $1 s (pid $pid)"
      xprop -name "TOPdesk SSO Assistant" WM_CLASS _NET_WM_PID || echo "ci-check: NO WINDOW"
      echo "ci-check: sending SIGTERM"
      kill -TERM "$pid"; st=0; wait "$pid" || st=$?
      echo "ci-check: exit status after SIGTERM: $st"
    else
      st=0; wait "$pid" || st=$?
      echo "ci-check: EXITED EARLY with status $st"
    fi
  ' sh "$gui_seconds" >"$log" 2>&1 || true
cat "$log"
grep -q "still running after" "$log" || fail "the GUI did not stay up for ${gui_seconds} s"
if grep -qi "panicked" "$log"; then fail "the GUI panicked"; fi
# The window's WM_CLASS must be the application ID, or desktops cannot match it to the desktop
# entry (StartupWMClass) and show the wrong icon in the dock/taskbar.
grep -q "^WM_CLASS(STRING) = .*\"$id\"" "$log" || fail "no window with WM_CLASS $id"
if grep -q "OpenGL renderer could not start" "$log"; then
  echo "note: OpenGL did not start under Xvfb; the wgpu fallback ran"
fi

# ---------------------------------------------------------------------------------------------
step "apt-get remove -y $pkg"
$sudo apt-get remove -y -q "$pkg" | tail -n 2 || fail "apt-get remove failed"
status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
case "$status" in
  "" | "unknown ok not-installed" | "deinstall ok not-installed") ;;
  *) fail "$pkg still registered after remove: $status" ;;
esac
for p in "${expected[@]}"; do
  [ ! -e "/$p" ] || fail "left behind after remove: /$p"
done
[ ! -e "/usr/share/doc/$pkg" ] || fail "left behind after remove: /usr/share/doc/$pkg"
echo "ok: nothing left"

step "done"
total=$(( $(date +%s) - t0 ))
echo "packaging check passed in ${total} s (cargo deb: ${build_seconds} s, the rest: $((total - build_seconds)) s)"
