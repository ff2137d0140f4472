/* Prints what a record says — identity, metadata and section texts — one fact a line. */
/*
 * The fmt property test (t0052) prints every record of a log before and
 * after `govlog fmt --write` and compares the two: a line that differs names
 * the file and the fact that changed. Only the public API is used, and the
 * section texts are cut from the file's own bytes, so a fault in fmt's own
 * checks cannot hide here.
 *
 * Usage: record_dump [--canonical-words] [--bare-title] FILE...
 *   --canonical-words  leave out the status as written (fmt may reword it)
 *   --bare-title       the title without its "[SDR]" prefix or "7." number
 *                      (another profile writes those its own way)
 */
#include <govlog/govlog.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool canonical_words, bare_title;

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	char *s = malloc(cap);
	for (size_t got; s && (got = fread(s + n, 1, cap - n, f)) > 0;) {
		n += got;
		if (n == cap)
			s = realloc(s, cap *= 2);
	}
	fclose(f);
	*len = n;
	return s;
}

/* The start of each line (lines[0] is line 1); *count lines. */
static size_t *line_starts(const char *s, size_t len, size_t *count)
{
	size_t *at = malloc((len + 2) * sizeof(*at)), n = 0;
	for (size_t i = 0; i < len; n++) {
		at[n] = i;
		const char *nl = memchr(s + i, '\n', len - i);
		i = nl ? (size_t)(nl - s) + 1 : len;
	}
	at[n] = len;
	*count = n;
	return at;
}

/* Line l (1-based) without its line break; "" beyond the end. */
static int line_len(const char *s, const size_t *at, size_t count, size_t l, const char **p)
{
	if (l < 1 || l > count) {
		*p = "";
		return 0;
	}
	size_t a = at[l - 1], b = at[l];
	while (b > a && (s[b - 1] == '\n' || s[b - 1] == '\r'))
		b--;
	*p = s + a;
	return (int)(b - a);
}

static bool blank(const char *p, int n)
{
	for (int i = 0; i < n; i++)
		if (!isspace((unsigned char)p[i]))
			return false;
	return true;
}

static bool is_field_line(const govlog_record *r, size_t l)
{
	for (size_t i = 0; i < govlog_record_field_count(r); i++)
		if (govlog_record_field_at(r, i)->key_pos.line == l)
			return true;
	return false;
}

static const govlog_field *field_on_line(const govlog_record *r, size_t l)
{
	for (size_t i = 0; i < govlog_record_field_count(r); i++)
		if (govlog_record_field_at(r, i)->key_pos.line == l)
			return govlog_record_field_at(r, i);
	return NULL;
}

/*
 * The bullet field whose list item holds line l: an indented line below the
 * item's own "- **Key**:" line, blank lines between. A form may indent such
 * lines anew or fold a list of them into the field's value.
 */
static const govlog_field *nested_under(const govlog_record *r, const char *s, const size_t *at,
					size_t count, size_t l)
{
	const char *p;
	int n = line_len(s, at, count, l, &p);
	if (blank(p, n) || (p[0] != ' ' && p[0] != '\t'))
		return NULL;
	for (size_t k = l; k-- > 1;) {
		n = line_len(s, at, count, k, &p);
		const govlog_field *f = field_on_line(r, k);
		if (f)
			return f->style == GOVLOG_META_BULLET ? f : NULL;
		if (!blank(p, n) && p[0] != ' ' && p[0] != '\t')
			return NULL;
	}
	return NULL;
}

/*
 * A line nested under a field as a fact: its text without the indent, or
 * nothing when it is an item the field's value already says ("Alice" of
 * "Alice, Bob"), as the reader makes a value of a nested list.
 */
static void print_nested(const govlog_field *f, const char *p, int n)
{
	while (n && (*p == ' ' || *p == '\t'))
		p++, n--;
	const char *t = p;
	int k = n;
	if (k >= 2 && strchr("-*+", t[0]) && t[1] == ' ')
		t += 2, k -= 2;
	if (k >= 4 && t[0] == '[' && strchr("xX", t[1]) && t[2] == ']' && t[3] == ' ')
		t += 4, k -= 4;
	char item[512];
	snprintf(item, sizeof(item), "%.*s", k, t);
	if (!*item || !strstr(f->value, item))
		printf("  |%.*s\n", n, p);
}

/* Lines from..to (inclusive) that are not metadata, leading and trailing blanks left out. */
static void print_lines(const govlog_record *r, const char *s, const size_t *at, size_t count,
			size_t from, size_t to)
{
	size_t first = 0, last = 0;
	for (size_t l = from; l <= to; l++) {
		const char *p;
		int n = line_len(s, at, count, l, &p);
		if (!blank(p, n) && !is_field_line(r, l)) {
			first = first ? first : l;
			last = l;
		}
	}
	for (size_t l = first; first && l <= last; l++) {
		const char *p;
		int n = line_len(s, at, count, l, &p);
		const govlog_field *owner = nested_under(r, s, at, count, l);
		if (owner)
			print_nested(owner, p, n);
		else if (!is_field_line(r, l))
			printf("  |%.*s\n", n, p);
	}
}

static bool is_status(const govlog_section *s)
{
	return !strcasecmp(s->heading, "status") || !strcasecmp(s->heading, "status:");
}

/* The line after the first paragraph of a section: its status, said by the status lines. */
static size_t after_first_paragraph(const char *s, const size_t *at, size_t count, size_t from,
				    size_t to)
{
	size_t l = from;
	const char *p;
	while (l <= to && blank(p, line_len(s, at, count, l, &p)))
		l++;
	while (l <= to && !blank(p, line_len(s, at, count, l, &p)))
		l++;
	return l;
}

