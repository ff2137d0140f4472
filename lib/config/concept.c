/* Section concepts: the names real templates give each section, and reading a heading by them. */
#include "config/concept.h"

#include <stdint.h>
#include <string.h>

#include "util/ascii.h"
#include "util/utf8.h"
#include "util/banned.h"

typedef struct concept_name {
	gl_concept concept;
	govlog_lang lang;
	const char *name;
} concept_name;

#define EN GOVLOG_LANG_EN
#define DA GOVLOG_LANG_DA

/*
 * Each concept's names per language, the usual one first: Nygard's and
 * adr-tools' template, MADR 1–4, log4brains, the OS2 Danish decision logs,
 * and the variants teams write into their own templates.
 */
static const concept_name names[] = {
	{GL_CONCEPT_CONTEXT, EN, "Context"},
	{GL_CONCEPT_CONTEXT, EN, "Context and Problem Statement"},
	{GL_CONCEPT_CONTEXT, EN, "Problem Statement"},
	{GL_CONCEPT_CONTEXT, EN, "Background"},
	{GL_CONCEPT_CONTEXT, EN, "Reason"},
	{GL_CONCEPT_CONTEXT, EN, "Problem"},
	{GL_CONCEPT_CONTEXT, EN, "Issue"},
	{GL_CONCEPT_CONTEXT, EN, "Motivation"},
	{GL_CONCEPT_CONTEXT, DA, "Kontekst"},
	{GL_CONCEPT_CONTEXT, DA, "Årsag"},
	{GL_CONCEPT_CONTEXT, DA, "Baggrund"},
	{GL_CONCEPT_CONTEXT, DA, "Problemstilling"},
	{GL_CONCEPT_CONTEXT, DA, "Problemformulering"},
	{GL_CONCEPT_CONTEXT, DA, "Kontekst og problemstilling"},

	{GL_CONCEPT_DRIVERS, EN, "Decision Drivers"},
	{GL_CONCEPT_DRIVERS, EN, "Drivers"},
	{GL_CONCEPT_DRIVERS, EN, "Decision Criteria"},
	{GL_CONCEPT_DRIVERS, EN, "Criteria"},
	{GL_CONCEPT_DRIVERS, EN, "Forces"},
	{GL_CONCEPT_DRIVERS, DA, "Beslutningsdrivere"},
	{GL_CONCEPT_DRIVERS, DA, "Drivere"},
	{GL_CONCEPT_DRIVERS, DA, "Beslutningskriterier"},
	{GL_CONCEPT_DRIVERS, DA, "Kriterier"},

	{GL_CONCEPT_OPTIONS, EN, "Considered Options"},
	{GL_CONCEPT_OPTIONS, EN, "Options"},
	{GL_CONCEPT_OPTIONS, EN, "Options Considered"},
	{GL_CONCEPT_OPTIONS, EN, "Considered Alternatives"},
	{GL_CONCEPT_OPTIONS, EN, "Alternatives Considered"},
	{GL_CONCEPT_OPTIONS, EN, "Alternatives"},
	{GL_CONCEPT_OPTIONS, EN, "Considered Implementation Options"},
	{GL_CONCEPT_OPTIONS, EN, "Implementation Options"},
	{GL_CONCEPT_OPTIONS, EN, "Considered Option"}, /* one option, or the plural's s forgotten */
	{GL_CONCEPT_OPTIONS, DA, "Overvejede muligheder"},
	{GL_CONCEPT_OPTIONS, DA, "Muligheder"},
	{GL_CONCEPT_OPTIONS, DA, "Overvejede alternativer"},
	{GL_CONCEPT_OPTIONS, DA, "Alternativer"},
	{GL_CONCEPT_OPTIONS, DA, "Løsningsmuligheder"},
	{GL_CONCEPT_OPTIONS, DA, "Mulige løsninger"},
	{GL_CONCEPT_OPTIONS, DA, "Overvejede løsninger"},

	{GL_CONCEPT_DECISION, EN, "Decision"},
	{GL_CONCEPT_DECISION, EN, "Decision Outcome"},
	{GL_CONCEPT_DECISION, EN, "Outcome"},
	{GL_CONCEPT_DECISION, EN, "Chosen Option"},
	{GL_CONCEPT_DECISION, EN, "Proposed Decision"},
	{GL_CONCEPT_DECISION, EN, "Proposal"},
	{GL_CONCEPT_DECISION, EN, "Conclusion"},
	{GL_CONCEPT_DECISION, EN, "Decision Summary"},
	{GL_CONCEPT_DECISION, EN, "Decisions"},
	{GL_CONCEPT_DECISION, DA, "Beslutning"},
	{GL_CONCEPT_DECISION, DA, "Beskrivelse af beslutningen"},
	{GL_CONCEPT_DECISION, DA, "Beslutningen"},
	{GL_CONCEPT_DECISION, DA, "Beslutninger"},
	{GL_CONCEPT_DECISION, DA, "Indstilling"},
	{GL_CONCEPT_DECISION, DA, "Forslag til beslutning"},
	{GL_CONCEPT_DECISION, DA, "Beslutningsforslag"},
	{GL_CONCEPT_DECISION, DA, "Forslag"},
	{GL_CONCEPT_DECISION, DA, "Konklusion"},
	{GL_CONCEPT_DECISION, DA, "Valgt løsning"},

	{GL_CONCEPT_CONSEQUENCES, EN, "Consequences"},
	{GL_CONCEPT_CONSEQUENCES, EN, "Consequence"},
	{GL_CONCEPT_CONSEQUENCES, EN, "Implications"},
	{GL_CONCEPT_CONSEQUENCES, EN, "Impact"},
	{GL_CONCEPT_CONSEQUENCES, DA, "Konsekvenser"},
	{GL_CONCEPT_CONSEQUENCES, DA, "Konsekvens"},

	{GL_CONCEPT_CONFIRMATION, EN, "Confirmation"},
	{GL_CONCEPT_CONFIRMATION, EN, "Validation"},
	{GL_CONCEPT_CONFIRMATION, EN, "Verification"},
	{GL_CONCEPT_CONFIRMATION, DA, "Bekræftelse"},
	{GL_CONCEPT_CONFIRMATION, DA, "Validering"},
	{GL_CONCEPT_CONFIRMATION, DA, "Opfølgning"},

	{GL_CONCEPT_PROS_CONS, EN, "Pros and Cons of the Options"},
	{GL_CONCEPT_PROS_CONS, EN, "Pros and Cons of the Alternatives"},
	{GL_CONCEPT_PROS_CONS, EN, "Pros and Cons"},
	{GL_CONCEPT_PROS_CONS, DA, "Fordele og ulemper ved mulighederne"},
	{GL_CONCEPT_PROS_CONS, DA, "Fordele og ulemper"},

	{GL_CONCEPT_MORE_INFO, EN, "More Information"},
	{GL_CONCEPT_MORE_INFO, EN, "Additional Information"},
	{GL_CONCEPT_MORE_INFO, EN, "Links"},
	{GL_CONCEPT_MORE_INFO, EN, "References"},
	{GL_CONCEPT_MORE_INFO, EN, "Related Decisions"},
	{GL_CONCEPT_MORE_INFO, EN, "Notes"},
	{GL_CONCEPT_MORE_INFO, DA, "Yderligere information"},
	{GL_CONCEPT_MORE_INFO, DA, "Mere information"},
	{GL_CONCEPT_MORE_INFO, DA, "Links"},
	{GL_CONCEPT_MORE_INFO, DA, "Referencer"},
	{GL_CONCEPT_MORE_INFO, DA, "Henvisninger"},
	{GL_CONCEPT_MORE_INFO, DA, "Relaterede beslutninger"},
	{GL_CONCEPT_MORE_INFO, DA, "Noter"},
	{GL_CONCEPT_MORE_INFO, DA, "Bemærkninger"},

	{GL_CONCEPT_IMPLEMENTATION, EN, "Implementation"},
	{GL_CONCEPT_IMPLEMENTATION, EN, "Implementation Plan"},
	{GL_CONCEPT_IMPLEMENTATION, DA, "Effektuering"},
	{GL_CONCEPT_IMPLEMENTATION, DA, "Implementering"},
	{GL_CONCEPT_IMPLEMENTATION, DA, "Gennemførelse"},
	{GL_CONCEPT_IMPLEMENTATION, DA, "Udmøntning"},

	{GL_CONCEPT_RISKS, EN, "Risks"},
	{GL_CONCEPT_RISKS, EN, "Risk"},
	{GL_CONCEPT_RISKS, DA, "Risici"},
	{GL_CONCEPT_RISKS, DA, "Risiko"},
	{GL_CONCEPT_RISKS, DA, "Risikovurdering"},

	/* Metadata under a heading: it shadows "Decision" in "Decision Makers". */
	{GL_CONCEPT_META, EN, "Status"},
	{GL_CONCEPT_META, EN, "Date"},
	{GL_CONCEPT_META, EN, "Deciders"},
	{GL_CONCEPT_META, EN, "Decision Makers"},
	{GL_CONCEPT_META, EN, "Decision Date"},
	{GL_CONCEPT_META, EN, "Decision Type"},
	{GL_CONCEPT_META, EN, "Technical Story"},
	{GL_CONCEPT_META, EN, "Metadata"},
	{GL_CONCEPT_META, DA, "Dato"},
	{GL_CONCEPT_META, DA, "Beslutningstagere"},
	{GL_CONCEPT_META, DA, "Beslutningstype"},
	{GL_CONCEPT_META, DA, "Beslutningsdato"},
};

