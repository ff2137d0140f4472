/* Reading tag names as versions, SemVer precedence, formatting and the next version. */
#include "trace/semver.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/banned.h"

/* The text being read: s[0..len), position i. */
typedef struct reader {
	const char *s;
	size_t len, i;
} reader;

static bool is_ident_char(char c)
{
	return gl_isdigit(c) || gl_isalpha(c) || c == '-';
}

static char peek(const reader *r)
{
	return r->i < r->len ? r->s[r->i] : '\0';
}

/* "v", "version", "release-", "V_": letters and an optional '-' or '_' before the number. */
static void skip_letter_prefix(reader *r)
{
	size_t i = r->i;
	while (i < r->len && gl_isalpha(r->s[i]))
		i++;
	if (i > r->i && i < r->len && (r->s[i] == '-' || r->s[i] == '_'))
		i++;
	r->i = i;
}

/*
 * Reads one number. A leading zero is allowed only for "0" itself, or, when
 * `padded` (CalVer months and days), for two digits "01".."09".
 */
static gl_semver_result read_number(reader *r, bool padded, uint64_t *value)
{
	size_t start = r->i;
	uint64_t v = 0;
	while (gl_isdigit(peek(r))) {
		unsigned d = (unsigned)(peek(r) - '0');
		if (v > (UINT64_MAX - d) / 10)
			return GL_SEMVER_ENUMBER;
		v = v * 10 + d;
		r->i++;
	}
	size_t n = r->i - start;
	if (n == 0)
		return gl_isalpha(peek(r)) ? GL_SEMVER_ENOTVERSION : GL_SEMVER_ENUMBER;
	if (n > 1 && r->s[start] == '0' && !(padded && n == 2 && v > 0))
		return GL_SEMVER_ENUMBER;
	*value = v;
	return GL_SEMVER_OK;
}

/* "1.2", "1.2.3" or "1.2.3.4" into out; r starts at the first digit. */
static gl_semver_result read_numbers(reader *r, gl_semver *out)
{
	uint64_t *fields[] = {&out->major, &out->minor, &out->patch, &out->revision};
	gl_semver_result res = read_number(r, false, fields[0]);
	if (res != GL_SEMVER_OK)
		return res;
	bool calver = r->i == 4 && out->major >= 1900 && out->major <= 2199;
	unsigned n = 1;
	while (n < 4 && peek(r) == '.') {
		r->i++;
		res = read_number(r, calver && n < 3, fields[n]);
		if (res != GL_SEMVER_OK)
			return res;
		n++;
	}
	if (n < 2 || peek(r) == '.')
		return GL_SEMVER_ENOTVERSION;
	out->parts = n;
	return GL_SEMVER_OK;
}

/*
 * Skips dot-separated identifiers up to '+' or the end; `numeric_rule`
 * rejects numeric identifiers with leading zeros (pre-release, not build).
 */
static gl_semver_result scan_identifiers(reader *r, bool numeric_rule)
{
	for (;;) {
		size_t id = r->i;
		bool numeric = true;
		while (is_ident_char(peek(r))) {
			numeric = numeric && gl_isdigit(peek(r));
			r->i++;
		}
		size_t n = r->i - id;
		if (n == 0 || (numeric_rule && numeric && n > 1 && r->s[id] == '0'))
			return GL_SEMVER_EIDENTIFIER;
		if (peek(r) != '.')
			return GL_SEMVER_OK;
		r->i++;
	}
}

static gl_semver_result read_identifiers(reader *r, bool numeric_rule, char **out)
{
	size_t start = r->i;
	gl_semver_result res = scan_identifiers(r, numeric_rule);
	if (res == GL_SEMVER_OK)
		*out = gl_xstrndup(r->s + start, r->i - start);
	return res;
}

/* Everything after the numbers: "-rc.1", "rc1", "+build.5". */
static gl_semver_result read_suffix(reader *r, gl_semver *out)
{
	gl_semver_result res = GL_SEMVER_OK;
	if (peek(r) == '-' || gl_isalpha(peek(r))) {
		out->pre_dashless = peek(r) != '-';
		r->i += !out->pre_dashless;
		res = read_identifiers(r, true, &out->pre);
	}
	if (res == GL_SEMVER_OK && peek(r) == '+') {
		r->i++;
		res = read_identifiers(r, false, &out->build);
	}
	if (res == GL_SEMVER_OK && r->i != r->len)
		res = GL_SEMVER_ENOTVERSION; /* "1.2.3_4", "1.2.3 final", "1.2.3+a+b" */
	return res;
}

/*
 * "5.20-0-rc2", "1.2-3": two numbers, then '-' and a number where the third
 * belongs. Read as a mistyped '.' (5.20.0-rc2), and marked as a guess.
 */
