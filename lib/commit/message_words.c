/* What the words of a subject say: the word table, ticket prefixes, Conventional types. */
#include <string.h>
#include <strings.h>

#include "commit/message_internal.h"
#include "util/ascii.h"
#include "util/banned.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A letter of a word: ASCII, or any byte of a multi-byte character (æ, ø, å). */
static bool is_word_byte(char ch)
{
	return gl_isalpha(ch) || (unsigned char)ch >= 0x80;
}

size_t gl_msg_fold(char *out, size_t cap, const char *s, size_t len)
{
	if (len >= cap)
		return 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch >= 'A' && ch <= 'Z')
			ch = (unsigned char)(ch + 32);
		else if (ch >= 0x80 && ch <= 0x9e && ch != 0x97 && i &&
			 (unsigned char)s[i - 1] == 0xc3) /* À..Þ → à..þ, not × */
			ch = (unsigned char)(ch + 0x20);
		out[i] = (char)ch;
	}
	out[len] = '\0';
	return len;
}

bool gl_msg_folded_in(const char *w, const char *const *list)
{
	for (; *list; list++)
		if ((*list)[0] == w[0] && !strcmp(*list, w))
			return true;
	return false;
}

bool gl_msg_word_in(const char *s, size_t len, const char *const *list)
{
	char w[40];
	return gl_msg_fold(w, sizeof(w), s, len) && gl_msg_folded_in(w, list);
}

/* ---- the words of a message that follows no convention ---- */

/*
 * The first words that say what a change is (English and Danish), folded,
 * sorted by strcmp for a binary search (test_message checks the order).
 * "Ret"/"Rettet" is Danish for fix, "Tilføj" add, "Ny" new, "Fjern" remove.
 */