/* Words that join two names in one heading, and words a name may follow. */
static const char *const joiners[] = {"and", "og", "samt", "plus", "/", "&", ",", "+", ";"};
static const char *const articles[] = {"the", "a", "an", "our", "den", "det", "de", "vores", "vor"};
static const char *const prepositions[] = {
	"for", "of",  "af",   "til",    "om",  "to",   "about", "on",    "in",    "i",      "på",
	"ved", "med", "with", "behind", "bag", "from", "fra",   "after", "efter", "before", "før"};

enum { MAX_WORDS = 32 };

typedef struct word {
	const char *p;
	size_t len;
} word;

typedef struct words {
	size_t n;
	word w[MAX_WORDS];
} words;

/* The length of the character at s when it belongs to a word (a letter or digit), else 0. */
static size_t word_char(const char *s, size_t len)
{
	if ((unsigned char)*s < 0x80)
		return gl_isalnum(*s) ? 1 : 0;
	uint32_t cp;
	bool valid;
	size_t n = gl_utf8_decode(s, len, &cp, &valid);
	return valid && gl_utf8_is_letter(cp) ? n : 0;
}

/* Words of letters and digits, and the joining marks "/", "&", ",", "+" and ";" as words. */
static void split_words(words *out, const char *s)
{
	size_t len = strlen(s), i = 0;
	out->n = 0;
	while (i < len && out->n < MAX_WORDS) {
		size_t n = word_char(s + i, len - i);
		if (!n) {
			if (strchr("/&,+;", s[i]))
				out->w[out->n++] = (word){s + i, 1};
			i++;
			continue;
		}
		size_t start = i;
		while (i < len && (n = word_char(s + i, len - i)))
			i += n;
		out->w[out->n++] = (word){s + start, i - start};
	}
}

