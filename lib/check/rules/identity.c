/*
 * file/name-title and file/name-date: a record's file name against its title
 * and its date.
 *
 * The name is compared word by word with the title in every way a slug is
 * made of it (words.c): a name word one or two letters from a title word is a
 * typo ("cormora" for "Comora"); a name none of whose words the title or
 * the text has names another decision. Shortened names, abbreviations,
 * initials and inflections ("records" for "Record") agree with their title.
 *
 * A dated name ("2026-05-28-…", "20260528_…") names the day the record was
 * written or decided. A record dated later (the day it was accepted, or last
 * changed) agrees with it; an earlier date disagrees, unless the log holds
 * records written after the fact (log4brains names a file by the day it was
 * created; a log where a third of the dated records are dated before their
 * names). Day and month swapped, or only the year changed, is a slip in any log.
 */
#include "check/rules/rules.h"

#include <string.h>

#include "check/rules/words.h"
#include "record/date.h"
#include "record/parse.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/banned.h"

/* The file name without its folder and extension. */
static void stem_of(gl_buf *out, const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t len = strlen(base);
	if (len > 3 && !strcmp(base + len - 3, ".md"))
		len -= 3;
	else if (len > 9 && !strcmp(base + len - 9, ".markdown"))
		len -= 9;
	gl_buf_put(out, base, len);
}

static bool is_separator(char c)
{
	return c == '-' || c == '_' || c == '.' || c == ' ';
}

/* "2026-05-28", "2026_05_28" or "20260528" at the start of a name, then a separator or the end. */
static size_t name_date(const char *s, gl_date *d)
{
	size_t i = 0;
	int v[3] = {0, 0, 0};
	static const int digits[3] = {4, 2, 2};
	for (int part = 0; part < 3; part++) {
		if (part && (s[i] == '-' || s[i] == '_') && (s[4] == '-' || s[4] == '_'))
			i++;
		for (int k = 0; k < digits[part]; k++, i++) {
			if (!gl_isdigit(s[i]))
				return 0;
			v[part] = v[part] * 10 + (s[i] - '0');
		}
	}
	if (s[i] && !is_separator(s[i]))
		return 0;
	d->year = v[0], d->month = v[1], d->day = v[2], d->form = GL_DATE_ISO;
	if (d->year < 1900 || d->year > 2199 || d->month < 1 || d->month > 12 || d->day < 1 ||
	    d->day > gl_date_days_in_month(d->year, d->month))
		return 0;
	return i;
}

/* Where the words of a name begin: after its date or its number ("0012-", "ADR-7-", "BS1-"). */
static size_t words_start(const char *stem)
{
	gl_date d;
	unsigned long number;
	size_t letters, len = name_date(stem, &d);
	if (!len && gl_record_stem_number(stem, &number, &letters, &len) != GL_STEM_NUMBERED)
		len = 0;
	while (stem[len] && is_separator(stem[len]))
		len++;
	return len;
}

typedef struct verdict {
	size_t unmatched, matched; /* words that carry meaning */
	gl_strvec missing;         /* the unmatched ones, as slug words */
	gl_buf typo_name, typo_title;
} verdict;

/* A word of the text fits a word of the name: the same, another ending, a compound it starts. */
static bool word_fits(const char *text_word, size_t n, const char *name_word)
{
	size_t len = strlen(name_word);
	return (n == len && !memcmp(text_word, name_word, n)) ||
	       gl_words_same_stem(text_word, n, name_word, len) ||
	       (len >= 4 && n > len && !memcmp(text_word, name_word, len));
}

static bool slug_has(const gl_buf *slug, const char *name_word)
{
	for (size_t i = 0; i < slug->len;) {
		size_t n = strcspn(slug->ptr + i, "-");
		if (n && word_fits(slug->ptr + i, n, name_word))
			return true;
		i += n + 1;
	}
	return false;
}

/* Whether the record's text uses the word: then the name names what the record is about. */
static bool text_has_word(const govlog_record *r, const char *name_word)
{
	const char *s = r->text.data;
	gl_buf da = GL_BUF_INIT, plain = GL_BUF_INIT;
	bool found = false;
	for (size_t i = 0; i < r->text.len && !found;) {
		while (i < r->text.len && !gl_isalnum(s[i]) && (unsigned char)s[i] < 0x80)
			i++;
		size_t start = i;
		while (i < r->text.len && (gl_isalnum(s[i]) || (unsigned char)s[i] >= 0x80))
			i++;
		if (i == start)
			continue;
		gl_buf_clear(&da);
		gl_buf_clear(&plain);
		gl_words_slug_da(&da, s + start, i - start);
		gl_words_slug_plain(&plain, s + start, i - start);
		found = slug_has(&da, name_word) || slug_has(&plain, name_word);
	}
	gl_buf_release(&da);
	gl_buf_release(&plain);
	return found;
}

