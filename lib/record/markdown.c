/*
 * The Markdown body with cmark-gfm, read as GitHub shows it: the title, the
 * sections, the links (bare URLs too), and the metadata written as Markdown
 * (bold-key bullets, "Key: value" lines, a "## Status" section). cmark gives
 * the block structure and line numbers; values and their columns are read
 * from the raw lines so positions are exact.
 */
#include "record/parse.h"

#include <string.h>

#include "record/markdown.h"
#include "record/parts.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/banned.h"

typedef struct md_reader {
	govlog_record *r;
	unsigned line0; /* file line of the body's first line, minus one */
	size_t sections_seen;
	bool section_has_content;
	bool meta_found;
	bool in_status;
	bool status_done;
} md_reader;

typedef struct span {
	size_t off, len; /* bytes in the record's text */
} span;

static const char *span_ptr(const md_reader *md, span s)
{
	return md->r->text.data + s.off;
}

void gl_md_plain_text(cmark_node *node, gl_buf *out)
{
	cmark_iter *it = cmark_iter_new(node);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if (ev != CMARK_EVENT_ENTER)
			continue;
		cmark_node *n = cmark_iter_get_node(it);
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			gl_buf_puts(out, cmark_node_get_literal(n));
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			gl_buf_putc(out, ' ');
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
}

static unsigned file_line(const md_reader *md, cmark_node *n)
{
	return md->line0 + (unsigned)cmark_node_get_start_line(n);
}

/* Line `line` of the file from byte column `col` (1-based) to its end. */
static span line_from(const md_reader *md, unsigned line, unsigned col)
{
	size_t s = gl_text_offset(&md->r->text, line, col);
	span sp = {s, gl_text_line_end(&md->r->text, line) - s};
	return sp;
}

/* The first line of a block's content. */
static span first_line(const md_reader *md, cmark_node *n)
{
	return line_from(md, file_line(md, n), (unsigned)cmark_node_get_start_column(n));
}

static void trim(const md_reader *md, span *s)
{
	const char *p = span_ptr(md, *s);
	while (s->len && (*p == ' ' || *p == '\t')) {
		p++;
		s->off++;
		s->len--;
	}
	while (s->len && (p[s->len - 1] == ' ' || p[s->len - 1] == '\t'))
		s->len--;
}

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
	const char *p = span_ptr(md, *v);
	for (size_t i = 0; i + 4 <= v->len; i++) {
		if (!memcmp(p + i, "<!--", 4) && !escaped_at(p, i)) {
			v->len = i;
			break;
		}
	}
	trim(md, v);
	p = span_ptr(md, *v);
	if (v->len && p[v->len - 1] == '\\' && !escaped_at(p, v->len - 1))
		v->len--;
	trim(md, v);
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

static govlog_pos pos_of(const md_reader *md, size_t off)
{
	return gl_text_pos(&md->r->text, off);
}

static void add_field(md_reader *md, span key, span value, govlog_meta_style style)
{
	gl_buf v = GL_BUF_INIT;
	unescape(&v, span_ptr(md, value), value.len);
	gl_record_add_field(md->r, span_ptr(md, key), key.len, v.ptr, v.len, pos_of(md, key.off),
			    pos_of(md, value.off), style);
	gl_buf_release(&v);
}

/*
 * Splits "**Key**: value", "**Key:** value", "__Key__: value" or "Key: value"
 * into key and value. *bold tells which. False when the line is neither.
 */
static bool split_key_value(const md_reader *md, span line, span *key, span *value, bool *bold)
{
	const char *p = span_ptr(md, line);
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
	trim(md, key);
	*value = (span){line.off + i, n - i};
	clean_value(md, value);
	return key->len > 0;
}

static bool known_key(const md_reader *md, span key)
{
	return gl_record_field_name(md->r, span_ptr(md, key), key.len) != NULL;
}

/* Whether line `line` of a paragraph is "Key: value" with a known key. */
static bool key_line(const md_reader *md, cmark_node *para, unsigned line, span *key, span *value)
{
	span s = line == file_line(md, para) ? first_line(md, para) : line_from(md, line, 1);
	bool bold;
	trim(md, &s);
	return split_key_value(md, s, key, value, &bold) && known_key(md, *key);
}

/*
 * "Key: value" lines of a paragraph under the title (adr-tools "Date: …").
 * After other text (`keys_only`), a paragraph is metadata only when every
 * line is a known key and there are two or more: prose stays prose.
 */
