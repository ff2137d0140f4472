/*
 * The metadata a record writes in Markdown: bold-key bullets, "Key: value"
 * lines, a "## Status" section (a paragraph or a checklist of approvals) and
 * the relation lines beside it. Values and their columns are read from the
 * raw lines, so positions are exact.
 */
#include "record/md_reader.h"

#include <string.h>

#include "record/markdown.h"
#include "record/parse.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/banned.h"

/* Whether p[i] follows an odd number of backslashes: escaped. */
static bool escaped_at(const char *p, size_t i)
{
	size_t n = 0;
	while (n < i && p[i - 1 - n] == '\\')
		n++;
	return n % 2;
}

/* A value as written: no trailing HTML comment, hard-break backslash or blanks. */
static void clean_value(const md_reader *md, span *v)
{
	const char *p = gl_md_span_ptr(md, *v);
	for (size_t i = 0; i + 4 <= v->len; i++) {
		if (!memcmp(p + i, "<!--", 4) && !escaped_at(p, i)) {
			v->len = i;
			break;
		}
	}
	gl_md_trim(md, v);
	p = gl_md_span_ptr(md, *v);
	if (v->len && p[v->len - 1] == '\\' && !escaped_at(p, v->len - 1))
		v->len--;
	gl_md_trim(md, v);
}

/* The value as Markdown shows it: a backslash before ASCII punctuation escapes it. */
static void unescape(gl_buf *out, const char *p, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (p[i] == '\\' && i + 1 < len && gl_ispunct(p[i + 1]))
			i++;
		gl_buf_putc(out, p[i]);
	}
}

/*
 * For field `at` just added, when it is the record's first deciders field:
 * the text GitHub shows for its Markdown source `raw`, when that holds
 * Markdown at all ("[Ana](url), **Bo**").
 */
static void note_shown_deciders(md_reader *md, int at, const char *raw, size_t len)
{
	bool plain = true;
	for (size_t i = 0; i < len && plain; i++)
		plain = !strchr("[*_`<&\\", raw[i]);
	if (plain || strcmp(md->r->fields.items[at].name, "deciders") ||
	    gl_record_find_field(md->r, "deciders") != at)
		return;
	gl_buf shown = GL_BUF_INIT;
	cmark_node *doc = gl_md_parse(raw, len, false);
	for (cmark_node *n = cmark_node_first_child(doc); n; n = cmark_node_next(n))
		gl_md_plain_text(n, &shown);
	gl_md_free(doc);
	md->r->deciders_shown = gl_arena_strndup(&md->r->arena, shown.ptr, shown.len);
	gl_buf_release(&shown);
}

static void add_field(md_reader *md, span key, span value, govlog_meta_style style)
{
	gl_buf v = GL_BUF_INIT;
	unescape(&v, gl_md_span_ptr(md, value), value.len);
	govlog_pos key_pos = gl_md_pos_of(md, key.off), value_pos = gl_md_pos_of(md, value.off);
	/* MADR 2's template writes "* Status: [proposed | rejected | …]"; "\\[list\\]" is text */
	const char *raw = gl_md_span_ptr(md, value);
	bool bracketed = style == GOVLOG_META_BULLET &&
			 gl_record_value_in_brackets(raw, value.len) &&
			 !escaped_at(raw, value.len - 1);
	int at = bracketed ? gl_record_add_wrapped_field(md->r, gl_md_span_ptr(md, key), key.len,
							 v.ptr, v.len, key_pos, value_pos, style)
			   : gl_record_add_field(md->r, gl_md_span_ptr(md, key), key.len, v.ptr,
						 v.len, key_pos, value_pos, style);
	gl_buf_release(&v);
	note_shown_deciders(md, at, gl_md_span_ptr(md, value), value.len);
}

/*
 * Splits "**Key**: value", "**Key:** value", "__Key__: value" or "Key: value"
 * into key and value. *bold tells which. False when the line is neither.
 */
static bool split_key_value(const md_reader *md, span line, span *key, span *value, bool *bold)
{
	const char *p = gl_md_span_ptr(md, line);
	size_t n = line.len, i;
	*bold = n > 4 && (!memcmp(p, "**", 2) || !memcmp(p, "__", 2));
	if (*bold) {
		const char *close = NULL;
		for (i = 2; i + 1 < n; i++)
			if (p[i] == p[0] && p[i + 1] == p[0]) {
				close = p + i;
				break;
			}
		if (!close)
			return false;
		*key = (span){line.off + 2, (size_t)(close - p) - 2};
		i = (size_t)(close - p) + 2;
		bool colon_inside = key->len && p[2 + key->len - 1] == ':';
		if (colon_inside)
			key->len--;
		while (i < n && (p[i] == ' ' || p[i] == '\t'))
			i++;
		if (!colon_inside && (i >= n || p[i++] != ':'))
			return false;
	} else {
		for (i = 0; i < n && i < 40 && p[i] != ':'; i++)
			if (p[i] == '[' || p[i] == '(' || p[i] == '`' || p[i] == '*')
				return false;
		if (i >= n || p[i] != ':' || i == 0)
			return false;
		*key = (span){line.off, i++};
	}
	gl_md_trim(md, key);
	*value = (span){line.off + i, n - i};
	clean_value(md, value);
	return key->len > 0;
}

