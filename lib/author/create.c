/*
 * govlog_record_create: the next record from the profile's template, written
 * atomically (temporary file, then link) under the work tree's lock.
 */
#include "govlog/create.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config/config.h"
#include "author/encode.h"
#include "author/folder_template.h"
#include "author/naming.h"
#include "author/new_relations.h"
#include "diag/texts.h"
#include "record/date.h"
#include "util/error.h"
#include "log/log_internal.h"
#include "record/record_internal.h"
#include "repo/repo.h"
#include "author/slug.h"
#include "author/template_data.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/write.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "log/layout.h"
#include "util/utf8.h"
#include "util/banned.h"

typedef struct creation {
	const govlog_log *log;
	const govlog_new_options *o;
	const gl_profile *profile;
	govlog_decision_type type;
	const govlog_record *superseded;
	govlog_lang lang; /* of the file name and the field labels */
	char date[11];
	gl_buf folder; /* as the user sees it */
	gl_buf title;  /* trimmed */
} creation;

/* The profile of a log without records: OS2's Danish one in a Danish log, else nygard. */
static const gl_profile *first_profile(const creation *c)
{
	const gl_config *config = gl_log_config(c->log);
	bool danish = config->language_origin
			      ? config->language == GOVLOG_LANG_DA
			      : govlog_log_folder_count(c->log) &&
					gl_layout_folder_is_danish(govlog_log_folder_at(c->log, 0));
	return gl_profile_find(danish ? "os2-da" : "nygard");
}

/* The configured profile, else the one most of the log's records match, else the first one. */
static const gl_profile *choose_profile(const creation *c)
{
	const gl_config *config = gl_log_config(c->log);
	if (config->profile)
		return config->profile;
	if (!govlog_log_count(c->log))
		return first_profile(c);
	size_t votes[4] = {0}, best = 0;
	for (size_t i = 0; i < govlog_log_count(c->log); i++) {
		const gl_profile *p = gl_profile_detect(govlog_log_record_at(c->log, i));
		for (size_t k = 0; k < 4; k++)
			votes[k] += gl_profile_at(k) == p;
	}
	for (size_t k = 1; k < 4; k++)
		if (votes[k] > votes[best])
			best = k;
	return gl_profile_at(best);
}

/* The kinds `new` writes, by their names in English and Danish ("ønske" also without its ø). */
static const struct {
	const char *kind;
	const char *names[4];
} kind_names[] = {
	{"decision", {"decision", "beslutning", NULL}},
	{"request", {"request", "ønske", "oenske", NULL}},
};

const char *govlog_kind_name(const char *word)
{
	gl_buf lower = GL_BUF_INIT;
	const char *kind = NULL;
	gl_utf8_lower(&lower, word, strlen(word));
	for (size_t i = 0; !kind && i < GL_ARRAY_SIZE(kind_names); i++)
		for (size_t k = 0; !kind && kind_names[i].names[k]; k++)
			if (!strcmp(lower.ptr, kind_names[i].names[k]))
				kind = kind_names[i].kind;
	gl_buf_release(&lower);
	return kind;
}

static int check_options(creation *c)
{
	const govlog_new_options *o = c->o;
	if (o->version != GOVLOG_NEW_OPTIONS_VERSION)
		return gl_error_set(GOVLOG_EINVALID, "unsupported options version %u", o->version);
	const char *kind = o->kind ? govlog_kind_name(o->kind) : NULL;
	if (!kind || strcmp(kind, "decision"))
		return gl_errort(GOVLOG_EINVALID, GL_T_NEW_UNKNOWN_KIND, o->kind ? o->kind : "");
	const char *t = o->title ? o->title : "";
	while (*t == ' ' || *t == '\t')
		t++;
	gl_buf_puts(&c->title, t);
	while (c->title.len && (c->title.ptr[c->title.len - 1] == ' '))
		gl_buf_truncate(&c->title, c->title.len - 1);
	if (!c->title.len)
		return gl_error_set(GOVLOG_EINVALID, "the title is empty");
	govlog_lang lang = govlog_log_language(c->log);
	int rc = gl_encode_check(c->title.ptr, gl_lang_text(lang, GL_T_VALUE_TITLE), lang);
	if (!rc)
		rc = gl_encode_check(o->request, "--request", lang);
	if (rc)
		return rc;
	if (o->profile && !(c->profile = gl_profile_find(o->profile)))
		return gl_error_set(GOVLOG_EINVALID, "unknown profile '%s'", o->profile);
	c->type = o->type ? gl_vocab_type(o->type, strlen(o->type)) : GOVLOG_TYPE_ARCHITECTURE;
	if (c->type == GOVLOG_TYPE_UNKNOWN || c->type == GOVLOG_TYPE_NONE)
		return gl_error_set(GOVLOG_EINVALID,
				    "unknown type '%s' (architecture, strategic, operational)",
				    o->type);
	return gl_new_check_relations(&c->superseded, c->log, o);
}