static void guess_patch(reader *r, gl_semver *out)
{
	size_t i = r->i + 1, start = i;
	uint64_t v = 0;
	if (out->parts != 2 || peek(r) != '-')
		return;
	while (i < r->len && gl_isdigit(r->s[i]) && v < UINT64_MAX / 10)
		v = v * 10 + (uint64_t)(r->s[i++] - '0');
	if (i == start || (i - start > 1 && r->s[start] == '0') || gl_isdigit(r->s[i]))
		return;
	if (i < r->len && r->s[i] != '-' && r->s[i] != '+')
		return;
	out->patch = v;
	out->parts = 3;
	out->guessed = true;
	r->i = i;
}

/* Reads the version that starts at r->i; the r->i bytes before it are its prefix. */
static gl_semver_result parse_at(gl_semver *out, reader *r)
{
	size_t prefix_len = r->i;
	gl_semver_result res = GL_SEMVER_ENOTVERSION;
	memset(out, 0, sizeof(*out));
	if (gl_isdigit(peek(r))) {
		reader numbers = {r->s + r->i, r->len - r->i, 0};
		res = read_numbers(&numbers, out);
		r->i += numbers.i;
	}
	if (res == GL_SEMVER_OK)
		guess_patch(r, out);
	if (res == GL_SEMVER_OK)
		res = read_suffix(r, out);
	if (res != GL_SEMVER_OK) {
		gl_semver_release(out);
		return res;
	}
	out->tag = gl_xstrndup(r->s, r->len);
	if (prefix_len > 0)
		out->prefix = gl_xstrndup(r->s, prefix_len);
	return GL_SEMVER_OK;
}

gl_semver_result gl_semver_parse(gl_semver *out, const char *tag)
{
	reader r = {tag, strlen(tag), 0};
	skip_letter_prefix(&r);
	return parse_at(out, &r);
}

gl_semver_result gl_semver_parse_prefix(gl_semver *out, const char *tag, const char *prefix)
{
	size_t plen = strlen(prefix);
	reader r = {tag, strlen(tag), plen};
	memset(out, 0, sizeof(*out));
	if (r.len < plen || memcmp(tag, prefix, plen) != 0)
		return GL_SEMVER_ENOTVERSION;
	if (peek(&r) == 'v' || peek(&r) == 'V')
		r.i++;
	return parse_at(out, &r);
}

const char *gl_semver_strerror(gl_semver_result r)
{
	switch (r) {
	case GL_SEMVER_OK:
		return "no error";
	case GL_SEMVER_UNCHANGED:
		return "nothing changed since the last version";
	case GL_SEMVER_ENOTVERSION:
		return "not a version number";
	case GL_SEMVER_ENUMBER:
		return "a number is empty, has a leading zero or is too large";
	case GL_SEMVER_EIDENTIFIER:
		return "an empty or invalid pre-release or build identifier";
	case GL_SEMVER_EORDER:
		return "the new pre-release would not sort after the last version";
	}
	return "unknown version error";
}

void gl_semver_release(gl_semver *v)
{
	if (!v)
		return;
	free(v->tag);
	free(v->prefix);
	free(v->pre);
	free(v->build);
	memset(v, 0, sizeof(*v));
}

static char *dup_or_null(const char *s)
{
	return s ? gl_xstrdup(s) : NULL;
}

void gl_semver_copy(gl_semver *out, const gl_semver *src)
{
	gl_semver copy = *src;
	copy.tag = dup_or_null(src->tag);
	copy.prefix = dup_or_null(src->prefix);
	copy.pre = dup_or_null(src->pre);
	copy.build = dup_or_null(src->build);
	*out = copy;
}

static int compare_u64(uint64_t a, uint64_t b)
{
	return a < b ? -1 : a > b;
}

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!gl_isdigit(s[i]))
			return false;
	return n > 0;
}

/* The length of the letters before a trailing number ("rc" of "rc10"), else 0. */
static size_t counter_head(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && gl_isalpha(s[i]))
		i++;
	return i > 0 && i < n && all_digits(s + i, n - i) ? i : 0;
}

static int compare_identifier(const char *a, size_t an, const char *b, size_t bn);

/*
 * "rc9" and "rc10": projects count their candidates this way without a dot and
 * mean rc10 to come after rc9, which ASCII order would put first. Such words
 * compare by their letters, then by their number.
 */
static bool compare_counters(const char *a, size_t an, const char *b, size_t bn, int *c)
{
	size_t ha = counter_head(a, an), hb = counter_head(b, bn);
	if (!ha || ha != hb || memcmp(a, b, ha) != 0)
		return false;
	*c = compare_identifier(a + ha, an - ha, b + hb, bn - hb);
	return true;
}

