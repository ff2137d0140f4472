/* The nygard, madr, os2-da and os2-en profiles and per-record profile detection. */
#include "config/profile.h"

#include <string.h>

#include "diag/texts.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/banned.h"

static const char *const nygard_fields[] = {"status", "date", NULL};
static const char *const madr_fields[] = {"status", NULL};
static const char *const os2_fields[] = {"status", "date", "deciders", "type", NULL};

static const char *const h_context[] = {"context", "kontekst", "baggrund", NULL};
static const char *const h_decision[] = {"decision", "beslutning", NULL};
static const char *const h_consequences[] = {"consequences", "consequence", "konsekvenser",
					     "konsekvens", NULL};
static const char *const h_madr_context[] = {"context and problem statement", "context", NULL};
static const char *const h_madr_options[] = {"considered options", NULL};
static const char *const h_madr_outcome[] = {"decision outcome", "decision", NULL};
static const char *const h_os2_context[] = {"kontekst", "årsag", "baggrund", NULL};
static const char *const h_os2_decision[] = {"beslutning", NULL};
static const char *const h_os2_consequences[] = {"konsekvenser", "konsekvens", NULL};
static const char *const h_en_context[] = {"context", "background", "reason", NULL};

static const gl_section_rule nygard_sections[] = {{"Context", h_context},
						  {"Decision", h_decision},
						  {"Consequences", h_consequences},
						  {NULL, NULL}};
static const gl_section_rule madr_sections[] = {{"Context and Problem Statement", h_madr_context},
						{"Considered Options", h_madr_options},
						{"Decision Outcome", h_madr_outcome},
						{NULL, NULL}};
static const gl_section_rule os2_da_sections[] = {{"Kontekst / Årsag", h_os2_context},
						  {"Beslutning", h_os2_decision},
						  {"Konsekvenser", h_os2_consequences},
						  {NULL, NULL}};
static const gl_section_rule os2_en_sections[] = {{"Context", h_en_context},
						  {"Decision", h_decision},
						  {"Consequences", h_consequences},
						  {NULL, NULL}};

static const gl_profile profiles[] = {
	{"nygard", "en", nygard_fields, nygard_sections, GOVLOG_META_LINE},
	{"madr", "en", madr_fields, madr_sections, GOVLOG_META_FRONTMATTER},
	{"os2-da", "da", os2_fields, os2_da_sections, GOVLOG_META_BULLET},
	{"os2-en", "en", os2_fields, os2_en_sections, GOVLOG_META_BULLET},
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

/* Lower-cased heading without numbering ("2. Kontekst:" → "kontekst"), spaces around '/' dropped.
 */
static void normalise_heading(gl_buf *out, const char *h)
{
	while (*h == ' ' || (*h >= '0' && *h <= '9') || *h == '.' || *h == ')')
		h++;
	gl_buf raw = GL_BUF_INIT;
	gl_utf8_lower(&raw, h, strlen(h));
	for (size_t i = 0; i < raw.len; i++) {
		char c = raw.ptr[i];
		bool space = c == ' ' || c == '\t';
		if (space && (out->len == 0 || out->ptr[out->len - 1] == ' ' ||
			      out->ptr[out->len - 1] == '/' || raw.ptr[i + 1] == '/'))
			continue;
		gl_buf_putc(out, space ? ' ' : c);
	}
	while (out->len && (out->ptr[out->len - 1] == ' ' || out->ptr[out->len - 1] == ':'))
		gl_buf_truncate(out, out->len - 1);
	gl_buf_release(&raw);
}

static bool heading_matches(const char *normalised, const char *want)
{
	size_t n = strlen(want);
	if (strncmp(normalised, want, n))
		return false;
	uint32_t cp;
	bool valid;
	const char *rest = normalised + n;
	if (!*rest)
		return true;
	gl_utf8_decode(rest, strlen(rest), &cp, &valid);
	return !gl_utf8_is_letter(cp);
}

bool gl_profile_section_matches(const char *heading, const gl_section_rule *rule)
{
	bool found = false;
	gl_buf h = GL_BUF_INIT;
	normalise_heading(&h, heading);
	for (size_t k = 0; !found && rule->headings[k]; k++)
		found = heading_matches(h.ptr, rule->headings[k]);
	gl_buf_release(&h);
	return found;
}

bool gl_profile_has_section(const govlog_record *r, const gl_section_rule *rule)
{
	for (size_t i = 0; i < govlog_record_section_count(r); i++)
		if (gl_profile_section_matches(govlog_record_section_at(r, i)->heading, rule))
			return true;
	return false;
}

const gl_profile *gl_profile_detect(const govlog_record *r)
{
	govlog_lang lang = gl_lang_of(govlog_record_language(r));
	switch (govlog_record_meta_style(r)) {
	case GOVLOG_META_BULLET:
		if (lang == GOVLOG_LANG_DA)
			return &profiles[PROFILE_OS2_DA];
		/* MADR 2 and log4brains write "* Status: accepted" bullets too; an
		 * OS2 record in English still names its type. */
		if (govlog_record_type(r) != GOVLOG_TYPE_NONE)
			return &profiles[PROFILE_OS2_EN];
		return &profiles[PROFILE_MADR];
	case GOVLOG_META_FRONTMATTER:
		if (lang == GOVLOG_LANG_DA)
			return &profiles[PROFILE_OS2_DA];
		/* An adr-tools record moved into front matter keeps its sections. */
		if (!gl_profile_has_section(r, &madr_sections[1]) &&
		    gl_profile_has_section(r, &nygard_sections[2]))
			return &profiles[PROFILE_NYGARD];
		return &profiles[PROFILE_MADR];
	case GOVLOG_META_NONE:
		return lang == GOVLOG_LANG_DA ? &profiles[PROFILE_OS2_DA]
					      : &profiles[PROFILE_NYGARD];
	default:
		return &profiles[PROFILE_NYGARD];
	}
}
