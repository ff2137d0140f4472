/*
 * The forms Git and the platforms write into commit messages in place of a
 * header: Git's merges, reverts and autosquash prefixes, merged pull and
 * merge requests (GitHub, Bitbucket, GitLab), a squash merge's " (#N)", and
 * the subjects the platforms' web editors write. One table, read alike by the
 * commit-msg hook, check --commits and the release notes.
 */
#ifndef GOVLOG_COMMIT_FORMS_H
#define GOVLOG_COMMIT_FORMS_H

#include <stdbool.h>
#include <stddef.h>

typedef enum gl_form {
	GL_FORM_NONE,       /* the author's own subject: a header, or words */
	GL_FORM_MERGE,      /* Git's merges: "Merge branch 'x' into y", "Merge tag …",
			       "Merge a into b" */
	GL_FORM_REQUEST,    /* a merged pull request: GitHub's "Merge pull request #N from
			       owner/branch", Bitbucket's "Merged in branch (pull request #N)" */
	GL_FORM_AUTOSQUASH, /* "fixup! ", "squash! ", "amend! ": the subject it amends follows */
	GL_FORM_REVERT,     /* Git's `Revert "…"` and `Reapply "…"` */
	GL_FORM_WEB_EDITOR, /* what a platform writes for the author: GitHub's web editor
			       ("Update X", "Create X", "Delete X", "Delete X directory",
			       "Rename A to B", "Update and rename A to B", "Add files via
			       upload"), its review suggestions ("Apply suggestions from code
			       review", "Apply suggestion from @user"), a new repository's
			       "Initial commit"; GitLab's ("Add new file", "Upload New File",
			       "Add new directory", "Replace X") and Bitbucket's ("X edited
			       online with Bitbucket"). X, A and B are names as the editor
			       writes them: a word or a path, or, with blanks, a file name
			       with an extension ("Referat 2024-03-01.md") */
} gl_form;

typedef struct gl_form_match {
	gl_form form;
	size_t len;            /* the prefix; for AUTOSQUASH, where the amended subject starts */
	size_t pr, pr_len;     /* REQUEST: the request's number, s[pr..pr + pr_len) */
	size_t from, from_len; /* REQUEST: the branch it came from ("owner/branch"); from_len
				  0 when the subject names none */
} gl_form_match;

/*
 * The form of s[0..len), a line without its surrounding blanks. Merges are
 * looked for only when `subject` says s is a message's first line as
 * written, never in a request's title or after fixup!. Fills *m and returns
 * m->form, GL_FORM_NONE when s is in no form.
 */
gl_form gl_form_of(gl_form_match *m, const char *s, size_t len, bool subject);

/*
 * A squash merge's " (#123)" at the end of s[0..len): returns the length
 * without it and its blanks, with the number at s[*pr..*pr + *pr_len);
 * returns len, leaving *pr and *pr_len alone, when there is none.
 */
size_t gl_form_squash_suffix(const char *s, size_t len, size_t *pr, size_t *pr_len);

/*
 * Whether s[0..len), a merged request's first body line without its blanks,
 * is the request's title: any line but those Git and GitLab write there
 * ("Conflicts:", "# …", "See merge request …", "This reverts commit …",
 * "Signed-off-by: …", "(cherry picked from commit …"). A title that looks
 * like a trailer ("feat: export to CSV", "358: ret kalender") is a title.
 */
bool gl_form_is_title(const char *s, size_t len);

typedef enum gl_marker_kind {
	GL_MARKER_NONE,
	GL_MARKER_REVERTS,       /* "This reverts commit <id>" (Git's revert) */
	GL_MARKER_MERGE_REQUEST, /* "See merge request group/project!N" (GitLab's merge) */
	GL_MARKER_PICKED,        /* "(cherry picked from commit <id>)" (git cherry-pick -x) */
} gl_marker_kind;

typedef struct gl_marker {
	gl_marker_kind kind;
	size_t id, id_len;     /* the commit id (4 to 64 hex digits, as written), or the number */
	size_t repo, repo_len; /* MERGE_REQUEST: "group/project"; repo_len 0 when GitLab named
				  none ("See merge request !7") */
} gl_marker;

/*
 * Whether s[0..len), a body line without its blanks, is a line Git or GitLab
 * writes into a message's body: fills *m and returns m->kind, GL_MARKER_NONE
 * when it is none (or names no valid id or number).
 */
gl_marker_kind gl_form_marker(gl_marker *m, const char *s, size_t len);

#endif
