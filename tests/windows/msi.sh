#!/usr/bin/env bash
# Installs the .msi under Wine over an older version, runs the installed program, uninstalls it
# and checks that nothing is left (scripts/platforms runs it).
# Usage: tests/windows/msi.sh NEW.msi OLD.msi NEW_VERSION OUTDIR
set -euo pipefail
new_msi=$(readlink -f "$1")
old_msi=$(readlink -f "$2")
version=$3
out=$(mkdir -p "$4" && cd "$4" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
source "$here/wine-env.sh" "$out"

fail() { echo "FAIL: $*" >&2; exit 1; }
c="$WINEPREFIX/drive_c"
installed="$c/Program Files/printer-oauth/printer-oauth.exe"
# The Start-menu entry: All Users' on Windows; Wine's msiexec, not elevated, puts a
# per-machine package's entry in the user's Start menu.
shortcuts=("$c/ProgramData/Microsoft/Windows/Start Menu/Programs/printer-oauth.lnk"
  "$c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/printer-oauth.lnk")
shortcut_exists() { [ -f "${shortcuts[0]}" ] || [ -f "${shortcuts[1]}" ]; }
# The versions of printer-oauth Windows lists under Apps (the uninstall entries).
listed() {
  wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null \
    | tr -d '\r' | awk '/DisplayName.*printer-oauth$/ {found=1} found && /DisplayVersion/ {print $NF; found=0}'
}

echo "== install the older version, then this one over it"
wine msiexec /i "$old_msi" /qn || fail "the older .msi did not install"
wine msiexec /i "$new_msi" /qn || fail "the .msi did not install"
[ -f "$installed" ] || fail "not installed in Program Files"
[ -f "$(dirname "$installed")/printer-oauth-wizard.exe" ] || fail "the launcher is not installed"
[ -f "$(dirname "$installed")/_printer-oauth.ps1" ] || fail "the PowerShell completion is not installed"
shortcut_exists || fail "no Start-menu shortcut"
# The shortcut opens the launcher (a GUI program: no console window behind the wizard).
lnk=$({ cat "${shortcuts[@]}" 2>/dev/null || true; } | tr -d '\0')
[[ "$lnk" == *printer-oauth-wizard.exe* ]] \
  || fail "the Start-menu shortcut does not open printer-oauth-wizard.exe"
[ "$(listed)" = "$version" ] || fail "installed versions: $(listed | tr '\n' ' ') (want only $version)"

echo "== the installed program runs"
wine "$installed" --version | tee "$out/installed-version.txt"
grep -q "^printer-oauth $version " "$out/installed-version.txt" || fail "the installed program did not run"

echo "== uninstall"
wine msiexec /x "$new_msi" /qn || fail "the .msi did not uninstall"
[ ! -e "$installed" ] || fail "the program is still in Program Files"
[ ! -e "$c/Program Files/printer-oauth" ] || fail "its folder is still in Program Files"
shortcut_exists && fail "the Start-menu shortcut is still there"
[ -z "$(listed)" ] || fail "still listed under Apps: $(listed)"
echo "ok: the .msi installs over an older version, runs and uninstalls cleanly"