const gl_msg_word gl_msg_words[] = {
	{"add", GL_CHANGE_FEATURE},
	{"added", GL_CHANGE_FEATURE},
	{"adding", GL_CHANGE_FEATURE},
	{"adds", GL_CHANGE_FEATURE},
	{"bug fix", GL_CHANGE_FIX},
	{"bug fixes", GL_CHANGE_FIX},
	{"bugfix", GL_CHANGE_FIX},
	{"bugfixes", GL_CHANGE_FIX},
	{"build", GL_CHANGE_OTHER},
	{"bump", GL_CHANGE_OTHER},
	{"bumped", GL_CHANGE_OTHER},
	{"bumps", GL_CHANGE_OTHER},
	{"changelog", GL_CHANGE_DOCS},
	{"chore", GL_CHANGE_OTHER},
	{"ci", GL_CHANGE_OTHER},
	{"clean up", GL_CHANGE_OTHER},
	{"cleaned", GL_CHANGE_OTHER},
	{"cleanup", GL_CHANGE_OTHER},
	{"delete", GL_CHANGE_OTHER},
	{"deleted", GL_CHANGE_OTHER},
	{"deps", GL_CHANGE_OTHER},
	{"doc", GL_CHANGE_DOCS},
	{"docs", GL_CHANGE_DOCS},
	{"document", GL_CHANGE_DOCS},
	{"documentation", GL_CHANGE_DOCS},
	{"documented", GL_CHANGE_DOCS},
	{"dokumentation", GL_CHANGE_DOCS},
	{"dokumenteret", GL_CHANGE_DOCS},
	{"faster", GL_CHANGE_PERF},
	{"feat", GL_CHANGE_FEATURE},
	{"feature", GL_CHANGE_FEATURE},
	{"features", GL_CHANGE_FEATURE},
	{"fejlrettelse", GL_CHANGE_FIX},
	{"fejlrettelser", GL_CHANGE_FIX},
	{"fiks", GL_CHANGE_FIX},
	{"fikser", GL_CHANGE_FIX},
	{"fikset", GL_CHANGE_FIX},
	{"fix", GL_CHANGE_FIX},
	{"fixed", GL_CHANGE_FIX},
	{"fixes", GL_CHANGE_FIX},
	{"fixing", GL_CHANGE_FIX},
	{"fjern", GL_CHANGE_OTHER},
	{"fjernede", GL_CHANGE_OTHER},
	{"fjerner", GL_CHANGE_OTHER},
	{"fjernet", GL_CHANGE_OTHER},
	{"format", GL_CHANGE_OTHER},
	{"hot fix", GL_CHANGE_FIX},
	{"hotfix", GL_CHANGE_FIX},
	{"hotfixes", GL_CHANGE_FIX},
	{"hurtigere", GL_CHANGE_PERF},
	{"implement", GL_CHANGE_FEATURE},
	{"implemented", GL_CHANGE_FEATURE},
	{"implementing", GL_CHANGE_FEATURE},
	{"implements", GL_CHANGE_FEATURE},
	{"initial", GL_CHANGE_OTHER},
	{"introduce", GL_CHANGE_FEATURE},
	{"introduced", GL_CHANGE_FEATURE},
	{"introduces", GL_CHANGE_FEATURE},
	{"introducing", GL_CHANGE_FEATURE},
	{"lint", GL_CHANGE_OTHER},
	{"merge", GL_CHANGE_OTHER},
	{"merged", GL_CHANGE_OTHER},
	{"move", GL_CHANGE_OTHER},
	{"moved", GL_CHANGE_OTHER},
	{"new", GL_CHANGE_FEATURE},
	{"ny", GL_CHANGE_FEATURE},
	{"nye", GL_CHANGE_FEATURE},
	{"nyt", GL_CHANGE_FEATURE},
	{"opdater", GL_CHANGE_OTHER},
	{"opdaterede", GL_CHANGE_OTHER},
	{"opdaterer", GL_CHANGE_OTHER},
	{"opdateret", GL_CHANGE_OTHER},
	{"opdatering", GL_CHANGE_OTHER},
	{"opgrader", GL_CHANGE_OTHER},
	{"opgraderet", GL_CHANGE_OTHER},
	{"oprydning", GL_CHANGE_OTHER},
	{"optimer", GL_CHANGE_PERF},
	{"optimeret", GL_CHANGE_PERF},
	{"optimering", GL_CHANGE_PERF},
	{"optimisation", GL_CHANGE_PERF},
	{"optimise", GL_CHANGE_PERF},
	{"optimised", GL_CHANGE_PERF},
	{"optimises", GL_CHANGE_PERF},
	{"optimising", GL_CHANGE_PERF},
	{"optimization", GL_CHANGE_PERF},
	{"optimize", GL_CHANGE_PERF},
	{"optimized", GL_CHANGE_PERF},
	{"optimizes", GL_CHANGE_PERF},
	{"optimizing", GL_CHANGE_PERF},
	{"perf", GL_CHANGE_PERF},
	{"performance", GL_CHANGE_PERF},
	{"readme", GL_CHANGE_DOCS},
	{"refactor", GL_CHANGE_OTHER},
	{"refactored", GL_CHANGE_OTHER},
	{"refactoring", GL_CHANGE_OTHER},
	{"refaktorering", GL_CHANGE_OTHER},
	{"release", GL_CHANGE_OTHER},
	{"remove", GL_CHANGE_OTHER},
	{"removed", GL_CHANGE_OTHER},
	{"removes", GL_CHANGE_OTHER},
	{"removing", GL_CHANGE_OTHER},
	{"rename", GL_CHANGE_OTHER},
	{"renamed", GL_CHANGE_OTHER},
	{"ret", GL_CHANGE_FIX},
	{"rettede", GL_CHANGE_FIX},
	{"rettelse", GL_CHANGE_FIX},
	{"rettelser", GL_CHANGE_FIX},
	{"retter", GL_CHANGE_FIX},
	{"rettet", GL_CHANGE_FIX},
	{"revert", GL_CHANGE_OTHER},
	{"reverted", GL_CHANGE_OTHER},
	{"ryd", GL_CHANGE_OTHER},
	{"security", GL_CHANGE_SECURITY},
	{"sikkerhed", GL_CHANGE_SECURITY},
	{"sikkerhedsopdatering", GL_CHANGE_SECURITY},
	{"sikkerhedsrettelse", GL_CHANGE_SECURITY},
	{"slet", GL_CHANGE_OTHER},
	{"slettet", GL_CHANGE_OTHER},
	{"speed up", GL_CHANGE_PERF},
	{"speedup", GL_CHANGE_PERF},
	{"style", GL_CHANGE_OTHER},
	{"test", GL_CHANGE_OTHER},
	{"tests", GL_CHANGE_OTHER},
	{"tilføj", GL_CHANGE_FEATURE},
	{"tilføjede", GL_CHANGE_FEATURE},
	{"tilføjelse", GL_CHANGE_FEATURE},
	{"tilføjelser", GL_CHANGE_FEATURE},
	{"tilføjer", GL_CHANGE_FEATURE},
	{"tilføjet", GL_CHANGE_FEATURE},
	{"update", GL_CHANGE_OTHER},
	{"updated", GL_CHANGE_OTHER},
	{"updates", GL_CHANGE_OTHER},
	{"updating", GL_CHANGE_OTHER},
	{"upgrade", GL_CHANGE_OTHER},
	{"upgraded", GL_CHANGE_OTHER},
	{"upgrades", GL_CHANGE_OTHER},
	{"version", GL_CHANGE_OTHER},
	{"wip", GL_CHANGE_OTHER},
};
const size_t gl_msg_word_count = GL_ARRAY_SIZE(gl_msg_words);

