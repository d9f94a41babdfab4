/* Test-only stand-in for Windows' icuuc.dll, for wine 8, which has none.
 *
 * Qt 6.10+ (Qt6Core.dll) imports ICU's converter functions (ucnv_*) from the system icuuc.dll
 * that Windows 10 1903+ ships. Wine 8 lacks it, so Qt6Core.dll would not even load. This DLL
 * reports every codec as unavailable, which makes QStringConverter fall back to its built-in
 * UTF-8/UTF-16/Latin-1 codecs: what TSDesk uses. Installed only into a throw-away wine prefix's
 * system32 by installer/build_windows_on_linux.sh; never shipped in the application. */
#include <stddef.h>
#include <stdint.h>

typedef int32_t UErrorCode;
#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

EXPORT void *ucnv_open(const char *name, UErrorCode *err)
{
    (void)name;
    if (err && *err <= 0)
        *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 4; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return ""; }
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context)
{
    (void)cnv;
    if (action) *action = NULL;
    if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context)
{
    (void)cnv;
    if (action) *action = NULL;
    if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(void *cnv, void *a, const void *c, void **oa, const void **oc, UErrorCode *err)
{
    (void)cnv; (void)a; (void)c; (void)oa; (void)oc; (void)err;
}
EXPORT void ucnv_setFromUCallBack(void *cnv, void *a, const void *c, void **oa, const void **oc, UErrorCode *err)
{
    (void)cnv; (void)a; (void)c; (void)oa; (void)oc; (void)err;
}
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length, int32_t offset, UErrorCode *err)
{
    (void)args; (void)source; (void)length; (void)offset; (void)err;
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *limit, int32_t offset, UErrorCode *err)
{
    (void)args; (void)source; (void)limit; (void)offset; (void)err;
}
EXPORT void ucnv_toUnicode(void *cnv, void **t, const void *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *err)
{
    (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f;
    if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR;
}
EXPORT void ucnv_fromUnicode(void *cnv, char **t, const char *tl, const void **s, const void *sl, int32_t *o, int8_t f, UErrorCode *err)
{
    (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f;
    if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR;
}
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{
    (void)name; (void)standard; (void)err;
    return NULL;
}
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const void *u, int32_t l, int32_t cp, int r, UErrorCode *err)
{
    (void)c; (void)a; (void)u; (void)l; (void)cp; (void)r; (void)err;
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *cb, int32_t l, int r, UErrorCode *err)
{
    (void)c; (void)a; (void)cb; (void)l; (void)r; (void)err;
}
