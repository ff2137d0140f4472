/*
 * Reading a GitHub issue's JSON (`gh issue view N --json
 * number,title,body,labels,author,url,createdAt`) and the answers of the
 * issue form its body was written from: GitHub renders each answer under
 * "### Label", and "_No response_" for a question left empty.
 */
#include "author/request_issue.h"

#include <stdio.h>
#include <string.h>

#include "util/ascii.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/json_read.h"
#include "util/utf8.h"
#include "util/banned.h"

/* Words of a label, lower case, that say what the question asks; the first role that matches wins.
 */
static const struct {
	gl_req_role role;
	const char *words[7];
} role_words[] = {
	{GL_REQ_ACCEPTANCE, {"accept", NULL}},
	{GL_REQ_PRIORITY, {"priorit", NULL}},
	{GL_REQ_SPONSOR, {"opdragsgiver", "commission", "sponsor", "fund", "finansier", NULL}},
	{GL_REQ_MEETING, {"meeting", "møde", NULL}},
	{GL_REQ_BODY, {"decid", "beslut", NULL}},
	{GL_REQ_ORGANISATION,
	 {"organisation", "organization", "kommune", "municipal", "requester", "anmoder", NULL}},
};

const char *gl_req_role_key(gl_req_role role)
{
	static const char *const keys[GL_REQ__COUNT] = {
		NULL,      "acceptance-criteria", "priority",    "commissioned-by",
		"meeting", "deciding-body",       "organisation"};
	return role < GL_REQ__COUNT ? keys[role] : NULL;
}

static gl_req_role role_of(const char *label)
{
	gl_buf low = GL_BUF_INIT;
	gl_utf8_lower(&low, label, strlen(label));
	gl_req_role found = GL_REQ_OTHER;
	for (size_t i = 0; !found && i < sizeof(role_words) / sizeof(role_words[0]); i++)
		for (size_t k = 0; !found && role_words[i].words[k]; k++)
			if (strstr(low.ptr, role_words[i].words[k]))
				found = role_words[i].role;
	gl_buf_release(&low);
	return found;
}

/* A fence line opens or closes a code block: "### " inside one is no question. */
static bool is_fence(const char *line, size_t len)
{
	size_t i = 0;
	while (i < len && i < 3 && line[i] == ' ')
		i++;
	return len - i >= 3 && (!strncmp(line + i, "```", 3) || !strncmp(line + i, "~~~", 3));
}

/* text[a..b) without HTML comments: a Markdown template's guidance is no answer. */
static void without_comments(gl_buf *out, const char *text, size_t a, size_t b)
{
	for (size_t i = a; i < b;) {
		const char *end = NULL;
		if (i + 4 <= b && !strncmp(text + i, "<!--", 4))
			end = strstr(text + i + 4, "-->");
		if (end && (size_t)(end - text) + 3 <= b) {
			i = (size_t)(end - text) + 3;
			continue;
		}
		gl_buf_putc(out, text[i++]);
	}
}

/* The answer text[a..b) without comments and blank lines around it; "" for "_No response_". */
static const char *answer_text(gl_issue *is, const char *body, size_t from, size_t to)
{
	gl_buf clean = GL_BUF_INIT;
	without_comments(&clean, body, from, to);
	const char *text = clean.len ? clean.ptr : "";
	size_t a = 0, b = clean.len;
	while (a < b && (text[a] == '\n' || text[a] == ' ' || text[a] == '\t'))
		a++;
	while (b > a && (text[b - 1] == '\n' || text[b - 1] == ' ' || text[b - 1] == '\t'))
		b--;
	if (b - a == 13 && !strncmp(text + a, "_No response_", 13))
		b = a;
	const char *answer = gl_arena_strndup(&is->arena, text + a, b - a);
	gl_buf_release(&clean);
	return answer;
}

/* The label of a question: "### Label" as an issue form renders it, "## Label" in a Markdown
 * template. */
static size_t heading_at(const char *line, size_t len)
{
	size_t n = 0;
	while (n < len && line[n] == '#')
		n++;
	return (n == 2 || n == 3) && n < len && line[n] == ' ' ? n + 1 : 0;
}

static void add_answer(gl_issue *is, const char *label, size_t label_len, const char *text)
{
	while (label_len && (label[label_len - 1] == ' ' || label[label_len - 1] == '#'))
		label_len--;
	gl_req_answer a = {gl_arena_strndup(&is->arena, label, label_len), text, GL_REQ_OTHER};
	a.role = role_of(a.label);
	gl_vec_push(&is->answers, a);
}

