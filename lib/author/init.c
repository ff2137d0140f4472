/* govlog_init_run: configuration, decision folder, templates and CI files, never overwriting. */
#include "govlog/init.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "util/error.h"
#include "author/hooks_install.h"
#include "log/log_internal.h"
#include "config/profile.h"
#include "author/template_data.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/write.h"
#include "util/banned.h"

/* A .gitlab-ci.yml larger than this is not searched for the include. */
#define GL_CI_READ_MAX (10 * 1024 * 1024)

typedef struct setup {
	const govlog_log *log;
	const gl_profile *profile; /* NULL: records mix styles, each judged by its own */
	const char *lang;
	govlog_init_fn fn;
	void *payload;
} setup;

/* The profile every record matches, or NULL when they mix (or there are none). */
static const gl_profile *records_profile(const govlog_log *log)
{
	const gl_profile *common = NULL;
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		const gl_profile *p = gl_profile_detect(govlog_log_record_at(log, i));
		if (common && p != common)
			return NULL;
		common = p;
	}
	return common;
}

static int make_parents(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash || slash == path)
		return 0;
	char *dir = gl_xstrndup(path, (size_t)(slash - path));
	int rc = gl_write_mkdirs(dir);
	free(dir);
	return rc;
}

/* Writes root-relative `rel` unless it exists; reports either way. */
static int put(const setup *s, const char *rel, const char *data, size_t len)
{
	gl_buf shown = GL_BUF_INIT;
	gl_log_display_path(&shown, s->log, rel);
	int rc = make_parents(shown.ptr);
	int made = rc ? -1 : gl_write_create(shown.ptr, data, len, 0644, true);
	if (!rc && made < 0)
		rc = made;
	if (!rc)
		s->fn(shown.ptr, made == 0 ? GOVLOG_INIT_CREATED : GOVLOG_INIT_KEPT, s->payload);
	gl_buf_release(&shown);
	return rc;
}

/* The decision folder: the records' own, else the profile's usual one. */
static void folder_of(const setup *s, gl_buf *out)
{
	gl_strvec folders = {0};
	gl_log_root_folders(&folders, s->log);
	if (folders.len)
		gl_buf_puts(out, folders.items[0]);
	else
		gl_buf_puts(out, s->profile && !strcmp(s->profile->name, "nygard")
					 ? "doc/adr"
					 : "docs/decisions");
	gl_strvec_free(&folders);
}

static int put_config(const setup *s, const char *folder)
{
	gl_buf yml = GL_BUF_INIT;
	gl_buf_puts(&yml, "# govlog: see `govlog config` for every setting and its origin\n");
	if (s->profile)
		gl_buf_printf(&yml, "profile: %s\n", s->profile->name);
	else
		gl_buf_puts(&yml,
			    "# profile: none, so each record is judged by the style it uses\n");
	gl_buf_printf(&yml, "decisions:\n  folders: [%s]\n", folder);
	int rc = put(s, GL_CONFIG_FILE, yml.ptr, yml.len);
	gl_buf_release(&yml);
	return rc;
}

/* The template `name`, written at root-relative `rel`. */
static int put_template(const setup *s, const char *name, const char *rel)
{
	const gl_template_data *t = gl_template_find(name);
	if (!t)
		return gl_error_set(GOVLOG_ERROR, "no template '%s' is built in", name);
	return put(s, rel, t->text, t->len);
}

/* Every template under `prefix` (e.g. "github/da/"), written under `dest`. */
static int put_templates(const setup *s, const char *prefix, const char *dest)
{
	int rc = 0;
	size_t n = strlen(prefix);
	gl_buf rel = GL_BUF_INIT;
	for (const gl_template_data *t = gl_templates; t->name && !rc; t++) {
		if (strncmp(t->name, prefix, n))
			continue;
		gl_buf_clear(&rel);
		gl_buf_printf(&rel, "%s%s", dest, t->name + n);
		rc = put(s, rel.ptr, t->text, t->len);
	}
	gl_buf_release(&rel);
	return rc;
}

static int check_options(const govlog_init_options *o)
{
	static const char *const sets[] = {"github", "github-md", "gitlab", "none"};
	size_t i = 0;
	/* Version 2 callers know no `program`: their smaller struct is read up to ci. */
	if (o->version != GOVLOG_INIT_OPTIONS_VERSION && o->version != 2)
		return gl_error_set(GOVLOG_EINVALID, "unsupported init options version %u",
				    o->version);
	if (o->ci && strcmp(o->ci, "github") && strcmp(o->ci, "github-org") &&
	    strcmp(o->ci, "gitlab"))
		return gl_error_set(GOVLOG_EINVALID,
				    "unknown CI '%s' (github, github-org or gitlab)", o->ci);
	if (o->remove_hooks && !o->hooks)
		return gl_error_set(GOVLOG_EINVALID, "removing hooks needs the hooks option");
	if (o->profile && !gl_profile_find(o->profile))
		return gl_error_set(GOVLOG_EINVALID, "unknown profile '%s'", o->profile);
	if (o->lang && strcmp(o->lang, "da") && strcmp(o->lang, "en"))
		return gl_error_set(GOVLOG_EINVALID, "unknown language '%s' (da or en)", o->lang);
	while (o->templates && i < 4 && strcmp(sets[i], o->templates))
		i++;
	if (o->templates && i == 4)
		return gl_error_set(GOVLOG_EINVALID,
				    "unknown templates '%s' (github, github-md, gitlab, none)",
				    o->templates);
	return 0;
}

