/* Test-only stand-in for Windows' bcryptprimitives.dll!ProcessPrng, for wine 8, which has no
 * such DLL. The Rust standard library in cryptography's _rust.pyd imports ProcessPrng (Windows
 * 10+) for random numbers. This one is RtlGenRandom (advapi32!SystemFunction036), the system
 * CSPRNG wine implements. Installed only into a throw-away wine prefix's system32 by
 * installer/build_windows_on_linux.sh; never shipped in the application. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