/* Each "### Label" (or "## Label") line outside code blocks starts a question; its answer runs to
 * the next. */
static void read_answers(gl_issue *is)
{
	const char *t = is->body, *label = NULL;
	size_t n = strlen(t), label_len = 0, start = 0;
	bool fenced = false;
	for (size_t at = 0; at < n;) {
		const char *nl = memchr(t + at, '\n', n - at);
		size_t end = nl ? (size_t)(nl - t) : n;
		if (is_fence(t + at, end - at))
			fenced = !fenced;
		else if (!fenced && heading_at(t + at, end - at)) {
			size_t skip = heading_at(t + at, end - at);
			if (label)
				add_answer(is, label, label_len, answer_text(is, t, start, at));
			label = t + at + skip;
			label_len = end - at - skip;
			start = end;
		}
		at = nl ? end + 1 : n;
	}
	if (label)
		add_answer(is, label, label_len, answer_text(is, t, start, n));
}

/* The body as the form wrote it, "\r\n" (as GitHub stores web edits) read as "\n". */
static const char *plain_lines(gl_issue *is, const char *body)
{
	gl_buf out = GL_BUF_INIT;
	for (const char *p = body; *p; p++)
		if (!(p[0] == '\r' && p[1] == '\n'))
			gl_buf_putc(&out, *p);
	const char *copy = gl_arena_strdup(&is->arena, out.len ? out.ptr : "");
	gl_buf_release(&out);
	return copy;
}

/* `labels`: [{"name": "feature", …}] as gh writes them; plain strings are taken too. */
static void read_labels(gl_issue *is, const gl_jvalue *labels)
{
	size_t n = labels && labels->type == GL_JSON_ARRAY ? labels->count : 0, k = 0;
	is->labels = gl_arena_alloc(&is->arena, (n + 1) * sizeof(*is->labels));
	for (size_t i = 0; i < n; i++) {
		const gl_jvalue *l = &labels->items[i];
		const char *name = l->type == GL_JSON_STRING
					   ? l->text
					   : gl_json_string_of(gl_json_member(l, "name"));
		if (name && *name)
			is->labels[k++] = name;
	}
	is->labels[k] = NULL;
}

static int read_fields(gl_issue *is, const gl_jvalue *root, const char *shown)
{
	const gl_jvalue *number = gl_json_member(root, "number");
	if (root->type != GL_JSON_OBJECT || !number || number->type != GL_JSON_NUMBER ||
	    strpbrk(number->text, ".eE-") || strlen(number->text) > 18)
		return gl_error_set(GOVLOG_EINVALID,
				    "'%s' is no issue with a number (want what 'gh issue view N "
				    "--json number,title,body,labels,author,url,createdAt' writes)",
				    shown);
	is->number = number->text;
	is->title = gl_json_string_of(gl_json_member(root, "title"));
	if (!is->title || !*is->title)
		return gl_error_set(GOVLOG_EINVALID, "'%s': issue #%s has no title", shown,
				    is->number);
	is->url = gl_json_string_of(gl_json_member(root, "url"));
	is->author = gl_json_string_of(gl_json_member(gl_json_member(root, "author"), "login"));
	const char *created = gl_json_string_of(gl_json_member(root, "createdAt"));
	if (created && strlen(created) >= 10 && created[4] == '-' && created[7] == '-')
		snprintf(is->date, sizeof(is->date), "%.10s", created);
	const char *body = gl_json_string_of(gl_json_member(root, "body"));
	is->body = plain_lines(is, body ? body : "");
	read_labels(is, gl_json_member(root, "labels"));
	read_answers(is);
	return 0;
}

int gl_issue_read(gl_issue *out, const char *json, size_t len, const char *shown)
{
	memset(out, 0, sizeof(*out));
	size_t bad = 0;
	if (!gl_utf8_validate(json, len, &bad))
		return gl_error_set(GOVLOG_EINVALID, "'%s' is not valid UTF-8 (byte %zu)", shown,
				    bad + 1);
	const gl_jvalue *root = NULL;
	if (gl_json_read(&root, &out->arena, json, len) < 0) {
		char where[512]; /* the message is rewritten in place: copied first */
		snprintf(where, sizeof(where), "%s", govlog_error_last());
		return gl_error_set(GOVLOG_EINVALID, "'%s': %s", shown, where);
	}
	return read_fields(out, root, shown);
}

void gl_issue_release(gl_issue *issue)
{
	gl_vec_free(&issue->answers);
	gl_arena_release(&issue->arena);
}
