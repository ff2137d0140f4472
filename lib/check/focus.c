/* Keeping only the findings about the records a hook checks, and the relations naming them. */
#include "check/focus.h"

#include <string.h>

#include "diag/diag.h"
#include "log/log_internal.h"
#include "util/banned.h"

typedef struct focus {
	gl_strvec shown; /* the records' paths as diagnostics show them */
	gl_strvec ids;
} focus;

static bool in_focus(const govlog_diag *d, void *payload)
{
	const focus *f = payload;
	if (gl_strvec_contains(&f->shown, d->path))
		return true;
	if (strcmp(d->rule, "id/duplicate") && strcmp(d->rule, "link/supersede-reciprocal"))
		return false;
	for (size_t i = 0; i < f->ids.len; i++)
		if (strstr(d->message, f->ids.items[i]) || strstr(d->message, f->shown.items[i]))
			return true;
	return false;
}

void gl_focus_diags(govlog_diag_list *list, const govlog_log *log, const gl_strvec *paths)
{
	focus f = {{0}, {0}};
	gl_buf shown = GL_BUF_INIT;
	for (size_t i = 0; i < paths->len; i++) {
		gl_buf_clear(&shown);
		gl_log_display_path(&shown, log, paths->items[i]);
		const govlog_record *r = NULL;
		for (size_t k = 0; !r && k < govlog_log_count(log); k++)
			if (!strcmp(govlog_record_path(govlog_log_record_at(log, k)), shown.ptr))
				r = govlog_log_record_at(log, k);
		gl_vec_push(&f.shown, gl_xstrdup(shown.ptr));
		gl_vec_push(&f.ids, gl_xstrdup(r ? govlog_record_id(r) : "\n"));
	}
	gl_diag_list_keep(list, in_focus, &f);
	gl_strvec_free(&f.shown);
	gl_strvec_free(&f.ids);
	gl_buf_release(&shown);
}
