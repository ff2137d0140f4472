/* Suggestions for broken links: folder listings and answers cached per run, comparisons capped. */
#include "check/rules/suggest.h"

#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"
#include "record/vocab.h"
#include "util/escape.h"
#include "util/fs.h"
#include "util/strmap.h"
#include "util/utf8.h"
#include "util/vec.h"
#include "util/banned.h"

/* A folder's names, their lengths in code points and the set of them. */
typedef struct folder {
	gl_strvec names;
	size_t *chars;
	gl_str_map *set;
	bool readable;
} folder;

struct gl_suggest {
	gl_str_map *dirs; /* folder → index in listings */
	GL_VEC(folder) listings;
	gl_str_map *answers; /* target → index in best (NULL: nothing close) */
	gl_strvec best;
	size_t budget;
};

gl_suggest *gl_suggest_new(void)
{
	gl_suggest *s = gl_xcalloc(1, sizeof(*s));
	s->dirs = gl_str_map_new();
	s->answers = gl_str_map_new();
	s->budget = GL_SUGGEST_BUDGET;
	return s;
}

void gl_suggest_free(gl_suggest *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->listings.len; i++) {
		gl_strvec_free(&s->listings.items[i].names);
		free(s->listings.items[i].chars);
		gl_str_map_free(s->listings.items[i].set);
	}
	gl_vec_free(&s->listings);
	gl_strvec_free(&s->best);
	gl_str_map_free(s->dirs);
	gl_str_map_free(s->answers);
	free(s);
}

/* The names in a folder, read from disk the first time only (none when unreadable). */
static const folder *listing(gl_suggest *s, const char *dir)
{
	size_t i;
	if (gl_str_map_get(s->dirs, dir, &i))
		return &s->listings.items[i];
	folder f = {{0}, NULL, gl_str_map_new(), true};
	if (gl_fs_list(dir, &f.names) < 0) {
		gl_strvec_free(&f.names);
		f.readable = false;
	}
	f.chars = gl_xcalloc(f.names.len + 1, sizeof(*f.chars));
	for (i = 0; i < f.names.len; i++) {
		f.chars[i] = gl_utf8_count(f.names.items[i], strlen(f.names.items[i]));
		gl_str_map_put(f.set, f.names.items[i], i);
	}
	gl_str_map_put(s->dirs, dir, s->listings.len);
	gl_vec_push(&s->listings, f);
	return &s->listings.items[s->listings.len - 1];
}

/* The closest name to `name` within a typo's distance, or NULL; spends the budget. */
static const char *closest(gl_suggest *s, const folder *f, const char *name)
{
	size_t len = strlen(name), best_distance = len / 4 + 2;
	size_t chars = gl_utf8_count(name, len);
	const char *best = NULL;
	for (size_t i = 0; i < f->names.len && s->budget; i++) {
		size_t other = f->chars[i];
		s->budget--;
		/* The lengths alone differ by more than the distance allowed. */
		if ((other > chars ? other - chars : chars - other) >= best_distance)
			continue;
		/* A comparison costs a table of chars × other cells (64 × 64 at most). */
		size_t cells = (chars < 64 ? chars : 64) * (other < 64 ? other : 64);
		s->budget = s->budget > cells ? s->budget - cells : 0;
		const char *candidate = f->names.items[i];
		size_t d = gl_vocab_distance(name, len, candidate, strlen(candidate));
		if (d < best_distance)
			best_distance = d, best = candidate;
	}
	return best;
}

/* The answer for a target, computed once. */
static const char *answer(gl_suggest *s, const char *target)
{
	size_t i;
	if (gl_str_map_get(s->answers, target, &i))
		return s->best.items[i];
	const char *slash = strrchr(target, '/');
	gl_buf dir = GL_BUF_INIT;
	gl_buf_put(&dir, target, slash ? (size_t)(slash - target) : 0);
	const char *best = NULL;
	if (s->budget)
		best = closest(s, listing(s, dir.len ? dir.ptr : "."), slash ? slash + 1 : target);
	gl_buf_release(&dir);
	gl_str_map_put(s->answers, target, s->best.len);
	gl_vec_push(&s->best, best ? gl_xstrdup(best) : NULL);
	return best;
}

void gl_suggest_hint(gl_suggest *s, gl_buf *hint, const char *target, bool relative,
		     govlog_lang lang)
{
	const char *best = answer(s, target);
	if (!best) {
		/* How relative links are read says nothing about an absolute URL. */
		if (relative)
			gl_lang_printf(hint, lang, GL_T_LINK_RELATIVE_HINT);
		return;
	}
	gl_buf shown = GL_BUF_INIT; /* a file name may hold a line break */
	gl_esc_texts(&shown, best);
	gl_lang_printf(hint, lang, GL_T_LINK_DID_YOU_MEAN, shown.ptr);
	gl_buf_release(&shown);
}

bool gl_suggest_may_exist(gl_suggest *s, const char *path)
{
	const char *slash = strrchr(path, '/');
	/* ".." through a linked folder is the kernel's to resolve, not the text's. */
	if (!strcmp(path, "..") || !strncmp(path, "../", 3) || strstr(path, "/../") ||
	    (slash && !strcmp(slash, "/..")))
		return true;
	const char *name = slash ? slash + 1 : path;
	if (!*name || !strcmp(name, "."))
		return true;
	gl_buf dir = GL_BUF_INIT;
	gl_buf_put(&dir, path, slash ? (size_t)(slash - path) : 0);
	/* A folder its parent does not list is never opened: "gone/index.md" costs nothing. */
	bool maybe = !dir.len || gl_suggest_may_exist(s, dir.ptr);
	if (maybe) {
		const folder *f = listing(s, dir.len ? dir.ptr : (slash ? "/" : "."));
		size_t unused;
		maybe = !f->readable || gl_str_map_get(f->set, name, &unused);
	}
	gl_buf_release(&dir);
	return maybe;
}
