/*
 * The text of a governance file or template, line by line: the placeholders
 * its authors left ("[INSERT CONTACT METHOD]", "[Maintainer 1]", addresses
 * and links at example.com, "OWNER/REPOSITORY", GitHub's default sentences)
 * and its Liquid tags. Code, HTML comments and text after "e.g." are
 * examples, not placeholders; a template's guidance for whoever fills it in
 * ("[e.g. iOS]", "[your name]") is none either.
 */
#include "check/rules/governance.h"

#include <string.h>
#include <strings.h>

#include "util/ascii.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/banned.h"

enum { SHOWN_MAX = 60 };

/* ---- what a placeholder looks like ---- */

bool gl_gov_starts_nocase(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && !strncasecmp(s, prefix, n);
}

bool gl_gov_in_list(const char *s, size_t len, const char *const *list, size_t n, bool nocase)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len &&
		    (nocase ? !strncasecmp(list[i], s, len) : !memcmp(list[i], s, len)))
			return true;
	return false;
}

/* "[Maintainer 1]", "[Navn 2]": a role and a number. */
static bool numbered_role(const char *s, size_t len)
{
	static const char *const roles[] = {
		"maintainer", "maintainers", "vedligeholder", "name", "navn",    "person",
		"member",     "medlem",      "owner",         "ejer", "contact", "kontakt"};
	size_t w = 0;
	while (w < len && gl_isalpha(s[w]))
		w++;
	if (!w || w + 2 > len || s[w] != ' ' ||
	    !gl_gov_in_list(s, w, roles, GL_ARRAY_SIZE(roles), true))
		return false;
	for (size_t i = w + 1; i < len; i++)
		if (!gl_isdigit(s[i]))
			return false;
	return true;
}

/* "[INSERT CONTACT METHOD]", "[PROJECT NAME]": capitals naming what to fill in. */
static bool capital_placeholder(const char *s, size_t len)
{
	static const char *const keys[] = {
		"INSERT",  "INDSÆT",     "EMAIL",      "E-MAIL",       "CONTACT",
		"KONTAKT", "NAME",       "NAVN",       "PROJECT",      "PROJEKT",
		"OWNER",   "REPOSITORY", "MAINTAINER", "ORGANIZATION", "ORGANISATION",
		"COMPANY", "ADDRESS",    "ADRESSE",    "URL"};
	bool letter = false;
	for (size_t i = 0; i < len; i++) {
		if (gl_islower(s[i]))
			return false;
		letter = letter || gl_isupper(s[i]);
	}
	if (!letter)
		return false;
	for (size_t i = 0; i < GL_ARRAY_SIZE(keys); i++)
		for (size_t k = 0; k + strlen(keys[i]) <= len; k++)
			if (!memcmp(s + k, keys[i], strlen(keys[i])))
				return true;
	return false;
}

/* The inside of "[…]": a placeholder for the project's authors to replace? */
static bool bracket_placeholder(const gl_gov_file *f, const char *s, size_t len)
{
	static const char *const fill_in[] = {"your ",   "din ",    "dit ",    "dine ",
					      "enter ",  "replace", "erstat ", "udfyld",
					      "fill in", "add ",    "tilføj "};
	if (gl_gov_starts_nocase(s, len, "insert ") || gl_gov_starts_nocase(s, len, "indsæt ") ||
	    numbered_role(s, len) || capital_placeholder(s, len))
		return true;
	/* a template's own guidance for whoever fills it in is no placeholder */
	for (size_t i = 0; !f->template && i < GL_ARRAY_SIZE(fill_in); i++)
		if (gl_gov_starts_nocase(s, len, fill_in[i]))
			return true;
	return false;
}

/* example.com, example.org, example.net and their subdomains; "yourdomain.com". */
static bool example_host(const char *s, size_t len)
{
	static const char *const hosts[] = {"example.com", "example.org", "example.net"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(hosts); i++) {
		size_t n = strlen(hosts[i]);
		if (len >= n && !strncasecmp(s + len - n, hosts[i], n) &&
		    (len == n || s[len - n - 1] == '.'))
			return true;
	}
	return gl_gov_starts_nocase(s, len, "yourdomain.") ||
	       gl_gov_starts_nocase(s, len, "your-domain.");
}

