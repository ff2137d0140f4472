/* Alias tables for fields, statuses and types, and the "did you mean" search. */
#include "record/vocab.h"

#include <string.h>

#include "diag/texts.h"
#include "util/ascii.h"
#include "util/utf8.h"
#include "util/banned.h"

typedef struct word {
	const char *text; /* as users write it */
	const char *canon;
	const char *lang; /* "en", "da" or NULL for both */
} word;

static const word field_words[] = {
	{"status", "status", NULL},
	{"state", "status", "en"},
	{"tilstand", "status", "da"},
	{"date", "date", "en"},
	{"dato", "date", "da"},
	{"beslutningsdato", "date", "da"},
	{"last updated", "date", "en"},
	{"deciders", "deciders", "en"},
	{"decision-makers", "deciders", "en"},
	{"decision makers", "deciders", "en"},
	{"beslutningstagere", "deciders", "da"},
	{"beslutningstager", "deciders", "da"},
	{"type", "type", NULL},
	{"decision type", "type", "en"},
	{"decision-type", "type", "en"},
	{"beslutningstype", "type", "da"},
	{"supersedes", "supersedes", "en"},
	{"erstatter", "supersedes", "da"},
	{"superseded-by", "superseded-by", "en"},
	{"superseded by", "superseded-by", "en"},
	{"erstattet af", "superseded-by", "da"},
	{"erstattet-af", "superseded-by", "da"},
	{"requests", "requests", "en"},
	{"request", "requests", "en"},
	{"refs", "requests", "en"},
	{"ønske", "requests", "da"},
	{"ønsker", "requests", "da"},
	{"udviklingsønske", "requests", "da"},
	{"id", "id", NULL},
	{"title", "title", "en"},
	{"titel", "title", "da"},
	{"consulted", "consulted", "en"},
	{"hørt", "consulted", "da"},
	{"informed", "informed", "en"},
	{"informeret", "informed", "da"},
};

/* The words of a supersede link; "superseded by" before "superseded" would not matter. */
static const struct {
	const char *words;
	bool successor;
} relation_words[] = {
	{"superseded by", true}, {"superceded by", true}, {"erstattet af", true},
	{"replaced by", true},   {"supersedes", false},   {"supercedes", false},
	{"erstatter", false},    {"replaces", false},
};

static const struct {
	const char *name;
	gl_text_id label;
} field_labels[] = {
	{"status", GL_T_FIELD_STATUS},         {"date", GL_T_FIELD_DATE},
	{"deciders", GL_T_FIELD_DECIDERS},     {"type", GL_T_FIELD_TYPE},
	{"supersedes", GL_T_FIELD_SUPERSEDES}, {"superseded-by", GL_T_FIELD_SUPERSEDED_BY},
	{"requests", GL_T_FIELD_REQUESTS},
};

typedef struct status_word {
	const char *text;
	govlog_status status;
	const char *lang;
} status_word;

static const status_word status_words[] = {
	{"Proposed", GOVLOG_STATUS_PROPOSED, "en"},
	{"Draft", GOVLOG_STATUS_PROPOSED, "en"},
	{"Accepted", GOVLOG_STATUS_ACCEPTED, "en"},
	{"Approved", GOVLOG_STATUS_ACCEPTED, "en"},
	{"Decided", GOVLOG_STATUS_ACCEPTED, "en"},
	{"Rejected", GOVLOG_STATUS_REJECTED, "en"},
	{"Declined", GOVLOG_STATUS_REJECTED, "en"},
	{"Deprecated", GOVLOG_STATUS_DEPRECATED, "en"},
	{"Obsolete", GOVLOG_STATUS_DEPRECATED, "en"},
	{"Superseded", GOVLOG_STATUS_SUPERSEDED, "en"},
	{"Replaced", GOVLOG_STATUS_SUPERSEDED, "en"},
	{"Forslag", GOVLOG_STATUS_PROPOSED, "da"},
	{"Foreslået", GOVLOG_STATUS_PROPOSED, "da"},
	{"Udkast", GOVLOG_STATUS_PROPOSED, "da"},
	{"Accepteret", GOVLOG_STATUS_ACCEPTED, "da"},
	{"Godkendt", GOVLOG_STATUS_ACCEPTED, "da"},
	{"Besluttet", GOVLOG_STATUS_ACCEPTED, "da"},
	{"Vedtaget", GOVLOG_STATUS_ACCEPTED, "da"},
	{"Afvist", GOVLOG_STATUS_REJECTED, "da"},
	{"Forkastet", GOVLOG_STATUS_REJECTED, "da"},
	{"Forældet", GOVLOG_STATUS_DEPRECATED, "da"},
	{"Udfaset", GOVLOG_STATUS_DEPRECATED, "da"},
	{"Erstattet", GOVLOG_STATUS_SUPERSEDED, "da"},
};

