/*
 * govlog_request_from_issue: a request record from a GitHub issue's JSON,
 * written as `new` writes decisions — the next number under the work tree's
 * lock, created whole, never replacing a file — and read back before it is
 * written, so every value is in the record as the issue gave it.
 */
#include "govlog/create.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "author/encode.h"
#include "author/request_issue.h"
#include "author/slug.h"
#include "config/config.h"
#include "diag/texts.h"
#include "log/log_internal.h"
#include "log/requests.h"
#include "record/record_internal.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/write.h"
#include "util/banned.h"

typedef struct request_job {
	const govlog_log *log;
	const gl_issue *issue;
	const char *shown; /* the JSON's name in messages */
	govlog_lang lang;
	gl_buf folder; /* as the user sees it */
} request_job;

/* Whether an answer goes into the front matter: a known role, one line. */
static bool in_front_matter(const gl_req_answer *a)
{
	return a->role != GL_REQ_OTHER && a->role != GL_REQ_ACCEPTANCE && *a->text &&
	       !strchr(a->text, '\n');
}

/* A form answer kept as Markdown: valid UTF-8 whose only control characters are tabs and line
 * breaks. */
static int check_block(const request_job *j, const gl_req_answer *a)
{
	const char *t = a->text;
	for (size_t i = 0; t[i]; i++) {
		unsigned char c = (unsigned char)t[i];
		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
			return gl_error_set(GOVLOG_EINVALID,
					    "'%s': the answer to '%s' holds control character "
					    "U+%04X at byte %zu",
					    j->shown, a->label, (unsigned)c, i + 1);
	}
	return 0;
}

static int check_values(const request_job *j)
{
	const gl_issue *is = j->issue;
	int rc = gl_encode_check(is->title, gl_lang_text(j->lang, GL_T_VALUE_TITLE), j->lang);
	if (!rc)
		rc = gl_encode_check(is->url, "url", j->lang);
	if (!rc)
		rc = gl_encode_check(is->author, "author", j->lang);
	for (size_t i = 0; !rc && is->labels[i]; i++)
		rc = gl_encode_check(is->labels[i], "labels", j->lang);
	for (size_t i = 0; !rc && i < is->answers.len; i++) {
		const gl_req_answer *a = &is->answers.items[i];
		rc = gl_encode_check(a->label, a->label, j->lang);
		if (!rc)
			rc = in_front_matter(a) ? gl_encode_check(a->text, a->label, j->lang)
						: check_block(j, a);
	}
	return rc;
}

static void yaml_line(gl_buf *out, const char *key, const char *value)
{
	if (!value || !*value)
		return;
	gl_buf_printf(out, "%s: ", key);
	gl_encode_yaml(out, value, false);
	gl_buf_putc(out, '\n');
}

static void front_matter(gl_buf *out, const gl_issue *is)
{
	gl_buf_puts(out, "---\n");
	yaml_line(out, "title", is->title);
	gl_buf_printf(out, "issue: %s\n", is->number);
	yaml_line(out, "url", is->url);
	yaml_line(out, "author", is->author);
	yaml_line(out, "date", is->date);
	if (is->labels[0]) {
		gl_buf_puts(out, "labels: [");
		for (size_t i = 0; is->labels[i]; i++) {
			gl_buf_puts(out, i ? ", " : "");
			gl_encode_yaml(out, is->labels[i], true);
		}
		gl_buf_puts(out, "]\n");
	}
	for (size_t i = 0; i < is->answers.len; i++)
		if (in_front_matter(&is->answers.items[i]))
			yaml_line(out, gl_req_role_key(is->answers.items[i].role),
				  is->answers.items[i].text);
	gl_buf_puts(out, "---\n\n");
}

/* The record: front matter, the title, then each answer that is no one-line field under its
 * label. */
static void record_text(gl_buf *out, const request_job *j)
{
	const gl_issue *is = j->issue;
	front_matter(out, is);
	gl_buf_puts(out, "# ");
	gl_encode_md(out, is->title, GL_MD_HEADING);
	gl_buf_puts(out, "\n");
	for (size_t i = 0; i < is->answers.len; i++) {
		const gl_req_answer *a = &is->answers.items[i];
		if (in_front_matter(a) || !*a->text)
			continue;
		gl_buf_puts(out, "\n## ");
		gl_encode_md(out, a->label, GL_MD_HEADING);
		gl_buf_printf(out, "\n\n%s\n", a->text);
	}
	if (!is->answers.len && *is->body) {
		gl_buf_printf(out, "\n## %s\n\n", gl_lang_text(j->lang, GL_T_REQUEST_DESCRIPTION));
		gl_buf_puts(out, is->body);
		gl_buf_puts(out, "\n");
	}
}

/* A field of the record read back, compared with the value it was written from. */
static int same_field(const govlog_record *r, const char *key, const char *want, const char *shown)
{
	const govlog_field *f = govlog_record_field(r, key);
	if (!want || !*want || (f && f->value && !strcmp(f->value, want)))
		return 0;
	return gl_error_set(GOVLOG_ERROR, "'%s': the value of '%s' would not read back as given",
			    shown, key);
}