static bool known_key(const md_reader *md, span key)
{
	return gl_record_field_name(md->r, gl_md_span_ptr(md, key), key.len) != NULL;
}

/* Whether line `line` of a paragraph is "Key: value" with a known key. */
static bool key_line(const md_reader *md, cmark_node *para, unsigned line, span *key, span *value)
{
	span s = line == gl_md_file_line(md, para) ? gl_md_first_line(md, para)
						   : gl_md_line_from(md, line, 1);
	bool bold;
	gl_md_trim(md, &s);
	return split_key_value(md, s, key, value, &bold) && known_key(md, *key);
}

bool gl_md_read_heading_field(md_reader *md, span text)
{
	span key, value;
	bool bold;
	gl_md_trim(md, &text);
	if (!split_key_value(md, text, &key, &value, &bold) || !known_key(md, key) || !value.len)
		return false;
	add_field(md, key, value, GOVLOG_META_LINE);
	md->meta_found = true;
	return true;
}

/*
 * "Key: value" lines of a paragraph under the title (adr-tools "Date: …").
 * After other text (`keys_only`), a paragraph is metadata only when every
 * line is a known key and there are two or more: prose stays prose.
 */
void gl_md_read_key_lines(md_reader *md, cmark_node *para, bool keys_only)
{
	unsigned first = gl_md_file_line(md, para);
	unsigned last = md->line0 + (unsigned)cmark_node_get_end_line(para);
	span key, value;
	for (unsigned line = first; keys_only && line <= last; line++)
		if (last == first || !key_line(md, para, line, &key, &value))
			return;
	for (unsigned line = first; line <= last; line++) {
		if (key_line(md, para, line, &key, &value)) {
			add_field(md, key, value, GOVLOG_META_LINE);
			md->meta_found = true;
		}
	}
}

/* The first line of a list item's first paragraph. */
static bool item_line(const md_reader *md, cmark_node *item, span *out)
{
	cmark_node *para = cmark_node_first_child(item);
	if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH)
		return false;
	*out = gl_md_first_line(md, para);
	gl_md_trim(md, out);
	return true;
}

/*
 * An item's first line after its bullet or number ("- ", "1. "), as written:
 * GitHub's task lists take the "[x] " out of the item's paragraph.
 */
static bool item_marker_line(const md_reader *md, cmark_node *item, span *out)
{
	span s = gl_md_line_from(md, gl_md_file_line(md, item),
				 (unsigned)cmark_node_get_start_column(item));
	const char *p = gl_md_span_ptr(md, s);
	size_t i = 0;
	while (i < s.len && i < 9 && gl_isdigit(p[i]))
		i++;
	if (i >= s.len || !strchr(i ? ".)" : "-*+", p[i]))
		return false;
	s.off += i + 1;
	s.len -= i + 1;
	gl_md_trim(md, &s);
	*out = s;
	return true;
}

/*
 * A task-list item's box as written at the start of its line: 'x' ticked
 * ("[x]" or "[X]"), ' ' not ticked, '\0' no box. `after` gets the text after
 * the box, trimmed.
 */
static char item_box(const md_reader *md, cmark_node *item, span *after)
{
	span line;
	if (!item_marker_line(md, item, &line) || line.len < 3)
		return '\0';
	const char *p = gl_md_span_ptr(md, line);
	if (p[0] != '[' || p[2] != ']' || !strchr(" xX", p[1]))
		return '\0';
	*after = (span){line.off + 3, line.len - 3};
	gl_md_trim(md, after);
	return p[1] == ' ' ? ' ' : 'x';
}

/*
 * A nested list's items as one comma-separated value ("- **Beslutningstagere**:"
 * then names). In a task list only the ticked items count: a template lists
 * every body that may decide, and the record ticks those that did.
 */