static void print_sections(const govlog_record *r, const char *s, size_t len)
{
	size_t count, *at = line_starts(s, len, &count);
	const govlog_field *st = govlog_record_field(r, "status");
	bool checkbox = st && st->style == GOVLOG_META_CHECKBOX;
	size_t n = govlog_record_section_count(r);
	size_t title = govlog_record_title(r) ? govlog_record_title_pos(r).line : 0;
	if (title) {
		printf("before the sections\n");
		print_lines(r, s, at, count, title + 1,
			    n ? govlog_record_section_at(r, 0)->pos.line - 1 : count);
	}
	for (size_t i = 0; i < n; i++) {
		const govlog_section *sec = govlog_record_section_at(r, i);
		size_t from = sec->pos.line + 1,
		       to = i + 1 < n ? govlog_record_section_at(r, i + 1)->pos.line - 1 : count;
		if (is_status(sec) && !checkbox) {
			from = after_first_paragraph(s, at, count, from, to);
			const char *p = "";
			size_t l = from;
			while (l <= to && blank(p, line_len(s, at, count, l, &p)))
				l++;
			if (l > to)
				continue; /* nothing but the status: some forms have no section for
					     it */
		}
		printf("section %d %s\n", sec->level, sec->heading);
		print_lines(r, s, at, count, from, to);
	}
	free(at);
}

static const char *or_none(const char *s)
{
	return s ? s : "(none)";
}

/* "[SDR] 7. Title" → "Title": the parts another profile writes its own way. */
static const char *title_of(const govlog_record *r)
{
	const char *t = govlog_record_title(r);
	if (!t)
		return "(none)";
	const char *code = NULL;
	size_t code_len = 0;
	if (*t == '[' && strchr(t, ']') && strchr(t, ']') - t <= 6) {
		code = t + 1;
		code_len = (size_t)(strchr(t, ']') - t - 1);
		t = strchr(t, ']') + 1;
	}
	while (*t == ' ')
		t++;
	const char *d = t;
	unsigned long number = strtoul(t, NULL, 10);
	while (isdigit((unsigned char)*d))
		d++;
	if (d > t && *d == '.' && d[1] == ' ')
		t = d + 2;
	else
		number = 0;
	/* Nygard numbers the title by its file ("7. …"); another number is the title's own. */
	const char *base = strrchr(govlog_record_path(r), '/');
	unsigned long file = strtoul(base ? base + 1 : govlog_record_path(r), NULL, 10);
	if (!bare_title && code)
		printf("title code: %.*s\n", (int)code_len, code);
	if (!bare_title && number && number != file)
		printf("title number: %lu\n", number);
	return t;
}

static int by_name(const void *a, const void *b)
{
	const govlog_field *x = *(const govlog_field *const *)a,
			   *y = *(const govlog_field *const *)b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->key_pos.line > y->key_pos.line) - (x->key_pos.line < y->key_pos.line);
}

static void print_meta(const govlog_record *r)
{
	printf("id: %s\n", govlog_record_id(r));
	printf("title: %s\n", title_of(r));
	printf("status: %s\n", govlog_status_name(govlog_record_status(r)));
	if (!canonical_words)
		printf("status as written: %s\n", or_none(govlog_record_status_raw(r)));
	printf("status note: %s\n", or_none(govlog_record_status_note(r)));
	const govlog_field *date = govlog_record_field(r, "date");
	if (govlog_record_date(r))
		printf("date: %s\n", govlog_record_date(r));
	else
		printf("date as written: %s\n", date ? date->value : "(none)");
	printf("type: %s\n", govlog_type_name(govlog_record_type(r)));
	for (size_t i = 0; i < govlog_record_decider_count(r); i++)
		printf("decider: %s\n", govlog_record_decider_at(r, i));
	static const char *const derived[] = {"status", "date", "deciders", "type"};
	size_t n = govlog_record_field_count(r), k = 0;
	const govlog_field **fields = malloc((n + 1) * sizeof(*fields));
	for (size_t i = 0; i < n; i++) {
		const govlog_field *f = govlog_record_field_at(r, i);
		bool skip = false;
		for (size_t d = 0; d < sizeof(derived) / sizeof(*derived); d++)
			skip = skip || !strcmp(f->name, derived[d]);
		if (!skip)
			fields[k++] = f;
	}
	/* Their order is the form's: sorted by name, values in the order written. */
	qsort(fields, k, sizeof(*fields), by_name);
	for (size_t i = 0; i < k; i++)
		printf("field %s: %s\n", fields[i]->name, fields[i]->value);
	free(fields);
}

static int dump(const char *path)
{
	size_t len = 0;
	char *s = slurp(path, &len);
	govlog_record *r = NULL;
	if (!s || govlog_record_parse(&r, path, s, len, NULL) < 0) {
		fprintf(stderr, "record_dump: cannot read '%s'\n", path);
		free(s);
		return 1;
	}
	size_t off = len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3) ? 3 : 0;
	printf("== %s\n", path);
	print_meta(r);
	print_sections(r, s + off, len - off);
	govlog_record_free(r);
	free(s);
	return 0;
}

int main(int argc, char **argv)
{
	int rc = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--canonical-words"))
			canonical_words = true;
		else if (!strcmp(argv[i], "--bare-title"))
			bare_title = true;
		else
			rc |= dump(argv[i]);
	}
	return rc;
}