static int put_template_set(const setup *s, const char *set)
{
	gl_buf prefix = GL_BUF_INIT;
	int rc = 0;
	if (!strcmp(set, "gitlab")) {
		gl_buf_printf(&prefix, "gitlab/%s/", s->lang);
		rc = put_templates(s, prefix.ptr, ".gitlab/");
	} else if (strcmp(set, "none")) {
		gl_buf_printf(&prefix, "%s/%s/", set, s->lang);
		rc = put_templates(s, prefix.ptr, ".github/");
	}
	gl_buf_release(&prefix);
	return rc;
}

/* The CI workflow; GitLab's is included from .gitlab-ci.yml, or the user is told to. */
static int put_ci(const setup *s, const char *ci)
{
	static const char gitlab_job[] = ".gitlab/govlog.gitlab-ci.yml";
	if (!strcmp(ci, "github"))
		return put_template(s, "ci/github.yml", ".github/workflows/govlog.yml");
	if (!strcmp(ci, "github-org")) /* the organisation's site, from its repositories */
		return put_template(s, "ci/github-org.yml", ".github/workflows/govlog-site.yml");
	int rc = put_template(s, "ci/gitlab.yml", gitlab_job);
	gl_buf root_ci = GL_BUF_INIT, text = GL_BUF_INIT;
	gl_path_join(&root_ci, govlog_log_root(s->log), ".gitlab-ci.yml");
	bool exists = false;
	if (!rc)
		rc = gl_write_read(&exists, root_ci.ptr, GL_CI_READ_MAX, &text);
	if (!rc && exists && !strstr(text.ptr, gitlab_job + strlen(".gitlab/")))
		s->fn(gitlab_job, GOVLOG_INIT_INCLUDE, s->payload);
	else if (!rc)
		rc = put_template(s, "ci/gitlab-ci.yml", ".gitlab-ci.yml");
	gl_buf_release(&root_ci);
	gl_buf_release(&text);
	return rc;
}

/* Only the parts asked for: the hooks, the CI workflow. */
static int init_parts(const setup *s, const govlog_init_options *o)
{
	int rc = o->hooks ? gl_hooks_install(s->log, o->remove_hooks,
					     o->version >= 3 ? o->program : NULL, s->fn, s->payload)
			  : 0;
	if (!rc && o->ci)
		rc = put_ci(s, o->ci);
	return rc;
}

/*
 * Each file is created unless it exists, so an init that a crash stopped
 * completes when run again.
 */
static int init_locked(const govlog_log *log, const govlog_init_options *o, govlog_init_fn fn,
		       void *payload)
{
	int rc = 0;
	setup s = {log, NULL, NULL, fn, payload};
	if (o->hooks || o->ci)
		return init_parts(&s, o);
	if (o->profile)
		s.profile = gl_profile_find(o->profile);
	else if (govlog_log_count(log))
		s.profile = records_profile(log);
	else
		s.profile = gl_profile_find(o->lang && !strcmp(o->lang, "da") ? "os2-da" : "madr");
	s.lang = o->lang ? o->lang : (s.profile && !strcmp(s.profile->lang, "da") ? "da" : "en");
	gl_buf folder = GL_BUF_INIT, readme = GL_BUF_INIT, name = GL_BUF_INIT;
	folder_of(&s, &folder);
	rc = put_config(&s, folder.ptr);
	gl_buf_printf(&name, "readme/%s.md", s.lang);
	gl_buf_printf(&readme, "%s/README.md", folder.ptr);
	const gl_template_data *t = gl_template_find(name.ptr);
	if (!rc && t)
		rc = put(&s, readme.ptr, t->text, t->len);
	if (!rc)
		rc = put_template_set(&s, o->templates ? o->templates : "github");
	gl_buf_release(&folder);
	gl_buf_release(&readme);
	gl_buf_release(&name);
	return rc;
}

int govlog_init_run(const govlog_log *log, const govlog_init_options *opts, govlog_init_fn fn,
		    void *payload)
{
	govlog_init_options defaults = GOVLOG_INIT_OPTIONS_INIT;
	const govlog_init_options *o = opts ? opts : &defaults;
	int rc = check_options(o);
	if (!rc && !(rc = gl_log_write_begin(log))) {
		rc = init_locked(log, o, fn, payload);
		gl_write_end();
	}
	return rc;
}
