/*
 * YAML front matter with libyaml's event API: aliases are never expanded (no
 * alias bombs), nesting is skipped without recursion, and the event count is
 * capped, so hostile front matter costs bounded time and memory.
 */
#include "record/frontmatter.h"
#include "record/parse.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "diag/texts.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/strmap.h"
#include "util/utf8.h"
#include "util/banned.h"

enum { GL_FRONTMATTER_MAX_EVENTS = 100000 };

/* True when line n is exactly `delim` (trailing blanks allowed). */
static bool line_is(const gl_text *t, unsigned n, const char *delim)
{
	size_t s = gl_text_line_start(t, n), e = gl_text_line_end(t, n);
	size_t dl = strlen(delim);
	if (e - s < dl || memcmp(t->data + s, delim, dl))
		return false;
	for (size_t i = s + dl; i < e; i++)
		if (t->data[i] != ' ' && t->data[i] != '\t')
			return false;
	return true;
}

size_t gl_frontmatter_split(govlog_record *r)
{
	const gl_text *t = &r->text;
	unsigned lines = gl_text_line_count(t);
	if (!lines || !line_is(t, 1, "---"))
		return 0;
	r->has_frontmatter = true;
	for (unsigned n = 2; n <= lines; n++) {
		if (line_is(t, n, "---") || line_is(t, n, "...")) {
			size_t yaml_off = gl_text_line_start(t, 2);
			size_t yaml_end = gl_text_line_start(t, n);
			gl_frontmatter_read(r, yaml_off, yaml_end - yaml_off);
			return gl_text_line_start(t, n + 1);
		}
	}
	r->frontmatter_error = gl_lang_text(GOVLOG_LANG_EN, GL_T_FM_UNCLOSED);
	r->frontmatter_error_text = GL_T_FM_UNCLOSED;
	r->frontmatter_error_pos = (govlog_pos){1, 1};
	return 0;
}

enum { GL_FRONTMATTER_MAX_BRACES = 64 };

/* A top-level "key: {…}" line: the template's braces, kept from libyaml. */
typedef struct fm_brace {
	unsigned line;
	size_t open, close; /* offsets of '{' and '}' in the record's text */
} fm_brace;

typedef struct fm_reader {
	govlog_record *r;
	yaml_parser_t parser;
	unsigned first_line; /* file line of the YAML text's first line */
	size_t events;
	fm_brace braces[GL_FRONTMATTER_MAX_BRACES];
	size_t brace_count;
	gl_str_map *keys; /* top-level key → index of its field */
	const char *yaml; /* the text libyaml reads */
} fm_reader;

static govlog_pos mark_pos(const fm_reader *fm, yaml_mark_t m)
{
	govlog_pos p = {fm->first_line + (unsigned)m.line, (unsigned)m.column + 1};
	return p;
}

/* Records the first error: in English, and as its message-table row for the rules. */
static void fm_fail_with(fm_reader *fm, gl_text_id id, govlog_pos pos, const char *problem,
			 const char *context, govlog_pos from)
{
	govlog_record *r = fm->r;
	if (r->frontmatter_error)
		return;
	gl_buf msg = GL_BUF_INIT;
	gl_lang_printf(&msg, GOVLOG_LANG_EN, id, problem, context, from.line, from.col);
	r->frontmatter_error = gl_arena_strdup(&r->arena, msg.ptr);
	gl_buf_release(&msg);
	r->frontmatter_error_text = id;
	r->frontmatter_error_problem = problem ? gl_arena_strdup(&r->arena, problem) : NULL;
	r->frontmatter_error_context = context ? gl_arena_strdup(&r->arena, context) : NULL;
	r->frontmatter_error_from = from;
	r->frontmatter_error_pos = pos;
}

static void fm_fail(fm_reader *fm, gl_text_id id, govlog_pos pos)
{
	fm_fail_with(fm, id, pos, NULL, NULL, (govlog_pos){0, 0});
}

