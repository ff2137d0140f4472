/* The release-notes document: heading, groups, accepted decisions, contributors, odd tags. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"
#include "util/error.h"
#include "render/html.h"
#include "render/json.h"
#include "trace/notes.h"
#include "repo/history.h"
#include "trace/release_internal.h"
#include "trace/review.h"
#include "trace/steering.h"
#include "util/escape.h"
#include "util/banned.h"

typedef struct document {
	const gl_selection *sel;
	const govlog_release_options *o;
	gl_notes notes;
	gl_accepted_list accepted;
	gl_contributor_list contributors;
} document;

static const gl_release *release_of(const document *d)
{
	const gl_history *h = d->sel->h;
	return d->sel->release < h->releases.len ? &h->releases.items[d->sel->release] : NULL;
}

static void heading_md(gl_buf *out, const document *d)
{
	const gl_release *r = release_of(d);
	govlog_lang lang = d->notes.lang;
	if (r) {
		char date[11];
		gl_notes_date(date, r->time);
		gl_buf_printf(out, "# %s: ", gl_lang_text(lang, GL_T_RELEASE_NOTES));
		gl_md_text(out, r->tag);
		gl_buf_printf(out, " (%s)\n", date);
		gl_notes_also_tagged(out, lang, r);
		gl_buf_putc(out, '\n');
	} else {
		gl_buf_printf(out, "# %s: ", gl_lang_text(lang, GL_T_RELEASE_NOTES));
		gl_md_text(out, d->o->range);
		gl_buf_puts(out, "\n\n");
	}
	size_t n = d->sel->changes.len;
	gl_lang_printf(out, lang, n == 1 ? GL_T_COMMIT_COUNT_ONE : GL_T_COMMIT_COUNT, n);
	gl_review_count review;
	gl_review_count_of(&review, d->sel->h, d->sel->changes.items, n);
	gl_buf_puts(out, review.merged ? " " : "");
	gl_review_line(out, lang, &review);
	gl_buf_putc(out, '\n');
}

static void accepted_md(gl_buf *out, const document *d)
{
	if (!d->accepted.len)
		return;
	gl_buf_printf(out, "\n## %s\n\n", gl_lang_text(d->notes.lang, GL_T_DECISIONS_ACCEPTED));
	for (size_t i = 0; i < d->accepted.len; i++) {
		const gl_accepted *a = &d->accepted.items[i];
		gl_buf_puts(out, "- ");
		gl_md_text(out, a->id);
		gl_buf_puts(out, ": ");
		gl_notes_file_link(out, &d->notes, a->title, a->path, a->commit);
		gl_buf_putc(out, '\n');
	}
}

static void contributors_md(gl_buf *out, const document *d)
{
	const gl_contributor_list *c = &d->contributors;
	if (!c->len)
		return;
	gl_buf_printf(out, "\n## %s\n\n", gl_lang_text(d->notes.lang, GL_T_CONTRIBUTORS));
	for (size_t i = 0; i < c->len; i++) {
		const char *v = c->items[i].vendor;
		bool first = !i || !v != !c->items[i - 1].vendor ||
			     (v && strcmp(v, c->items[i - 1].vendor));
		if (first) {
			gl_buf_puts(out, i ? "\n- " : "- ");
			gl_md_text(out, v ? v : gl_lang_text(d->notes.lang, GL_T_UNKNOWN_VENDOR));
			gl_buf_puts(out, ": ");
		}
		gl_buf_puts(out, first ? "" : ", ");
		gl_md_text(out, c->items[i].author);
		gl_buf_printf(out, " (%zu)", c->items[i].commits);
	}
	gl_buf_putc(out, '\n');
}

/* Tags read by a guess: each named, with how it was read, for the release manager to fix. */
static void guessed_md(gl_buf *out, const document *d)
{
	const gl_history *h = d->sel->h;
	if (!h->guessed.len)
		return;
	gl_buf_printf(out, "\n## %s\n\n", gl_lang_text(d->notes.lang, GL_T_TAGS_GUESSED));
	for (size_t i = 0; i < h->guessed.len; i++) {
		gl_buf_puts(out, "- ");
		gl_md_text(out, h->guessed.items[i]);
		gl_buf_printf(out, " %s ", gl_lang_text(d->notes.lang, GL_T_TAG_READ_AS));
		gl_md_text(out, h->read_as.items[i]);
		gl_buf_putc(out, '\n');
	}
}

