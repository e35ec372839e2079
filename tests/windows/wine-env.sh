# Sourced by the Windows tests: a throw-away Wine prefix under $1, a private Xvfb display, and
# the two test-only gaps of Wine 8 filled (bcryptprimitives.dll, a monospace font).
wine_out=$1
wine_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export WINEPREFIX="$wine_out/wineprefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="   # no Mono or Gecko install prompts
wine_pids=()
wine_cleanup() {
  for p in "${wine_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wineserver -k 2>/dev/null || true
  # The prefix is over 600 MB; the logs and screenshots beside it stay.
  rm -rf "$WINEPREFIX"
}
trap wine_cleanup EXIT
rm -f "$wine_out/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 3>"$wine_out/display" >"$wine_out/xvfb.log" 2>&1 &
wine_pids+=($!)
for _ in $(seq 100); do [ -s "$wine_out/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$wine_out/display")"
# A new prefix each run: nothing installed or stored by an earlier run.
rm -rf "$WINEPREFIX"
wine wineboot -i >"$wine_out/wineboot.log" 2>&1
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$wine_out/bcryptprimitives.dll" \
  "$wine_here/bcryptprimitives.c" "$wine_here/bcryptprimitives.def" -ladvapi32
cp "$wine_out/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
cp /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf "$WINEPREFIX/drive_c/windows/Fonts/"