/* The log's first folder, else the profile's usual one; created when missing, inside the work tree.
 */
static int choose_folder(creation *c)
{
	if (govlog_log_folder_count(c->log)) {
		gl_buf_puts(&c->folder, govlog_log_folder_at(c->log, 0));
	} else {
		const char *usual =
			!strcmp(c->profile->name, "nygard") ? "doc/adr" : "docs/decisions";
		gl_log_display_path(&c->folder, c->log, usual);
	}
	return gl_write_mkdirs(c->folder.ptr);
}

/* Whether the log's records are named by date (2026-05-28-slug.md) more than by number. */
static bool named_by_date(const creation *c)
{
	size_t dated = 0, numbered = 0;
	for (size_t i = 0; i < govlog_log_count(c->log); i++) {
		const govlog_record *r = govlog_log_record_at(c->log, i);
		dated += r->file_id && !r->file_number && gl_isdigit(r->file_id[0]);
		numbered += r->file_number > 0;
	}
	return dated > numbered;
}

/* The form most record files in the folder use; without any, the log's. */
static gl_naming naming_of(const creation *c)
{
	gl_naming n = {named_by_date(c) ? GL_NAME_DATE : GL_NAME_NUMBER, 4};
	gl_naming_detect(&n, c->folder.ptr);
	return n;
}

/* A file named by a date (2026-05-28-x.md, log4brains' 20240101-x.md): its digits are no number. */
static bool dated_name(const char *path)
{
	const char *base = strrchr(path, '/');
	gl_naming n;
	return gl_naming_of(&n, base ? base + 1 : path) && n.form != GL_NAME_NUMBER;
}

/* One past the highest number in the folder now (it is locked) and in the log. */
static unsigned long next_number(const creation *c)
{
	unsigned long max = 0;
	for (size_t i = 0; i < govlog_log_count(c->log); i++) {
		const govlog_record *r = govlog_log_record_at(c->log, i);
		if (r->file_number > max && !dated_name(r->path))
			max = r->file_number;
	}
	gl_strvec names = {0};
	if (gl_fs_list(c->folder.ptr, &names) == 0)
		for (size_t i = 0; i < names.len; i++) {
			unsigned long n = strtoul(names.items[i], NULL, 10);
			if (gl_isdigit(names.items[i][0]) && n > max && n < 100000000 &&
			    !dated_name(names.items[i]))
				max = n;
		}
	gl_strvec_free(&names);
	return max + 1;
}

/* The lines that name the superseded record and the request, in the profile's own style. */
static void relation_lines(const creation *c, gl_buf *supersedes, gl_buf *request)
{
	const char *name = c->profile->name, *req = c->o->request;
	const char *id = c->superseded ? govlog_record_id(c->superseded) : NULL;
	if (!strcmp(name, "nygard")) {
		if (id) {
			const char *base = strrchr(c->superseded->path, '/');
			gl_buf_puts(supersedes, "\nSupersedes ");
			gl_encode_md_link(supersedes,
					  c->superseded->title ? c->superseded->title : id,
					  base ? base + 1 : c->superseded->path);
			gl_buf_puts(supersedes, "\n");
		}
		if (req) {
			gl_buf_puts(request, "Refs: ");
			gl_encode_md(request, req, 0);
			gl_buf_puts(request, "\n\n");
		}
	} else if (!strcmp(name, "madr")) {
		if (id) {
			gl_buf_puts(supersedes, "supersedes: ");
			gl_encode_yaml(supersedes, id, false);
			gl_buf_puts(supersedes, "\n");
		}
		if (req) {
			gl_buf_puts(request, "requests: ");
			gl_encode_yaml(request, req, false);
			gl_buf_puts(request, "\n");
		}
	} else {
		if (id) {
			gl_buf_printf(supersedes,
				      "- **%s**: ", gl_lang_text(c->lang, GL_T_FIELD_SUPERSEDES));
			gl_encode_md(supersedes, id, 0);
			gl_buf_puts(supersedes, "\n");
		}
		if (req) {
			gl_buf_printf(request,
				      "- **%s**: ", gl_lang_text(c->lang, GL_T_FIELD_REQUESTS));
			gl_encode_md(request, req, 0);
			gl_buf_puts(request, "\n");
		}
	}
}

