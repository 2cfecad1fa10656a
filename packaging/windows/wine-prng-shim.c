/* Test-only, never shipped: Wine 8 has no bcryptprimitives.dll ProcessPrng, which Rust's
 * standard library (and getrandom) call for random numbers on Windows 10 and later. This DLL
 * provides it through advapi32's RtlGenRandom (SystemFunction036), in chunks that fit a ULONG.
 * packaging/windows/build.sh compiles it with MinGW into the CI Wine prefix's system32. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
