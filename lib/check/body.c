/* govlog_body_check: an issue or pull-request body against its template. */
#include "govlog/body.h"

#include <string.h>
#include <strings.h>

#include "check/body_optional.h"
#include "diag/diag.h"
#include "util/error.h"
#include "record/frontmatter.h"
#include "util/text.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/ascii.h"
#include "util/banned.h"

/* One "## Heading" of a document and its text, with HTML comments removed. */
typedef struct part {
	char *heading; /* normalised: lower case, trimmed, no trailing ':' */
	char *label;   /* as written */
	unsigned line;
	gl_buf text;     /* without HTML comments */
	gl_buf guidance; /* with the comments' words, only their markers removed */
} part;

typedef struct doc {
	GL_VEC(part) parts;
	gl_text t;
} doc;

static void normalise(gl_buf *out, const char *s, size_t len)
{
	while (len && (*s == ' ' || *s == '#'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == ':' || s[len - 1] == '\r'))
		len--;
	gl_utf8_lower(out, s, len);
}

/* Text without HTML comments and surrounding blank space. */
static void add_text(gl_buf *out, const char *s, size_t len, bool *in_comment)
{
	for (size_t i = 0; i < len; i++) {
		if (!*in_comment && i + 4 <= len && !strncmp(s + i, "<!--", 4)) {
			*in_comment = true;
			i += 3;
		} else if (*in_comment && i + 3 <= len && !strncmp(s + i, "-->", 3)) {
			*in_comment = false;
			i += 2;
		} else if (!*in_comment && s[i] != '\r') {
			gl_buf_putc(out, s[i]);
		}
	}
	if (!*in_comment)
		gl_buf_putc(out, '\n');
}

/* The line with "<!--" and "-->" taken out: what a template's guidance says. */
static void add_guidance(gl_buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (i + 4 <= len && !strncmp(s + i, "<!--", 4))
			i += 3;
		else if (i + 3 <= len && !strncmp(s + i, "-->", 3))
			i += 2;
		else if (s[i] != '\r')
			gl_buf_putc(out, s[i]);
	}
	gl_buf_putc(out, '\n');
}

static void trim(gl_buf *b)
{
	size_t a = 0;
	while (a < b->len && gl_isspace(b->ptr[a]))
		a++;
	memmove(b->ptr, b->ptr + a, b->len - a + 1);
	b->len -= a;
	while (b->len && gl_isspace(b->ptr[b->len - 1]))
		gl_buf_truncate(b, b->len - 1);
}

static void parse(doc *d, const char *s, size_t len)
{
	gl_text_init(&d->t, s, len);
	bool in_comment = false;
	part top = {gl_xstrdup(""), gl_xstrdup(""), 0, GL_BUF_INIT, GL_BUF_INIT};
	gl_vec_push(&d->parts, top);
	for (unsigned line = 1; line <= gl_text_line_count(&d->t); line++) {
		size_t a = gl_text_line_start(&d->t, line), b = gl_text_line_end(&d->t, line);
		if (!in_comment && b > a && s[a] == '#') {
			gl_buf h = GL_BUF_INIT;
			normalise(&h, s + a, b - a);
			size_t skip = 0, end = b;
			/* Bounded: the body need not end in a NUL (strspn read past it). */
			while (a + skip < b && (s[a + skip] == '#' || s[a + skip] == ' '))
				skip++;
			while (end > a + skip && (s[end - 1] == ' ' || s[end - 1] == '\r'))
				end--;
			part p = {gl_buf_detach(&h), gl_xstrndup(s + a + skip, end - a - skip),
				  line, GL_BUF_INIT, GL_BUF_INIT};
			gl_vec_push(&d->parts, p);
			continue;
		}
		part *p = &d->parts.items[d->parts.len - 1];
		add_text(&p->text, s + a, b - a, &in_comment);
		add_guidance(&p->guidance, s + a, b - a);
	}
	for (size_t i = 0; i < d->parts.len; i++) {
		trim(&d->parts.items[i].text);
		trim(&d->parts.items[i].guidance);
	}
}