/*
 * The project's own place left unnamed: "OWNER/…", "your-org/…". A
 * contributor's fork ("YOUR_USERNAME/…") is for whoever reads it to fill in.
 */
static bool owner_placeholder(const char *s, size_t len)
{
	static const char *const upper[] = {"OWNER",        "ORG",      "ORGANIZATION",
					    "ORGANISATION", "YOUR_ORG", "YOUR-ORG"};
	static const char *const lower[] = {
		"your-org", "your-organization", "your-organisation", "<owner>", "<org>", "{owner}",
		"{org}"};
	return gl_gov_in_list(s, len, upper, GL_ARRAY_SIZE(upper), false) ||
	       gl_gov_in_list(s, len, lower, GL_ARRAY_SIZE(lower), true);
}

static bool repo_placeholder(const char *s, size_t len)
{
	static const char *const upper[] = {"REPOSITORY", "REPO", "PROJECT", "REPO_NAME",
					    "REPOSITORY_NAME"};
	static const char *const lower[] = {"your-repo", "your-repository", "your-project",
					    "yourrepo",  "<repo>",          "<repository>",
					    "{repo}",    "{repository}",    ":repo"};
	return gl_gov_in_list(s, len, upper, GL_ARRAY_SIZE(upper), false) ||
	       gl_gov_in_list(s, len, lower, GL_ARRAY_SIZE(lower), true);
}

/* GitHub's default text in a template it writes, left unchanged. */
static const char *const default_sentences[] = {
	"Describe this issue template's purpose here.",
	"Use this section to tell people about which versions of your project are",
	"Use this section to tell people how to report a vulnerability.",
};

/* ---- reporting ---- */

typedef struct line {
	const gl_gov_file *f;
	unsigned number;
	const char *text; /* the line as written */
	const char *seen; /* the same with code spans and comments blanked */
	size_t len;
	const govlog_pos *at; /* where to report, when not at the text's own place */
	unsigned col0;        /* columns before the text on its line (a YAML value's indent) */
} line;

static void say(const line *l, gl_rule rule, size_t at, size_t len)
{
	gl_buf shown = GL_BUF_INIT;
	const char *what = l->text + at;
	size_t n = len;
	if (n > SHOWN_MAX) {
		n = SHOWN_MAX;
		while (n && ((unsigned char)what[n] & 0xC0) == 0x80)
			n--; /* not inside a letter */
	}
	gl_buf_put(&shown, what, n);
	if (n < len)
		gl_buf_puts(&shown, "…");
	govlog_pos pos = {l->number, l->col0 + (unsigned)gl_utf8_count(l->text, at) + 1};
	govlog_diag_list *out = l->f->out;
	govlog_lang lang = gl_diag_list_lang(out);
	bool liquid = rule == GL_RULE_GOVERNANCE_LIQUID;
	gl_diag_addt(out, rule, l->f->shown, l->at ? *l->at : pos,
		     gl_lang_text(lang, liquid ? GL_T_GOV_LIQUID_HINT : GL_T_GOV_PLACEHOLDER_HINT),
		     liquid ? GL_T_GOV_LIQUID : GL_T_GOV_PLACEHOLDER, shown.ptr);
	gl_buf_release(&shown);
}

/* "e.g.", "f.eks.", "for example" before s[at]: an example, not a placeholder. */
static bool after_example(const char *s, size_t at)
{
	static const char *const marks[] = {"e.g.",     "eg.",         "f.eks.",
					    "fx.",      "for example", "for eksempel",
					    "eksempel", "example:",    "such as"};
	for (size_t i = 0; i < at; i++)
		for (size_t k = 0; k < GL_ARRAY_SIZE(marks); k++)
			if (gl_gov_starts_nocase(s + i, at - i, marks[k]) &&
			    (!i || !gl_isalpha(s[i - 1])))
				return true;
	return false;
}

/* ---- one line ---- */

