/* A GitHub issue as `gh issue view --json …` writes it, and its issue form's answers. */
#ifndef GOVLOG_AUTHOR_REQUEST_ISSUE_H
#define GOVLOG_AUTHOR_REQUEST_ISSUE_H

#include "govlog/common.h"
#include "util/arena.h"
#include "util/vec.h"

/* What a form question asks for, read from its label in English or Danish. */
typedef enum gl_req_role {
	GL_REQ_OTHER = 0,    /* kept as a section under its own label */
	GL_REQ_ACCEPTANCE,   /* "Acceptance criteria", "Acceptkriterier" */
	GL_REQ_PRIORITY,     /* "Priority", "Prioritet" */
	GL_REQ_SPONSOR,      /* "Who commissions and funds it", "Opdragsgiver" */
	GL_REQ_MEETING,      /* "Meeting", "Møde" */
	GL_REQ_BODY,         /* "Deciding body", "Besluttende organ" */
	GL_REQ_ORGANISATION, /* "Requesting organisation", "Organisation", "Kommune" */
	GL_REQ__COUNT
} gl_req_role;

/* One "### Label" of the body and the answer below it ("" for "_No response_"). */
typedef struct gl_req_answer {
	const char *label;
	const char *text; /* trimmed of blank lines; line breaks as "\n" */
	gl_req_role role;
} gl_req_answer;

typedef struct gl_issue {
	gl_arena arena;
	const char *number;            /* as written: "12" */
	const char *title;             /* never NULL */
	const char *url;               /* NULL when not given */
	const char *author;            /* the author's login, or NULL */
	char date[11];                 /* createdAt's day (UTC), "" when not given */
	const char **labels;           /* NULL-terminated names */
	const char *body;              /* "" when none; "\r\n" read as "\n" */
	GL_VEC(gl_req_answer) answers; /* the form's answers in order; none for free text */
} gl_issue;

/*
 * Reads one issue object (number, title, body, labels, author, url,
 * createdAt as gh writes them) from json[0..len), named `shown` in
 * messages. Returns 0, or GOVLOG_EINVALID for invalid UTF-8, invalid JSON,
 * no object, or no whole number or no title.
 */
int gl_issue_read(gl_issue *out, const char *json, size_t len, const char *shown);
void gl_issue_release(gl_issue *issue);

/* The front matter key a role's answer is written under ("organisation", …); NULL for OTHER. */
const char *gl_req_role_key(gl_req_role role);

#endif
