/*
 * govlog/init.h — setting a repository up: configuration, decision folder, templates.
 */
#ifndef GOVLOG_INIT_H
#define GOVLOG_INIT_H

#include "common.h"
#include "log.h"

typedef struct govlog_init_options {
	unsigned version;
	const char *profile;   /* NULL: the one the log's records match, else by language */
	const char *lang;      /* "da" or "en"; NULL: the profile's */
	const char *templates; /* "github" (issue forms), "github-md", "gitlab" or "none" */
} govlog_init_options;

#define GOVLOG_INIT_OPTIONS_VERSION 1
/* clang-format off */
#define GOVLOG_INIT_OPTIONS_INIT {GOVLOG_INIT_OPTIONS_VERSION, NULL, NULL, "github"}
/* clang-format on */

/* Called for every file init would write: created, or kept because it exists. */
typedef void (*govlog_init_fn)(const char *path, bool created, void *payload);

/*
 * Writes .govlog.yml, the decision folder with its README and the templates,
 * at the log's root. Never overwrites: an existing file is kept and reported
 * with created = false. In a repository that already has records, the profile
 * is the one they all match (none is written when they mix, so each is judged
 * by its own) and the folder is theirs. Returns 0; GOVLOG_EINVALID for an
 * unknown profile, language or template set; GOVLOG_EIO when writing fails.
 */
GOVLOG_API int govlog_init(const govlog_log *log, const govlog_init_options *opts,
			   govlog_init_fn fn, void *payload);

#endif