static bool word_is(const word *w, const char *text)
{
	size_t n = strlen(text);
	return w->len == n && gl_utf8_ieq(w->p, w->len, text, n);
}

static bool word_in(const word *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (word_is(w, list[i]))
			return true;
	return false;
}

static bool is_number(const word *w)
{
	for (size_t i = 0; i < w->len; i++)
		if (!gl_isdigit(w->p[i]))
			return false;
	return true;
}

/* The number of words of a name: its words are separated by single spaces. */
static size_t name_words(const char *name)
{
	size_t n = 1;
	for (; *name; name++)
		n += *name == ' ';
	return n;
}

/*
 * How many words of `name` match the heading's words from `at`; 0 when it
 * does not. A letter and its other case have the same length in UTF-8 in the
 * scripts the names use, so a length that differs rejects a word cheaply.
 */
static size_t match_at(const words *h, size_t at, const char *name)
{
	size_t k = 0;
	for (const char *p = name; *p; k++) {
		size_t len = strcspn(p, " ");
		const word *w = at + k < h->n ? &h->w[at + k] : NULL;
		if (!w || w->len != len || !gl_utf8_ieq(w->p, w->len, p, len))
			return 0;
		p += len + (p[len] == ' ');
	}
	return k;
}

/* The longest name at `at`: its index in names[], with its length in words. */
static const concept_name *longest_at(const words *h, size_t at, size_t *len)
{
	const concept_name *best = NULL;
	*len = 0;
	for (size_t i = 0; i < GL_ARRAY_SIZE(names); i++) {
		size_t n = match_at(h, at, names[i].name);
		if (n > *len) {
			*len = n;
			best = &names[i];
		}
	}
	return best;
}

static size_t skip_filler(const words *h, size_t at)
{
	while (at < h->n &&
	       (is_number(&h->w[at]) || word_in(&h->w[at], articles, GL_ARRAY_SIZE(articles)) ||
		word_in(&h->w[at], joiners, GL_ARRAY_SIZE(joiners))))
		at++;
	return at;
}

/* Names from `at` on, joined by "and", "og", "/": "Considered Options and Decision Outcome". */
static gl_concept_set from_start(const words *h, size_t at)
{
	gl_concept_set set = 0;
	while ((at = skip_filler(h, at)) < h->n) {
		size_t len;
		const concept_name *c = longest_at(h, at, &len);
		if (!c)
			break;
		at += len;
		/* "Consequence of", "Decision by": a label for the links below it */
		if (at + 1 == h->n && word_in(&h->w[at], prepositions, GL_ARRAY_SIZE(prepositions)))
			return 0;
		set |= GL_CONCEPT_BIT(c->concept);
		if (at >= h->n || !word_in(&h->w[at], joiners, GL_ARRAY_SIZE(joiners)))
			break;
	}
	return set;
}

