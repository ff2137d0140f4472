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
 * "Ret"/"Rettet" is Danish for fix, "Tilføj" add, "Ny" new, "Fjern" remove,
 * "Ændr" change, "Forbedr" improve, "Løs" resolve. Words before others
 * ("Fix typo", "Bump version", "Update README") are message_phrases.c's.
 */
const gl_msg_word gl_msg_words[] = {
	{"add", GL_CHANGE_FEATURE},
	{"added", GL_CHANGE_FEATURE},
	{"adding", GL_CHANGE_FEATURE},
	{"adds", GL_CHANGE_FEATURE},
	{"adjust", GL_CHANGE_OTHER},
	{"adjusted", GL_CHANGE_OTHER},
	{"adjusting", GL_CHANGE_OTHER},
	{"adjusts", GL_CHANGE_OTHER},
	{"afhængigheder", GL_CHANGE_DEPS},
	{"aktiver", GL_CHANGE_FEATURE},
	{"aktiveret", GL_CHANGE_FEATURE},
	{"allow", GL_CHANGE_FEATURE},
	{"allowed", GL_CHANGE_FEATURE},
	{"allowing", GL_CHANGE_FEATURE},
	{"allows", GL_CHANGE_FEATURE},
	{"brug", GL_CHANGE_OTHER},
	{"bug", GL_CHANGE_FIX},
	{"bug fix", GL_CHANGE_FIX},
	{"bug fixes", GL_CHANGE_FIX},
	{"bugfix", GL_CHANGE_FIX},
	{"bugfixes", GL_CHANGE_FIX},
	{"build", GL_CHANGE_OTHER},
	{"bump", GL_CHANGE_DEPS},
	{"bumped", GL_CHANGE_DEPS},
	{"bumping", GL_CHANGE_DEPS},
	{"bumps", GL_CHANGE_DEPS},
	{"change", GL_CHANGE_OTHER},
	{"changed", GL_CHANGE_OTHER},
	{"changelog", GL_CHANGE_OTHER},
	{"changes", GL_CHANGE_OTHER},
	{"changing", GL_CHANGE_OTHER},
	{"chore", GL_CHANGE_OTHER},
	{"ci", GL_CHANGE_OTHER},
	{"clean up", GL_CHANGE_OTHER},
	{"cleaned", GL_CHANGE_OTHER},
	{"cleaning", GL_CHANGE_OTHER},
	{"cleanup", GL_CHANGE_OTHER},
	{"convert", GL_CHANGE_OTHER},
	{"converted", GL_CHANGE_OTHER},
	{"converting", GL_CHANGE_OTHER},
	{"converts", GL_CHANGE_OTHER},
	{"correct", GL_CHANGE_FIX},
	{"corrected", GL_CHANGE_FIX},
	{"correcting", GL_CHANGE_FIX},
	{"correction", GL_CHANGE_FIX},
	{"corrections", GL_CHANGE_FIX},
	{"corrects", GL_CHANGE_FIX},
	{"create", GL_CHANGE_FEATURE},
	{"created", GL_CHANGE_FEATURE},
	{"creates", GL_CHANGE_FEATURE},
	{"creating", GL_CHANGE_FEATURE},
	{"delete", GL_CHANGE_OTHER},
	{"deleted", GL_CHANGE_OTHER},
	{"deletes", GL_CHANGE_OTHER},
	{"deleting", GL_CHANGE_OTHER},
	{"dependencies", GL_CHANGE_DEPS},
	{"dependency", GL_CHANGE_DEPS},
	{"deps", GL_CHANGE_DEPS},
	{"doc", GL_CHANGE_DOCS},
	{"docs", GL_CHANGE_DOCS},
	{"document", GL_CHANGE_DOCS},
	{"documentation", GL_CHANGE_DOCS},
	{"documented", GL_CHANGE_DOCS},
	{"dokumentation", GL_CHANGE_DOCS},
	{"dokumenteret", GL_CHANGE_DOCS},
	{"drop", GL_CHANGE_OTHER},
	{"dropped", GL_CHANGE_OTHER},
	{"dropping", GL_CHANGE_OTHER},
	{"drops", GL_CHANGE_OTHER},
	{"enable", GL_CHANGE_FEATURE},
	{"enabled", GL_CHANGE_FEATURE},
	{"enables", GL_CHANGE_FEATURE},
	{"enabling", GL_CHANGE_FEATURE},
	{"erstat", GL_CHANGE_OTHER},
	{"erstattet", GL_CHANGE_OTHER},
	{"faster", GL_CHANGE_PERF},
	{"feat", GL_CHANGE_FEATURE},
	{"feature", GL_CHANGE_FEATURE},
	{"features", GL_CHANGE_FEATURE},
	{"fejl", GL_CHANGE_FIX},
	{"fejlrettelse", GL_CHANGE_FIX},
	{"fejlrettelser", GL_CHANGE_FIX},
	{"fejlrettet", GL_CHANGE_FIX},
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
	{"flyt", GL_CHANGE_OTHER},
	{"flytter", GL_CHANGE_OTHER},
	{"flyttet", GL_CHANGE_OTHER},
	{"forbedr", GL_CHANGE_OTHER},
	{"forbedrer", GL_CHANGE_OTHER},
	{"forbedret", GL_CHANGE_OTHER},
	{"forbedring", GL_CHANGE_OTHER},
	{"forbedringer", GL_CHANGE_OTHER},
	{"format", GL_CHANGE_OTHER},
	{"harden", GL_CHANGE_SECURITY},
	{"hardened", GL_CHANGE_SECURITY},
	{"hardening", GL_CHANGE_SECURITY},
	{"hardens", GL_CHANGE_SECURITY},
	{"hot fix", GL_CHANGE_FIX},
	{"hotfix", GL_CHANGE_FIX},
	{"hotfixes", GL_CHANGE_FIX},
	{"hurtigere", GL_CHANGE_PERF},
	{"implement", GL_CHANGE_FEATURE},
	{"implemented", GL_CHANGE_FEATURE},
	{"implementer", GL_CHANGE_FEATURE},
	{"implementerer", GL_CHANGE_FEATURE},
	{"implementeret", GL_CHANGE_FEATURE},
	{"implementering", GL_CHANGE_FEATURE},
	{"implementing", GL_CHANGE_FEATURE},
	{"implements", GL_CHANGE_FEATURE},
	{"improve", GL_CHANGE_OTHER},
	{"improved", GL_CHANGE_OTHER},
	{"improvement", GL_CHANGE_OTHER},
	{"improvements", GL_CHANGE_OTHER},
	{"improves", GL_CHANGE_OTHER},
	{"improving", GL_CHANGE_OTHER},
	{"initial", GL_CHANGE_OTHER},
	{"introduce", GL_CHANGE_FEATURE},
	{"introduced", GL_CHANGE_FEATURE},
	{"introduces", GL_CHANGE_FEATURE},
	{"introducing", GL_CHANGE_FEATURE},
	{"juster", GL_CHANGE_OTHER},
	{"justeret", GL_CHANGE_OTHER},
	{"justering", GL_CHANGE_OTHER},
	{"justeringer", GL_CHANGE_OTHER},
	{"konverter", GL_CHANGE_OTHER},
	{"konverteret", GL_CHANGE_OTHER},
	{"lint", GL_CHANGE_OTHER},
	{"løs", GL_CHANGE_FIX},
	{"løser", GL_CHANGE_FIX},
	{"løst", GL_CHANGE_FIX},
	{"merge", GL_CHANGE_OTHER},
	{"merged", GL_CHANGE_OTHER},
	{"move", GL_CHANGE_OTHER},
	{"moved", GL_CHANGE_OTHER},
	{"moves", GL_CHANGE_OTHER},
	{"moving", GL_CHANGE_OTHER},
	{"mulighed", GL_CHANGE_FEATURE},
	{"new", GL_CHANGE_FEATURE},
	{"ny", GL_CHANGE_FEATURE},
	{"nye", GL_CHANGE_FEATURE},
	{"nyt", GL_CHANGE_FEATURE},
	{"omdøb", GL_CHANGE_OTHER},
	{"omdøber", GL_CHANGE_OTHER},
	{"omdøbt", GL_CHANGE_OTHER},
	{"opdater", GL_CHANGE_OTHER},
	{"opdaterede", GL_CHANGE_OTHER},
	{"opdaterer", GL_CHANGE_OTHER},
	{"opdateret", GL_CHANGE_OTHER},
	{"opdatering", GL_CHANGE_OTHER},
	{"opgrader", GL_CHANGE_OTHER},
	{"opgraderet", GL_CHANGE_OTHER},
	{"opret", GL_CHANGE_FEATURE},
	{"oprettelse", GL_CHANGE_FEATURE},
	{"opretter", GL_CHANGE_FEATURE},
	{"oprettet", GL_CHANGE_FEATURE},
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
	{"prevent", GL_CHANGE_FIX},
	{"prevented", GL_CHANGE_FIX},
	{"preventing", GL_CHANGE_FIX},
	{"prevents", GL_CHANGE_FIX},
	{"readme", GL_CHANGE_DOCS},
	{"refactor", GL_CHANGE_OTHER},
	{"refactored", GL_CHANGE_OTHER},
	{"refactoring", GL_CHANGE_OTHER},
	{"refaktorer", GL_CHANGE_OTHER},
	{"refaktoreret", GL_CHANGE_OTHER},
	{"refaktorering", GL_CHANGE_OTHER},
	{"release", GL_CHANGE_OTHER},
	{"remove", GL_CHANGE_OTHER},
	{"removed", GL_CHANGE_OTHER},
	{"removes", GL_CHANGE_OTHER},
	{"removing", GL_CHANGE_OTHER},
	{"rename", GL_CHANGE_OTHER},
	{"renamed", GL_CHANGE_OTHER},
	{"renames", GL_CHANGE_OTHER},
	{"renaming", GL_CHANGE_OTHER},
	{"repair", GL_CHANGE_FIX},
	{"repaired", GL_CHANGE_FIX},
	{"repairing", GL_CHANGE_FIX},
	{"repairs", GL_CHANGE_FIX},
	{"replace", GL_CHANGE_OTHER},
	{"replaced", GL_CHANGE_OTHER},
	{"replaces", GL_CHANGE_OTHER},
	{"replacing", GL_CHANGE_OTHER},
	{"resolve", GL_CHANGE_FIX},
	{"resolved", GL_CHANGE_FIX},
	{"resolves", GL_CHANGE_FIX},
	{"resolving", GL_CHANGE_FIX},
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
	{"skift", GL_CHANGE_OTHER},
	{"skiftet", GL_CHANGE_OTHER},
	{"slet", GL_CHANGE_OTHER},
	{"slettet", GL_CHANGE_OTHER},
	{"speed up", GL_CHANGE_PERF},
	{"speedup", GL_CHANGE_PERF},
	{"style", GL_CHANGE_OTHER},
	{"support", GL_CHANGE_FEATURE},
	{"supported", GL_CHANGE_FEATURE},
	{"supporting", GL_CHANGE_FEATURE},
	{"supports", GL_CHANGE_FEATURE},
	{"switch", GL_CHANGE_OTHER},
	{"switched", GL_CHANGE_OTHER},
	{"switches", GL_CHANGE_OTHER},
	{"switching", GL_CHANGE_OTHER},
	{"test", GL_CHANGE_OTHER},
	{"tests", GL_CHANGE_OTHER},
	{"tilføj", GL_CHANGE_FEATURE},
	{"tilføjede", GL_CHANGE_FEATURE},
	{"tilføjelse", GL_CHANGE_FEATURE},
	{"tilføjelser", GL_CHANGE_FEATURE},
	{"tilføjer", GL_CHANGE_FEATURE},
	{"tilføjet", GL_CHANGE_FEATURE},
	{"tilpas", GL_CHANGE_OTHER},
	{"tilpasning", GL_CHANGE_OTHER},
	{"tilpasninger", GL_CHANGE_OTHER},
	{"tilpasset", GL_CHANGE_OTHER},
	{"tweak", GL_CHANGE_OTHER},
	{"tweaked", GL_CHANGE_OTHER},
	{"tweaks", GL_CHANGE_OTHER},
	{"typo", GL_CHANGE_OTHER},
	{"typos", GL_CHANGE_OTHER},
	{"understøt", GL_CHANGE_FEATURE},
	{"understøttelse", GL_CHANGE_FEATURE},
	{"understøtter", GL_CHANGE_FEATURE},
	{"update", GL_CHANGE_OTHER},
	{"updated", GL_CHANGE_OTHER},
	{"updates", GL_CHANGE_OTHER},
	{"updating", GL_CHANGE_OTHER},
	{"upgrade", GL_CHANGE_OTHER},
	{"upgraded", GL_CHANGE_OTHER},
	{"upgrades", GL_CHANGE_OTHER},
	{"use", GL_CHANGE_OTHER},
	{"version", GL_CHANGE_OTHER},
	{"wip", GL_CHANGE_OTHER},
	{"ydeevne", GL_CHANGE_PERF},
	{"ændr", GL_CHANGE_OTHER},
	{"ændrede", GL_CHANGE_OTHER},
	{"ændrer", GL_CHANGE_OTHER},
	{"ændret", GL_CHANGE_OTHER},
	{"ændring", GL_CHANGE_OTHER},
	{"ændringer", GL_CHANGE_OTHER},
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

/* "Issue #12", "Sag 4711", "Opgave 12": a ticket named by its kind, or 0. */
static size_t named_ticket(const char *s, size_t len)
{
	static const char *const names[] = {"issue", "ticket", "task", "story",
					    "sag",   "opgave", NULL};
	size_t w = word_len(s, len), n;
	if (!w || w + 1 >= len || s[w] != ' ' || !gl_msg_word_in(s, w, names))
		return 0;
	n = ticket_key(s + w + 1, len - w - 1);
	if (!n)
		n = gl_msg_digits(s + w + 1, len - w - 1);
	return n ? w + 1 + n : 0;
}

/* Drupal's "Issue #3190032 by fjgarlin, pmelab: Add …": the credits up to the colon. */
static size_t credits(const char *s, size_t len)
{
	if (!gl_msg_starts(s, len, " by "))
		return 0;
	const char *colon = memchr(s, ':', len < 256 ? len : 256);
	return colon ? (size_t)(colon - s) + 1 : 0;
}

/* "[Docs] …", "(AR-600) …": a bracketed prefix, whose word may say the kind. */
static size_t bracketed(const char *s, size_t len, gl_change_kind *kind)
{
	char close = s[0] == '[' ? ']' : ')';
	const char *end = memchr(s, close, len < 64 ? len : 64);
	if (!end)
		return 0;
	*kind = gl_msg_kind_of_word(s + 1, (size_t)(end - s - 1)); /* "[Docs] …", "[Fix] …" */
	return (size_t)(end - s) + 1;
}

/* A ticket prefix ("AR-519: ", "[#55444] ", a configured pattern at the start), or 0. */
static size_t ticket_prefix(gl_msg_ctx *c, const char *s, size_t len, gl_change_kind *kind)
{
	size_t n = 0, a;
	if (len && (s[0] == '[' || s[0] == '('))
		return bracketed(s, len, kind);
	n = ticket_key(s, len);
	if (!n)
		n = named_ticket(s, len);
	size_t at = (size_t)(s - c->t.data);
	for (size_t k = 0; !n && k < c->ticket_matches.len; k++)
		if (c->ticket_matches.items[k].start == at)
			n = c->ticket_matches.items[k].end - at;
	if (n > len)
		return 0; /* a pattern that runs on past the line */
	if (n)
		n += credits(s + n, len - n);
	if (n && n < len && !is_separator(s + n, len - n, &a))
		return 0;
	return n;
}

/* What the first word (or "speed up"-like phrase) says. */
static gl_change_kind kind_of_first(const char *s, size_t len)
{
	size_t w1 = word_len(s, len);
	if (!w1)
		return GL_CHANGE_UNCLASSIFIED;
	if (w1 + 1 < len && s[w1] == ' ' && gl_msg_word_in(s, w1, phrase_starts)) {
		size_t w2 = word_len(s + w1 + 1, len - w1 - 1);
		gl_change_kind kind =
			w2 ? gl_msg_kind_of_word(s, w1 + 1 + w2) : GL_CHANGE_UNCLASSIFIED;
		if (kind != GL_CHANGE_UNCLASSIFIED)
			return kind;
	}
	return gl_msg_kind_of_word(s, w1);
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
	return gl_msg_kind_of_phrase(c, s, len, kind_of_first(s, len));
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
	{"deps", GL_CHANGE_DEPS},         {"release", GL_CHANGE_OTHER},
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