static void read_key_lines(md_reader *md, cmark_node *para, bool keys_only)
{
	unsigned first = file_line(md, para);
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
	*out = first_line(md, para);
	trim(md, out);
	return true;
}

/*
 * An item's first line after its bullet or number ("- ", "1. "), as written:
 * GitHub's task lists take the "[x] " out of the item's paragraph.
 */
static bool item_marker_line(const md_reader *md, cmark_node *item, span *out)
{
	span s = line_from(md, file_line(md, item), (unsigned)cmark_node_get_start_column(item));
	const char *p = span_ptr(md, s);
	size_t i = 0;
	while (i < s.len && i < 9 && gl_isdigit(p[i]))
		i++;
	if (i >= s.len || !strchr(i ? ".)" : "-*+", p[i]))
		return false;
	s.off += i + 1;
	s.len -= i + 1;
	trim(md, &s);
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
	const char *p = span_ptr(md, line);
	if (p[0] != '[' || p[2] != ']' || !strchr(" xX", p[1]))
		return '\0';
	*after = (span){line.off + 3, line.len - 3};
	trim(md, after);
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
			if (out->len)
				gl_buf_puts(out, ", ");
			gl_buf_put(out, span_ptr(md, s), s.len);
		}
	}
}

static bool read_checklist(md_reader *md, cmark_node *list, span heading_key);

/* "- **Status**:" over a task list: the last ticked box is the status, as under "## Status". */
static bool read_status_boxes(md_reader *md, cmark_node *item, span key)
{
	const char *name = gl_record_field_name(md->r, span_ptr(md, key), key.len);
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
	gl_record_add_field(md->r, span_ptr(md, key), key.len, list.ptr, list.len,
			    pos_of(md, key.off), pos_of(md, value.off), GOVLOG_META_BULLET);
	gl_buf_release(&list);
}

/*
 * A bullet list of metadata: taken when at least one item has a known key;
 * then every bold key is kept (unknown ones too), plain keys only when known.
 * After other text of the first section (`keys_only`) a list is metadata only
 * when every item is "Key: value" and two or more keys are known fields.
 */
