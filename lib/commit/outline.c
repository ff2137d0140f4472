/* The outline both readings of a commit message start from: subject, form, title, header. */
#include "commit/outline.h"

#include <string.h>

#include "util/ascii.h"
#include "util/banned.h"

/* Line l (1 to the line count) without its ending: the release notes read 100,000 messages. */
static const char *line_at(const gl_text *t, unsigned l, size_t *len)
{
	size_t a = t->line_starts.items[l - 1];
	size_t e = l < t->line_starts.len ? t->line_starts.items[l] : t->len;
	while (e > a && (t->data[e - 1] == '\n' || t->data[e - 1] == '\r'))
		e--;
	*len = e - a;
	return t->data + a;
}

static void trim(const char **s, size_t *len)
{
	while (*len && gl_isspace(**s))
		++*s, --*len;
	while (*len && gl_isspace((*s)[*len - 1]))
		--*len;
}

/*
 * Git's scissors line: the rest is no message. Git cuts only at this whole
 * line (a comment with ">8" in it is a comment); a CR an editor left is kept.
 */
static bool is_scissors(const char *s, size_t len)
{
	static const char cut[] = "# ------------------------ >8 ------------------------";
	if (len && s[len - 1] == '\r')
		len--;
	return len == sizeof(cut) - 1 && !memcmp(s, cut, len);
}

/* The first line from `from` to `last` with more than blanks, not a comment; 0 when none. */
static unsigned next_line(const gl_text *t, unsigned from, unsigned last, bool comments,
			  const char **s, size_t *len)
{
	for (unsigned l = from; l <= last; l++) {
		*s = line_at(t, l, len);
		if (comments && *len && **s == '#')
			continue;
		trim(s, len);
		if (*len)
			return l;
	}
	return 0;
}

/* A merge GitLab made says so in its body: "See merge request group/project!N". */
static bool gitlab_marked(const gl_outline *o, const gl_text *t, bool comments)
{
	gl_marker m;
	const char *s;
	size_t len;
	for (unsigned l = o->subject + 1; (l = next_line(t, l, o->last, comments, &s, &len)); l++)
		if (gl_form_marker(&m, s, len) == GL_MARKER_MERGE_REQUEST)
			return true;
	return false;
}

/* A merged request's title: the first line of its body, whatever it looks like. */
static bool find_title(gl_outline *o, const gl_text *t, bool comments, const char **s, size_t *len)
{
	if (o->form == GL_FORM_MERGE && !gitlab_marked(o, t, comments))
		return false;
	unsigned l = next_line(t, o->subject + 1, o->last, comments, s, len);
	if (!l || !gl_form_is_title(*s, *len))
		return false;
	o->title = o->head = l;
	return true;
}

/*
 * The line the header is on (subject or title), whose form gl_form_of gave
 * as `f` and `m`: autosquash prefixes, a squash's " (#N)", a revert.
 */
static void read_head(gl_outline *o, const char *s, size_t len, gl_form f, gl_form_match *m)
{
	while (f == GL_FORM_AUTOSQUASH) { /* "fixup! fixup! …" */
		o->autosquash = true;
		s += m->len, len -= m->len;
		trim(&s, &len);
		f = gl_form_of(m, s, len, false);
	}
	size_t pr = 0, pr_len = 0, cut = gl_form_squash_suffix(s, len, &pr, &pr_len);
	if (cut < len) { /* "Update README.md (#14)" is the web editor's too */
		o->squash_pr = s + pr;
		o->squash_pr_len = pr_len;
		len = cut;
		f = gl_form_of(m, s, len, false);
	}
	o->head_form = f;
	o->text = s;
	o->text_len = len;
	if (o->head_form != GL_FORM_REVERT)
		o->conventional = gl_header_parse(&o->header, s, len);
}

void gl_outline_read(gl_outline *o, const gl_text *t, bool comments)
{
	memset(o, 0, sizeof(*o));
	o->last = gl_text_line_count(t);
	for (unsigned l = 1; comments && l <= o->last; l++) {
		size_t len;
		const char *s = line_at(t, l, &len);
		if (is_scissors(s, len)) {
			o->last = l - 1;
			break;
		}
	}
	o->subject = o->head = next_line(t, 1, o->last, comments, &o->line, &o->line_len);
	if (!o->subject)
		return;
	const char *s = o->line;
	size_t len = o->line_len;
	gl_form_match m;
	o->form = gl_form_of(&m, s, len, true);
	bool merge = o->form == GL_FORM_MERGE || o->form == GL_FORM_REQUEST;
	if (o->form == GL_FORM_REQUEST)
		o->request = m;
	if (!merge) {
		read_head(o, s, len, o->form, &m);
		o->form = o->autosquash ? GL_FORM_AUTOSQUASH : o->head_form;
	} else if (find_title(o, t, comments, &s, &len)) {
		gl_form f = gl_form_of(&m, s, len, false);
		read_head(o, s, len, f, &m);
	}
}

const char *gl_outline_subject(const gl_outline *o, size_t *len)
{
	if (o->conventional) {
		*len = o->text_len - o->header.desc;
		return o->text + o->header.desc;
	}
	if (o->text) {
		*len = o->text_len;
		return o->text;
	}
	*len = o->subject ? o->line_len : 0;
	return o->subject ? o->line : "";
}
