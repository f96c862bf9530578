// ICU's collator for names in an event's language (Swedish: Å, Ä, Ö after Z).
//
// ICU renames its functions with its version (ucol_open → ucol_open_72) through macros Swift cannot
// see, so each function Foyer uses is wrapped in a static inline function with a stable name. ICU's own
// headers are not included: Foundation brings its private copy of ICU's types, and Clang refuses the same
// enums (UErrorCode…) from two modules in one Swift module. Only uvernum.h (macros, no types) is read,
// for the version suffix; the few functions are declared here with plain C types of the same ABI
// (UErrorCode and the attribute enums are ints, UChar is a 16-bit unit, UCollator an opaque pointer).
#ifndef FOYER_CICU_SHIM_H
#define FOYER_CICU_SHIM_H

#include <stdint.h>
#include <unicode/uvernum.h>

#define FOYER_ICU(name) U_ICU_ENTRY_POINT_RENAME(name)

void *FOYER_ICU(ucol_open)(const char *locale, int *status);
void FOYER_ICU(ucol_close)(void *collator);
void FOYER_ICU(ucol_setStrength)(void *collator, int strength);
int32_t FOYER_ICU(ucol_getSortKey)(const void *collator, const uint16_t *text, int32_t length, uint8_t *out, int32_t capacity);
void FOYER_ICU(u_getVersion)(uint8_t version[4]);

/// A collator for a locale ("sv") at primary strength (UCOL_PRIMARY = 0: accents and case ignored),
/// or NULL when ICU cannot open one.
static inline void *foyer_ucol_open_primary(const char *locale) {
    int status = 0; // U_ZERO_ERROR; failures are > 0
    void *c = FOYER_ICU(ucol_open)(locale, &status);
    if (status > 0 || c == 0) { if (c) FOYER_ICU(ucol_close)(c); return 0; }
    FOYER_ICU(ucol_setStrength)(c, 0);
    return c;
}

/// The sort key of UTF-16 text into `out` (NUL-terminated); returns the length it needs with the NUL,
/// which is more than `capacity` when `out` was too small.
static inline int32_t foyer_ucol_getSortKey(const void *collator, const uint16_t *text, int32_t length,
                                            uint8_t *out, int32_t capacity) {
    return FOYER_ICU(ucol_getSortKey)(collator, text, length, out, capacity);
}

static inline void foyer_ucol_close(void *collator) { if (collator) FOYER_ICU(ucol_close)(collator); }

/// ICU's version ({72, 1, 0, 0}), for the search index cache's stamp.
static inline void foyer_u_getVersion(uint8_t out[4]) { FOYER_ICU(u_getVersion)(out); }

#endif