/* Next event, or false after recording the parse error. */
static bool fm_next(fm_reader *fm, yaml_event_t *ev)
{
	if (++fm->events > GL_FRONTMATTER_MAX_EVENTS) {
		fm_fail(fm, GL_T_FM_TOO_COMPLEX, (govlog_pos){fm->first_line, 1});
		return false;
	}
	if (yaml_parser_parse(&fm->parser, ev))
		return true;
	const char *problem = fm->parser.problem ? fm->parser.problem : "error";
	govlog_pos at = mark_pos(fm, fm->parser.problem_mark);
	if (!fm->parser.context) {
		fm_fail_with(fm, GL_T_FM_INVALID, at, problem, NULL, (govlog_pos){0, 0});
		return false;
	}
	/* "while scanning a quoted scalar" helps only with where it began. */
	govlog_pos start = mark_pos(fm, fm->parser.context_mark);
	if (start.line != at.line)
		fm_fail_with(fm, GL_T_FM_INVALID_CONTEXT_AT, at, problem, fm->parser.context,
			     start);
	else
		fm_fail_with(fm, GL_T_FM_INVALID_CONTEXT, at, problem, fm->parser.context,
			     (govlog_pos){0, 0});
	return false;
}

/* Skips the rest of a nested collection whose start event was just read. */
static bool fm_skip_collection(fm_reader *fm)
{
	size_t depth = 1;
	while (depth) {
		yaml_event_t ev;
		if (!fm_next(fm, &ev))
			return false;
		if (ev.type == YAML_SEQUENCE_START_EVENT || ev.type == YAML_MAPPING_START_EVENT)
			depth++;
		else if (ev.type == YAML_SEQUENCE_END_EVENT || ev.type == YAML_MAPPING_END_EVENT)
			depth--;
		yaml_event_delete(&ev);
	}
	return true;
}

/* A sequence value: its scalar items joined with ", " (deciders: [a, b]). */
static bool fm_read_sequence(fm_reader *fm, gl_buf *out)
{
	for (;;) {
		yaml_event_t ev;
		if (!fm_next(fm, &ev))
			return false;
		yaml_event_type_t type = ev.type;
		if (type == YAML_SCALAR_EVENT) {
			if (out->len)
				gl_buf_puts(out, ", ");
			gl_buf_put(out, ev.data.scalar.value, ev.data.scalar.length);
		}
		yaml_event_delete(&ev);
		if (type == YAML_SEQUENCE_END_EVENT)
			return true;
		if ((type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT) &&
		    !fm_skip_collection(fm))
			return false;
	}
}

/* A value in braces: the field gets the text inside; the record remembers how it was written. */
static void add_braced_field(fm_reader *fm, const char *key, size_t key_len, govlog_pos key_pos,
			     const char *written, size_t written_len, govlog_pos pos)
{
	gl_record_add_wrapped_field(fm->r, key, key_len, written, written_len, key_pos, pos,
				    GOVLOG_META_FRONTMATTER);
}

static const fm_brace *brace_on_line(const fm_reader *fm, unsigned line)
{
	for (size_t i = 0; i < fm->brace_count; i++)
		if (fm->braces[i].line == line)
			return &fm->braces[i];
	return NULL;
}

/* Whether the quoted scalar at `index` opens with a written '{' (not an escaped "\x7B"). */
static bool opens_brace(const fm_reader *fm, size_t index)
{
	return fm->yaml[index] && fm->yaml[index + 1] == '{';
}