static const char *lookup(const char *const *vars, const char *name, size_t len)
{
	for (size_t i = 0; vars[i]; i += 2)
		if (strlen(vars[i]) == len && !strncmp(vars[i], name, len))
			return vars[i + 1];
	return "";
}

/* The template with each {{name}} replaced; unknown names become empty. */
static void render(gl_buf *out, const char *tpl, size_t len, const char *const *vars)
{
	for (size_t i = 0; i < len;) {
		const char *end = i + 2 <= len && !strncmp(tpl + i, "{{", 2)
					  ? strstr(tpl + i + 2, "}}")
					  : NULL;
		if (!end) {
			gl_buf_putc(out, tpl[i++]);
			continue;
		}
		gl_buf_puts(out, lookup(vars, tpl + i + 2, (size_t)(end - tpl - i - 2)));
		i = (size_t)(end - tpl) + 2;
	}
}

/* The Git user name (else $USER), checked for a value a record can hold. */
static int author_name(const creation *c, gl_buf *out)
{
	char *author = gl_repo_user_name(govlog_log_root(c->log));
	const char *user = getenv("USER");
	const char *who = author ? author : (user && *user ? user : "?");
	govlog_lang lang = govlog_log_language(c->log);
	int rc = gl_encode_check(who, gl_lang_text(lang, GL_T_VALUE_GIT_USER), lang);
	if (!rc)
		gl_buf_puts(out, who);
	free(author);
	return rc;
}

/* Who decides, as the template's place for it wants it: the Git user name, checked. */
static int deciders_text(const creation *c, gl_buf *out)
{
	gl_buf who = GL_BUF_INIT;
	int rc = author_name(c, &who);
	if (!rc && !strcmp(c->profile->name, "madr"))
		gl_encode_yaml(out, who.ptr, false);
	else if (!rc)
		gl_encode_md(out, who.ptr, 0);
	gl_buf_release(&who);
	return rc;
}

/* The folder's own template (no govlog {{names}} in it) with the record's values. */
static int fill_own(const creation *c, unsigned long number, const gl_buf *tpl, gl_buf *out)
{
	gl_buf who = GL_BUF_INIT;
	int rc = author_name(c, &who);
	gl_fill f = {c->title.ptr,
		     number,
		     c->date,
		     c->lang == GOVLOG_LANG_EN
			     ? govlog_status_name(GOVLOG_STATUS_PROPOSED)
			     : gl_vocab_status_word(GOVLOG_STATUS_PROPOSED, c->lang),
		     who.ptr,
		     gl_vocab_type_word(c->type, c->lang),
		     c->superseded ? govlog_record_id(c->superseded) : NULL,
		     c->o->request,
		     c->lang};
	if (!rc)
		gl_folder_template_fill(out, tpl->ptr, tpl->len, &f);
	gl_buf_release(&who);
	return rc;
}