static void release(doc *d)
{
	for (size_t i = 0; i < d->parts.len; i++) {
		free(d->parts.items[i].heading);
		free(d->parts.items[i].label);
		gl_buf_release(&d->parts.items[i].text);
		gl_buf_release(&d->parts.items[i].guidance);
	}
	gl_vec_free(&d->parts);
	gl_text_release(&d->t);
}

static const part *find_part(const doc *d, const char *heading)
{
	for (size_t i = 1; i < d->parts.len; i++)
		if (!strcmp(d->parts.items[i].heading, heading))
			return &d->parts.items[i];
	return NULL;
}

typedef struct checker {
	govlog_diag_list *out;
	const char *name;  /* the body, as shown */
	const char *tname; /* the template, as shown: where a missing item is */
	doc body;
} checker;

static bool unanswered(const gl_buf *text)
{
	return !text->len || !strcmp(text->ptr, "_No response_");
}

/* `tline`: the template's line for the section, where a missing one is shown. */
static void check_section(checker *c, const char *heading, const char *label, const char *guidance,
			  unsigned tline)
{
	const part *p = find_part(&c->body, heading);
	govlog_lang lang = gl_diag_list_lang(c->out);
	if (!p) {
		gl_diag_addt(c->out, GL_RULE_BODY_SECTION_MISSING, c->tname, (govlog_pos){tline, 1},
			     gl_lang_text(lang, GL_T_BODY_SECTION_MISSING_HINT),
			     GL_T_BODY_SECTION_MISSING, label);
		return;
	}
	govlog_pos at = {p->line, 1};
	if (unanswered(&p->text))
		gl_diag_addt(c->out, GL_RULE_BODY_SECTION_EMPTY, c->name, at, NULL,
			     GL_T_BODY_SECTION_EMPTY, label);
	else if (guidance && *guidance &&
		 (!strcmp(p->text.ptr, guidance) || !strcmp(p->guidance.ptr, guidance)))
		gl_diag_addt(c->out, GL_RULE_BODY_GUIDANCE, c->name, at,
			     gl_lang_text(lang, GL_T_BODY_GUIDANCE_HINT), GL_T_BODY_GUIDANCE,
			     label);
}

/* The line of the body with a box for `label`, ticked or not; 0 when none. */
static unsigned box_line(const checker *c, const char *label, bool *ticked)
{
	const gl_text *t = &c->body.t;
	size_t n = strlen(label);
	for (unsigned line = 1; line <= gl_text_line_count(t); line++) {
		size_t a = gl_text_line_start(t, line), b = gl_text_line_end(t, line);
		const char *s = t->data + a;
		while (a < b && (*s == ' ' || *s == '-' || *s == '*'))
			s++, a++;
		if (b - a < 4 + n || s[0] != '[' || s[2] != ']' || strncmp(s + 4, label, n))
			continue;
		*ticked = s[1] == 'x' || s[1] == 'X';
		return line;
	}
	return 0;
}

/* A box the body leaves empty is shown on its line; one it dropped, on the template's `tline`. */
static void check_box(checker *c, const char *label, unsigned tline)
{
	bool ticked = false;
	unsigned line = box_line(c, label, &ticked);
	if (ticked)
		return;
	gl_diag_addt(c->out, GL_RULE_BODY_UNCHECKED, line ? c->name : c->tname,
		     (govlog_pos){line ? line : tline, 1},
		     gl_lang_text(gl_diag_list_lang(c->out), GL_T_BODY_UNCHECKED_HINT),
		     GL_T_BODY_UNCHECKED, label);
}