/* Reads one value event after a key and adds the field. */
static bool fm_read_value(fm_reader *fm, const char *key, size_t key_len, govlog_pos key_pos)
{
	yaml_event_t ev;
	if (!fm_next(fm, &ev))
		return false;
	govlog_pos pos = mark_pos(fm, ev.start_mark);
	size_t pos_index = ev.start_mark.index;
	gl_buf value = GL_BUF_INIT;
	bool ok = true, quoted = false;
	if (ev.type == YAML_SCALAR_EVENT) {
		gl_buf_put(&value, ev.data.scalar.value, ev.data.scalar.length);
		quoted = ev.data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
			 ev.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	} else if (ev.type == YAML_SEQUENCE_START_EVENT) {
		ok = fm_read_sequence(fm, &value);
	} else if (ev.type == YAML_MAPPING_START_EVENT) {
		ok = fm_skip_collection(fm);
	}
	/* An alias is left empty: expanding it is how alias bombs explode. */
	yaml_event_delete(&ev);
	const fm_brace *brace = brace_on_line(fm, key_pos.line);
	const char *t = fm->r->text.data;
	if (!ok) {
		/* nothing to add */
	} else if (brace && !value.len) {
		add_braced_field(fm, key, key_len, key_pos, t + brace->open,
				 brace->close - brace->open + 1,
				 gl_text_pos(&fm->r->text, brace->open));
	} else if (quoted && value.len > 1 && value.ptr[0] == '{' && opens_brace(fm, pos_index) &&
		   (value.ptr[value.len - 1] == '}' || !memchr(value.ptr, '}', value.len))) {
		add_braced_field(fm, key, key_len, key_pos, value.ptr, value.len, pos);
	} else {
		gl_record_add_field(fm->r, key, key_len, value.ptr, value.len, key_pos, pos,
				    GOVLOG_META_FRONTMATTER);
	}
	gl_buf_release(&value);
	return ok;
}

/* Notes a key the mapping already had (first and second place); new keys are remembered. */
static void note_key(fm_reader *fm, const gl_buf *key, govlog_pos pos)
{
	govlog_record *r = fm->r;
	size_t first;
	if (!fm->keys)
		fm->keys = gl_str_map_new();
	if (!gl_str_map_get(fm->keys, key->ptr, &first)) {
		gl_str_map_put(fm->keys, key->ptr, r->fields.len);
		return;
	}
	const govlog_field *f = &r->fields.items[first];
	gl_duplicate_key d = {f->key, f->key_pos, pos};
	gl_vec_push(&r->duplicate_keys, d);
}

/* Reads the top-level mapping's pairs until its end. */
static void fm_read_mapping(fm_reader *fm)
{
	for (;;) {
		yaml_event_t ev;
		if (!fm_next(fm, &ev))
			return;
		if (ev.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&ev);
			return;
		}
		if (ev.type != YAML_SCALAR_EVENT) {
			fm_fail(fm, GL_T_FM_KEYS_PLAIN, mark_pos(fm, ev.start_mark));
			yaml_event_delete(&ev);
			return;
		}
		gl_buf key = GL_BUF_INIT;
		gl_buf_put(&key, ev.data.scalar.value, ev.data.scalar.length);
		govlog_pos key_pos = mark_pos(fm, ev.start_mark);
		yaml_event_delete(&ev);
		note_key(fm, &key, key_pos);
		bool ok = fm_read_value(fm, key.ptr, key.len, key_pos);
		gl_buf_release(&key);
		if (!ok)
			return;
	}
}

/* Walks stream → document → mapping; anything else at the top is an error. */
static void fm_read_document(fm_reader *fm)
{
	for (;;) {
		yaml_event_t ev;
		if (!fm_next(fm, &ev))
			return;
		yaml_event_type_t type = ev.type;
		govlog_pos pos = mark_pos(fm, ev.start_mark);
		yaml_event_delete(&ev);
		switch (type) {
		case YAML_STREAM_START_EVENT:
		case YAML_DOCUMENT_START_EVENT:
			continue;
		case YAML_MAPPING_START_EVENT:
			fm_read_mapping(fm);
			return;
		case YAML_STREAM_END_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			return; /* empty front matter */
		default:
			fm_fail(fm, GL_T_FM_NOT_MAPPING, pos);
			return;
		}
	}
}

/*
 * The offset of the '}' that closes a one-line "{…}" value opened at `open`,
 * or 0 when the braces are YAML's own: a mapping ("{a: 1}"), nested braces,
 * or text after them other than a comment.
 */
