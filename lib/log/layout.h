/* Finding the decision folders of a repository (SPEC §4's detection). */
#ifndef GOVLOG_LAYOUT_H
#define GOVLOG_LAYOUT_H

#include "util/fs.h"

/*
 * Appends the decision folders found under `root`, relative to it: the folder
 * an adr-tools ".adr-dir" or a log4brains ".log4brains.yml" names, then every
 * usual folder that exists. No duplicates.
 */
void gl_layout_detect(gl_strvec *folders, const char *root);

/* Whether `path` (relative to the root) lies in one of the usual decision folders. */
bool gl_layout_in_usual_folder(const char *path);

#endif