/* #123, owner/repo#123, FR-12, PROJ-361 or a URL. */
static bool has_reference(const char *s)
{
	if (strstr(s, "://"))
		return true;
	for (const char *p = s; *p; p++) {
		if (*p == '#' && gl_isdigit(p[1]))
			return true;
		if (*p == '-' && p > s && gl_isupper(p[-1]) && gl_isdigit(p[1]))
			return true;
	}
	return false;
}

/* `tline`: the template's Refs: line, where a body without one is shown. */
static void check_refs(checker *c, unsigned tline)
{
	const gl_text *t = &c->body.t;
	govlog_lang lang = gl_diag_list_lang(c->out);
	for (unsigned line = 1; line <= gl_text_line_count(t); line++) {
		size_t a = gl_text_line_start(t, line), b = gl_text_line_end(t, line);
		if (b - a < 5 || strncasecmp(t->data + a, "Refs:", 5))
			continue;
		gl_buf text = GL_BUF_INIT;
		bool in_comment = false;
		add_text(&text, t->data + a + 5, b - a - 5, &in_comment);
		bool ok = has_reference(text.ptr);
		gl_buf_release(&text);
		if (!ok)
			gl_diag_addt(c->out, GL_RULE_BODY_REQUEST, c->name, (govlog_pos){line, 1},
				     gl_lang_text(lang, GL_T_BODY_REFS_EMPTY_HINT),
				     GL_T_BODY_REFS_EMPTY);
		return;
	}
	gl_diag_addt(c->out, GL_RULE_BODY_REQUEST, c->tname, (govlog_pos){tline, 1},
		     gl_lang_text(lang, GL_T_BODY_REFS_NONE_HINT), GL_T_BODY_REFS_NONE);
}

/* An answer that says there is nothing: "none", "ingen", "n/a", "-". */
static bool says_none(const char *text)
{
	static const char *const words[] = {
		"none", "no", "n/a", "na", "-", "ingen", "nej", "not applicable", "ikke relevant"};
	gl_buf low = GL_BUF_INIT;
	gl_utf8_lower(&low, text, strlen(text));
	while (low.len && (low.ptr[low.len - 1] == '.' || gl_isspace(low.ptr[low.len - 1])))
		gl_buf_truncate(&low, low.len - 1);
	bool none = false;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]) && !none; i++)
		none = !strcmp(low.ptr, words[i]);
	gl_buf_release(&low);
	return none;
}

/*
 * The section a "<!-- when: Section -->" on a box's line names, normalised
 * into `out`; false when the line has no condition.
 */
static bool box_condition(gl_buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i + 4 <= len; i++) {
		if (strncmp(s + i, "<!--", 4))
			continue;
		size_t a = i + 4;
		while (a < len && s[a] == ' ')
			a++;
		if (len - a < 5 || strncasecmp(s + a, "when:", 5))
			continue;
		size_t b = a + 5;
		while (b + 3 <= len && strncmp(s + b, "-->", 3))
			b++;
		normalise(out, s + a + 5, (b + 3 <= len ? b : len) - a - 5);
		return true;
	}
	return false;
}

/* A condition holds when the body answers its section with something other than "none". */
static bool condition_holds(const checker *c, const char *section)
{
	const part *p = find_part(&c->body, section);
	return p && !unanswered(&p->text) && !says_none(p->text.ptr);
}

/*
 * A template's "- [ ] label" line: the box must be ticked unless the line
 * makes it optional, or names a section with "<!-- when: Section -->" that
 * the body leaves unanswered or answers "none"; its label is matched
 * without the line's HTML comments.
 */
static void check_template_box(checker *c, const char *s, size_t len, unsigned line)
{
	gl_buf section = GL_BUF_INIT;
	bool conditional = box_condition(&section, s, len);
	bool skip = conditional ? !condition_holds(c, section.ptr) : gl_body_box_optional(s, len);
	gl_buf_release(&section);
	if (skip)
		return;
	gl_buf label = GL_BUF_INIT;
	bool in_comment = false;
	add_text(&label, s, len, &in_comment);
	trim(&label);
	if (label.len)
		check_box(c, label.ptr, line);
	gl_buf_release(&label);
}