static void brackets(const line *l)
{
	for (size_t i = 0; i < l->len; i++) {
		if (l->seen[i] != '[' || (i && l->seen[i - 1] == '!'))
			continue;
		size_t e = i + 1;
		while (e < l->len && e - i < 80 && l->seen[e] != ']' && l->seen[e] != '[')
			e++;
		if (e >= l->len || l->seen[e] != ']')
			continue;
		char next = e + 1 < l->len ? l->seen[e + 1] : '\0';
		const char *in = l->seen + i + 1;
		size_t n = e - i - 1;
		if (next != '(' && next != '[' && next != ':' && n && in[0] != '!' &&
		    bracket_placeholder(l->f, in, n) && !after_example(l->seen, i))
			say(l, GL_RULE_GOVERNANCE_PLACEHOLDER, i, e + 1 - i);
		i = e;
	}
}

static bool host_byte(char c)
{
	return gl_isalnum(c) || c == '.' || c == '-';
}

/* name@example.com */
static void emails(const line *l)
{
	for (size_t i = 1; i < l->len; i++) {
		if (l->seen[i] != '@')
			continue;
		size_t a = i, e = i + 1;
		while (a && (gl_isalnum(l->seen[a - 1]) || strchr("._%+-", l->seen[a - 1])))
			a--;
		while (e < l->len && host_byte(l->seen[e]))
			e++;
		while (e > i + 1 && l->seen[e - 1] == '.')
			e--;
		if (a < i && example_host(l->seen + i + 1, e - i - 1) && !after_example(l->seen, a))
			say(l, GL_RULE_GOVERNANCE_PLACEHOLDER, a, e - a);
		i = e;
	}
}

/* https://example.com/… */
static void urls(const line *l)
{
	for (size_t i = 0; i + 3 < l->len; i++) {
		if (memcmp(l->seen + i, "://", 3))
			continue;
		size_t a = i, h = i + 3, e = i + 3;
		while (a && gl_isalpha(l->seen[a - 1]))
			a--;
		while (e < l->len && host_byte(l->seen[e]))
			e++;
		bool example = example_host(l->seen + h, e - h);
		while (e < l->len && !strchr(" \t)>\"'", l->seen[e]))
			e++;
		if (a < i && example && !after_example(l->seen, a))
			say(l, GL_RULE_GOVERNANCE_PLACEHOLDER, a, e - a);
		i = e;
	}
}

/* Whether s[at] lies in a link to an example host, which urls() reports whole. */
static bool in_example_url(const line *l, size_t at)
{
	size_t start = at;
	while (start && !strchr(" \t(<\"'", l->seen[start - 1]))
		start--;
	for (size_t i = start; i + 3 <= at; i++)
		if (!memcmp(l->seen + i, "://", 3)) {
			size_t e = i + 3;
			while (e < l->len && host_byte(l->seen[e]))
				e++;
			return example_host(l->seen + i + 3, e - i - 3);
		}
	return false;
}

static bool path_byte(char c)
{
	return gl_isalnum(c) || strchr("_-<>{}:", c);
}

/* OWNER/REPOSITORY, your-org/your-repo */
static void owner_repo(const line *l)
{
	for (size_t i = 1; i + 1 < l->len; i++) {
		if (l->seen[i] != '/')
			continue;
		size_t a = i, e = i + 1;
		while (a && path_byte(l->seen[a - 1]))
			a--;
		while (e < l->len && path_byte(l->seen[e]))
			e++;
		/* "https://github.com/OWNER/REPO": the owner starts after the last ':' or '/' */
		size_t owner = a;
		for (size_t k = a; k < i; k++)
			if (l->seen[k] == ':' && k + 1 < i)
				owner = k + 1;
		if (owner_placeholder(l->seen + owner, i - owner) &&
		    repo_placeholder(l->seen + i + 1, e - i - 1) &&
		    !after_example(l->seen, owner) && !in_example_url(l, owner))
			say(l, GL_RULE_GOVERNANCE_PLACEHOLDER, owner, e - owner);
	}
}

static void liquid(const line *l)
{
	for (size_t i = 0; i + 1 < l->len; i++) {
		char open = l->seen[i + 1];
		if (l->seen[i] != '{' || (open != '{' && open != '%') ||
		    (i && l->seen[i - 1] == '$'))
			continue;
		char close = open == '{' ? '}' : '%';
		for (size_t e = i + 2; e + 1 < l->len; e++)
			if (l->seen[e] == close && l->seen[e + 1] == '}') {
				say(l, GL_RULE_GOVERNANCE_LIQUID, i, e + 2 - i);
				i = e + 1;
				break;
			}
	}
}

