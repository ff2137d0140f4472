/* A shallow clone's edge, found where a parent is missing, for walks that must stop there. */
#include "repo/shallow.h"

#include "util/error.h"
#include "util/banned.h"

void gl_shallow_init(gl_shallow *out, git_repository *repo)
{
	out->odb = NULL;
	out->cut = false;
	if (git_repository_is_shallow(repo) == 1 && git_repository_odb(&out->odb, repo) < 0)
		out->odb = NULL;
}

void gl_shallow_release(gl_shallow *s)
{
	git_odb_free(s->odb);
	s->odb = NULL;
}

bool gl_shallow_beyond(gl_shallow *s, const git_oid *child, const git_oid *parent)
{
	if (!s->odb || git_odb_exists(s->odb, parent))
		return false;
	if (!s->cut)
		git_oid_cpy(&s->at, child);
	s->cut = true;
	return true;
}

int gl_shallow_fail(const gl_shallow *s, const char *what)
{
	char hex[GIT_OID_HEXSZ + 1];
	git_oid_tostr(hex, sizeof(hex), &s->at);
	return gl_error_set(GOVLOG_EREPO,
			    "%s: this is a shallow clone and its history ends at commit %s, "
			    "whose parent it does not have; fetch more (git fetch --deepen N, "
			    "git fetch --unshallow, or fetch-depth: 0 in CI)",
			    what, hex);
}