static size_t closing_brace(const char *t, size_t open, size_t end)
{
	size_t close = 0;
	for (size_t i = open + 1; i < end && !close; i++) {
		if (t[i] == '{' || (t[i] == ':' && (i + 1 == end || t[i + 1] == ' ')))
			return 0;
		if (t[i] == '}')
			close = i;
	}
	size_t i = close + 1;
	while (close && i < end && (t[i] == ' ' || t[i] == '\t'))
		i++;
	return close && (i == end || t[i] == '#') ? close : 0;
}

/*
 * Finds the top-level "key: {…}" lines of the front matter (lines first..last)
 * and blanks their braces in `yaml`, the copy libyaml reads: "{ accepted }"
 * would be a mapping, and MADR 3's "{… | superseded by [ADR-0005](…)}" no
 * YAML at all. The field takes the text inside instead (fm_read_value).
 */
static void find_braces(fm_reader *fm, char *yaml, size_t yaml_off, unsigned first, unsigned last)
{
	const gl_text *text = &fm->r->text;
	const char *t = text->data;
	for (unsigned n = first; n <= last && fm->brace_count < GL_FRONTMATTER_MAX_BRACES; n++) {
		size_t s = gl_text_line_start(text, n), e = gl_text_line_end(text, n), i = s;
		if (s == e || !(gl_isalnum(t[s]) || (unsigned char)t[s] >= 0x80))
			continue;
		while (i < e &&
		       !(t[i] == ':' && i + 1 < e && (t[i + 1] == ' ' || t[i + 1] == '\t')))
			i++;
		for (i++; i < e && (t[i] == ' ' || t[i] == '\t');)
			i++;
		size_t close = i < e && t[i] == '{' ? closing_brace(t, i, e) : 0;
		if (!close)
			continue;
		fm->braces[fm->brace_count++] = (fm_brace){n, i, close};
		memset(yaml + (i - yaml_off), ' ', close - i + 1);
	}
}

/*
 * A value on the line where YAML broke off was cut there ("title: ADR002:
 * Default format" is read as "ADR002" up to its second colon): it is not
 * what the author wrote, so it is no field.
 */
static void drop_cut_values(govlog_record *r)
{
	if (!r->frontmatter_error)
		return;
	size_t kept = 0;
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (f->style == GOVLOG_META_FRONTMATTER &&
		    f->value_pos.line == r->frontmatter_error_pos.line)
			continue;
		r->fields.items[kept++] = *f;
	}
	r->fields.len = kept;
}

void gl_frontmatter_read(govlog_record *r, size_t yaml_off, size_t yaml_len)
{
	fm_reader fm = {.r = r, .first_line = 2};
	if (!yaml_parser_initialize(&fm.parser)) {
		fm_fail(&fm, GL_T_FM_PARSER_START, (govlog_pos){1, 1});
		return;
	}
	char *yaml = gl_xstrndup(r->text.data + yaml_off, yaml_len);
	unsigned last = gl_text_pos(&r->text, yaml_off + yaml_len).line - 1;
	find_braces(&fm, yaml, yaml_off, fm.first_line, last);
	yaml_parser_set_input_string(&fm.parser, (const unsigned char *)yaml, yaml_len);
	yaml_parser_set_encoding(&fm.parser, YAML_UTF8_ENCODING);
	fm.yaml = yaml;
	fm_read_document(&fm);
	drop_cut_values(r);
	gl_str_map_free(fm.keys);
	yaml_parser_delete(&fm.parser);
	free(yaml);
}

char *gl_yaml_scalar_of_key(const char *yaml, size_t len, const char *key)
{
	yaml_parser_t p;
	char *found = NULL;
	if (!yaml_parser_initialize(&p))
		return NULL;
	yaml_parser_set_input_string(&p, (const unsigned char *)yaml, len);
	bool want_value = false, done = false;
	for (size_t events = 0; events < 10000 && !done; events++) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&p, &ev))
			break;
		done = ev.type == YAML_STREAM_END_EVENT;
		if (ev.type == YAML_SCALAR_EVENT) {
			const char *v = (const char *)ev.data.scalar.value;
			if (want_value) {
				found = gl_xstrndup(v, ev.data.scalar.length);
				done = true;
			}
			want_value = !want_value && !strcmp(v, key);
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	return found;
}

