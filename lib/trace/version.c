/* govlog_release_version_get: the current version and the next one from the commits since. */
#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "trace/history.h"
#include "trace/release_internal.h"
#include "util/banned.h"

/* The largest change among the commits no release holds yet. */
static gl_semver_change change_since(const gl_history *h)
{
	gl_semver_change change = GL_SEMVER_NOTHING;
	for (size_t i = 0; i < h->changes.len; i++) {
		const gl_change *c = &h->changes.items[i];
		gl_semver_change this = c->breaking                    ? GL_SEMVER_BREAKING
					: c->kind == GL_CHANGE_FEATURE ? GL_SEMVER_FEATURE
								       : GL_SEMVER_OTHER;
		if (c->release == GL_UNRELEASED && !c->reverted && this > change)
			change = this;
	}
	return change;
}

static char *formatted(const gl_semver *v)
{
	gl_buf b = GL_BUF_INIT;
	gl_semver_format(&b, v, GL_SEMVER_FORMAT_PREFIX | GL_SEMVER_FORMAT_WRITTEN);
	return gl_buf_detach(&b);
}

static bool tagged(const gl_history *h, const gl_semver *v)
{
	for (size_t i = 0; i < h->releases.len; i++)
		if (!gl_semver_compare(&h->releases.items[i].version, v))
			return true;
	return false;
}

/*
 * A version some tag already has (on another branch, say) is never proposed:
 * step on, the pre-release's counter or else the patch, until one is free.
 */
static gl_semver_result step_over_tags(gl_semver *v, const gl_history *h, const char *pre)
{
	gl_semver_result res = GL_SEMVER_OK;
	for (size_t i = 0; res == GL_SEMVER_OK && i <= h->releases.len && tagged(h, v); i++) {
		gl_semver stepped = GL_SEMVER_INIT;
		res = gl_semver_next(&stepped, v, GL_SEMVER_OTHER, v->pre ? pre : NULL);
		gl_semver_release(v);
		*v = stepped;
	}
	return res;
}

int govlog_release_version_get(char **current, char **next, const govlog_log *log, const char *pre)
{
	gl_history *h = NULL;
	gl_history_options o = {false, NULL, "", false,
				NULL}; /* only the unreleased commits are read */
	*current = *next = NULL;
	int rc = gl_history_load(&h, log, &o);
	if (rc)
		return rc;
	size_t r = GL_UNRELEASED;
	rc = gl_history_current(h, &r);
	if (rc) {
		gl_history_free(h);
		return rc;
	}
	const gl_semver *last = r == GL_UNRELEASED ? NULL : &h->releases.items[r].version;
	if (last)
		*current = gl_xstrdup(h->releases.items[r].tag); /* as it was written */
	gl_semver v = GL_SEMVER_INIT;
	gl_semver_result res = gl_semver_next(&v, last, change_since(h), pre);
	if (res == GL_SEMVER_OK)
		res = step_over_tags(&v, h, pre);
	if (res == GL_SEMVER_OK)
		*next = formatted(&v);
	else if (res < 0)
		rc = gl_error_set(GOVLOG_EINVALID, "no next version after %s with '%s': %s",
				  *current ? *current : "none", pre ? pre : "",
				  gl_semver_strerror(res));
	gl_semver_release(&v);
	gl_history_free(h);
	return rc;
}
