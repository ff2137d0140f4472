/*
 * A folder's listing kept between runs, for the hooks. A hook that looks up
 * one record among thousands spends a fifth of its time listing the folder
 * (the file system hashes every name). The listing is kept in a cache
 * folder (the log uses .git/govlog) and used while the folder's own stamp
 * (device, inode, size, modification and change times to the nanosecond) is
 * the one it was taken under: adding, removing or renaming an entry changes
 * the folder's times, so a stale listing is never used.
 */
#ifndef GOVLOG_UTIL_LISTING_CACHE_H
#define GOVLOG_UTIL_LISTING_CACHE_H

#include <stdint.h>

#include "util/fs.h"

/*
 * What gl_fs_entries_read(dir, out, keep, payload) gives, the same entries
 * in the same order, read from the cache in `cache_dir` when it holds the
 * folder's listing under its present stamp; otherwise the folder is read and
 * its whole listing stored there (created when missing), as a lock file
 * renamed into place. `dir` must be absolute to use the cache; `cache_dir`
 * NULL reads the folder. Nothing about the cache is an error: a cache that
 * is missing, damaged, locked by another writer or unwritable is passed by.
 * Returns 0, or -1 (errno) when the folder cannot be read.
 */
int gl_listing_read(const char *dir, const char *cache_dir, gl_fs_entries *out, gl_fs_keep_fn keep,
		    void *payload);

/*
 * The same at the time `now` (seconds since the epoch). A listing is stored
 * only when the folder was last changed GL_LISTING_SETTLED seconds or more
 * before `now`: a change made within the same tick of a coarse clock after
 * the listing was read could leave the folder's times as they were.
 */
enum { GL_LISTING_SETTLED = 3 };
int gl_listing_read_at(const char *dir, const char *cache_dir, gl_fs_entries *out,
		       gl_fs_keep_fn keep, void *payload, int64_t now);

#endif
