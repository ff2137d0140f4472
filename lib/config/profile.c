/* The nygard, madr, os2-da and os2-en profiles, per-record profile detection, and section rules. */
#include "config/profile.h"

#include <string.h>

#include "diag/texts.h"
#include "record/record_internal.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/banned.h"

static const char *const nygard_fields[] = {"status", "date", NULL};
/* MADR 2, 3 and 4 mark every metadata element of their template optional. */
static const char *const madr_fields[] = {NULL};
static const char *const os2_fields[] = {"status", "date", "deciders", "type", NULL};

static const gl_section_rule nygard_sections[] = {
	{"Context", NULL, GL_CONCEPT_CONTEXT},
	{"Decision", NULL, GL_CONCEPT_DECISION},
	{"Consequences", NULL, GL_CONCEPT_CONSEQUENCES},
	{NULL, NULL, GL_CONCEPT_NONE},
};
static const gl_section_rule madr_sections[] = {
	{"Context and Problem Statement", NULL, GL_CONCEPT_CONTEXT},
	{"Considered Options", NULL, GL_CONCEPT_OPTIONS},
	{"Decision Outcome", NULL, GL_CONCEPT_DECISION},
	{NULL, NULL, GL_CONCEPT_NONE},
};
static const gl_section_rule os2_da_sections[] = {
	{"Kontekst / Årsag", NULL, GL_CONCEPT_CONTEXT},
	{"Beslutning", NULL, GL_CONCEPT_DECISION},
	{"Konsekvenser", NULL, GL_CONCEPT_CONSEQUENCES},
	{NULL, NULL, GL_CONCEPT_NONE},
};
static const gl_section_rule os2_en_sections[] = {
	{"Context", NULL, GL_CONCEPT_CONTEXT},
	{"Decision", NULL, GL_CONCEPT_DECISION},
	{"Consequences", NULL, GL_CONCEPT_CONSEQUENCES},
	{NULL, NULL, GL_CONCEPT_NONE},
};

static const gl_profile profiles[] = {
	{"nygard", "en", nygard_fields, nygard_sections, GOVLOG_META_LINE, NULL, false},
	{"madr", "en", madr_fields, madr_sections, GOVLOG_META_FRONTMATTER, NULL, true},
	{"os2-da", "da", os2_fields, os2_da_sections, GOVLOG_META_BULLET, NULL, false},
	{"os2-en", "en", os2_fields, os2_en_sections, GOVLOG_META_BULLET, NULL, false},
};

enum { PROFILE_NYGARD, PROFILE_MADR, PROFILE_OS2_DA, PROFILE_OS2_EN, PROFILE_COUNT };

const gl_profile *gl_profile_at(size_t i)
{
	return i < PROFILE_COUNT ? &profiles[i] : NULL;
}

const gl_profile *gl_profile_find(const char *name)
{
	for (size_t i = 0; i < PROFILE_COUNT; i++)
		if (!strcmp(profiles[i].name, name))
			return &profiles[i];
	return NULL;
}

/* A configured heading: the concept it names, else its words at the start of the heading. */
static bool literal_matches(const char *want, const char *heading, gl_concept_set concepts)
{
	gl_concept_set named = gl_concept_classify(want);
	if (named && !(named & GL_CONCEPT_BIT(GL_CONCEPT_META)))
		return (concepts & named) == named;
	return gl_concept_words_prefix(heading, want);
}

bool gl_section_rule_matches(const gl_section_rule *rule, const char *heading,
			     gl_concept_set concepts)
{
	if (rule->concept != GL_CONCEPT_NONE)
		return (concepts & GL_CONCEPT_BIT(rule->concept)) != 0;
	for (size_t k = 0; rule->headings && rule->headings[k]; k++)
		if (literal_matches(rule->headings[k], heading, concepts))
			return true;
	return false;
}

bool gl_profile_section_matches(const char *heading, const gl_section_rule *rule)
{
	return gl_section_rule_matches(rule, heading, gl_concept_classify(heading));
}

bool gl_profile_has_section(const govlog_record *r, const gl_section_rule *rule)
{
	for (size_t i = 0; i < govlog_record_section_count(r); i++)
		if (gl_profile_section_matches(govlog_record_section_at(r, i)->heading, rule))
			return true;
	return false;
}

void gl_section_rule_names(gl_buf *out, const gl_section_rule *rule, govlog_lang lang,
			   const char *first)
{
	if (rule->concept != GL_CONCEPT_NONE) {
		gl_concept_list_names(out, rule->concept, lang, first, 6);
		return;
	}
	for (size_t k = 0; rule->headings && rule->headings[k]; k++)
		gl_buf_printf(out, "%s'%s'", k ? ", " : "", rule->headings[k]);
}