static void nested_items(const md_reader *md, cmark_node *item, gl_buf *out)
{
	for (cmark_node *c = cmark_node_first_child(item); c; c = cmark_node_next(c)) {
		if (cmark_node_get_type(c) != CMARK_NODE_LIST)
			continue;
		for (cmark_node *sub = cmark_node_first_child(c); sub; sub = cmark_node_next(sub)) {
			span s, boxed;
			char box = item_box(md, sub, &boxed);
			if (box == ' ' || !item_line(md, sub, &s))
				continue;
			if (box == 'x')
				s = boxed; /* the text after the box, however the parser read it */
			clean_value(md, &s); /* a template's "<!-- who decides -->" is not shown */
			if (!s.len)
				continue;
			if (out->len)
				gl_buf_puts(out, ", ");
			gl_buf_put(out, gl_md_span_ptr(md, s), s.len);
		}
	}
}

static bool read_checklist(md_reader *md, cmark_node *list, span heading_key);

/* "- **Status**:" over a task list: the last ticked box is the status, as under "## Status". */
static bool read_status_boxes(md_reader *md, cmark_node *item, span key)
{
	const char *name = gl_record_field_name(md->r, gl_md_span_ptr(md, key), key.len);
	if (!name || strcmp(name, "status"))
		return false;
	for (cmark_node *c = cmark_node_first_child(item); c; c = cmark_node_next(c))
		if (cmark_node_get_type(c) == CMARK_NODE_LIST)
			return md->r->status_boxes_in_bullets = read_checklist(md, c, key);
	return false;
}

static void add_bullet_field(md_reader *md, cmark_node *item, span key, span value)
{
	if (value.len) {
		add_field(md, key, value, GOVLOG_META_BULLET);
		return;
	}
	if (read_status_boxes(md, item, key))
		return;
	gl_buf list = GL_BUF_INIT;
	nested_items(md, item, &list);
	int at = gl_record_add_field(md->r, gl_md_span_ptr(md, key), key.len, list.ptr, list.len,
				     gl_md_pos_of(md, key.off), gl_md_pos_of(md, value.off),
				     GOVLOG_META_BULLET);
	note_shown_deciders(md, at, list.ptr, list.len);
	gl_buf_release(&list);
}

/*
 * A bullet list of metadata: taken when at least one item has a known key;
 * then every bold key is kept (unknown ones too), plain keys only when known.
 * After other text of the first section (`keys_only`) a list is metadata only
 * when every item is "Key: value" and two or more keys are known fields.
 */
void gl_md_read_bullets(md_reader *md, cmark_node *list, bool keys_only)
{
	for (int pass = 0; pass < 2; pass++) {
		size_t known = 0, items = 0, pairs = 0;
		for (cmark_node *item = cmark_node_first_child(list); item;
		     item = cmark_node_next(item)) {
			span line, key, value;
			bool bold;
			items++;
			if (!item_line(md, item, &line) ||
			    !split_key_value(md, line, &key, &value, &bold))
				continue;
			bool is_known = known_key(md, key);
			known += is_known;
			pairs++;
			if (pass == 1 && (bold || is_known))
				add_bullet_field(md, item, key, value);
		}
		if (!known || (keys_only && (pairs < items || known < 2)))
			return;
	}
	md->meta_found = true;
}

/* Finds "dato:" or "date:" (any case) in s; returns its offset or len. */
static size_t find_date_label(const char *s, size_t len)
{
	for (size_t i = 0; i + 5 <= len; i++) {
		char a = (char)(s[i] | 0x20), b = (char)(s[i + 1] | 0x20),
		     c = (char)(s[i + 2] | 0x20), d = (char)(s[i + 3] | 0x20);
		if (a == 'd' && b == 'a' && c == 't' && (d == 'o' || d == 'e') && s[i + 4] == ':')
			return i;
	}
	return len;
}

/* "[x] Godkendt af styregruppen - Dato: 2026-06-04" → status text and date. */
static void add_checkbox_status(md_reader *md, span heading_key, span text)
{
	const char *p = gl_md_span_ptr(md, text);
	size_t label = find_date_label(p, text.len);
	span status = {text.off, label};
	while (status.len && strchr(" \t-,;\xE2\x80\x93", p[status.len - 1]))
		status.len--; /* also the bytes of an en dash */
	if (label < text.len) {
		span date = {text.off + label + 5, text.len - label - 5};
		gl_md_trim(md, &date);
		if (date.len) {
			md->r->checkbox_date =
				gl_arena_strndup(&md->r->arena, gl_md_span_ptr(md, date), date.len);
			md->r->checkbox_date_pos = gl_md_pos_of(md, date.off);
		}
	}
	add_field(md, heading_key, status, GOVLOG_META_CHECKBOX);
}