/* A name the heading ends with, not after a preposition: "Beslutningens konsekvenser". */
static gl_concept_set from_end(const words *h)
{
	size_t best_len = 0;
	gl_concept best = GL_CONCEPT_NONE;
	for (size_t i = 0; i < GL_ARRAY_SIZE(names); i++) {
		size_t n = name_words(names[i].name);
		if (n <= best_len || n >= h->n || !match_at(h, h->n - n, names[i].name))
			continue;
		size_t before = h->n - n - 1;
		while (before > 0 && word_in(&h->w[before], articles, GL_ARRAY_SIZE(articles)))
			before--;
		if (word_in(&h->w[before], prepositions, GL_ARRAY_SIZE(prepositions)))
			continue;
		best_len = n;
		best = names[i].concept;
	}
	return best == GL_CONCEPT_NONE ? 0 : GL_CONCEPT_BIT(best);
}

static gl_concept_set classify(const char *heading)
{
	words h;
	split_words(&h, heading);
	gl_concept_set set = from_start(&h, 0);
	return set ? set : from_end(&h);
}

static bool any_place(const char *heading);

/*
 * A log repeats the same few headings in every record, and the parser, the
 * profile detection and the section rules each ask about them: a small
 * direct-mapped cache per thread answers the repeats. Fixed size, no frees.
 */
#define CACHE_SLOTS 256
#define CACHE_HEADING_MAX 80

typedef struct cache_slot {
	char heading[CACHE_HEADING_MAX];
	gl_concept_set set;
	bool any_place;
} cache_slot;

static _Thread_local cache_slot cache[CACHE_SLOTS];

static size_t cache_index(const char *s, size_t len)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h % CACHE_SLOTS;
}

/* The slot of a heading of 1 to CACHE_HEADING_MAX - 1 bytes, filled with all it answers. */
static const cache_slot *cached(const char *heading, size_t len)
{
	cache_slot *slot = &cache[cache_index(heading, len)];
	if (memcmp(slot->heading, heading, len + 1)) {
		slot->set = classify(heading);
		slot->any_place = any_place(heading);
		memcpy(slot->heading, heading, len + 1);
	}
	return slot;
}

gl_concept_set gl_concept_classify(const char *heading)
{
	size_t len = strlen(heading);
	if (!len || len >= CACHE_HEADING_MAX)
		return classify(heading);
	return cached(heading, len)->set;
}

const char *gl_concept_name(gl_concept c, govlog_lang lang)
{
	for (size_t i = 0; i < GL_ARRAY_SIZE(names); i++)
		if (names[i].concept == c && names[i].lang == lang)
			return names[i].name;
	return "";
}

static bool is_name_of(gl_concept c, const char *text)
{
	for (size_t i = 0; text && i < GL_ARRAY_SIZE(names); i++)
		if (names[i].concept == c &&
		    gl_utf8_ieq(names[i].name, strlen(names[i].name), text, strlen(text)))
			return true;
	return false;
}

void gl_concept_list_names(gl_buf *out, gl_concept c, govlog_lang lang, const char *first,
			   size_t max)
{
	size_t shown = 0;
	bool first_shown = is_name_of(c, first);
	if (first_shown) {
		gl_buf_printf(out, "'%s'", first);
		shown++;
	}
	for (size_t i = 0; i < GL_ARRAY_SIZE(names); i++) {
		if (names[i].concept != c || names[i].lang != lang ||
		    (first_shown &&
		     gl_utf8_ieq(names[i].name, strlen(names[i].name), first, strlen(first))))
			continue;
		if (shown == max) {
			gl_buf_puts(out, ", …");
			return;
		}
		gl_buf_printf(out, "%s'%s'", shown++ ? ", " : "", names[i].name);
	}
}

static bool any_place(const char *heading)
{
	static const char *const summaries[] = {"Beskrivelse af beslutningen", "Decision Summary",
						"Indstilling"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(summaries); i++)
		if (gl_concept_words_prefix(heading, summaries[i]))
			return true;
	return false;
}

bool gl_concept_any_place(const char *heading)
{
	size_t len = strlen(heading);
	if (!len || len >= CACHE_HEADING_MAX)
		return any_place(heading);
	return cached(heading, len)->any_place;
}

bool gl_concept_words_prefix(const char *heading, const char *name)
{
	words h, n;
	split_words(&h, heading);
	split_words(&n, name);
	size_t at = skip_filler(&h, 0);
	if (!n.n || at + n.n > h.n)
		return false;
	for (size_t k = 0; k < n.n; k++)
		if (!gl_utf8_ieq(h.w[at + k].p, h.w[at + k].len, n.w[k].p, n.w[k].len))
			return false;
	return true;
}