/* One identifier each (SemVer §11.4.1–3); numbers of any length, without overflow. */
static int compare_identifier(const char *a, size_t an, const char *b, size_t bn)
{
	int counted;
	if (compare_counters(a, an, b, bn, &counted))
		return counted;
	bool na = all_digits(a, an), nb = all_digits(b, bn);
	if (na != nb)
		return na ? -1 : 1;
	if (na) {
		for (; an > 1 && *a == '0'; a++, an--)
			;
		for (; bn > 1 && *b == '0'; b++, bn--)
			;
		if (an != bn)
			return an < bn ? -1 : 1;
	}
	int c = memcmp(a, b, an < bn ? an : bn);
	if (c != 0)
		return c < 0 ? -1 : 1;
	return compare_u64(an, bn);
}

/* Pre-release strings; NULL (a release) sorts after any pre-release. */
static int compare_pre(const char *a, const char *b)
{
	if (!a || !b)
		return (a == NULL) - (b == NULL);
	for (;;) {
		size_t an = strcspn(a, "."), bn = strcspn(b, ".");
		int c = compare_identifier(a, an, b, bn);
		if (c != 0)
			return c;
		bool a_end = a[an] == '\0', b_end = b[bn] == '\0';
		if (a_end || b_end)
			return a_end && b_end ? 0 : a_end ? -1 : 1;
		a += an + 1;
		b += bn + 1;
	}
}

int gl_semver_compare(const gl_semver *a, const gl_semver *b)
{
	int c = compare_u64(a->major, b->major);
	if (c == 0)
		c = compare_u64(a->minor, b->minor);
	if (c == 0)
		c = compare_u64(a->patch, b->patch);
	if (c == 0)
		c = compare_u64(a->revision, b->revision);
	if (c == 0)
		c = compare_pre(a->pre, b->pre);
	return c;
}

int gl_semver_order(const gl_semver *a, const gl_semver *b)
{
	int c = gl_semver_compare(a, b);
	if (c != 0 || a->tag == b->tag)
		return c;
	if (!a->tag || !b->tag)
		return a->tag ? 1 : -1;
	c = strcmp(a->tag, b->tag);
	return c < 0 ? -1 : c > 0;
}

static int order_qsort(const void *a, const void *b)
{
	return gl_semver_order(a, b);
}

void gl_semver_sort(gl_semver *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof(*v), order_qsort);
}

void gl_semver_format(gl_buf *out, const gl_semver *v, unsigned flags)
{
	bool own = (flags & GL_SEMVER_FORMAT_PREFIX) && v->prefix;
	if (own)
		gl_buf_puts(out, v->prefix);
	else if (flags & GL_SEMVER_FORMAT_V)
		gl_buf_putc(out, 'v');
	gl_buf_printf(out, "%" PRIu64 ".%" PRIu64 ".%" PRIu64, v->major, v->minor, v->patch);
	if (v->parts == 4)
		gl_buf_printf(out, ".%" PRIu64, v->revision);
	if (v->pre) {
		if (!((flags & GL_SEMVER_FORMAT_WRITTEN) && v->pre_dashless))
			gl_buf_putc(out, '-');
		gl_buf_puts(out, v->pre);
	}
	if ((flags & GL_SEMVER_FORMAT_BUILD) && v->build) {
		gl_buf_putc(out, '+');
		gl_buf_puts(out, v->build);
	}
}

typedef enum bump { BUMP_NONE, BUMP_PATCH, BUMP_MINOR, BUMP_MAJOR } bump;

static bump bump_for(const gl_semver *last, gl_semver_change change)
{
	switch (change) {
	case GL_SEMVER_BREAKING:
		return last->major == 0 ? BUMP_MINOR : BUMP_MAJOR;
	case GL_SEMVER_FEATURE:
		return BUMP_MINOR;
	case GL_SEMVER_OTHER:
		return BUMP_PATCH;
	case GL_SEMVER_NOTHING:
		break;
	}
	return BUMP_NONE;
}

/* The bump a pre-release already stands for: X.0.0 a major, X.Y.0 a minor, X.Y.Z a patch. */
static bump held_bump(const gl_semver *v)
{
	if (v->patch != 0 || v->revision != 0)
		return BUMP_PATCH;
	if (v->minor != 0)
		return BUMP_MINOR;
	return v->major != 0 ? BUMP_MAJOR : BUMP_NONE;
}

/* The numbers of the release `b` leads to from last, into t (zeroed by the caller). */
static gl_semver_result target_release(gl_semver *t, const gl_semver *last, bump b)
{
	t->major = last->major;
	t->minor = last->minor;
	t->patch = last->patch;
	t->revision = last->revision;
	t->parts = last->parts < 3 ? 3 : last->parts;
	if (b == BUMP_NONE || (last->pre && b <= held_bump(last)))
		return GL_SEMVER_OK;
	uint64_t *field = b == BUMP_MAJOR ? &t->major : b == BUMP_MINOR ? &t->minor : &t->patch;
	if (*field == UINT64_MAX)
		return GL_SEMVER_ENUMBER;
	(*field)++;
	if (b == BUMP_MAJOR)
		t->minor = 0;
	if (b >= BUMP_MINOR)
		t->patch = 0;
	t->revision = 0;
	t->parts = 3;
	return GL_SEMVER_OK;
}