/* The concepts of all the record's headings together. */
static gl_concept_set record_concepts(const govlog_record *r)
{
	gl_concept_set set = 0;
	for (size_t i = 0; i < govlog_record_section_count(r); i++)
		set |= gl_concept_classify(govlog_record_section_at(r, i)->heading);
	return set;
}

/* Sections only MADR has: Considered Options, Decision Drivers, Pros and Cons of the Options. */
static bool has_madr_sections(gl_concept_set set)
{
	return (set & (GL_CONCEPT_BIT(GL_CONCEPT_OPTIONS) | GL_CONCEPT_BIT(GL_CONCEPT_DRIVERS) |
		       GL_CONCEPT_BIT(GL_CONCEPT_PROS_CONS))) != 0;
}

/* MADR's own words for its sections, which Nygard's format never uses. */
static bool uses_madr_words(const govlog_record *r)
{
	static const char *const words[] = {"Context and Problem Statement", "Decision Drivers",
					    "Considered Options", "Decision Outcome",
					    "Pros and Cons of the Options"};
	for (size_t i = 0; i < govlog_record_section_count(r); i++)
		for (size_t k = 0; k < GL_ARRAY_SIZE(words); k++)
			if (gl_concept_words_prefix(govlog_record_section_at(r, i)->heading,
						    words[k]))
				return true;
	return false;
}

const gl_profile *gl_profile_detect(const govlog_record *r)
{
	bool danish = gl_lang_of(govlog_record_language(r)) == GOVLOG_LANG_DA;
	switch (govlog_record_meta_style(r)) {
	case GOVLOG_META_BULLET:
		if (danish)
			return &profiles[PROFILE_OS2_DA];
		/* MADR 2 and log4brains write "* Status: accepted" bullets too; an
		 * OS2 record in English still names its type. */
		if (govlog_record_type(r) != GOVLOG_TYPE_NONE)
			return &profiles[PROFILE_OS2_EN];
		return &profiles[PROFILE_MADR];
	case GOVLOG_META_FRONTMATTER: {
		if (danish)
			return &profiles[PROFILE_OS2_DA];
		/* An adr-tools record moved into front matter keeps its sections; MADR's own
		 * words say MADR here as in every other style, so fmt's rewrite reads the same. */
		gl_concept_set set = record_concepts(r);
		if (!has_madr_sections(set) && !uses_madr_words(r) &&
		    (set & GL_CONCEPT_BIT(GL_CONCEPT_CONSEQUENCES)))
			return &profiles[PROFILE_NYGARD];
		return &profiles[PROFILE_MADR];
	}
	case GOVLOG_META_NONE:
		if (danish)
			return &profiles[PROFILE_OS2_DA];
		/* MADR's metadata is optional: a record without any is MADR by its sections,
		 * or by MADR's own section names (the minimal template has no options). */
		if (has_madr_sections(record_concepts(r)) || uses_madr_words(r))
			return &profiles[PROFILE_MADR];
		return &profiles[PROFILE_NYGARD];
	case GOVLOG_META_LINE:
	case GOVLOG_META_STATUS_SECTION:
		/* OS2's keys written as lines, not bullets ("**Dato**: …"): its title's
		 * type code ("[SDR] …") says OS2; adr-tools writes none. */
		if (r->title_type_code && govlog_record_type(r) >= GOVLOG_TYPE_ARCHITECTURE)
			return &profiles[danish ? PROFILE_OS2_DA : PROFILE_OS2_EN];
		/* MADR 1's "User Story:" line, or MADR with a Nygard-style status. */
		if (!danish && uses_madr_words(r))
			return &profiles[PROFILE_MADR];
		return &profiles[PROFILE_NYGARD];
	default:
		return &profiles[PROFILE_NYGARD];
	}
}

/* "optional", "valgfri", "frivillig" in any case: how templates mark what may be left out. */
static bool says_optional(const char *s, size_t len)
{
	static const char *const marks[] = {"optional", "valgfri", "frivillig", "if applicable",
					    "hvis relevant"};
	for (size_t m = 0; m < GL_ARRAY_SIZE(marks); m++) {
		size_t n = strlen(marks[m]);
		for (size_t i = 0; i + n <= len; i++) {
			size_t k = 0;
			while (k < n && gl_tolower(s[i + k]) == marks[m][k])
				k++;
			if (k == n)
				return true;
		}
	}
	return false;
}

/* Line `line` of the record, without its ending and the spaces around it. */
static size_t line_text(const govlog_record *r, unsigned line, const char **p)
{
	size_t a = gl_text_line_start(&r->text, line), b = gl_text_line_end(&r->text, line);
	while (a < b && gl_isspace(r->text.data[a]))
		a++;
	while (b > a && gl_isspace(r->text.data[b - 1]))
		b--;
	*p = r->text.data + a;
	return b - a;
}

