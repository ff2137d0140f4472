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
	gl_semver_format(&b, v, GL_SEMVER_FORMAT_PREFIX);
	return gl_buf_detach(&b);
}

int govlog_release_version_get(char **current, char **next, const govlog_log *log, const char *pre)
{
	gl_history *h = NULL;
	gl_history_options o = {false, NULL, "", false}; /* only the unreleased commits are read */
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
		*current = formatted(last);
	gl_semver v = GL_SEMVER_INIT;
	gl_semver_result res = gl_semver_next(&v, last, change_since(h), pre);
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