/* The text read as the log reads records: every front matter value and the title as given. */
static int reads_back(const request_job *j, const gl_buf *text, const char *name)
{
	govlog_record *r = NULL;
	const gl_issue *is = j->issue;
	int rc = govlog_record_parse(&r, name, text->ptr, text->len, gl_log_record_options(j->log));
	if (!rc && (!govlog_record_title(r) || strcmp(govlog_record_title(r), is->title)))
		rc = gl_error_set(GOVLOG_ERROR, "'%s': the title would not read back as given",
				  j->shown);
	if (!rc)
		rc = same_field(r, "url", is->url, j->shown);
	if (!rc)
		rc = same_field(r, "author", is->author, j->shown);
	for (size_t i = 0; !rc && i < is->answers.len; i++)
		if (in_front_matter(&is->answers.items[i]))
			rc = same_field(r, gl_req_role_key(is->answers.items[i].role),
					is->answers.items[i].text, j->shown);
	govlog_record_free(r);
	return rc;
}

/* The first request folder, else "requests" ("oensker" in a Danish log); created when missing. */
static int choose_folder(request_job *j)
{
	if (govlog_log_request_folder_count(j->log))
		gl_buf_puts(&j->folder, govlog_log_request_folder_at(j->log, 0));
	else
		gl_log_display_path(&j->folder, j->log,
				    j->lang == GOVLOG_LANG_DA ? "oensker" : "requests");
	return gl_write_mkdirs(j->folder.ptr);
}

/* An issue already recorded: a request with its URL (or, without URLs, its number). */
static const govlog_record *recorded(const gl_log_requests *now, const gl_issue *is)
{
	for (size_t i = 0; i < now->records.len; i++) {
		const govlog_field *url = govlog_record_field(now->records.items[i], "url");
		const govlog_field *nr = govlog_record_field(now->records.items[i], "issue");
		if (is->url && url && !strcmp(url->value, is->url))
			return now->records.items[i];
		if ((!is->url || !url) && nr && !strcmp(nr->value, is->number))
			return now->records.items[i];
	}
	return NULL;
}

/* One past the highest request number; whether most files are named "0012-…" rather than "FR-12-…".
 */
static unsigned long next_number(const gl_log_requests *now, const char *prefix, bool *bare)
{
	unsigned long max = 0, n;
	size_t digits = 0;
	char letters[9];
	for (size_t i = 0; i < now->records.len; i++) {
		const govlog_record *r = now->records.items[i];
		const char *id = govlog_record_id(r), *base = strrchr(r->path, '/');
		base = base ? base + 1 : r->path;
		digits += gl_isdigit(base[0]);
		if (gl_record_id_split(id, strlen(id), letters, &n) &&
		    gl_utf8_ieq(letters, strlen(letters), prefix, strlen(prefix)) && n > max &&
		    n < 100000000)
			max = n;
	}
	*bare = now->records.len && digits * 2 > now->records.len;
	return max + 1;
}

static void file_name(gl_buf *out, const char *prefix, bool bare, unsigned long number,
		      const char *slug)
{
	gl_buf_clear(out);
	if (bare)
		gl_buf_printf(out, "%04lu", number);
	else
		gl_buf_printf(out, "%s-%lu", prefix, number);
	if (*slug)
		gl_buf_printf(out, "-%s", slug);
	gl_buf_puts(out, ".md");
}

/* Under the lock: the requests as they are now, the next free name, the file. */
static int create_locked(request_job *j, const gl_buf *text, gl_buf *path)
{
	const gl_config *config = gl_log_config(j->log);
	gl_log_requests now;
	int rc = gl_log_requests_load(&now, govlog_log_root(j->log), gl_log_cwd(j->log), config,
				      gl_log_record_options(j->log));
	const govlog_record *same = rc ? NULL : recorded(&now, j->issue);
	if (same) /* said to the user as it is, in the log's language */
		rc = gl_lang_error(GOVLOG_EEXISTS, j->lang, GL_T_REQUEST_RECORDED, j->issue->number,
				   govlog_record_id(same), govlog_record_path(same));
	bool bare = false;
	unsigned long number = rc ? 0 : next_number(&now, config->request_prefix, &bare);
	gl_buf slug = GL_BUF_INIT, name = GL_BUF_INIT;
	gl_slug(&slug, j->issue->title, j->lang);
	for (unsigned attempt = 0; !rc && attempt < 1000; attempt++, number++) {
		file_name(&name, config->request_prefix, bare, number, slug.ptr);
		gl_buf_clear(path);
		gl_path_join(path, j->folder.ptr, name.ptr);
		rc = reads_back(j, text, path->ptr);
		if (!rc)
			rc = gl_write_create(path->ptr, text->ptr, text->len, 0644, true);
		if (rc != 1)
			break;
		rc = 0; /* taken since the folder was read: the next number */
	}
	gl_buf_release(&slug);
	gl_buf_release(&name);
	gl_log_requests_release(&now);
	return rc;
}

int govlog_request_from_issue(char **out_path, const govlog_log *log, const char *json, size_t len,
			      const char *shown)
{
	gl_issue issue;
	request_job j = {log, &issue, shown, govlog_log_language(log), GL_BUF_INIT};
	gl_buf text = GL_BUF_INIT, path = GL_BUF_INIT;
	*out_path = NULL;
	int rc = gl_issue_read(&issue, json, len, shown);
	if (!rc)
		rc = check_values(&j);
	if (!rc)
		record_text(&text, &j);
	bool locked = false;
	if (!rc) {
		rc = gl_log_write_begin(log);
		locked = !rc;
	}
	if (!rc)
		rc = choose_folder(&j);
	if (!rc)
		rc = create_locked(&j, &text, &path);
	if (!rc)
		*out_path = gl_buf_detach(&path);
	if (locked)
		gl_write_end();
	gl_issue_release(&issue);
	gl_buf_release(&text);
	gl_buf_release(&path);
	gl_buf_release(&j.folder);
	return rc;
}
