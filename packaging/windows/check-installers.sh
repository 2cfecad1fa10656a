#!/usr/bin/env bash
# Installs, upgrades, runs and uninstalls the setup (per user) and the MSI (per machine) from
# target/windows/ under Wine, checking what each leaves behind. Called by ci-check.sh.
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$win_root/target/windows"
fail() { echo "installer check: $*" >&2; exit 1; }
# Installers and uninstallers may hand over to a child process and return early: wait (at most
# 60 s) until what they should have done is done. ci-check.sh keeps one wineserver running, so
# `wineserver -w` cannot be used to wait.
settle() { for _ in $(seq 120); do eval "$1" && return 0; sleep 0.5; done; return 1; }
unix() { winepath -u "$1" | tr -d '\r'; }
winenv() { wine cmd /c echo "%$1%" 2>/dev/null | tr -d '\r'; }
version=$(wine topdesk-sso.exe --version | tr -d '\r')

setup=$(ls topdesk-sso-*-setup.exe)
msi=$(ls topdesk-sso-*-x64.msi)
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\TOPdeskSSOAssistant'

echo "-- $setup: install, upgrade in place, uninstall (no admin rights asked: RequestExecutionLevel user)"
dir=$(unix "$(winenv LOCALAPPDATA)\\Programs\\TOPdesk SSO Assistant")
menu=$(unix "$(winenv APPDATA)\\Microsoft\\Windows\\Start Menu\\Programs")
for round in install upgrade; do
  wine "$setup" /S
  settle '[ -f "$dir/uninstall.exe" ]' || fail "$round: nothing installed"
  for f in topdesk-sso-assistant.exe topdesk-sso.exe LICENSE.txt README.txt uninstall.exe; do
    [ -f "$dir/$f" ] || fail "$round: $dir/$f missing"
  done
  [ -f "$menu/TOPdesk SSO Assistant.lnk" ] || fail "$round: no Start menu entry"
  wine reg query "$key" /v DisplayVersion >/dev/null 2>&1 || fail "$round: no entry in Apps"
  [ "$(wine "$dir/topdesk-sso.exe" --version | tr -d '\r')" = "$version" ] || fail "$round: installed CLI"
  cmp -s "$dir/topdesk-sso.exe" topdesk-sso.exe || fail "$round: installed CLI differs from the build"
done
wine "$dir/uninstall.exe" /S
settle '[ ! -e "$dir" ]' || fail "uninstall left $dir"
[ ! -e "$dir/topdesk-sso.exe" ] || fail "uninstall left $dir/topdesk-sso.exe"
[ ! -e "$menu/TOPdesk SSO Assistant.lnk" ] || fail "uninstall left the Start menu entry"
! wine reg query "$key" >/dev/null 2>&1 || fail "uninstall left the Apps entry"

echo "-- $msi: install, run, uninstall (msiexec /qn, as Intune and group policy do)"
pf=$(unix "$(winenv ProgramW6432)\\TOPdesk SSO Assistant")
wine msiexec /i "$msi" /qn
settle '[ -f "$pf/topdesk-sso.exe" ]' || fail "MSI: nothing installed"
for f in topdesk-sso-assistant.exe topdesk-sso.exe LICENSE.txt README.txt; do
  [ -f "$pf/$f" ] || fail "MSI: $pf/$f missing"
done
[ "$(wine "$pf/topdesk-sso.exe" --version | tr -d '\r')" = "$version" ] || fail "MSI: installed CLI"
wine msiexec /x "$msi" /qn
settle '[ ! -e "$pf/topdesk-sso.exe" ]' || true
[ ! -e "$pf/topdesk-sso.exe" ] || fail "MSI uninstall left $pf/topdesk-sso.exe"
echo "-- setup and MSI: installed, ran, uninstalled"
