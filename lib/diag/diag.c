/* The diagnostic list and the rule registry table. */
#include "diag/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/utf8.h"
#include "util/vec.h"
#include "util/banned.h"

static const govlog_rule_info rule_table[] = {
#define GL_RULE_INFO(name, id, sev, summary) {id, GOVLOG_SEVERITY_##sev, summary},
	GL_RULES(GL_RULE_INFO)
#undef GL_RULE_INFO
};

/* `seq` keeps the order of insertion among equal keys: sorting is stable, so the
 * sections a profile requires are reported in the profile's order. */
typedef struct diag_entry {
	govlog_diag d;
	size_t seq;
} diag_entry;

struct govlog_diag_list {
	GL_VEC(diag_entry) items;
	govlog_lang lang; /* of the messages gl_diag_addt writes */
	char *base;       /* the current folder from the repository root, "" or "docs/" */
};

const char *govlog_severity_name(govlog_severity s)
{
	switch (s) {
	case GOVLOG_SEVERITY_ERROR:
		return "error";
	case GOVLOG_SEVERITY_WARNING:
		return "warning";
	default:
		return "off";
	}
}

size_t govlog_rule_count(void)
{
	return GL_RULE__COUNT;
}

const govlog_rule_info *govlog_rule_at(size_t i)
{
	return i < GL_RULE__COUNT ? &rule_table[i] : NULL;
}

const govlog_rule_info *govlog_rule_find(const char *id)
{
	for (size_t i = 0; i < GL_RULE__COUNT; i++)
		if (!strcmp(rule_table[i].id, id))
			return &rule_table[i];
	return NULL;
}

int govlog_diag_list_new(govlog_diag_list **out)
{
	*out = gl_xcalloc(1, sizeof(**out));
	return 0;
}

void govlog_diag_list_free(govlog_diag_list *list)
{
	if (!list)
		return;
	for (size_t i = 0; i < list->items.len; i++) {
		govlog_diag *d = &list->items.items[i].d;
		free((char *)d->path);
		free((char *)d->message);
		free((char *)d->hint);
	}
	gl_vec_free(&list->items);
	free(list->base);
	free(list);
}

size_t govlog_diag_list_count(const govlog_diag_list *list)
{
	return list->items.len;
}

const govlog_diag *govlog_diag_list_get(const govlog_diag_list *list, size_t i)
{
	return i < list->items.len ? &list->items.items[i].d : NULL;
}

size_t govlog_diag_list_count_severity(const govlog_diag_list *list, govlog_severity s)
{
	size_t n = 0;
	for (size_t i = 0; i < list->items.len; i++)
		n += list->items.items[i].d.severity == s;
	return n;
}

/* A copy of its own size: a record can bring a million findings. */
static char *sanitized_copy(const char *s)
{
	gl_buf b = GL_BUF_INIT;
	gl_utf8_sanitize(&b, s, strlen(s));
	char *copy = gl_xstrndup(b.ptr, b.len);
	gl_buf_release(&b);
	return copy;
}

static void push(govlog_diag_list *list, gl_rule rule, const char *path, govlog_pos pos,
		 const char *hint, gl_buf *msg, govlog_lang lang)
{
	diag_entry e = {
		.d =
			{
				.rule = rule_table[rule].id,
				.severity = rule_table[rule].default_severity,
				.path = gl_xstrdup(path),
				.pos = pos,
				.message = sanitized_copy(msg->ptr),
				.hint = hint ? sanitized_copy(hint) : NULL,
				.lang = lang,
			},
		.seq = list->items.len,
	};
	gl_buf_release(msg);
	gl_vec_push(&list->items, e);
}

void gl_diag_add(govlog_diag_list *list, gl_rule rule, const char *path, govlog_pos pos,
		 const char *hint, const char *fmt, ...)
{
	gl_buf msg = GL_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	gl_buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	/* A message written in code rather than taken from the table is English. */
	push(list, rule, path, pos, hint, &msg, GOVLOG_LANG_EN);
}

void gl_diag_addt(govlog_diag_list *list, gl_rule rule, const char *path, govlog_pos pos,
		  const char *hint, gl_text_id id, ...)
{
	gl_buf msg = GL_BUF_INIT;
	va_list ap;
	va_start(ap, id);
	gl_lang_vprintf(&msg, list->lang, id, ap);
	va_end(ap);
	push(list, rule, path, pos, hint, &msg, list->lang);
}

void gl_diag_list_set_lang(govlog_diag_list *list, govlog_lang lang)
{
	list->lang = lang;
}

govlog_lang gl_diag_list_lang(const govlog_diag_list *list)
{
	return list->lang;
}

void govlog_diag_list_set_lang(govlog_diag_list *list, govlog_lang lang)
{
	gl_diag_list_set_lang(list, lang);
}

govlog_lang govlog_diag_list_lang(const govlog_diag_list *list)
{
	return gl_diag_list_lang(list);
}

void govlog_diag_list_set_base(govlog_diag_list *list, const char *base)
{
	free(list->base);
	list->base = base && *base ? gl_xstrdup(base) : NULL;
}

const char *gl_diag_list_base(const govlog_diag_list *list)
{
	return list->base ? list->base : "";
}

void gl_diag_append_all(govlog_diag_list *out, const govlog_diag_list *in)
{
	for (size_t i = 0; i < in->items.len; i++) {
		diag_entry e = in->items.items[i];
		e.d.path = gl_xstrdup(e.d.path);
		e.d.message = gl_xstrdup(e.d.message);
		e.d.hint = e.d.hint ? gl_xstrdup(e.d.hint) : NULL;
		e.seq = out->items.len;
		gl_vec_push(&out->items, e);
	}
}

static int diag_compare(const void *pa, const void *pb)
{
	const diag_entry *ea = pa, *eb = pb;
	const govlog_diag *a = &ea->d, *b = &eb->d;
	int c = strcmp(a->path, b->path);
	if (c)
		return c;
	if (a->pos.line != b->pos.line)
		return a->pos.line < b->pos.line ? -1 : 1;
	if (a->pos.col != b->pos.col)
		return a->pos.col < b->pos.col ? -1 : 1;
	c = strcmp(a->rule, b->rule);
	if (c)
		return c;
	return ea->seq < eb->seq ? -1 : ea->seq > eb->seq;
}

void govlog_diag_list_sort(govlog_diag_list *list)
{
	if (list->items.len > 1)
		qsort(list->items.items, list->items.len, sizeof(diag_entry), diag_compare);
	for (size_t i = 0; i < list->items.len; i++)
		list->items.items[i].seq = i;
}

void gl_diag_list_keep(govlog_diag_list *list, gl_diag_keep_fn keep, void *payload)
{
	size_t kept = 0;
	for (size_t i = 0; i < list->items.len; i++) {
		diag_entry e = list->items.items[i];
		if (!keep(&e.d, payload)) {
			free((char *)e.d.path);
			free((char *)e.d.message);
			free((char *)e.d.hint);
			continue;
		}
		list->items.items[kept++] = e;
	}
	list->items.len = kept;
}

static bool apply_severity(const govlog_diag *d, void *payload)
{
	const govlog_severity *by_rule = payload;
	size_t r = 0;
	while (r < GL_RULE__COUNT && rule_table[r].id != d->rule)
		r++;
	if (r < GL_RULE__COUNT)
		((govlog_diag *)d)->severity = by_rule[r];
	return d->severity != GOVLOG_SEVERITY_OFF;
}

void gl_diag_list_set_severities(govlog_diag_list *list, const govlog_severity *by_rule)
{
	gl_diag_list_keep(list, apply_severity, (void *)by_rule);
}
