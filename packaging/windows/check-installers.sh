#!/usr/bin/env bash
# Installs, upgrades, runs and uninstalls the setup (per user) and the MSI (per machine) from
# target/windows/ under Wine, checking what each leaves behind, the PATH included: each puts its
# folder on the PATH once (the user's for the setup, the machine's for the MSI) and its uninstall
# takes that entry away again, leaving every other entry as it was. Called by ci-check.sh.
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
# The PATH as `reg query` shows it: "<type> <value>" (REG_EXPAND_SZ: %VARIABLES% unexpanded).
path_value() { wine reg query "$1" /v Path 2>/dev/null | tr -d '\r' | sed -n 's/^    Path    \(REG_[A-Z_]*\)    /\1 /p'; }
# A PATH longer than NSIS's 1024-character strings, with an entry of the user's own and an
# unexpanded variable, which every install and uninstall must keep byte for byte.
seed_path() {
  local value="$2;C:\Tools\Pre-existing entry" i
  for i in $(seq -w 1 40); do value+=";C:\Seed\A rather long folder name number $i"; done
  wine reg add "$1" /v Path /t REG_EXPAND_SZ /d "$value" /f >/dev/null 2>&1
  [ "$(path_value "$1")" = "REG_EXPAND_SZ $value" ] && [ ${#value} -gt 1024 ] || fail "could not seed $1 Path"
  echo "REG_EXPAND_SZ $value"
}

setup=$(ls topdesk-sso-*-setup.exe)
msi=$(ls topdesk-sso-*-x64.msi)
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\TOPdeskSSOAssistant'

echo "-- $setup: install, upgrade in place, uninstall (no admin rights asked: RequestExecutionLevel user)"
windir="$(winenv LOCALAPPDATA)\\Programs\\TOPdesk SSO Assistant"
dir=$(unix "$windir")
menu=$(unix "$(winenv APPDATA)\\Microsoft\\Windows\\Start Menu\\Programs")
userenv='HKCU\Environment'
user_path=$(seed_path "$userenv" '%USERPROFILE%\bin')
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
  # Added once, at the end; the upgrade finds it there and adds nothing.
  [ "$(path_value "$userenv")" = "$user_path;$windir" ] || fail "$round: the user's PATH is not the old one plus ;$windir"
done
wine "$dir/uninstall.exe" /S
settle '[ ! -e "$dir" ]' || fail "uninstall left $dir"
settle '[ "$(path_value "$userenv")" = "$user_path" ]' || fail "uninstall did not give the user's PATH back as it was"
[ ! -e "$dir/topdesk-sso.exe" ] || fail "uninstall left $dir/topdesk-sso.exe"
[ ! -e "$menu/TOPdesk SSO Assistant.lnk" ] || fail "uninstall left the Start menu entry"
! wine reg query "$key" >/dev/null 2>&1 || fail "uninstall left the Apps entry"
# No PATH of the user's yet: the setup makes one with the folder (REG_EXPAND_SZ), a new terminal
# finds the command by name (Wine cuts a long PATH when it starts a program, hence a short one
# here), and the uninstall removes the value it made.
wine reg delete "$userenv" /v Path /f >/dev/null 2>&1 || true
wine "$setup" /S
settle '[ -f "$dir/uninstall.exe" ]' || fail "install on no PATH: nothing installed"
[ "$(path_value "$userenv")" = "REG_EXPAND_SZ $windir" ] || fail "the setup did not make the user's PATH"
[ "$(wine cmd /c topdesk-sso --version 2>/dev/null | tr -d '\r')" = "$version" ] || fail "topdesk-sso is not found on the PATH"
wine "$dir/uninstall.exe" /S
settle '[ ! -e "$dir" ]' || fail "uninstall left $dir"
[ -z "$(path_value "$userenv")" ] || fail "uninstall left the PATH value it made"
# The folder already on the PATH (the user's own entry, in other letter case): the setup adds no
# second one, and its uninstall leaves the user's entry alone.
own="C:\\A;$(echo "$windir" | tr 'A-Z' 'a-z');C:\\B"
wine reg add "$userenv" /v Path /t REG_EXPAND_SZ /d "$own" /f >/dev/null 2>&1
wine "$setup" /S
settle '[ -f "$dir/uninstall.exe" ]' || fail "reinstall: nothing installed"
[ "$(path_value "$userenv")" = "REG_EXPAND_SZ $own" ] || fail "the setup added the folder to a PATH that had it"
wine "$dir/uninstall.exe" /S
settle '[ ! -e "$dir" ]' || fail "uninstall left $dir"
[ "$(path_value "$userenv")" = "REG_EXPAND_SZ $own" ] || fail "uninstall removed the user's own PATH entry"
wine reg delete "$userenv" /v Path /f >/dev/null 2>&1

echo "-- $msi: install, repair, run, uninstall (msiexec /qn, as Intune and group policy do)"
winpf="$(winenv ProgramW6432)\\TOPdesk SSO Assistant"
pf=$(unix "$winpf")
sysenv='HKLM\System\CurrentControlSet\Control\Session Manager\Environment'
wine_path='%SystemRoot%\system32;%SystemRoot%;%SystemRoot%\system32\wbem;%SystemRoot%\system32\WindowsPowershell\v1.0'
system_path=$(seed_path "$sysenv" "$wine_path")
wine msiexec /i "$msi" /qn
settle '[ -f "$pf/topdesk-sso.exe" ]' || fail "MSI: nothing installed"
for f in topdesk-sso-assistant.exe topdesk-sso.exe LICENSE.txt README.txt; do
  [ -f "$pf/$f" ] || fail "MSI: $pf/$f missing"
done
[ "$(wine "$pf/topdesk-sso.exe" --version | tr -d '\r')" = "$version" ] || fail "MSI: installed CLI"
# Appended once (Windows Installer writes the folder as [INSTALLFOLDER], with its final "\"); a
# repair and a second install find it there and add nothing.
[ "$(path_value "$sysenv")" = "$system_path;$winpf\\" ] || fail "MSI: the machine's PATH is not the old one plus ;$winpf\\"
wine msiexec /i "$msi" REINSTALL=ALL REINSTALLMODE=omus /qn
wine msiexec /i "$msi" /qn
[ "$(path_value "$sysenv")" = "$system_path;$winpf\\" ] || fail "MSI: repair or reinstall changed the machine's PATH"
wine msiexec /x "$msi" /qn
settle '[ ! -e "$pf/topdesk-sso.exe" ]' || true
[ ! -e "$pf/topdesk-sso.exe" ] || fail "MSI uninstall left $pf/topdesk-sso.exe"
# Our entry gone, every other one as it was. Wine 8's msi leaves the ";" that came before the
# entry (a trailing ";", an empty entry that Windows skips); that much is allowed here only.
after=$(path_value "$sysenv")
[ "$after" = "$system_path" ] || [ "$after" = "$system_path;" ] || fail "MSI uninstall did not give the machine's PATH back as it was"
# Wine's own machine PATH back, for the GUI check that follows.
wine reg add "$sysenv" /v Path /t REG_EXPAND_SZ /d "$wine_path" /f >/dev/null 2>&1
echo "-- setup and MSI: installed, ran, put on the PATH once, uninstalled"
