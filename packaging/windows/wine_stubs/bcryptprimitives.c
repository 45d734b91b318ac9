/* SPDX-License-Identifier: MIT
 * ProcessPrng for Wine 8, which lacks bcryptprimitives.dll (see README.md). */
#include <windows.h>
#define RtlGenRandom SystemFunction036
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
