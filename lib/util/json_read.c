/* Reading JSON text into a tree of values in one arena, strictly, with a depth limit. */
#include "util/json_read.h"

#include <stdint.h>
#include <string.h>

#include "util/buf.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/vec.h"
#include "util/banned.h"

#define MAX_DEPTH 64

typedef struct reader {
	const char *s;
	size_t len, at;
	gl_arena *arena;
	int depth;
	gl_buf scratch; /* a string while it is decoded */
} reader;

/* "line 3, column 7: …" for the reader's position (columns count bytes). */
static int fail(const reader *r, const char *what)
{
	size_t line = 1, col = 1;
	for (size_t i = 0; i < r->at && i < r->len; i++) {
		col = r->s[i] == '\n' ? 1 : col + 1;
		line += r->s[i] == '\n';
	}
	return gl_error_set(GOVLOG_EINVALID, "line %zu, column %zu: %s", line, col, what);
}

static void skip_blanks(reader *r)
{
	while (r->at < r->len && (r->s[r->at] == ' ' || r->s[r->at] == '\t' ||
				  r->s[r->at] == '\n' || r->s[r->at] == '\r'))
		r->at++;
}

static bool take(reader *r, char c)
{
	skip_blanks(r);
	if (r->at < r->len && r->s[r->at] == c) {
		r->at++;
		return true;
	}
	return false;
}

static int hex4(reader *r, uint32_t *out)
{
	*out = 0;
	for (int i = 0; i < 4; i++, r->at++) {
		char c = r->at < r->len ? r->s[r->at] : '\0';
		int d = c >= '0' && c <= '9'   ? c - '0'
			: c >= 'a' && c <= 'f' ? c - 'a' + 10
			: c >= 'A' && c <= 'F' ? c - 'A' + 10
					       : -1;
		if (d < 0)
			return fail(r, "expected four hexadecimal digits after \\u");
		*out = *out * 16 + (uint32_t)d;
	}
	return 0;
}

/* After "\u": one code point, a surrogate pair read whole. */
static int escaped_code_point(reader *r)
{
	uint32_t cp, low;
	int rc = hex4(r, &cp);
	if (!rc && cp >= 0xd800 && cp < 0xdc00) {
		if (r->at + 2 > r->len || r->s[r->at] != '\\' || r->s[r->at + 1] != 'u')
			return fail(r, "a high surrogate without its low one");
		r->at += 2;
		if ((rc = hex4(r, &low)) == 0 && (low < 0xdc00 || low > 0xdfff))
			return fail(r, "a high surrogate without its low one");
		cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
	} else if (!rc && cp >= 0xdc00 && cp < 0xe000) {
		return fail(r, "a low surrogate without its high one");
	}
	if (!rc && cp == 0)
		return fail(r, "a NUL character (\\u0000) in a string");
	if (!rc)
		gl_utf8_encode(&r->scratch, cp);
	return rc;
}

static int escape(reader *r)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	char c = r->at < r->len ? r->s[r->at++] : '\0';
	if (c == 'u')
		return escaped_code_point(r);
	const char *p = c ? strchr(from, c) : NULL;
	if (!p)
		return fail(r, "an unknown escape in a string");
	gl_buf_putc(&r->scratch, to[p - from]);
	return 0;
}

/* A string, its opening quote taken: decoded into the arena. */
static int string(reader *r, const char **out)
{
	gl_buf_clear(&r->scratch);
	for (;;) {
		if (r->at >= r->len)
			return fail(r, "a string never closed");
		unsigned char c = (unsigned char)r->s[r->at++];
		if (c == '"')
			break;
		if (c < 0x20) {
			r->at--; /* named where it is */
			return fail(r, "a control character in a string");
		}
		int rc = c == '\\' ? escape(r) : (gl_buf_putc(&r->scratch, (char)c), 0);
		if (rc)
			return rc;
	}
	*out = gl_arena_strndup(r->arena, r->scratch.ptr ? r->scratch.ptr : "", r->scratch.len);
	return 0;
}