/* A "## Status" checklist: the last ticked box is the status. False when not a checklist. */
static bool read_checklist(md_reader *md, cmark_node *list, span heading_key)
{
	span ticked = {0, 0};
	bool any_box = false, any_ticked = false;
	for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
		span after;
		char box = item_box(md, item, &after);
		any_box = any_box || box;
		if (box == 'x') {
			ticked = after;
			any_ticked = true;
		}
	}
	if (!any_box)
		return false;
	if (any_ticked)
		add_checkbox_status(md, heading_key, ticked);
	else
		add_field(md, heading_key, (span){gl_md_first_line(md, list).off, 0},
			  GOVLOG_META_CHECKBOX);
	return true;
}

/* "Supersedes [2. Use Y](0002-use-y.md)" / "Erstattet af …" lines in the Status section. */
static void read_relation(md_reader *md, span line)
{
	static const char *const words[] = {"superseded by", "erstattet af", "supersedes",
					    "erstatter"};
	const char *p = gl_md_span_ptr(md, line);
	for (size_t i = 0; i < GL_ARRAY_SIZE(words); i++) {
		size_t wl = strlen(words[i]);
		if (line.len <= wl || !gl_utf8_ieq(p, wl, words[i], wl) ||
		    (p[wl] != ' ' && p[wl] != ':'))
			continue;
		span key = {line.off, wl}, value = {line.off + wl, line.len - wl};
		gl_md_trim(md, &value);
		if (value.len && gl_md_span_ptr(md, value)[0] == ':') {
			value.off++;
			value.len--;
			gl_md_trim(md, &value);
		}
		add_field(md, key, value, GOVLOG_META_STATUS_SECTION);
		return;
	}
}

static void read_paragraph_relations(md_reader *md, cmark_node *para, bool skip_first)
{
	unsigned first = gl_md_file_line(md, para);
	unsigned last = md->line0 + (unsigned)cmark_node_get_end_line(para);
	for (unsigned line = first; line <= last; line++) {
		span s = line == first ? gl_md_first_line(md, para) : gl_md_line_from(md, line, 1);
		gl_md_trim(md, &s);
		if (!(skip_first && line == first))
			read_relation(md, s);
	}
}

/*
 * A link line where the status should be: `adr new -s` removes the "Accepted"
 * above "Supersedes [2. A](0002-a.md)" (or "Amends [1. B](…)") and adds
 * "Superseded by …" below, so the status is a later paragraph.
 */
static bool link_line_first(md_reader *md, span s)
{
	const char *p = gl_md_span_ptr(md, s);
	size_t wl, note;
	bool successor;
	if (gl_vocab_relation(p, s.len, &wl, &successor))
		return !successor;
	if (gl_vocab_status(p, s.len, &note, NULL) != GOVLOG_STATUS_UNKNOWN || !s.len ||
	    p[s.len - 1] != ')')
		return false;
	for (size_t i = 0; i + 1 < s.len; i++)
		if (p[i] == ']' && p[i + 1] == '(')
			return i > 0 && memchr(p, '[', i) != NULL && memchr(p, '[', i) != p;
	return false;
}

/* A block inside the "## Status" section. */
void gl_md_read_status_block(md_reader *md, cmark_node *node, span heading_key)
{
	cmark_node_type type = cmark_node_get_type(node);
	if (md->status_done) {
		if (type == CMARK_NODE_PARAGRAPH)
			read_paragraph_relations(md, node, false);
		return;
	}
	if (type == CMARK_NODE_PARAGRAPH) {
		span s = gl_md_first_line(md, node);
		gl_md_trim(md, &s);
		if (link_line_first(md, s)) {
			read_paragraph_relations(md, node, false);
			return;
		}
		add_field(md, heading_key, s, GOVLOG_META_STATUS_SECTION);
		read_relation(md, s);
		read_paragraph_relations(md, node, true);
		md->status_done = true;
	} else if (type == CMARK_NODE_LIST) {
		if (!read_checklist(md, node, heading_key)) {
			span s;
			if (item_line(md, cmark_node_first_child(node), &s))
				add_field(md, heading_key, s, GOVLOG_META_STATUS_SECTION);
		}
		md->status_done = true;
	}
}

void gl_md_read_date_block(md_reader *md, cmark_node *node, span heading_key)
{
	md->in_date = false; /* only the section's first block */
	if (cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH ||
	    gl_record_find_field(md->r, "date") != GL_NO_FIELD)
		return;
	span s = gl_md_first_line(md, node);
	clean_value(md, &s);
	if (s.len)
		add_field(md, heading_key, s, GOVLOG_META_STATUS_SECTION);
}
