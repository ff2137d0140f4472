/* Finding the decision folders of a repository (SPEC §4's detection). */
#ifndef GOVLOG_LAYOUT_H
#define GOVLOG_LAYOUT_H

#include "util/fs.h"

/*
 * Appends the decision folders found under `root`, relative to it: the folder
 * an adr-tools ".adr-dir" names, every adrFolder of a log4brains
 * ".log4brains.yml" (the project's and each package's), then every usual
 * folder that exists. No duplicates.
 */
void gl_layout_detect(gl_strvec *folders, const char *root);

/* What gl_layout_detect looks for: its marker files and usual folders, ", " between. */
void gl_layout_looked_for(gl_buf *out);

/*
 * The folders where communities keep agendas and meeting minutes, relative
 * to the root ("dagsordner-og-referater", "referater", "meetings",
 * "minutes", and the same under "docs/"): NULL-terminated. Their links are
 * checked like the records'.
 */
extern const char *const gl_layout_minutes_folders[];

/*
 * The folders where communities keep feature requests (the request kind),
 * relative to the root: "requests", "oensker", "ønsker", "udviklingsoensker"
 * and the same under "docs/"; NULL-terminated.
 */
extern const char *const gl_layout_request_folders[];

/* Whether `path` (relative to the root) lies in one of the usual decision folders. */
bool gl_layout_in_usual_folder(const char *path);

/*
 * Whether a decision folder is named in Danish ("beslutninger",
 * "docs/beslutningslog", "strategisk-beslutningslog"): a log still empty
 * there is written as the OS2 communities write theirs.
 */
bool gl_layout_folder_is_danish(const char *folder);

#endif