/* The next line with text from `line` on, going by `step` (-1 or +1); 0 when there is none. */
static unsigned next_text_line(const govlog_record *r, unsigned line, int step, const char **p,
			       size_t *n)
{
	unsigned last = gl_text_line_count(&r->text);
	for (line += (unsigned)step; line >= 1 && line <= last; line += (unsigned)step)
		if ((*n = line_text(r, line, p)))
			return line;
	return 0;
}

static bool is_optional_comment(const char *p, size_t n)
{
	return n >= 4 && !strncmp(p, "<!--", 4) && says_optional(p, n);
}

/* A comment on its own line just before the heading, or just after it unless
 * a heading follows the comment (then the comment is that heading's). */
static bool comment_says_optional(const govlog_record *r, unsigned heading_line)
{
	const char *p;
	size_t n;
	if (next_text_line(r, heading_line, -1, &p, &n) && is_optional_comment(p, n))
		return true;
	unsigned after = next_text_line(r, heading_line, +1, &p, &n);
	if (!after || !is_optional_comment(p, n))
		return false;
	return !next_text_line(r, after, +1, &p, &n) || *p != '#';
}

/*
 * Whether the template marks the section optional: in the heading
 * ("## Decision Drivers <!-- optional -->", "## Risici (valgfri)"), or by a
 * comment on the line before it (MADR 3 and 4) or after it.
 */
static bool template_optional(const govlog_record *tpl, const govlog_section *s)
{
	const char *p;
	size_t n = line_text(tpl, s->pos.line, &p);
	return says_optional(p, n) || comment_says_optional(tpl, s->pos.line);
}

static govlog_lang template_lang(const govlog_record *tpl)
{
	return gl_lang_of(govlog_record_language(tpl));
}

/* Adds the rules one template heading requires; `n` counts the rules so far. */
static void add_template_rules(govlog_record *tpl, const char *heading, gl_section_rule *rules,
			       size_t *n)
{
	gl_concept_set set = gl_concept_classify(heading);
	if (set & GL_CONCEPT_BIT(GL_CONCEPT_META))
		return; /* metadata: the meta rules ask for it */
	if (!set) {
		/* "Option 1: [name]", "{Your heading}": a placeholder, not a section to keep. */
		if (strpbrk(heading, "[{<"))
			return;
		const char **one = gl_arena_alloc(&tpl->arena, 2 * sizeof(*one));
		one[0] = heading;
		one[1] = NULL;
		rules[(*n)++] = (gl_section_rule){heading, one, GL_CONCEPT_NONE};
		return;
	}
	bool single = !(set & (set - 1));
	for (int c = 1; c < GL_CONCEPT__COUNT; c++) {
		bool seen = false;
		for (size_t k = 0; k < *n && !seen; k++)
		seen = rules[k].concept == (gl_concept)c;
		if (!(set & GL_CONCEPT_BIT(c)) || seen)
			continue;
		const char *label = single ? heading : gl_concept_name(c, template_lang(tpl));
		rules[(*n)++] = (gl_section_rule){label, NULL, (gl_concept)c};
	}
}

const gl_section_rule *gl_profile_template_sections(govlog_record *tpl)
{
	/* The sections' level: the highest below the title's. A second "# …" in a
	 * template ("# Decision record template" over "# 00x-Title") is the title
	 * a record writes, not a section it must have. */
	int top = 0;
	for (size_t i = 0; i < tpl->sections.len; i++) {
		int level = tpl->sections.items[i].level;
		if (level > 1 && (!top || level < top))
			top = level;
	}
	if (!top && tpl->sections.len)
		top = 1;
	/* A heading may name two concepts ("Considered Options and Decision Outcome"). */
	size_t cap = tpl->sections.len + GL_CONCEPT__COUNT + 1, n = 0;
	gl_section_rule *rules = gl_arena_alloc(&tpl->arena, cap * sizeof(*rules));
	for (size_t i = 0; i < tpl->sections.len; i++) {
		const govlog_section *s = &tpl->sections.items[i];
		const char *h = s->heading;
		while (*h == ' ')
			h++;
		if (s->level != top || !*h || *h == '{' || *h == '[' || *h == '<' ||
		    template_optional(tpl, s))
			continue;
		size_t len = strlen(h);
		while (len && h[len - 1] == ' ')
			len--;
		add_template_rules(tpl, gl_arena_strndup(&tpl->arena, h, len), rules, &n);
	}
	rules[n] = (gl_section_rule){NULL, NULL, GL_CONCEPT_NONE};
	return n ? rules : NULL;
}