/* First words that may start a two-word phrase ("speed up", "bug fix"). */
static const char *const phrase_starts[] = {"speed", "clean", "bug", "hot", NULL};

/* The kind a word (or "word word") says, or UNCLASSIFIED. */
gl_change_kind gl_msg_kind_of_word(const char *s, size_t len)
{
	char w[40];
	size_t lo = 0, hi = gl_msg_word_count;
	if (!gl_msg_fold(w, sizeof(w), s, len))
		return GL_CHANGE_UNCLASSIFIED;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(w, gl_msg_words[mid].word);
		if (!cmp)
			return gl_msg_words[mid].kind;
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return GL_CHANGE_UNCLASSIFIED;
}

static size_t word_len(const char *s, size_t len)
{
	size_t n = 0;
	while (n < len && is_word_byte(s[n]))
		n++;
	return n;
}

static bool is_separator(const char *s, size_t len, size_t *n)
{
	static const char *const dashes[] = {"\xe2\x80\x93", "\xe2\x80\x94"}; /* – — */
	*n = 1;
	if (len && s[0] && strchr(" \t:,;|/-.", s[0]))
		return true;
	*n = 3;
	return gl_msg_starts(s, len, dashes[0]) || gl_msg_starts(s, len, dashes[1]);
}

static size_t skip_separators(const char *s, size_t len)
{
	size_t i = 0, n;
	while (i < len && is_separator(s + i, len - i, &n))
		i += n;
	return i;
}

/* "AR-519", "OS2FORMS-361", "#12", "358:": the length of a ticket key at s, or 0. */
static size_t ticket_key(const char *s, size_t len)
{
	size_t i = 0, n = gl_msg_digits(s, len);
	if (n && n < len && s[n] == ':') /* a bare ticket number, "358: ret kalender" */
		return n;
	if (len && s[0] == '#') {
		i = 1;
	} else {
		while (i < len && ((s[i] >= 'A' && s[i] <= 'Z') || (i && gl_isdigit(s[i]))))
			i++;
		if (!i || i >= len || s[i] != '-')
			return 0;
		i++;
	}
	size_t d = gl_msg_digits(s + i, len - i);
	if (!d || (i + d < len && (gl_isalpha(s[i + d]) || gl_isdigit(s[i + d]))))
		return 0;
	return i + d;
}

/* A ticket prefix ("AR-519: ", "[#55444] ", a configured pattern at the start), or 0. */
static size_t ticket_prefix(gl_msg_ctx *c, const char *s, size_t len, gl_change_kind *kind)
{
	size_t n = 0, a;
	if (len && s[0] == '[') {
		const char *close = memchr(s, ']', len < 64 ? len : 64);
		if (!close)
			return 0;
		*kind = gl_msg_kind_of_word(s + 1,
					    (size_t)(close - s - 1)); /* "[Docs] …", "[Fix] …" */
		return (size_t)(close - s) + 1;
	}
	n = ticket_key(s, len);
	size_t at = (size_t)(s - c->t.data);
	for (size_t k = 0; !n && k < c->ticket_matches.len; k++)
		if (c->ticket_matches.items[k].start == at)
			n = c->ticket_matches.items[k].end - at;
	if (n > len)
		return 0; /* a pattern that runs on past the line */
	if (n && n < len && !is_separator(s + n, len - n, &a))
		return 0;
	return n;
}

