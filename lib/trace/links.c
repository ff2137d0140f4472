/* Filling {repo} and {id} into the configured link patterns, GitHub's by default. */
#include "trace/links.h"

#include <string.h>

#include "config/config.h"
#include "util/banned.h"

static const char *configured(const gl_config *c, gl_link_kind kind)
{
	switch (kind) {
	case GL_LINK_ISSUE:
		return c->link_issue;
	case GL_LINK_PULL:
		return c->link_pull;
	case GL_LINK_MERGE_REQUEST:
		return c->link_merge_request;
	case GL_LINK_COMMIT:
		return c->link_commit;
	default:
		return c->link_ticket;
	}
}

static const char *github(gl_link_kind kind)
{
	switch (kind) {
	case GL_LINK_ISSUE:
		return "https://github.com/{repo}/issues/{id}";
	case GL_LINK_PULL:
		return "https://github.com/{repo}/pull/{id}";
	case GL_LINK_COMMIT:
		return "https://github.com/{repo}/commit/{id}";
	default:
		return NULL;
	}
}

bool gl_link_url(gl_buf *out, const gl_links *l, gl_link_kind kind, const char *repo,
		 const char *id)
{
	const char *pattern = l->config ? configured(l->config, kind) : NULL;
	const char *where = repo ? repo : l->repository;
	if (!pattern && where && l->repository)
		pattern = github(kind);
	if (!pattern || (strstr(pattern, "{repo}") && !where))
		return false;
	for (const char *p = pattern; *p; p++) {
		if (!strncmp(p, "{repo}", 6)) {
			gl_buf_puts(out, where);
			p += 5;
		} else if (!strncmp(p, "{id}", 4)) {
			gl_buf_puts(out, id);
			p += 3;
		} else {
			gl_buf_putc(out, *p);
		}
	}
	return true;
}