enum { YTREE_MAX_NODES = 100000, YTREE_MAX_DEPTH = 64 };

typedef struct ybuilder {
	gl_ytree *t;
	yaml_document_t doc;
	size_t built;
} ybuilder;

static gl_ynode *build(ybuilder *b, int index, int depth)
{
	yaml_node_t *n = yaml_document_get_node(&b->doc, index);
	if (!n || depth > YTREE_MAX_DEPTH || ++b->built > YTREE_MAX_NODES)
		return NULL;
	gl_ynode *y = gl_arena_alloc(&b->t->arena, sizeof(*y));
	*y = (gl_ynode){GL_Y_SCALAR,
			"",
			{(unsigned)n->start_mark.line + 1, (unsigned)n->start_mark.column + 1},
			NULL,
			0};
	if (n->type == YAML_SCALAR_NODE) {
		y->value = gl_arena_strndup(&b->t->arena, (const char *)n->data.scalar.value,
					    n->data.scalar.length);
		return y;
	}
	bool seq = n->type == YAML_SEQUENCE_NODE;
	size_t count = seq ? (size_t)(n->data.sequence.items.top - n->data.sequence.items.start)
			   : 2 * (size_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start);
	y->type = seq ? GL_Y_SEQUENCE : GL_Y_MAPPING;
	y->items = gl_arena_alloc(&b->t->arena, (count ? count : 1) * sizeof(gl_ynode *));
	for (size_t i = 0; i < count; i++) {
		yaml_node_pair_t *pair = seq ? NULL : &n->data.mapping.pairs.start[i / 2];
		int child =
			seq ? n->data.sequence.items.start[i] : (i % 2 ? pair->value : pair->key);
		if (!(y->items[i] = build(b, child, depth + 1)))
			return NULL;
	}
	y->count = count;
	return y;
}

int gl_ytree_load(gl_ytree *t, const char *text, size_t len, const char **error, govlog_pos *pos)
{
	ybuilder b = {.t = t};
	yaml_parser_t parser;
	memset(t, 0, sizeof(*t));
	*error = NULL;
	if (!yaml_parser_initialize(&parser))
		return -1;
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	int rc = 0;
	if (!yaml_parser_load(&parser, &b.doc)) {
		gl_buf msg = GL_BUF_INIT;
		gl_buf_printf(&msg, "invalid YAML: %s", parser.problem ? parser.problem : "error");
		*error = gl_arena_strdup(&t->arena, msg.ptr);
		t->problem = gl_arena_strdup(&t->arena, parser.problem ? parser.problem : "error");
		if (parser.context) {
			t->context = gl_arena_strdup(&t->arena, parser.context);
			t->context_pos = (govlog_pos){(unsigned)parser.context_mark.line + 1,
						      (unsigned)parser.context_mark.column + 1};
		}
		*pos = (govlog_pos){(unsigned)parser.problem_mark.line + 1,
				    (unsigned)parser.problem_mark.column + 1};
		gl_buf_release(&msg);
		rc = -1;
	} else {
		if (yaml_document_get_root_node(&b.doc) && !(t->root = build(&b, 1, 0))) {
			*error = "the YAML is too large or too deeply nested";
			*pos = (govlog_pos){1, 1};
			rc = -1;
		}
		yaml_document_delete(&b.doc);
	}
	yaml_parser_delete(&parser);
	return rc;
}

void gl_ytree_release(gl_ytree *t)
{
	gl_arena_release(&t->arena);
	t->root = NULL;
}

const gl_ynode *gl_ynode_get(const gl_ynode *map, const char *key)
{
	for (size_t i = 0; map && map->type == GL_Y_MAPPING && i + 1 < map->count; i += 2)
		if (map->items[i]->type == GL_Y_SCALAR && !strcmp(map->items[i]->value, key))
			return map->items[i + 1];
	return NULL;
}