static void unparsed_md(gl_buf *out, const document *d)
{
	const gl_strvec *u = &d->sel->h->unparsed;
	guessed_md(out, d);
	if (!u->len)
		return;
	gl_buf_printf(out, "\n## %s\n\n", gl_lang_text(d->notes.lang, GL_T_TAGS_NOT_VERSIONS));
	for (size_t i = 0; i < u->len; i++) {
		gl_buf_puts(out, "- "); /* no code span: a backtick in a tag would end it */
		gl_md_text(out, u->items[i]);
		gl_buf_putc(out, '\n');
	}
}

static void document_md(gl_buf *out, const document *d)
{
	heading_md(out, d);
	gl_notes_groups_md(out, &d->notes, d->sel->changes.items, d->sel->changes.len, 2);
	accepted_md(out, d);
	contributors_md(out, d);
	unparsed_md(out, d);
}

static void release_json(gl_buf *out, const document *d)
{
	const gl_release *r = release_of(d);
	if (!r) {
		gl_buf_puts(out, "\"release\": null, \"range\": ");
		gl_json_string(out, d->o->range);
		return;
	}
	gl_buf_puts(out, "\"release\": {");
	gl_notes_release_json(out, r);
	gl_buf_putc(out, '}');
}

static void accepted_json(gl_buf *out, const document *d)
{
	gl_buf_puts(out, ",\n  \"decisions_accepted\": [");
	for (size_t i = 0; i < d->accepted.len; i++) {
		const gl_accepted *a = &d->accepted.items[i];
		gl_buf_puts(out, i ? ", {\"id\": " : "{\"id\": ");
		gl_json_string(out, a->id);
		gl_buf_puts(out, ", \"title\": ");
		gl_json_string(out, a->title);
		gl_buf_puts(out, ", \"path\": ");
		gl_json_string(out, a->path);
		gl_buf_puts(out, ", \"commit\": ");
		gl_json_string(out, a->commit);
		gl_buf_putc(out, '}');
	}
	gl_buf_putc(out, ']');
}

static void contributors_json(gl_buf *out, const document *d)
{
	gl_buf_puts(out, ",\n  \"contributors\": [");
	for (size_t i = 0; i < d->contributors.len; i++) {
		const gl_contributor *c = &d->contributors.items[i];
		gl_buf_puts(out, i ? ", {\"vendor\": " : "{\"vendor\": ");
		gl_json_string(out, c->vendor);
		gl_buf_puts(out, ", \"author\": ");
		gl_json_string(out, c->author);
		gl_buf_printf(out, ", \"commits\": %zu}", c->commits);
	}
	gl_buf_puts(out, "],\n  \"tags_not_versions\": [");
	for (size_t i = 0; i < d->sel->h->unparsed.len; i++) {
		gl_buf_puts(out, i ? ", " : "");
		gl_json_string(out, d->sel->h->unparsed.items[i]);
	}
	gl_buf_puts(out, "],\n  \"tags_guessed\": [");
	for (size_t i = 0; i < d->sel->h->guessed.len; i++) {
		gl_buf_puts(out, i ? ", {\"tag\": " : "{\"tag\": ");
		gl_json_string(out, d->sel->h->guessed.items[i]);
		gl_buf_puts(out, ", \"read_as\": ");
		gl_json_string(out, d->sel->h->read_as.items[i]);
		gl_buf_putc(out, '}');
	}
	gl_buf_putc(out, ']');
}

