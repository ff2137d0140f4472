/*
 * govlog/text.h — the words govlog writes for people, in English or Danish.
 *
 * One message table holds every word and sentence the library and the govlog
 * tool write for people, each row in both languages under a stable name
 * ("SUMMARY_CLEAN", "CLI_SHOW_NO_RECORD"). A program that writes its own
 * lines around govlog's output takes them from here in the log's language
 * (govlog_log_language), as the govlog tool does. A row is a printf format
 * whose conversions are the same, in the same order, in both languages.
 * Everything here only reads built-in tables: any thread may call it.
 */
#ifndef GOVLOG_TEXT_H_PUBLIC
#define GOVLOG_TEXT_H_PUBLIC

#include <stddef.h>

#include "govlog/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The row called `name`, in `lang`: a static string, never NULL. A name no
 * row has comes back as itself, so a mistake shows in the output instead of
 * crashing it.
 */
GOVLOG_API const char *govlog_text(govlog_lang lang, const char *name);

/*
 * A count's row: `name`_ONE when n is 1, else `name` ("COUNT_RECORDS", 3 gives
 * "%zu records" or "%zu beslutninger"). English and Danish both use the
 * singular for one only.
 */
GOVLOG_API const char *govlog_text_count(govlog_lang lang, const char *name, size_t n);

/* "en" or "da". */
GOVLOG_API const char *govlog_lang_code(govlog_lang lang);

#ifdef __cplusplus
}
#endif

#endif
