#!/usr/bin/env bash
# Smoke test of the cross-built printer-oauth.exe and its Start-menu launcher under Wine and
# Xvfb (scripts/platforms runs it). Usage: tests/windows/smoke.sh FOLDER/OF/THE/EXES OUTDIR
# Exits non-zero on the first failed check. Test-only: the shim DLL and the font it installs
# into the throw-away Wine prefix are there because Wine 8 lacks what Windows 10/11 have.
set -euo pipefail
exe=$(readlink -f "$1/printer-oauth.exe")
wizard=$(readlink -f "$1/printer-oauth-wizard.exe")
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
source "$here/wine-env.sh" "$out"

step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "--version"
wine "$exe" --version >"$out/version.txt" 2>&1 || fail "--version exited $?"
grep -Eq '^printer-oauth [0-9]+\.[0-9]+\.[0-9]+ \(' "$out/version.txt" || fail "--version printed: $(cat "$out/version.txt")"

step "explain, in English and Croatian"
wine "$exe" --json explain "535 5.7.139 Authentication unsuccessful, basic authentication is disabled." \
  >"$out/explain-en.json" 2>/dev/null || fail "explain (en) exited $?"
grep -q '"id":"smtp-basic-auth-disabled"' "$out/explain-en.json" || fail "explain (en): $(cat "$out/explain-en.json")"
wine "$exe" --lang hr --json explain 361 >"$out/explain-hr.json" 2>/dev/null || fail "explain (hr) exited $?"
grep -q '"id":"printer-361"' "$out/explain-hr.json" || fail "explain (hr): $(cat "$out/explain-hr.json")"
python3 - "$out/explain-hr.json" <<'PY' || fail "explain (hr) is not Croatian"
import json, sys
d = json.loads(open(sys.argv[1], encoding="utf-8").readline())["diagnosis"]
assert any(c in d["title"] + d["fix"] for c in "čćšžđ"), d["title"]
PY
# A typed command waits for the program and gets its exit code: printer-oauth.exe is a
# console program (a GUI one would return to the prompt at once). 2 is a usage error.
set +e
wine cmd /c "$(winepath -w "$exe") explain" >"$out/exit-code.txt" 2>&1
code=$?
set -e
[ "$code" -eq 2 ] || fail "explain without a code exited $code under cmd, want 2"

step "the simulators, a pre-flight that stores its token in the Credential Manager, and reuses it"
wine "$exe" demo --json --auto-approve >"$out/demo.out" 2>"$out/demo.err" &
demo=$!
for _ in $(seq 90); do grep -q demo-ready "$out/demo.out" 2>/dev/null && break; sleep 1; done
grep -q demo-ready "$out/demo.out" || fail "the demo did not start: $(cat "$out/demo.err")"
ready=$(head -1 "$out/demo.out")
field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$ready" "$1"; }
preflight=(preflight --json --no-browser --tenant "$(field tenant)" --client-id "$(field client_id)"
  --account "$(field account)" --to you@contoso.com --authority "$(field authority)"
  --smtp "$(field smtp)" --ca-file "$(field ca_file)")
timeout 180 wine "$exe" "${preflight[@]}" >"$out/preflight1.out" 2>"$out/preflight1.err" \
  || fail "first pre-flight: $(tail -3 "$out/preflight1.err")"
grep -q '"event":"code"' "$out/preflight1.out" || fail "first pre-flight showed no code"
grep -q '"event":"mail-sent"' "$out/preflight1.out" || fail "first pre-flight sent no mail"
grep -q keychain-unavailable "$out/preflight1.out" && fail "the Credential Manager was not used"
{ wine reg query 'HKCU\Software\Wine\Credential Manager' /s 2>/dev/null || true; } | tr -d '\r' >"$out/credentials.txt"
grep -q 'refresh-token/.*printer-oauth' "$out/credentials.txt" || fail "no refresh token in the Credential Manager"
timeout 180 wine "$exe" "${preflight[@]}" >"$out/preflight2.out" 2>"$out/preflight2.err" \
  || fail "second pre-flight: $(tail -3 "$out/preflight2.err")"
grep -q '"event":"mail-sent"' "$out/preflight2.out" || fail "second pre-flight sent no mail"
grep -q '"event":"code"' "$out/preflight2.out" && fail "second pre-flight signed in again instead of reusing the token"

step "printer status, pinning the printer's certificate"
printer=$(field printer)
wine "$exe" --json printer status "$printer" --trust-fingerprint "$(field printer_fingerprint)" \
  >"$out/status1.out" 2>"$out/status1.err" || fail "printer status: $(tail -3 "$out/status1.err")"
grep -q '"trust":"pinned-now"' "$out/status1.out" || fail "the certificate was not pinned: $(cat "$out/status1.out")"
wine "$exe" --json printer status "$printer" >"$out/status2.out" 2>"$out/status2.err" \
  || fail "printer status with the pin: $(tail -3 "$out/status2.err")"
grep -q '"trust":"pinned"' "$out/status2.out" || fail "the pin was not kept: $(cat "$out/status2.out")"
kill "$demo" 2>/dev/null || true

step "the Start menu's launcher opens the wizard, whose window renders its first page"
wine "$wizard" --lang en --demo >"$out/gui.out" 2>"$out/gui.err" &
for _ in $(seq 60); do
  xdotool search --name "Printer OAuth setup" >/dev/null 2>&1 && break
  sleep 1
done
xdotool search --name "Printer OAuth setup" >/dev/null 2>&1 || fail "no wizard window: $(tail -5 "$out/gui.err")"
sleep 5
import -window root "$out/wizard.png"
colours=$(identify -format '%k' "$out/wizard.png")
[ "$colours" -gt 50 ] || fail "the screenshot is blank ($colours colours)"
echo "ok: the Windows executables passed their smoke test ($colours colours on the first page)"