static void defaults(const line *l)
{
	for (size_t k = 0; k < GL_ARRAY_SIZE(default_sentences); k++) {
		const char *d = default_sentences[k];
		size_t n = strlen(d);
		for (size_t i = 0; i + n <= l->len; i++)
			if (!memcmp(l->seen + i, d, n)) {
				say(l, GL_RULE_GOVERNANCE_PLACEHOLDER, i, n);
				break;
			}
	}
}

/* ---- one file ---- */

typedef struct masker {
	bool fenced, comment;
} masker;

/* The line with code spans and HTML comments blanked (same bytes, so columns hold). */
static bool mask_line(masker *m, gl_buf *seen, const char *s, size_t len)
{
	size_t lead = 0;
	while (lead < len && lead < 4 && s[lead] == ' ')
		lead++;
	bool fence = lead < 4 && len - lead >= 3 &&
		     (!memcmp(s + lead, "```", 3) || !memcmp(s + lead, "~~~", 3));
	if (!m->comment && fence) {
		m->fenced = !m->fenced;
		return false;
	}
	if (m->fenced)
		return false;
	gl_buf_clear(seen);
	gl_buf_put(seen, s, len);
	char *p = seen->ptr;
	for (size_t i = 0; i < len; i++) {
		if (m->comment) {
			if (i + 3 <= len && !memcmp(p + i, "-->", 3)) {
				m->comment = false;
				p[i] = p[i + 1] = p[i + 2] = ' ';
				i += 2;
			} else {
				p[i] = ' ';
			}
		} else if (i + 4 <= len && !memcmp(p + i, "<!--", 4)) {
			m->comment = true;
			p[i] = ' ';
		} else if (p[i] == '`') {
			size_t e = i + 1;
			while (e < len && p[e] != '`')
				e++;
			for (size_t k = i; k < len && k <= e; k++)
				p[k] = ' ';
			i = e;
		}
	}
	return true;
}

/* The offset after front matter ("---" … "---"), or 0. */
static size_t after_front_matter(const char *s, size_t len)
{
	if (len < 4 || memcmp(s, "---", 3) || (s[3] != '\n' && s[3] != '\r'))
		return 0;
	for (size_t i = 3; i + 4 <= len; i++)
		if (s[i] == '\n' && !memcmp(s + i + 1, "---", 3) &&
		    (i + 4 == len || s[i + 4] == '\n' || s[i + 4] == '\r'))
			return i + 4;
	return 0;
}

void gl_gov_check_markdown(const gl_gov_file *f, const char *data, size_t len)
{
	size_t body = after_front_matter(data, len);
	masker m = {false, false};
	gl_buf seen = GL_BUF_INIT;
	unsigned number = 1;
	for (size_t i = 0; i < len; number++) {
		size_t e = i;
		while (e < len && data[e] != '\n')
			e++;
		size_t end = e > i && data[e - 1] == '\r' ? e - 1 : e;
		line l = {f, number, data + i, NULL, end - i, NULL, 0};
		if (i < body) {
			/* GitHub's default 'about' text sits in the front matter */
			l.seen = l.text;
			defaults(&l);
		} else if (mask_line(&m, &seen, data + i, end - i)) {
			l.seen = seen.ptr;
			brackets(&l);
			emails(&l);
			urls(&l);
			owner_repo(&l);
			defaults(&l);
			if (!f->liquid_ok)
				liquid(&l);
		}
		i = e + 1;
	}
	gl_buf_release(&seen);
}

void gl_gov_check_url(const gl_gov_file *f, const char *url, govlog_pos pos, bool as_written)
{
	line l = {f, pos.line, url, url, strlen(url), &pos, 0};
	if (as_written) {
		l.at = NULL; /* each finding at its own column, counted from the URL's */
		l.col0 = pos.col - 1;
	}
	urls(&l);
	owner_repo(&l);
}
