/* just-the-docs navigation: `title`, `parent` and `nav_order` in each record's front matter. */
#include "author/index_nav.h"

#include <stdio.h>
#include <string.h>

#include "author/encode.h"
#include "log/log_internal.h"
#include "record/record_internal.h"
#include "util/buf.h"
#include "util/text.h"
#include "util/write.h"
#include "util/banned.h"

typedef struct nav_key {
	const char *key;
	const char *value; /* a YAML scalar, encoded */
	bool keep;         /* a value already there stays (the author's own title) */
	bool seen;
} nav_key;

static const char *line_at(const govlog_record *r, unsigned line, size_t *len)
{
	size_t a = gl_text_line_start(&r->text, line);
	*len = gl_text_line_end(&r->text, line) - a;
	return r->text.data + a;
}

/* A line that belongs to the key above it: indented, a block sequence item ("- x"), or blank. */
static bool continues(const char *s, size_t len)
{
	if (!len)
		return true;
	bool item = s[0] == '-' && (len == 1 || s[1] == ' ' || s[1] == '\t' || s[1] == '\r');
	return s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || item;
}

/* The nav key a top-level line sets, or NULL. */
static nav_key *key_of(nav_key *keys, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++) {
		size_t k = strlen(keys[i].key);
		if (len > k && !strncmp(s, keys[i].key, k) && s[k] == ':')
			return &keys[i];
	}
	return NULL;
}

/* The last line of the value that starts on `line` (its continuation lines, not trailing blanks).
 */
static unsigned value_last(const govlog_record *r, unsigned line, unsigned close)
{
	unsigned last = line;
	for (unsigned l = line + 1; l < close; l++) {
		size_t len;
		const char *s = line_at(r, l, &len);
		if (!continues(s, len))
			break;
		if (len && s[0] != '\r')
			last = l;
	}
	return last;
}

/* The front matter with each key set: replaced where written, added before the closing line. */
static void set_keys(gl_buf *out, const govlog_record *r, nav_key *keys, size_t n)
{
	unsigned close = 0, count = gl_text_line_count(&r->text);
	size_t len, done = 0;
	for (unsigned line = 2; line <= count && !close; line++) {
		const char *s = line_at(r, line, &len);
		if (len >= 3 && (!strncmp(s, "---", 3) || !strncmp(s, "...", 3))) {
			close = line;
			break;
		}
		nav_key *k = key_of(keys, n, s, len);
		if (!k || k->seen)
			continue;
		k->seen = true;
		if (k->keep)
			continue;
		unsigned last = value_last(r, line, count + 1);
		gl_buf_put(out, r->text.data + done, gl_text_line_start(&r->text, line) - done);
		gl_buf_printf(out, "%s: %s", k->key, k->value);
		done = gl_text_line_end(&r->text, last);
		line = last;
	}
	size_t at = close ? gl_text_line_start(&r->text, close) : r->text.len;
	gl_buf_put(out, r->text.data + done, at - done);
	for (size_t i = 0; i < n; i++)
		if (!keys[i].seen)
			gl_buf_printf(out, "%s: %s\n", keys[i].key, keys[i].value);
	gl_buf_put(out, r->text.data + at, r->text.len - at);
}

/* The record's new text: its navigation keys set, in new front matter when it has none. */
static void navigate(gl_buf *out, const govlog_record *r, const char *parent, size_t order)
{
	gl_buf title = GL_BUF_INIT, up = GL_BUF_INIT;
	char num[24];
	snprintf(num, sizeof(num), "%zu", order);
	gl_encode_yaml(&title, govlog_record_title(r) ? govlog_record_title(r) : r->id, false);
	gl_encode_yaml(&up, parent, false);
	nav_key keys[] = {
		{"title", title.ptr, true, false},
		{"parent", up.ptr, false, false},
		{"nav_order", num, false, false},
	};
	gl_buf_puts(out, r->has_bom ? "\xEF\xBB\xBF" : "");
	if (!r->has_frontmatter) {
		gl_buf_puts(out, "---\n");
		for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
			gl_buf_printf(out, "%s: %s\n", keys[i].key, keys[i].value);
		gl_buf_puts(out, "---\n");
		gl_buf_put(out, r->text.data, r->text.len);
	} else {
		set_keys(out, r, keys, sizeof(keys) / sizeof(keys[0]));
	}
	gl_buf_release(&title);
	gl_buf_release(&up);
}

int gl_index_navigation(const govlog_log *log, const char *parent)
{
	int rc = 0;
	for (size_t i = 0; i < govlog_log_count(log) && !rc; i++) {
		/* the file as it is now, under the lock: another writer's edit is kept */
		govlog_record *r = NULL;
		rc = gl_log_reread(&r, log, govlog_log_record_at(log, i));
		if (rc || r->frontmatter_error) {
			govlog_record_free(r);
			continue;
		}
		gl_buf out = GL_BUF_INIT;
		navigate(&out, r, parent, i + 1);
		rc = gl_write_replace(r->path, out.ptr, out.len);
		govlog_record_free(r);
		gl_buf_release(&out);
	}
	return rc;
}