static size_t digits(const reader *r, size_t at)
{
	size_t n = 0;
	while (at + n < r->len && r->s[at + n] >= '0' && r->s[at + n] <= '9')
		n++;
	return n;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static int number(reader *r, gl_jvalue *v)
{
	size_t start = r->at, at = r->at + (r->s[r->at] == '-'), n = digits(r, at);
	if (!n || (n > 1 && r->s[at] == '0'))
		return fail(r, "a number JSON does not allow");
	at += n;
	if (at < r->len && r->s[at] == '.') {
		if (!(n = digits(r, at + 1)))
			return fail(r, "a number JSON does not allow");
		at += 1 + n;
	}
	if (at < r->len && (r->s[at] == 'e' || r->s[at] == 'E')) {
		at += at + 1 < r->len && (r->s[at + 1] == '+' || r->s[at + 1] == '-') ? 2 : 1;
		if (!(n = digits(r, at)))
			return fail(r, "a number JSON does not allow");
		at += n;
	}
	v->type = GL_JSON_NUMBER;
	v->text = gl_arena_strndup(r->arena, r->s + start, at - start);
	r->at = at;
	return 0;
}

static int value(reader *r, gl_jvalue *v);

/* The items (and for an object the keys) gathered, moved into the arena. */
static void keep_items(reader *r, gl_jvalue *v, gl_jvalue *items, const char **keys, size_t n)
{
	v->count = n;
	v->items = gl_arena_alloc(r->arena, (n ? n : 1) * sizeof(*items));
	if (n)
		memcpy(v->items, items, n * sizeof(*items));
	if (v->type != GL_JSON_OBJECT)
		return;
	v->keys = gl_arena_alloc(r->arena, (n ? n : 1) * sizeof(*keys));
	if (n)
		memcpy(v->keys, keys, n * sizeof(*keys));
}

/* An array or object, its opening bracket taken. */
static int container(reader *r, gl_jvalue *v, bool object)
{
	GL_VEC(gl_jvalue) items = {0};
	GL_VEC(const char *) keys = {0};
	char close = object ? '}' : ']';
	int rc = 0;
	v->type = object ? GL_JSON_OBJECT : GL_JSON_ARRAY;
	if (++r->depth > MAX_DEPTH) {
		r->at--; /* at the bracket that goes too deep */
		rc = fail(r, "nested deeper than 64");
	}
	bool done = !rc && take(r, close);
	while (!rc && !done) {
		const char *key = NULL;
		gl_jvalue item = {0};
		if (object && (!take(r, '"') || (rc = string(r, &key)) != 0 || !take(r, ':')))
			rc = rc ? rc : fail(r, key ? "expected ':'" : "expected a member's name");
		if (!rc)
			rc = value(r, &item);
		if (!rc && object)
			gl_vec_push(&keys, key);
		if (!rc)
			gl_vec_push(&items, item);
		if (!rc && !(done = take(r, close)) && !take(r, ','))
			rc = fail(r, object ? "expected ',' or '}'" : "expected ',' or ']'");
	}
	if (!rc)
		keep_items(r, v, items.items, keys.items, items.len);
	r->depth--;
	gl_vec_free(&items);
	gl_vec_free(&keys);
	return rc;
}

static bool word(reader *r, const char *w)
{
	size_t n = strlen(w);
	if (r->len - r->at < n || memcmp(r->s + r->at, w, n))
		return false;
	r->at += n;
	return true;
}

static int value(reader *r, gl_jvalue *v)
{
	memset(v, 0, sizeof(*v));
	skip_blanks(r);
	if (r->at >= r->len)
		return fail(r, "expected a value");
	char c = r->s[r->at];
	if (c == '{' || c == '[') {
		r->at++;
		return container(r, v, c == '{');
	}
	if (c == '"') {
		r->at++;
		v->type = GL_JSON_STRING;
		return string(r, &v->text);
	}
	if (c == '-' || (c >= '0' && c <= '9'))
		return number(r, v);
	if (word(r, "true") || word(r, "false")) {
		v->type = GL_JSON_BOOL;
		v->boolean = c == 't';
		return 0;
	}
	if (word(r, "null"))
		return 0;
	return fail(r, "expected a value");
}

int gl_json_read(const gl_jvalue **out, gl_arena *arena, const char *text, size_t len)
{
	reader r = {text, len, 0, arena, 0, GL_BUF_INIT};
	gl_jvalue *root = gl_arena_alloc(arena, sizeof(*root));
	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3)) /* a BOM some editors write */
		r.at = 3;
	int rc = value(&r, root);
	skip_blanks(&r);
	if (!rc && r.at < r.len)
		rc = fail(&r, "text after the value");
	gl_buf_release(&r.scratch);
	*out = rc ? NULL : root;
	return rc;
}

const gl_jvalue *gl_json_member(const gl_jvalue *object, const char *key)
{
	if (!object || object->type != GL_JSON_OBJECT)
		return NULL;
	for (size_t i = 0; i < object->count; i++)
		if (!strcmp(object->keys[i], key))
			return &object->items[i];
	return NULL;
}

const char *gl_json_string_of(const gl_jvalue *v)
{
	return v && v->type == GL_JSON_STRING ? v->text : NULL;
}
