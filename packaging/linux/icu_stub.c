/*
 * Stand-ins for ICU's three libraries (libicuuc, libicui18n, libicudata), built by
 * packaging/icu_stub.py in place of the 38 MB the PySide6 wheel ships.
 *
 * QtCore links ICU but the app uses none of what it provides: collation (QCollator),
 * time-zone display names (QTimeZone::displayName), legacy text codecs (QStringConverter
 * beyond UTF-8/16/32 and Latin-1) and locale-tailored case mapping (QLocale::toUpper).
 * Every function below fails the way ICU itself fails when its data is missing
 * (U_FILE_ACCESS_ERROR, no object; closing nothing, listing no converters), and Qt handles
 * each failure with its own fallback: QCollator compares UTF-16 code units,
 * QLocale::toUpper uses QString::toUpper, QTimeZone reports no localized name (offsets
 * and abbreviations still work: Qt reads /usr/share/zoneinfo itself), and
 * QStringDecoder("Shift-JIS") is simply invalid.
 *
 * Only the functions QtCore imports are defined; icu_stub.replace_icu checks that list
 * against every bundled library linking ICU before using these, so a Qt update that needs
 * more of ICU fails the build instead of the app. ICU renames its C API with its major
 * version (ucol_open -> ucol_open_73): the build passes ICU_MAJOR.
 *
 * Built once per ICU_LIB_UC / ICU_LIB_I18N / ICU_LIB_DATA, mirroring ICU's own split;
 * libicudata is empty (only the real libicuuc reads ICU's data).
 */

#include <stddef.h>
#include <stdint.h>

#ifndef ICU_MAJOR
#error "define ICU_MAJOR (e.g. -DICU_MAJOR=73)"
#endif

#define ICU_PASTE2(name, major) name##_##major
#define ICU_PASTE(name, major) ICU_PASTE2(name, major)
#define ICU(name) ICU_PASTE(name, ICU_MAJOR)
#define EXPORT __attribute__((visibility("default")))

typedef uint16_t UChar;
typedef int32_t UChar32;
typedef int8_t UBool;
typedef int UErrorCode; /* an enum in ICU: int-sized */

enum { U_FILE_ACCESS_ERROR = 4 };