static void read_bullets(md_reader *md, cmark_node *list, bool keys_only)
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
	const char *p = span_ptr(md, text);
	size_t label = find_date_label(p, text.len);
	span status = {text.off, label};
	while (status.len && strchr(" \t-,;\xE2\x80\x93", p[status.len - 1]))
		status.len--; /* also the bytes of an en dash */
	if (label < text.len) {
		span date = {text.off + label + 5, text.len - label - 5};
		trim(md, &date);
		if (date.len) {
			md->r->checkbox_date =
				gl_arena_strndup(&md->r->arena, span_ptr(md, date), date.len);
			md->r->checkbox_date_pos = pos_of(md, date.off);
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
		add_field(md, heading_key, (span){first_line(md, list).off, 0},
			  GOVLOG_META_CHECKBOX);
	return true;
}

/* "Supersedes [2. Use Y](0002-use-y.md)" / "Erstattet af …" lines in the Status section. */
static void read_relation(md_reader *md, span line)
{
	static const char *const words[] = {"superseded by", "erstattet af", "supersedes",
					    "erstatter"};
	const char *p = span_ptr(md, line);
	for (size_t i = 0; i < GL_ARRAY_SIZE(words); i++) {
		size_t wl = strlen(words[i]);
		if (line.len <= wl || !gl_utf8_ieq(p, wl, words[i], wl) ||
		    (p[wl] != ' ' && p[wl] != ':'))
			continue;
		span key = {line.off, wl}, value = {line.off + wl, line.len - wl};
		trim(md, &value);
		if (value.len && span_ptr(md, value)[0] == ':') {
			value.off++;
			value.len--;
			trim(md, &value);
		}
		add_field(md, key, value, GOVLOG_META_STATUS_SECTION);
		return;
	}
}

static void read_paragraph_relations(md_reader *md, cmark_node *para, bool skip_first)
{
	unsigned first = file_line(md, para);
	unsigned last = md->line0 + (unsigned)cmark_node_get_end_line(para);
	for (unsigned line = first; line <= last; line++) {
		span s = line == first ? first_line(md, para) : line_from(md, line, 1);
		trim(md, &s);
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
	const char *p = span_ptr(md, s);
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
static void read_status_block(md_reader *md, cmark_node *node, span heading_key)
{
	cmark_node_type type = cmark_node_get_type(node);
	if (md->status_done) {
		if (type == CMARK_NODE_PARAGRAPH)
			read_paragraph_relations(md, node, false);
		return;
	}
	if (type == CMARK_NODE_PARAGRAPH) {
		span s = first_line(md, node);
		trim(md, &s);
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

static bool is_status_heading(const char *text)
{
	size_t len = strlen(text);
	while (len && (text[len - 1] == ':' || text[len - 1] == ' '))
		len--;
	const char *canon = gl_vocab_field(text, len);
	return canon && !strcmp(canon, "status");
}

/* "[SDR] …" → "SDR"; "ADR 001 - …" → ("ADR", 1); "1. …" → (NULL, 1). */
static void read_title_markers(govlog_record *r, const char *t)
{
	size_t n = 0;
	if (t[0] == '[') {
		while (n < 6 && t[1 + n] >= 'A' && t[1 + n] <= 'Z')
			n++;
		if (n >= 2 && t[1 + n] == ']')
			r->title_type_code = gl_arena_strndup(&r->arena, t + 1, n);
		return;
	}
	while (n < 6 && t[n] >= 'A' && t[n] <= 'Z')
		n++;
	size_t i = n;
	if (n && (t[i] == ' ' || t[i] == '-'))
		i++;
	if (n && i == n)
		return;
	size_t digits = 0;
	unsigned long v = 0;
	while (digits < 6 && t[i + digits] >= '0' && t[i + digits] <= '9')
		v = v * 10 + (unsigned long)(t[i + digits++] - '0');
	char after = t[i + digits];
	if (!digits || (after != '.' && after != ' ' && after != ':' && after != '-'))
		return;
	r->title_id_number = v;
	if (n)
		r->title_id_letters = gl_arena_strndup(&r->arena, t, n);
}

/* Where a heading's text begins: after the indent, the '#' marks and the spaces. */
static size_t heading_text_off(const md_reader *md, cmark_node *node)
{
	span line = first_line(md, node);
	const char *p = span_ptr(md, line), *end = p + line.len;
	const char *q = p;
	while (q < end && *q == ' ')
		q++;
	while (q < end && *q == '#')
		q++;
	while (q < end && (*q == ' ' || *q == '\t'))
		q++;
	return line.off + (size_t)(q < end ? q - p : 0);
}

static void read_heading(md_reader *md, cmark_node *node)
{
	gl_buf text = GL_BUF_INIT;
	gl_md_plain_text(node, &text);
	int level = cmark_node_get_heading_level(node);
	govlog_pos pos = pos_of(md, first_line(md, node).off);
	govlog_record *r = md->r;
	if (level == 1 && !r->title) {
		const char *t = text.ptr;
		while (*t == ' ')
			t++;
		r->title = gl_arena_strdup(&r->arena, t);
		r->title_pos = pos_of(md, heading_text_off(md, node));
		read_title_markers(r, r->title);
	} else {
		govlog_section s = {gl_arena_strdup(&r->arena, text.ptr), level, pos, true};
		gl_vec_push(&r->sections, s);
		md->sections_seen++;
		md->section_has_content = false;
		md->in_status = is_status_heading(text.ptr);
	}
	gl_buf_release(&text);
}

/*
 * Where metadata may stand: under the title, and in the first section
 * ("## Beskrivelse af beslutningen") at its top or, as a block of keys, after
 * its opening text.
 */
typedef enum head_place { HEAD_NONE, HEAD_OPEN, HEAD_KEYS_ONLY } head_place;

static head_place in_head(const md_reader *md)
{
	if (md->sections_seen == 0)
		return HEAD_OPEN;
	if (md->sections_seen != 1 || md->meta_found)
		return HEAD_NONE;
	if (!md->section_has_content)
		return HEAD_OPEN;
	/* Front matter holds the metadata already: a list in the text is text. */
	return md->r->fields.len ? HEAD_NONE : HEAD_KEYS_ONLY;
}

/*
 * "Supersedes [ADR-0003](…)" / "Superseded by …" opening a line of text
 * outside the Status section: log4brains writes them as a "## Links" list,
 * others as a line under the title or in a quote.
 */
static void read_relation_lines(md_reader *md, cmark_node *para)
{
	unsigned first = file_line(md, para);
	unsigned last = md->line0 + (unsigned)cmark_node_get_end_line(para);
	for (unsigned line = first; line <= last; line++) {
		span s = line == first ? first_line(md, para) : line_from(md, line, 1);
		const char *p = span_ptr(md, s);
		while (s.len && strchr(" \t>*_", *p))
			p++, s.off++, s.len--;
		trim(md, &s);
		if (s.len)
			gl_record_add_relations(md->r, span_ptr(md, s), s.len, pos_of(md, s.off),
						false);
	}
}

static void read_relations(md_reader *md, cmark_node *node)
{
	if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH) {
		read_relation_lines(md, node);
		return;
	}
	cmark_iter *it = cmark_iter_new(node);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH)
			read_relation_lines(md, n);
	}
	cmark_iter_free(it);
}

static void read_block(md_reader *md, cmark_node *node)
{
	cmark_node_type type = cmark_node_get_type(node);
	if (type == CMARK_NODE_HEADING) {
		read_heading(md, node);
		return;
	}
	if (type == CMARK_NODE_HTML_BLOCK)
		return; /* comments do not make a section non-empty */
	if (md->in_status) {
		const govlog_section *s = &md->r->sections.items[md->r->sections.len - 1];
		span key = line_from(md, s->pos.line, 1);
		trim(md, &key);
		while (key.len && span_ptr(md, key)[0] == '#') {
			key.off++;
			key.len--;
		}
		trim(md, &key);
		read_status_block(md, node, key);
	} else if (in_head(md) != HEAD_NONE) {
		bool keys_only = in_head(md) == HEAD_KEYS_ONLY;
		if (type == CMARK_NODE_PARAGRAPH)
			read_key_lines(md, node, keys_only);
		else if (type == CMARK_NODE_LIST)
			read_bullets(md, node, keys_only);
	}
	/* The Status section's paragraphs give fields; its lists ("- Supersedes [3. …]") links. */
	if (!md->in_status || type == CMARK_NODE_LIST)
		read_relations(md, node);
	if (md->r->sections.len)
		md->r->sections.items[md->r->sections.len - 1].empty = false;
	md->section_has_content = true;
}

/*
 * The code blocks at any depth (indented, fenced, inside list items and
 * quotes): lines the rules that read prose pass over.
 */
static void read_code_lines(md_reader *md, cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_CODE_BLOCK)
			continue;
		gl_lines l = {file_line(md, n), md->line0 + (unsigned)cmark_node_get_end_line(n)};
		gl_vec_push(&md->r->code, l);
	}
	cmark_iter_free(it);
}

