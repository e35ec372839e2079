/* TEST-ONLY shim for Wine 8 (Debian bookworm), which lacks bcryptprimitives.dll: Rust's std
   (1.78+) and getrandom 0.3 import ProcessPrng from it, so without it the .exe does not start
   under Wine. Real Windows 10 and 11 have the DLL; this file never ships in a package.
   Forwards to RtlGenRandom (advapi32). */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, n)) return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