static void check_markdown(checker *c, const char *tpl, size_t len)
{
	doc t = {.parts = {0}};
	parse(&t, tpl, len);
	for (size_t i = 1; i < t.parts.len; i++) {
		const char *text = t.parts.items[i].guidance.ptr;
		bool checklist = strstr(text, "[ ]") || strstr(text, "Refs:");
		/* "<!-- Optional: a screenshot where the change is visible -->": may stay out. */
		if (!checklist && *text && gl_body_box_optional(text, strlen(text)))
			continue;
		check_section(c, t.parts.items[i].heading, t.parts.items[i].label,
			      checklist ? NULL : text, t.parts.items[i].line);
	}
	for (unsigned line = 1; line <= gl_text_line_count(&t.t); line++) {
		size_t a = gl_text_line_start(&t.t, line), b = gl_text_line_end(&t.t, line);
		const char *s = tpl + a;
		if (b - a > 6 && !strncmp(s, "- [ ] ", 6))
			check_template_box(c, s + 6, b - a - 6, line);
		if (b - a >= 5 && !strncmp(s, "Refs:", 5))
			check_refs(c, line);
	}
	release(&t);
}

static bool is_true(const gl_ynode *n)
{
	return n && n->type == GL_Y_SCALAR && !strcmp(n->value, "true");
}

static void check_form_item(checker *c, const gl_ynode *item)
{
	const gl_ynode *type = gl_ynode_get(item, "type"),
		       *attrs = gl_ynode_get(item, "attributes");
	const gl_ynode *label = gl_ynode_get(attrs, "label");
	if (!type || !strcmp(type->value, "markdown") || !label || label->type != GL_Y_SCALAR)
		return;
	if (!strcmp(type->value, "checkboxes")) {
		const gl_ynode *options = gl_ynode_get(attrs, "options");
		for (size_t i = 0; options && options->type == GL_Y_SEQUENCE && i < options->count;
		     i++) {
			const gl_ynode *o = options->items[i], *l = gl_ynode_get(o, "label");
			if (is_true(gl_ynode_get(o, "required")) && l && l->type == GL_Y_SCALAR)
				check_box(c, l->value, l->pos.line);
		}
		return;
	}
	if (!is_true(gl_ynode_get(gl_ynode_get(item, "validations"), "required")))
		return;
	gl_buf heading = GL_BUF_INIT;
	normalise(&heading, label->value, strlen(label->value));
	check_section(c, heading.ptr, label->value, NULL, label->pos.line);
	gl_buf_release(&heading);
}

static int check_form(checker *c, const char *tpl, size_t len)
{
	gl_ytree tree;
	const char *error;
	govlog_pos pos;
	int rc = 0;
	if (gl_ytree_load(&tree, tpl, len, &error, &pos) < 0)
		rc = gl_error_set(GOVLOG_EINVALID, "the issue form: %u:%u: %s", pos.line, pos.col,
				  error);
	const gl_ynode *body = rc ? NULL : gl_ynode_get(tree.root, "body");
	for (size_t i = 0; body && body->type == GL_Y_SEQUENCE && i < body->count; i++)
		check_form_item(c, body->items[i]);
	gl_ytree_release(&tree);
	return rc;
}

int govlog_body_check(govlog_diag_list *out, const char *body_name, const char *body, size_t len,
		      const char *template_name, const char *template_text, size_t template_len,
		      bool is_form)
{
	checker c = {.out = out, .name = body_name, .tname = template_name};
	parse(&c.body, body, len);
	int rc = 0;
	if (is_form)
		rc = check_form(&c, template_text, template_len);
	else
		check_markdown(&c, template_text, template_len);
	release(&c.body);
	govlog_diag_list_sort(out);
	return rc;
}