static const struct {
	const char *text;
	govlog_decision_type type;
} type_words[] = {
	{"adr", GOVLOG_TYPE_ARCHITECTURE},
	{"architecture", GOVLOG_TYPE_ARCHITECTURE},
	{"architectural", GOVLOG_TYPE_ARCHITECTURE},
	{"technical", GOVLOG_TYPE_ARCHITECTURE},
	{"arkitektur", GOVLOG_TYPE_ARCHITECTURE},
	{"arkitektonisk", GOVLOG_TYPE_ARCHITECTURE},
	{"teknisk", GOVLOG_TYPE_ARCHITECTURE},
	{"sdr", GOVLOG_TYPE_STRATEGIC},
	{"strategic", GOVLOG_TYPE_STRATEGIC},
	{"strategisk", GOVLOG_TYPE_STRATEGIC},
	{"odr", GOVLOG_TYPE_OPERATIONAL},
	{"operational", GOVLOG_TYPE_OPERATIONAL},
	{"operationel", GOVLOG_TYPE_OPERATIONAL},
	{"operativ", GOVLOG_TYPE_OPERATIONAL},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Case-insensitive match that also treats '_' and '-' in the key like a space or hyphen. */
static const word *field_lookup(const char *key, size_t len)
{
	/* Every word is written in lower case: a key opening with an ASCII letter is
	 * no alias of a word that opens otherwise, and most keys meet dozens. */
	char first = len ? gl_tolower(key[0]) : '\0';
	bool ascii = len && (unsigned char)key[0] < 0x80;
	for (size_t i = 0; i < COUNT(field_words); i++) {
		const char *w = field_words[i].text;
		if (ascii && w[0] != first)
			continue;
		if (gl_utf8_ieq(key, len, w, strlen(w)))
			return &field_words[i];
	}
	return NULL;
}

const char *gl_vocab_field(const char *key, size_t len)
{
	const word *w = field_lookup(key, len);
	return w ? w->canon : NULL;
}

const char *gl_vocab_field_language(const char *key, size_t len)
{
	const word *w = field_lookup(key, len);
	return w ? w->lang : NULL;
}

bool gl_vocab_site_key(const char *name)
{
	/* Jekyll's own (front matter defaults, posts, jekyll-redirect-from, jekyll-sitemap)
	 * and just-the-docs' navigation and search keys. */
	static const char *const keys[] = {"layout",
					   "permalink",
					   "published",
					   "categories",
					   "category",
					   "tags",
					   "excerpt",
					   "lang",
					   "title",
					   "description",
					   "parent",
					   "grand_parent",
					   "nav_order",
					   "nav_exclude",
					   "has_children",
					   "has_toc",
					   "child_nav_order",
					   "search_exclude",
					   "last_modified_date",
					   "redirect_from",
					   "redirect_to",
					   "sitemap",
					   "nav_enabled"};
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (!strcmp(keys[i], name))
			return true;
	return false;
}

const char *gl_vocab_field_label(const char *name, const char *lang)
{
	for (size_t i = 0; i < COUNT(field_labels); i++)
		if (!strcmp(field_labels[i].name, name))
			return gl_lang_text(gl_lang_of(lang), field_labels[i].label);
	return name;
}

/* Bytes of the leading run of code points `keep` takes (told whether one came before). */
static size_t leading_run(const char *s, size_t len,
			  bool (*keep)(uint32_t cp, bool valid, bool later))
{
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		bool valid;
		size_t n = gl_utf8_decode(s + i, len - i, &cp, &valid);
		if (!keep(cp, valid, i > 0))
			break;
		i += n;
	}
	return i;
}

static bool letter(uint32_t cp, bool valid, bool later)
{
	(void)valid, (void)later;
	return gl_utf8_is_letter(cp);
}

