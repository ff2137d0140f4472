/* govlog init --hooks: installing and removing govlog's Git hooks. */
#ifndef GOVLOG_HOOKS_INSTALL_H
#define GOVLOG_HOOKS_INSTALL_H

#include "govlog/init.h"

/*
 * Installs (or, with `remove`, removes) govlog's pre-commit, commit-msg,
 * pre-push and pre-merge-commit hooks in the hooks folder of the log's
 * repository, reporting each through fn. `program`, an absolute path or NULL,
 * is written into each script for when govlog is not on PATH. The rules and
 * return codes are govlog_init_run's with hooks set.
 */
int gl_hooks_install(const govlog_log *log, bool remove, const char *program, govlog_init_fn fn,
		     void *payload);

#endif