/* One word of the name against the title's forms. */
static void judge_word(verdict *v, const gl_slug_forms *title, const char *raw, size_t len)
{
	gl_buf da = GL_BUF_INIT, plain = GL_BUF_INIT;
	gl_words_slug_da(&da, raw, len);
	gl_words_slug_plain(&plain, raw, len);
	bool digits_only = da.len && strspn(da.ptr, "0123456789-") == da.len;
	bool meaningful = da.len >= 3 && !digits_only && !gl_words_is_stopword(da.ptr);
	if (!da.len || digits_only || gl_slug_forms_contain(title, da.ptr) ||
	    gl_slug_forms_contain(title, plain.ptr)) {
		v->matched += meaningful;
		goto done;
	}
	bool same_stem;
	int near = gl_slug_forms_near(title, da.ptr, &same_stem);
	if (near < 0 || (!same_stem && da.len < 4)) {
		v->unmatched += meaningful;
		if (meaningful)
			gl_vec_push(&v->missing, gl_xstrdup(da.ptr));
	} else {
		v->matched += meaningful;
		if (!same_stem && !v->typo_name.len) {
			gl_buf_put(&v->typo_name, raw, len);
			gl_buf_puts(&v->typo_title, title->from.items[near]);
		}
	}
done:
	gl_buf_release(&da);
	gl_buf_release(&plain);
}

/*
 * A name for the question ("valg-af-platform") beside a title for the answer
 * ("OS2display skifter til Symfony") still names what the record is about:
 * its text uses the name's words. A name none of whose words the record uses
 * belongs to another decision.
 */
static bool named_in_text(const govlog_record *r, const gl_strvec *missing)
{
	for (size_t i = 0; i < missing->len; i++)
		if (text_has_word(r, missing->items[i]))
			return true;
	return false;
}

/* The common case, cheaply: an ASCII name whose every word the title's letters hold. */
static bool name_in_title(const char *words, const char *title)
{
	gl_buf joined = GL_BUF_INIT, word = GL_BUF_INIT;
	gl_buf_grow(&joined, strlen(title) + 1);
	for (const char *t = title; *t; t++)
		if (gl_isalnum(*t))
			joined.ptr[joined.len++] = gl_tolower(*t);
	joined.ptr[joined.len] = '\0';
	bool all = joined.len > 0;
	for (const char *p = words; *p && all;) {
		while (*p && is_separator(*p))
			p++;
		size_t n = 0;
		while (p[n] && !is_separator(p[n]))
			n++;
		gl_buf_clear(&word);
		gl_buf_grow(&word, n + 1);
		for (size_t i = 0; i < n; i++) {
			all = all && (unsigned char)p[i] < 0x80 && gl_isalnum(p[i]);
			word.ptr[i] = gl_tolower(p[i]);
		}
		word.ptr[n] = '\0';
		word.len = n;
		p += n;
		all = all && (!n || strstr(joined.ptr, word.ptr));
	}
	gl_buf_release(&joined);
	gl_buf_release(&word);
	return all;
}

static void check_name_title(govlog_diag_list *out, const govlog_record *r)
{
	const char *title = gl_record_bare_title(r);
	if (!title[0])
		return;
	gl_buf stem = GL_BUF_INIT;
	stem_of(&stem, r->path);
	const char *words = stem.ptr + words_start(stem.ptr);
	if (name_in_title(words, title)) {
		gl_buf_release(&stem);
		return;
	}
	gl_slug_forms forms;
	gl_slug_forms_init(&forms, title, strlen(title));
	verdict v = {0, 0, {0}, GL_BUF_INIT, GL_BUF_INIT};
	for (const char *p = words; *p;) {
		while (*p && is_separator(*p))
			p++;
		size_t n = 0;
		while (p[n] && !is_separator(p[n]))
			n++;
		if (n)
			judge_word(&v, &forms, p, n);
		p += n;
	}
	govlog_lang lang = gl_diag_list_lang(out);
	if (v.typo_name.len && v.unmatched <= 1)
		gl_diag_addt(out, GL_RULE_FILE_NAME_TITLE, r->path, r->title_pos,
			     gl_lang_text(lang, GL_T_NAME_TITLE_TYPO_HINT), GL_T_NAME_TITLE_TYPO,
			     v.typo_name.ptr, v.typo_title.ptr);
	else if (v.unmatched >= 2 && !v.matched && !named_in_text(r, &v.missing))
		gl_diag_addt(out, GL_RULE_FILE_NAME_TITLE, r->path, r->title_pos,
			     gl_lang_text(lang, GL_T_NAME_TITLE_OTHER_HINT), GL_T_NAME_TITLE_OTHER,
			     words, title);
	gl_buf_release(&v.typo_name);
	gl_buf_release(&v.typo_title);
	gl_strvec_free(&v.missing);
	gl_slug_forms_release(&forms);
	gl_buf_release(&stem);
}

