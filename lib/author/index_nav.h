/* just-the-docs navigation keys in the records' front matter. */
#ifndef GL_AUTHOR_INDEX_NAV_H
#define GL_AUTHOR_INDEX_NAV_H

#include "govlog/log.h"

/*
 * Gives every record of the log `parent` and `nav_order` (replaced when
 * there) and `title` (added when missing) in its front matter, adding front
 * matter to a record without; every other key is kept as written. Call
 * under the work tree's lock. Returns 0, or the writer's error.
 */
int gl_index_navigation(const govlog_log *log, const char *parent);

#endif