/*
 * True when the pre-release `pre` is `id`, starts with "id." or is id and a
 * number ("rc7"): a counter to continue, in the project's own form.
 */
static bool continues(const char *pre, const char *id)
{
	size_t n = strlen(id);
	if (!pre || strncmp(pre, id, n) != 0)
		return false;
	return pre[n] == '\0' || pre[n] == '.' || all_digits(pre + n, strlen(pre + n));
}

/* Appends the decimal digits[0..n) plus one, of any length ("9" → "10"). */
static void put_incremented(gl_buf *out, const char *digits, size_t n)
{
	size_t start = out->len, i = n;
	gl_buf_put(out, digits, n);
	while (i > 0 && out->ptr[start + i - 1] == '9')
		out->ptr[start + --i] = '0';
	if (i > 0) {
		out->ptr[start + i - 1]++;
		return;
	}
	gl_buf_putc(out, '0'); /* 99 → 00 → 100 */
	out->ptr[start] = '1';
}

/*
 * "beta.11" → "beta.12", "rc7" → "rc8", "rc" → "rc.1" (or "rc1" when the
 * pre-release was written without a dash, "4.2.0rc"): the last number plus
 * one, else a first one in the project's form.
 */
static char *next_counter(const char *pre, bool dashless)
{
	gl_buf b = GL_BUF_INIT;
	const char *dot = strrchr(pre, '.');
	size_t head = dot ? (size_t)(dot - pre) + 1 : 0, tail = strlen(pre + head);
	size_t letters = counter_head(pre + head, tail);
	if (letters)
		head += letters, tail -= letters;
	if (all_digits(pre + head, tail)) {
		gl_buf_put(&b, pre, head);
		put_incremented(&b, pre + head, tail);
	} else {
		gl_buf_puts(&b, pre);
		gl_buf_puts(&b, dashless && !dot ? "1" : ".1");
	}
	return gl_buf_detach(&b);
}

static char *first_counter(const char *id)
{
	gl_buf b = GL_BUF_INIT;
	gl_buf_printf(&b, "%s.1", id);
	return gl_buf_detach(&b);
}

static bool valid_pre_id(const char *id)
{
	reader r = {id, strlen(id), 0};
	return scan_identifiers(&r, true) == GL_SEMVER_OK && r.i == r.len;
}

static bool same_numbers(const gl_semver *a, const gl_semver *b)
{
	return a->major == b->major && a->minor == b->minor && a->patch == b->patch &&
	       a->revision == b->revision;
}

/* The pre-release part of the next version: continue last's counter, or start at 1. */
static gl_semver_result set_pre(gl_semver *out, const gl_semver *last, const char *pre_id)
{
	if (same_numbers(out, last) && continues(last->pre, pre_id)) {
		out->pre = next_counter(last->pre, last->pre_dashless);
		out->pre_dashless = last->pre_dashless;
		return GL_SEMVER_OK;
	}
	out->pre = first_counter(pre_id);
	return gl_semver_compare(out, last) > 0 ? GL_SEMVER_OK : GL_SEMVER_EORDER;
}

static gl_semver_result first_version(gl_semver *out, gl_semver_change change, const char *pre_id)
{
	if (change == GL_SEMVER_NOTHING)
		return GL_SEMVER_UNCHANGED;
	out->minor = 1;
	out->parts = 3;
	if (pre_id)
		out->pre = first_counter(pre_id);
	return GL_SEMVER_OK;
}

gl_semver_result gl_semver_next(gl_semver *out, const gl_semver *last, gl_semver_change change,
				const char *pre_id)
{
	memset(out, 0, sizeof(*out));
	if (pre_id && !valid_pre_id(pre_id))
		return GL_SEMVER_EIDENTIFIER;
	if (!last)
		return first_version(out, change, pre_id);
	bump b = bump_for(last, change);
	if (b == BUMP_NONE && (!last->pre || (pre_id && continues(last->pre, pre_id)))) {
		gl_semver_copy(out, last);
		return GL_SEMVER_UNCHANGED;
	}
	gl_semver_result res = target_release(out, last, b);
	if (res == GL_SEMVER_OK && pre_id)
		res = set_pre(out, last, pre_id);
	if (res != GL_SEMVER_OK) {
		gl_semver_release(out);
		return res;
	}
	out->prefix = dup_or_null(last->prefix);
	return GL_SEMVER_OK;
}