/* The date in a record's file name, as ISO; false when the name holds none. */
static bool file_date(const govlog_record *r, char iso[11])
{
	gl_buf stem = GL_BUF_INIT;
	stem_of(&stem, r->path);
	gl_date d;
	bool found = name_date(stem.ptr, &d) > 0;
	if (found)
		gl_date_iso(&d, iso);
	gl_buf_release(&stem);
	return found;
}

/* A day-first date field the file name reads the other way round: date/ambiguous says so. */
static bool ambiguous_field(const govlog_record *r, const char *named)
{
	const char *v = r->fields.items[r->date_field].value;
	gl_date d;
	char alt[11];
	if (gl_date_parse(v, strlen(v), &d) != GL_DATE_OK || d.form == GL_DATE_ISO ||
	    d.form == GL_DATE_TEXT)
		return false;
	gl_date_swapped_iso(r->date_iso, alt);
	return !strcmp(alt, named);
}

typedef struct dated {
	const govlog_record *r;
	char named[11];
	gl_text_id
		slip; /* GL_T_NAME_DATE_SWAPPED or _YEAR for a slip of the pen, else GL_T__COUNT */
} dated;

/* Day and month swapped, or only the year changed: a slip in any log. */
static gl_text_id slip_of(const char *named, const char *dated_as)
{
	char alt[11];
	gl_date_swapped_iso(dated_as, alt);
	if (!strcmp(alt, named))
		return GL_T_NAME_DATE_SWAPPED;
	if (!strcmp(dated_as + 4, named + 4))
		return GL_T_NAME_DATE_YEAR;
	return GL_T__COUNT;
}

static void check_name_date(govlog_diag_list *out, const dated *e, bool loose)
{
	const govlog_record *r = e->r;
	gl_text_id msg = e->slip;
	if (msg == GL_T__COUNT && !loose && strcmp(r->date_iso, e->named) < 0)
		msg = GL_T_NAME_DATE;
	/* a later date is the day it was accepted, or last changed: no slip */
	if (msg == GL_T__COUNT || (msg == GL_T_NAME_DATE_SWAPPED && ambiguous_field(r, e->named)))
		return;
	const govlog_field *f = &r->fields.items[r->date_field];
	gl_diag_addt(out, GL_RULE_FILE_NAME_DATE, r->path, f->value_pos,
		     gl_lang_text(gl_diag_list_lang(out), GL_T_NAME_DATE_HINT), msg, e->named,
		     r->date_iso);
}

static bool has_log4brains(const govlog_log *log)
{
	gl_buf path = GL_BUF_INIT;
	gl_path_join(&path, govlog_log_root(log), ".log4brains.yml");
	bool yes = gl_fs_is_file(path.ptr);
	gl_buf_release(&path);
	return yes;
}

static void check_name_dates(govlog_diag_list *out, const govlog_log *log)
{
	GL_VEC(dated) v = {0};
	size_t earlier = 0, compared = 0;
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		dated e = {govlog_log_record_at(log, i), "", GL_T__COUNT};
		if (!e.r->date_iso || e.r->date_field == GL_NO_FIELD || !file_date(e.r, e.named))
			continue;
		compared++;
		if (!strcmp(e.named, e.r->date_iso))
			continue;
		e.slip = slip_of(e.named, e.r->date_iso);
		earlier += e.slip == GL_T__COUNT && strcmp(e.r->date_iso, e.named) < 0;
		gl_vec_push(&v, e);
	}
	/* Records written after the fact carry older dates: only slips of the pen tell there. */
	bool loose = has_log4brains(log) || (earlier >= 2 && earlier * 3 >= compared);
	for (size_t i = 0; i < v.len; i++)
		check_name_date(out, &v.items[i], loose);
	gl_vec_free(&v);
}

void gl_rules_identity(govlog_diag_list *out, const govlog_log *log)
{
	for (size_t i = 0; i < govlog_log_count(log); i++)
		check_name_title(out, govlog_log_record_at(log, i));
	check_name_dates(out, log);
}
