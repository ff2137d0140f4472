/* govlog_log_lookup: a record named by its ID or, as adr-tools users do, by its bare number. */
#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"
#include "govlog/log.h"
#include "record/record_internal.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/banned.h"

/* The number "7", "0007" names; 0 when the name is not all digits (or too long to be one). */
static unsigned long bare_number(const char *name)
{
	size_t n = strlen(name);
	if (!n || n > 9)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!gl_isdigit(name[i]))
			return 0;
	return strtoul(name, NULL, 10);
}

/* The number at the end of an ID ("ADR-0007" → 7, "BS1" → 1), else its file's ("0007-x.md"). */
static unsigned long id_number(const govlog_record *r)
{
	const char *id = govlog_record_id(r);
	size_t n = id ? strlen(id) : 0, start = n;
	while (start > 0 && gl_isdigit(id[start - 1]))
		start--;
	if (start < n && n - start <= 9)
		return strtoul(id + start, NULL, 10);
	return r->file_number;
}

static int ambiguous(const govlog_log *log, const char *name, unsigned long number)
{
	gl_buf list = GL_BUF_INIT, msg = GL_BUF_INIT;
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		const govlog_record *r = govlog_log_record_at(log, i);
		if (id_number(r) == number)
			gl_buf_printf(&list, "%s%s (%s)", list.len ? ", " : "", govlog_record_id(r),
				      govlog_record_path(r));
	}
	gl_lang_printf(&msg, govlog_log_language(log), GL_T_LOOKUP_AMBIGUOUS, name, list.ptr);
	int rc = gl_error_set(GOVLOG_EINVALID, "%s", msg.ptr);
	gl_buf_release(&list);
	gl_buf_release(&msg);
	return rc;
}

int govlog_log_lookup(const govlog_record **out, const govlog_log *log, const char *name)
{
	*out = govlog_log_find(log, name);
	unsigned long number = *out ? 0 : bare_number(name);
	size_t found = 0;
	for (size_t i = 0; number && i < govlog_log_count(log); i++) {
		const govlog_record *r = govlog_log_record_at(log, i);
		if (id_number(r) == number && found++ == 0)
			*out = r;
	}
	if (found > 1)
		return *out = NULL, ambiguous(log, name, number);
	if (*out)
		return 0;
	gl_buf msg = GL_BUF_INIT;
	gl_lang_printf(&msg, govlog_log_language(log), GL_T_LOOKUP_NONE, name);
	int rc = gl_error_set(GOVLOG_ENOTFOUND, "%s", msg.ptr);
	gl_buf_release(&msg);
	return rc;
}