static void document_json(gl_buf *out, const document *d)
{
	gl_buf_puts(out, "{\n  \"schema\": \"" GL_JSON_SCHEMA_RELEASE_NOTES "\",\n  ");
	release_json(out, d);
	gl_buf_printf(out, ",\n  \"commits\": %zu,\n  \"groups\": ", d->sel->changes.len);
	gl_notes_groups_json(out, &d->notes, d->sel->changes.items, d->sel->changes.len);
	gl_buf_puts(out, ",\n  \"review\": ");
	gl_review_json(out, d->sel->h, d->sel->changes.items, d->sel->changes.len);
	gl_buf_puts(out, ",\n  \"merges\": ");
	gl_notes_merges_json(out, &d->notes, d->sel->changes.items, d->sel->changes.len);
	accepted_json(out, d);
	contributors_json(out, d);
	gl_buf_puts(out, "\n}\n");
}

static int render(FILE *f, document *d)
{
	gl_buf out = GL_BUF_INIT, md = GL_BUF_INIT;
	if (d->o->format == GOVLOG_NOTES_JSON) {
		document_json(&out, d);
	} else if (d->o->format == GOVLOG_NOTES_HTML) {
		document_md(&md, d);
		const gl_release *r = release_of(d);
		gl_render_html_page(&out, r ? r->tag : d->o->range, md.ptr, md.len, d->notes.lang);
	} else {
		document_md(&out, d);
	}
	int rc = gl_buf_write(&out, f) == 0
			 ? 0
			 : gl_error_errno(GOVLOG_EIO, "cannot write the release notes");
	gl_buf_release(&out);
	gl_buf_release(&md);
	return rc;
}

int govlog_release_notes_write(FILE *f, const govlog_log *log, const govlog_release_options *opts)
{
	govlog_release_options defaults = GOVLOG_RELEASE_OPTIONS_INIT;
	if (opts && (opts->version < 1 || opts->version > GOVLOG_RELEASE_OPTIONS_VERSION))
		return gl_error_set(GOVLOG_EINVALID, "unsupported release options version %u",
				    opts->version);
	if (opts && opts->version == 1) /* the fields version 1 had; the rest keep their defaults */
		memcpy(&defaults, opts, offsetof(govlog_release_options, style));
	else if (opts && opts->version == 2)
		memcpy(&defaults, opts, offsetof(govlog_release_options, audience));
	else if (opts)
		defaults = *opts;
	const govlog_release_options *o = &defaults;
	if (o->audience == GOVLOG_AUDIENCE_STEERING)
		return gl_steering_write(f, log, o);
	gl_selection sel;
	document d = {&sel, o, {0}, {0}, {0}};
	int rc = gl_selection_load(&sel, log, o);
	if (!rc) {
		gl_notes_init(&d.notes, sel.h);
		d.notes.standalone = o->format == GOVLOG_NOTES_HTML;
		d.notes.commits = o->commits;
		rc = gl_accepted_in(&d.accepted, sel.h, sel.changes.items, sel.changes.len, 0);
	}
	if (!rc) {
		gl_contributors(&d.contributors, sel.h, sel.changes.items, sel.changes.len);
		rc = render(f, &d);
	}
	gl_accepted_release(&d.accepted);
	gl_vec_free(&d.contributors);
	gl_selection_release(&sel);
	return rc;
}

int gl_release_notes_md(gl_buf *out, gl_history *h, size_t release)
{
	govlog_release_options o = GOVLOG_RELEASE_OPTIONS_INIT;
	gl_selection sel = {h, release, {0}};
	document d = {&sel, &o, {0}, {0}, {0}};
	for (size_t i = 0; i < h->changes.len; i++)
		if (h->changes.items[i].release == release)
			gl_vec_push(&sel.changes, i);
	gl_selection_sort(&sel, h);
	gl_notes_init(&d.notes, h); /* files of the repository: relative to its root */
	int rc =
		gl_accepted_in(&d.accepted, h, sel.changes.items, sel.changes.len, GL_WALK_REACHED);
	if (!rc) {
		gl_contributors(&d.contributors, h, sel.changes.items, sel.changes.len);
		document_md(out, &d);
	}
	gl_accepted_release(&d.accepted);
	gl_vec_free(&d.contributors);
	gl_vec_free(&sel.changes);
	return rc;
}
