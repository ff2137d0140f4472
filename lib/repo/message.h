/* Commit messages as UTF-8, whatever their encoding header says. */
#ifndef GOVLOG_REPO_MESSAGE_H
#define GOVLOG_REPO_MESSAGE_H

#include "repo/git.h"
#include "util/buf.h"

/*
 * The commit's raw message as UTF-8: converted with iconv from the charset
 * its `encoding` header names (ISO-8859-1, windows-1252, ...), and any byte
 * that is still not UTF-8 (no header, a wrong one, a charset iconv does not
 * know) replaced by U+FFFD. Returns the commit's own text when it is UTF-8
 * already, else scratch's; valid while both live.
 */
const char *gl_repo_message_utf8(git_commit *c, gl_buf *scratch);

/*
 * The same for any text of a commit (Git writes the author's name in the
 * message's charset too): `charset` may be NULL.
 */
const char *gl_repo_utf8(const char *charset, const char *raw, gl_buf *scratch);

#endif