/* One part of the body, from a line start: its blocks in order, then its links. */
static void read_part(md_reader *md, size_t off, size_t len)
{
	md->line0 = gl_text_pos(&md->r->text, off).line - 1;
	cmark_node *doc = gl_md_parse(md->r->text.data + off, len, !md->r->invalid_utf8);
	for (cmark_node *n = cmark_node_first_child(doc); n; n = cmark_node_next(n))
		read_block(md, n);
	read_code_lines(md, doc);
	gl_md_read_links(md->r, doc, md->line0);
	gl_md_free(doc);
}

/*
 * A record without a level-1 heading takes its title from the front matter's
 * `title:`, as Jekyll pages (just-the-docs) and some MADR logs write it.
 */
static void title_from_field(govlog_record *r)
{
	const govlog_field *f = govlog_record_field(r, "title");
	if (r->title || !f || !f->value)
		return;
	const char *t = f->value;
	while (*t == ' ' || *t == '\t')
		t++;
	r->title = gl_arena_strdup(&r->arena, t);
	r->title_pos = f->value_pos;
	read_title_markers(r, r->title);
}

/* A long body is read in parts (record/parts.h): cmark's tree is never the whole record's. */
void gl_markdown_read(govlog_record *r, size_t body_off)
{
	md_reader md = {.r = r};
	size_t len = r->text.len - body_off, from = 0;
	gl_offsets cuts = {0};
	gl_md_cuts(r->text.data + body_off, len, &cuts);
	for (size_t i = 0; i <= cuts.len; i++) {
		size_t to = i < cuts.len ? cuts.items[i] : len;
		read_part(&md, body_off + from, to - from);
		from = to;
	}
	gl_vec_free(&cuts);
	title_from_field(r);
}