/* The kind the first words say, after bullets and ticket prefixes. */
gl_change_kind gl_msg_kind_of_words(gl_msg_ctx *c, const char *s, size_t len)
{
	gl_change_kind kind = GL_CHANGE_UNCLASSIFIED;
	size_t i = 0, n;
	while (i < len && (s[i] == '-' || s[i] == '*' || gl_isspace(s[i])))
		i++;
	for (int k = 0; k < 4; k++) {
		if (len - i > 4 && !strncasecmp(s + i, "CVE-", 4) && gl_isdigit(s[i + 4]))
			return GL_CHANGE_SECURITY;
		if (!(n = ticket_prefix(c, s + i, len - i, &kind)))
			break;
		if (kind != GL_CHANGE_UNCLASSIFIED)
			return kind;
		i += n;
		i += skip_separators(s + i, len - i);
	}
	s += i, len -= i;
	size_t w1 = word_len(s, len);
	if (!w1)
		return kind;
	if (w1 + 1 < len && s[w1] == ' ' && gl_msg_word_in(s, w1, phrase_starts)) {
		size_t w2 = word_len(s + w1 + 1, len - w1 - 1);
		kind = w2 ? gl_msg_kind_of_word(s, w1 + 1 + w2) : kind;
		if (kind != GL_CHANGE_UNCLASSIFIED)
			return kind;
	}
	return gl_msg_kind_of_word(s, w1);
}

/* ---- the Conventional Commits header ---- */

/* The types Conventional Commits tools know, with the group each goes to. */
static const struct {
	const char *type;
	gl_change_kind kind;
} known_types[] = {
	{"feat", GL_CHANGE_FEATURE},      {"feature", GL_CHANGE_FEATURE},
	{"fix", GL_CHANGE_FIX},           {"bugfix", GL_CHANGE_FIX},
	{"hotfix", GL_CHANGE_FIX},        {"perf", GL_CHANGE_PERF},
	{"docs", GL_CHANGE_DOCS},         {"doc", GL_CHANGE_DOCS},
	{"security", GL_CHANGE_SECURITY}, {"sec", GL_CHANGE_SECURITY},
	{"style", GL_CHANGE_OTHER},       {"refactor", GL_CHANGE_OTHER},
	{"test", GL_CHANGE_OTHER},        {"tests", GL_CHANGE_OTHER},
	{"build", GL_CHANGE_OTHER},       {"ci", GL_CHANGE_OTHER},
	{"chore", GL_CHANGE_OTHER},       {"revert", GL_CHANGE_OTHER},
	{"deps", GL_CHANGE_OTHER},        {"release", GL_CHANGE_OTHER},
	{"wip", GL_CHANGE_OTHER},         {"types", GL_CHANGE_OTHER},
	{"ops", GL_CHANGE_OTHER},         {"config", GL_CHANGE_OTHER},
	{"lint", GL_CHANGE_OTHER},        {"format", GL_CHANGE_OTHER},
	{"merge", GL_CHANGE_OTHER},       {"init", GL_CHANGE_OTHER},
};

/* A known type's group, or UNCLASSIFIED for a type no tool knows. */
gl_change_kind gl_msg_kind_of_known_type(const char *type, size_t len)
{
	char w[40];
	if (!gl_msg_fold(w, sizeof(w), type, len))
		return GL_CHANGE_UNCLASSIFIED;
	for (size_t i = 0; i < COUNT(known_types); i++)
		if (known_types[i].type[0] == w[0] && !strcmp(known_types[i].type, w))
			return known_types[i].kind;
	return GL_CHANGE_UNCLASSIFIED;
}

gl_change_kind gl_change_kind_of_type(const char *type)
{
	gl_change_kind k = type ? gl_msg_kind_of_known_type(type, strlen(type)) : GL_CHANGE_OTHER;
	return k == GL_CHANGE_UNCLASSIFIED ? GL_CHANGE_OTHER : k;
}
