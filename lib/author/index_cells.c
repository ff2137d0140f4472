/* The index's cells in the log's own words, with successors linked to their records. */
#include "author/index_cells.h"

#include <string.h>

#include "check/rules/own.h"
#include "diag/texts.h"
#include "record/record_internal.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/escape.h"
#include "util/fs.h"
#include "util/vec.h"
#include "util/banned.h"

typedef struct word_count {
	govlog_status s;
	char word[48];
	size_t n;
} word_count;

typedef GL_VEC(word_count) word_counts;

/*
 * The known word a status value opens with ("Godkendt" of "Godkendt på
 * styregruppemødet …"), if it is in the log's language; false otherwise.
 */
static bool own_word(char out[48], const govlog_record *r, const char *lang)
{
	const char *v = govlog_record_status_raw(r);
	size_t len = v ? strlen(v) : 0, note_off = 0;
	while (len && (*v == '*' || *v == '_'))
		v++, len--;
	const char *wlang = NULL;
	if (!len || gl_vocab_status(v, len, &note_off, &wlang) == GOVLOG_STATUS_UNKNOWN)
		return false;
	if (wlang && strcmp(wlang, lang))
		return false;
	size_t n = note_off < len ? note_off : len;
	while (n && !gl_isalnum(v[n - 1]) && (unsigned char)v[n - 1] < 0x80)
		n--;
	if (!n || n >= 48)
		return false;
	memcpy(out, v, n);
	out[n] = '\0';
	return true;
}

static void count_word(word_counts *counts, govlog_status s, const char *word)
{
	for (size_t i = 0; i < counts->len; i++)
		if (counts->items[i].s == s && !strcmp(counts->items[i].word, word)) {
			counts->items[i].n++;
			return;
		}
	word_count c = {s, "", 1};
	memcpy(c.word, word, strlen(word) + 1);
	gl_vec_push(counts, c);
}

void gl_index_words_init(gl_index_words *w, const govlog_log *log, govlog_lang lang)
{
	word_counts counts = {0};
	const char *code = gl_lang_code(lang);
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		const govlog_record *r = govlog_log_record_at(log, i);
		char word[48];
		if (govlog_record_status(r) >= GOVLOG_STATUS_PROPOSED && own_word(word, r, code))
			count_word(&counts, govlog_record_status(r), word);
	}
	for (int s = GOVLOG_STATUS_PROPOSED; s <= GOVLOG_STATUS_SUPERSEDED; s++) {
		/* none in the log: the word govlog writes in the log's language */
		const char *best = lang == GOVLOG_LANG_EN
					   ? govlog_status_name((govlog_status)s)
					   : gl_vocab_status_word((govlog_status)s, lang);
		size_t most = 0;
		for (size_t i = 0; i < counts.len; i++)
			if (counts.items[i].s == (govlog_status)s && counts.items[i].n > most)
				most = counts.items[i].n, best = counts.items[i].word;
		snprintf(w->word[s], sizeof(w->word[s]), "%s", best);
	}
	gl_vec_free(&counts);
}

void gl_index_status_cell(gl_buf *out, const gl_index_words *w, const govlog_record *r)
{
	govlog_status s = govlog_record_status(r);
	if (s >= GOVLOG_STATUS_PROPOSED && s <= GOVLOG_STATUS_SUPERSEDED)
		gl_md_text(out, w->word[s]);
	else if (s == GOVLOG_STATUS_UNKNOWN)
		gl_md_text(out, govlog_record_status_raw(r));
}

void gl_index_link(gl_buf *out, const char *text, const govlog_record *to, const char *dir)
{
	gl_buf link = GL_BUF_INIT, abs = GL_BUF_INIT, here = GL_BUF_INIT;
	gl_path_join(&abs, ".", govlog_record_path(to));
	gl_path_normalise(&abs);
	gl_buf_puts(&here, dir);
	gl_path_normalise(&here);
	gl_path_relative(&link, abs.ptr, here.ptr);
	gl_md_link(out, text, link.ptr);
	gl_buf_release(&link);
	gl_buf_release(&abs);
	gl_buf_release(&here);
}

unsigned long gl_index_record_number(const govlog_record *r)
{
	char letters[9];
	unsigned long n = 0;
	if (r->file_number || r->title_id_number)
		return r->file_number ? r->file_number : r->title_id_number;
	return gl_record_id_split(r->id, strlen(r->id), letters, &n) ? n : 0;
}

/* "af ADR-0005" / "by [5. X](0005-x.md)" → what follows the by/af. */
static const char *successor_text(const govlog_record *r)
{
	const govlog_field *f = govlog_record_field(r, "superseded-by");
	if (f)
		return f->value;
	const char *note =
		govlog_record_status(r) == GOVLOG_STATUS_SUPERSEDED ? r->status_note : NULL;
	if (note && (!strncmp(note, "by ", 3) || !strncmp(note, "af ", 3)))
		return note + 3;
	return note;
}

/* The record a Markdown link's target names, relative to the record that links. */
static const govlog_record *by_target(const gl_record_index *x, const govlog_record *from,
				      const char *url, size_t len)
{
	if (memchr(url, ':', len) || (len && url[0] == '#'))
		return NULL;
	gl_buf path = GL_BUF_INIT;
	const char *slash = strrchr(from->path, '/');
	gl_buf_put(&path, from->path, slash ? (size_t)(slash - from->path + 1) : 0);
	gl_link_path(&path, url, len);
	gl_path_normalise(&path);
	const govlog_record *found = gl_record_index_path(x, path.ptr);
	gl_buf_release(&path);
	return found;
}

static bool id_char(char c)
{
	return gl_isalnum(c) || c == '-' || c == '_';
}

/*
 * The successors named in `s`: link targets ("](0005-x.md)") and IDs
 * ("ADR-0005"); a link's text is not read again as an ID.
 */
static size_t successors(const govlog_record **found, size_t cap, const gl_record_index *x,
			 const govlog_record *r, const char *s)
{
	size_t n = 0;
	for (size_t i = 0; s[i] && n < cap;) {
		const govlog_record *hit = NULL;
		size_t len = 0;
		if (s[i] == ']' && s[i + 1] == '(') {
			len = strcspn(s + i + 2, ")");
			hit = by_target(x, r, s + i + 2, len);
			len += 2;
		} else if (id_char(s[i]) && (i == 0 || !id_char(s[i - 1]))) {
			char letters[9];
			unsigned long num;
			size_t count;
			while (id_char(s[i + len]))
				len++;
			if (gl_record_id_split(s + i, len, letters, &num))
				hit = gl_record_index_id(x, letters, num, &count);
		}
		for (size_t k = 0; hit && k < n; k++)
			hit = found[k] == hit ? NULL : hit;
		if (hit && hit != r)
			found[n++] = hit;
		i += len ? len : 1;
	}
	return n;
}

void gl_index_successor_cell(gl_buf *out, const gl_record_index *x, const govlog_record *r,
			     const char *dir)
{
	const char *text = successor_text(r);
	const govlog_record *found[8];
	size_t n = text ? successors(found, 8, x, r, text) : 0;
	if (!n)
		gl_md_text(out, text);
	for (size_t i = 0; i < n; i++) {
		gl_buf_puts(out, i ? ", " : "");
		gl_index_link(out, govlog_record_id(found[i]), found[i], dir);
	}
}