#if defined(ICU_LIB_UC) || defined(ICU_LIB_I18N)
/* ICU's convention: do nothing if *status already holds an error, else report one. */
static void fail(UErrorCode *status)
{
    if (status != NULL && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
}
#endif

#ifdef ICU_LIB_UC
typedef struct UConverter UConverter;
typedef void (*UConverterToUCallback)(void);
typedef void (*UConverterFromUCallback)(void);

/* Case mapping: Qt falls back to QString::toUpper/toLower. */
EXPORT int32_t ICU(u_strToUpper)(UChar *dest, int32_t capacity, const UChar *src, int32_t length,
                                 const char *locale, UErrorCode *status)
{
    (void)dest, (void)capacity, (void)src, (void)length, (void)locale;
    fail(status);
    return 0;
}

EXPORT int32_t ICU(u_strToLower)(UChar *dest, int32_t capacity, const UChar *src, int32_t length,
                                 const char *locale, UErrorCode *status)
{
    (void)dest, (void)capacity, (void)src, (void)length, (void)locale;
    fail(status);
    return 0;
}

/* Converters: none opens, none is listed; Qt's own UTF and Latin-1 codecs remain. */
EXPORT UConverter *ICU(ucnv_open)(const char *name, UErrorCode *status)
{
    (void)name;
    fail(status);
    return NULL;
}

EXPORT void ICU(ucnv_close)(UConverter *converter) { (void)converter; }
EXPORT void ICU(ucnv_reset)(UConverter *converter) { (void)converter; }
EXPORT int32_t ICU(ucnv_countAvailable)(void) { return 0; }
EXPORT const char *ICU(ucnv_getAvailableName)(int32_t index) { (void)index; return NULL; }
EXPORT int8_t ICU(ucnv_getMaxCharSize)(const UConverter *converter) { (void)converter; return 1; }

EXPORT const char *ICU(ucnv_getName)(const UConverter *converter, UErrorCode *status)
{
    (void)converter;
    fail(status);
    return NULL;
}

EXPORT const char *ICU(ucnv_getStandardName)(const char *name, const char *standard,
                                             UErrorCode *status)
{
    (void)name, (void)standard;
    fail(status);
    return NULL;
}

EXPORT void ICU(ucnv_getToUCallBack)(const UConverter *converter, UConverterToUCallback *action,
                                     const void **context)
{
    (void)converter;
    if (action != NULL)
        *action = NULL;
    if (context != NULL)
        *context = NULL;
}

EXPORT void ICU(ucnv_getFromUCallBack)(const UConverter *converter,
                                       UConverterFromUCallback *action, const void **context)
{
    (void)converter;
    if (action != NULL)
        *action = NULL;
    if (context != NULL)
        *context = NULL;
}

EXPORT void ICU(ucnv_setToUCallBack)(UConverter *converter, UConverterToUCallback action,
                                     const void *context, UConverterToUCallback *old_action,
                                     const void **old_context, UErrorCode *status)
{
    (void)converter, (void)action, (void)context, (void)old_action, (void)old_context;
    fail(status);
}

EXPORT void ICU(ucnv_setFromUCallBack)(UConverter *converter, UConverterFromUCallback action,
                                       const void *context, UConverterFromUCallback *old_action,
                                       const void **old_context, UErrorCode *status)
{
    (void)converter, (void)action, (void)context, (void)old_action, (void)old_context;
    fail(status);
}

EXPORT void ICU(ucnv_toUnicode)(UConverter *converter, UChar **target, const UChar *target_limit,
                                const char **source, const char *source_limit, int32_t *offsets,
                                UBool flush, UErrorCode *status)
{
    (void)converter, (void)target, (void)target_limit, (void)source, (void)source_limit;
    (void)offsets, (void)flush;
    fail(status);
}

EXPORT void ICU(ucnv_fromUnicode)(UConverter *converter, char **target, const char *target_limit,
                                  const UChar **source, const UChar *source_limit,
                                  int32_t *offsets, UBool flush, UErrorCode *status)
{
    (void)converter, (void)target, (void)target_limit, (void)source, (void)source_limit;
    (void)offsets, (void)flush;
    fail(status);
}

EXPORT int32_t ICU(ucnv_toUCountPending)(const UConverter *converter, UErrorCode *status)
{
    (void)converter;
    fail(status);
    return 0;
}

EXPORT int32_t ICU(ucnv_fromUCountPending)(const UConverter *converter, UErrorCode *status)
{
    (void)converter;
    fail(status);
    return 0;
}

EXPORT void ICU(ucnv_cbToUWriteUChars)(void *args, const UChar *source, int32_t length,
                                       int32_t offset_index, UErrorCode *status)
{
    (void)args, (void)source, (void)length, (void)offset_index;
    fail(status);
}

EXPORT void ICU(ucnv_cbFromUWriteUChars)(void *args, const UChar **source,
                                         const UChar *source_limit, int32_t offset_index,
                                         UErrorCode *status)
{
    (void)args, (void)source, (void)source_limit, (void)offset_index;
    fail(status);
}

EXPORT void ICU(UCNV_TO_U_CALLBACK_SUBSTITUTE)(const void *context, void *args,
                                               const char *units, int32_t length, int reason,
                                               UErrorCode *status)
{
    (void)context, (void)args, (void)units, (void)length, (void)reason;
    fail(status);
}

EXPORT void ICU(UCNV_FROM_U_CALLBACK_SUBSTITUTE)(const void *context, void *args,
                                                 const UChar *units, int32_t length,
                                                 UChar32 code_point, int reason,
                                                 UErrorCode *status)
{
    (void)context, (void)args, (void)units, (void)length, (void)code_point, (void)reason;
    fail(status);
}
#endif /* ICU_LIB_UC */

#ifdef ICU_LIB_I18N
typedef struct UCollator UCollator;
typedef void *UCalendar;

/* Collation: QCollator compares code points instead. */
EXPORT UCollator *ICU(ucol_open)(const char *locale, UErrorCode *status)
{
    (void)locale;
    fail(status);
    return NULL;
}

EXPORT void ICU(ucol_close)(UCollator *collator) { (void)collator; }

EXPORT void ICU(ucol_setAttribute)(UCollator *collator, int attribute, int value,
                                   UErrorCode *status)
{
    (void)collator, (void)attribute, (void)value;
    fail(status);
}

EXPORT int ICU(ucol_strcoll)(const UCollator *collator, const UChar *source, int32_t source_length,
                             const UChar *target, int32_t target_length)
{
    (void)collator, (void)source, (void)source_length, (void)target, (void)target_length;
    return 0;
}

EXPORT int32_t ICU(ucol_getSortKey)(const UCollator *collator, const UChar *source,
                                    int32_t source_length, uint8_t *result, int32_t capacity)
{
    (void)collator, (void)source, (void)source_length, (void)result, (void)capacity;
    return 0;
}

/* Calendars: only used for time-zone display names, which then come back empty. */
EXPORT UCalendar *ICU(ucal_open)(const UChar *zone, int32_t length, const char *locale, int type,
                                 UErrorCode *status)
{
    (void)zone, (void)length, (void)locale, (void)type;
    fail(status);
    return NULL;
}

EXPORT void ICU(ucal_close)(UCalendar *calendar) { (void)calendar; }

EXPORT int32_t ICU(ucal_getTimeZoneDisplayName)(const UCalendar *calendar, int type,
                                                const char *locale, UChar *result,
                                                int32_t capacity, UErrorCode *status)
{
    (void)calendar, (void)type, (void)locale, (void)result, (void)capacity;
    fail(status);
    return 0;
}

EXPORT int32_t ICU(ucal_getCanonicalTimeZoneID)(const UChar *id, int32_t length, UChar *result,
                                                int32_t capacity, UBool *is_system_id,
                                                UErrorCode *status)
{
    (void)id, (void)length, (void)result, (void)capacity;
    if (is_system_id != NULL)
        *is_system_id = 0;
    fail(status);
    return 0;
}
#endif /* ICU_LIB_I18N */

#ifdef ICU_LIB_DATA
/* Nothing: only the real libicuuc reads ICU's data (icudtNN_dat), and it is not shipped.
 * The library exists because libQt6Core names it as a dependency. */
typedef int icu_data_is_empty;
#endif /* ICU_LIB_DATA */