/* The record's text for the given number (0 for a record named by date). */
static int content(const creation *c, unsigned long number, gl_buf *out)
{
	gl_buf tpl_name = GL_BUF_INIT, supersedes = GL_BUF_INIT, request = GL_BUF_INIT,
	       title = GL_BUF_INIT, deciders = GL_BUF_INIT;
	gl_buf_printf(&tpl_name, "decision/%s.md", c->profile->name);
	const gl_template_data *t = gl_template_find(tpl_name.ptr);
	gl_buf_release(&tpl_name);
	gl_buf own = GL_BUF_INIT;
	bool has_own = gl_folder_template_read(&own, c->folder.ptr);
	if (has_own && !strstr(own.ptr, "{{")) {
		int filled = fill_own(c, number, &own, out);
		gl_buf_release(&own);
		return filled;
	}
	if (!t && !has_own)
		return gl_error_set(GOVLOG_ERROR, "no template for profile '%s'", c->profile->name);
	int rc = deciders_text(c, &deciders);
	char numbered[32] = "";
	if (number)
		snprintf(numbered, sizeof(numbered), "%lu. ", number);
	relation_lines(c, &supersedes, &request);
	gl_encode_md(&title, c->title.ptr, GL_MD_HEADING);
	const char *vars[] = {"title",
			      title.ptr,
			      "title_number",
			      numbered,
			      "date",
			      c->date,
			      "deciders",
			      deciders.ptr,
			      "type_code",
			      govlog_type_code(c->type),
			      "type_name",
			      gl_vocab_type_word(c->type, c->lang),
			      "supersedes",
			      supersedes.ptr,
			      "request",
			      request.ptr,
			      NULL};
	if (!rc)
		render(out, has_own ? own.ptr : t->text, has_own ? own.len : t->len, vars);
	gl_buf_release(&own);
	gl_buf_release(&supersedes);
	gl_buf_release(&request);
	gl_buf_release(&title);
	gl_buf_release(&deciders);
	return rc;
}

/* Creates folder/name with the data; 1 when the name is taken. */
static int write_exclusive(const char *folder, const char *name, const gl_buf *data)
{
	gl_buf path = GL_BUF_INIT;
	gl_path_join(&path, folder, name);
	int rc = gl_write_create(path.ptr, data->ptr, data->len, 0644, true);
	gl_buf_release(&path);
	return rc;
}

/* Under the folder's lock: the next free name, the text, the file. */
static int create_locked(creation *c, gl_buf *name)
{
	gl_naming naming = naming_of(c);
	bool by_date = naming.form != GL_NAME_NUMBER;
	unsigned long number = by_date ? 0 : next_number(c);
	gl_buf slug = GL_BUF_INIT, text = GL_BUF_INIT;
	gl_slug(&slug, c->title.ptr, c->lang);
	int rc = content(c, number, &text);
	for (unsigned attempt = 1; rc == 0 && attempt < 1000; attempt++) {
		gl_buf_clear(name);
		gl_naming_format(name, &naming, number, c->date, slug.ptr);
		if (attempt > 1 && by_date)
			gl_buf_printf(name, "-%u", attempt);
		gl_buf_puts(name, ".md");
		rc = write_exclusive(c->folder.ptr, name->ptr, &text);
		if (rc == 1 && !by_date) {
			gl_buf_clear(&text);
			rc = content(c, ++number, &text) ? -1 : 1;
		}
		if (rc != 1)
			break;
		rc = 0;
	}
	gl_buf_release(&slug);
	gl_buf_release(&text);
	return rc;
}

int govlog_record_create(char **out_path, const govlog_log *log, const govlog_new_options *opts)
{
	govlog_new_options defaults = GOVLOG_NEW_OPTIONS_INIT;
	creation c = {.log = log, .o = opts ? opts : &defaults};
	*out_path = NULL;
	int rc = check_options(&c);
	if (!rc && !c.profile)
		c.profile = choose_profile(&c);
	bool locked = false;
	if (!rc) {
		c.lang = gl_lang_of(c.o->lang ? c.o->lang : c.profile->lang);
		gl_date_today(c.date);
		rc = gl_log_write_begin(log);
		locked = !rc;
	}
	if (!rc)
		rc = choose_folder(&c);
	gl_buf name = GL_BUF_INIT, path = GL_BUF_INIT;
	if (!rc)
		rc = create_locked(&c, &name);
	if (!rc) {
		gl_path_join(&path, c.folder.ptr, name.ptr);
		*out_path = gl_buf_detach(&path);
		rc = gl_new_complete_relations(log, c.o, c.superseded, *out_path);
	}
	if (locked)
		gl_write_end(); /* releases the lock */
	gl_buf_release(&name);
	gl_buf_release(&path);
	gl_buf_release(&c.folder);
	gl_buf_release(&c.title);
	return rc;
}