/* Bytes of the leading run of letters in s (the first word). */
static size_t word_span(const char *s, size_t len)
{
	return leading_run(s, len, letter);
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool is_note_separator(char c)
{
	return c == ':' || c == '-' || c == ',' || c == ';' || c == '.';
}

/*
 * Where the note starts after the status word: past blanks and one separator
 * ("Godkendt - på mødet", "Accepted: at the meeting"), so a note that itself
 * starts with one ("Accepted - - item") keeps it.
 */
static size_t note_start(const char *value, size_t len, size_t off)
{
	while (off < len && is_blank(value[off]))
		off++;
	if (off < len && is_note_separator(value[off]) &&
	    (off + 1 == len || !is_note_separator(value[off + 1])))
		off++;
	while (off < len && is_blank(value[off]))
		off++;
	return off;
}

/* Latin-1's signs (•, °), punctuation, arrows, technical signs, dingbats, emoji. */
static bool is_symbol(uint32_t cp)
{
	return (cp >= 0xA0 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x2BFF) ||
	       (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

static bool symbol_or_blank_after(uint32_t cp, bool valid, bool later)
{
	return (valid && is_symbol(cp)) || (later && (cp == ' ' || cp == '\t'));
}

/*
 * The symbols a status may open with, "✅ Accepted", "❌ Rejected", "⌛️
 * Proposed", as many GitHub logs mark their states, and the blanks after
 * them. Returns how many bytes.
 */
static size_t symbols_before_word(const char *s, size_t len)
{
	return leading_run(s, len, symbol_or_blank_after);
}

const char *gl_vocab_heading_field(const char *heading)
{
	size_t len = strlen(heading);
	while (len && (heading[len - 1] == ':' || heading[len - 1] == ' '))
		len--;
	return gl_vocab_field(heading, len);
}

govlog_status gl_vocab_status(const char *value, size_t len, size_t *note_off, const char **lang)
{
	*note_off = len;
	if (lang)
		*lang = NULL;
	if (!len)
		return GOVLOG_STATUS_NONE;
	size_t lead = symbols_before_word(value, len);
	size_t wlen = word_span(value + lead, len - lead);
	for (size_t i = 0; i < COUNT(status_words); i++) {
		const char *w = status_words[i].text;
		if (!gl_utf8_ieq(value + lead, wlen, w, strlen(w)))
			continue;
		*note_off = note_start(value, len, lead + wlen);
		if (lang)
			*lang = status_words[i].lang;
		return status_words[i].status;
	}
	return GOVLOG_STATUS_UNKNOWN;
}

const char *gl_vocab_status_suggest(const char *value, size_t len)
{
	size_t lead = symbols_before_word(value, len);
	value += lead;
	len -= lead;
	size_t wlen = word_span(value, len);
	if (!wlen)
		return NULL;
	const char *best = NULL;
	size_t best_dist = (size_t)-1;
	for (size_t i = 0; i < COUNT(status_words); i++) {
		const char *w = status_words[i].text;
		size_t d = gl_vocab_distance(value, wlen, w, strlen(w));
		if (d < best_dist) {
			best_dist = d;
			best = w;
		}
	}
	/* Close enough to be a typo: about one edit per four letters. */
	size_t chars = gl_utf8_count(value, wlen);
	return best_dist <= 1 + chars / 4 ? best : NULL;
}

void gl_vocab_status_list(gl_buf *out, const char *lang)
{
	bool first = true;
	for (size_t i = 0; i < COUNT(status_words); i++) {
		if (lang && strcmp(status_words[i].lang, lang))
			continue;
		gl_buf_printf(out, "%s%s", first ? "" : ", ", status_words[i].text);
		first = false;
	}
}

govlog_decision_type gl_vocab_type(const char *value, size_t len)
{
	size_t wlen = word_span(value, len);
	if (!wlen)
		return len ? GOVLOG_TYPE_UNKNOWN : GOVLOG_TYPE_NONE;
	for (size_t i = 0; i < COUNT(type_words); i++) {
		const char *w = type_words[i].text;
		size_t n = strlen(w);
		if (gl_utf8_ieq(value, wlen, w, n))
			return type_words[i].type;
		/* OS2's own template writes "Arkitekturbeslutning". */
		if (wlen == n + 10 && gl_utf8_ieq(value, n, w, n) &&
		    gl_utf8_ieq(value + n, 10, "beslutning", 10))
			return type_words[i].type;
	}
	return GOVLOG_TYPE_UNKNOWN;
}

/* Decodes s into lower-cased code points; returns the count (at most cap). */
static size_t to_codepoints(const char *s, size_t len, uint32_t *out, size_t cap)
{
	size_t n = 0, i = 0;
	while (i < len && n < cap) {
		bool valid;
		i += gl_utf8_decode(s + i, len - i, &out[n], &valid);
		out[n] = gl_utf8_lower_cp(out[n]);
		n++;
	}
	return n;
}

size_t gl_vocab_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	enum { MAX = 64 };
	uint32_t ca[MAX], cb[MAX];
	size_t n = to_codepoints(a, alen, ca, MAX);
	size_t m = to_codepoints(b, blen, cb, MAX);
	size_t row[MAX + 1];
	for (size_t j = 0; j <= m; j++)
		row[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t up = row[j];
			size_t cost = ca[i - 1] == cb[j - 1] ? 0 : 1;
			size_t best = diag + cost;
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[m];
}

/* Opening words of the sections decision records use, for telling their language. */
static const word heading_words[] = {
	{"kontekst", NULL, "da"},      {"årsag", NULL, "da"},
	{"baggrund", NULL, "da"},      {"beslutning", NULL, "da"},
	{"konsekvens", NULL, "da"},    {"effektuering", NULL, "da"},
	{"risici", NULL, "da"},        {"yderligere", NULL, "da"},
	{"context", NULL, "en"},       {"decision", NULL, "en"},
	{"consequences", NULL, "en"},  {"considered", NULL, "en"},
	{"pros and cons", NULL, "en"}, {"more information", NULL, "en"},
};

const char *gl_vocab_heading_language(const char *heading)
{
	while (*heading == ' ' || *heading == '.' || (*heading >= '0' && *heading <= '9'))
		heading++;
	size_t len = strlen(heading);
	for (size_t i = 0; i < COUNT(heading_words); i++) {
		size_t wlen = strlen(heading_words[i].text);
		if (len >= wlen && gl_utf8_ieq(heading, wlen, heading_words[i].text, wlen))
			return heading_words[i].lang;
	}
	return NULL;
}

const char *gl_vocab_status_word(govlog_status s, govlog_lang lang)
{
	switch (s) {
	case GOVLOG_STATUS_PROPOSED:
		return gl_lang_text(lang, GL_T_STATUS_PROPOSED);
	case GOVLOG_STATUS_ACCEPTED:
		return gl_lang_text(lang, GL_T_STATUS_ACCEPTED);
	case GOVLOG_STATUS_REJECTED:
		return gl_lang_text(lang, GL_T_STATUS_REJECTED);
	case GOVLOG_STATUS_DEPRECATED:
		return gl_lang_text(lang, GL_T_STATUS_DEPRECATED);
	case GOVLOG_STATUS_SUPERSEDED:
		return gl_lang_text(lang, GL_T_STATUS_SUPERSEDED);
	default:
		return "";
	}
}

const char *gl_vocab_type_word(govlog_decision_type t, govlog_lang lang)
{
	switch (t) {
	case GOVLOG_TYPE_ARCHITECTURE:
		return gl_lang_text(lang, GL_T_TYPE_ARCHITECTURE);
	case GOVLOG_TYPE_STRATEGIC:
		return gl_lang_text(lang, GL_T_TYPE_STRATEGIC);
	case GOVLOG_TYPE_OPERATIONAL:
		return gl_lang_text(lang, GL_T_TYPE_OPERATIONAL);
	default:
		return "";
	}
}

bool gl_vocab_relation(const char *s, size_t len, size_t *word_len, bool *successor)
{
	char first = len ? (char)(s[0] | 0x20) : '\0';
	if (first != 's' && first != 'e' && first != 'r') /* the words' first letters */
		return false;
	for (size_t i = 0; i < sizeof(relation_words) / sizeof(relation_words[0]); i++) {
		size_t n = strlen(relation_words[i].words);
		if (len < n || !gl_utf8_ieq(s, n, relation_words[i].words, n))
			continue;
		uint32_t cp = 0;
		bool valid;
		if (len > n)
			gl_utf8_decode(s + n, len - n, &cp, &valid);
		if (len > n && gl_utf8_is_letter(cp))
			continue;
		*word_len = n;
		*successor = relation_words[i].successor;
		return true;
	}
	return false;
}
