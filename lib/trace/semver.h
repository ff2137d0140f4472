/* Versions from Git tag names: tolerant reading, SemVer 2.0.0 precedence, the next version. */
#ifndef GOVLOG_SEMVER_H
#define GOVLOG_SEMVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/*
 * One version. Owns its strings: release it with gl_semver_release. A
 * gl_semver that was zeroed (GL_SEMVER_INIT) or that a failed call left behind
 * owns nothing and may be released.
 */
typedef struct gl_semver {
	uint64_t major, minor, patch;
	uint64_t revision; /* the fourth number of "2.0.6.1"; 0 when not written */
	unsigned parts;    /* numbers written: 2 ("1.2" is 1.2.0), 3, or 4 ("2.0.6.1") */
	bool pre_dashless; /* the pre-release was written without '-': "4.2.0rc1" */
	bool guessed;      /* read by a guess the caller reports: "5.20-0-rc2" as 5.20.0-rc2 */
	char *tag;         /* the tag name as given; NULL for a computed version */
	char *prefix;      /* what stood before the number ("v", "release-"); NULL when none */
	char *pre;         /* pre-release without its '-' ("rc.1"); NULL for a release */
	char *build;       /* build metadata without its '+'; NULL when none */
} gl_semver;

#define GL_SEMVER_INIT                                                                             \
	{                                                                                          \
		0                                                                                  \
	}

typedef enum gl_semver_result {
	GL_SEMVER_OK = 0,
	GL_SEMVER_UNCHANGED = 1,    /* gl_semver_next: nothing to release */
	GL_SEMVER_ENOTVERSION = -1, /* no version: "latest", "v1", "v1.x", "2024-05-01" */
	GL_SEMVER_ENUMBER = -2,     /* a number is empty, has a leading zero or is too large */
	GL_SEMVER_EIDENTIFIER = -3, /* an empty or invalid pre-release or build identifier */
	GL_SEMVER_EORDER = -4,      /* gl_semver_next: the pre-release would not sort higher */
} gl_semver_result;

/* What changed since the last version; ordered, so the largest of several applies. */
typedef enum gl_semver_change {
	GL_SEMVER_NOTHING = 0, /* no commits */
	GL_SEMVER_OTHER,       /* fixes and every other change */
	GL_SEMVER_FEATURE,
	GL_SEMVER_BREAKING,
} gl_semver_change;

/*
 * Reads a tag name as a version, as projects really tag:
 *
 *   [prefix] N.N[.N[.N]] [[-]pre-release] [+build]
 *
 * - prefix: ASCII letters and an optional '-' or '_' ("v", "V", "version",
 *   "release-"); kept in ->prefix.
 * - two numbers mean a patch of 0 ("1.2" is 1.2.0); a fourth number ("2.0.6.1")
 *   is kept in ->revision and orders after 2.0.6 and before 2.0.7. One number
 *   ("v1", a moving major tag) or five are not a version.
 * - numbers have no leading zero and fit 64 bits. The one exception is CalVer:
 *   when the first number is a four-digit year (1900–2199), the second and third
 *   may be zero-padded to two digits, so "2024.05.01" reads as 2024.5.1.
 *   "24.04" and "2024-05-01" are not versions (the first is a number with a
 *   leading zero; the second has one number and a pre-release).
 * - a pre-release follows a '-' or, written without one, starts with a letter:
 *   "4.2.0rc1" has the pre-release "rc1" (->pre_dashless set) and sorts as
 *   "4.2.0-rc1" would. Identifiers are [0-9A-Za-z-]+, dot-separated, numeric
 *   ones without leading zeros (SemVer §9).
 * - build metadata after '+' ([0-9A-Za-z-]+, dot-separated) is kept but does
 *   not take part in precedence.
 *
 * Anything else — "latest", "stable", "v1.x", "1..2", "01.2.3", trailing text —
 * is not a version: the caller reports it; nothing else is guessed.
 *
 * Returns GL_SEMVER_OK, or a negative gl_semver_result with *out zeroed.
 */
gl_semver_result gl_semver_parse(gl_semver *out, const char *tag);

/*
 * As gl_semver_parse for a tag that must start with `prefix` (a configured
 * "api-v", "release/"): after it only an optional 'v' or 'V' may precede the
 * number. A tag without the prefix is GL_SEMVER_ENOTVERSION.
 */
gl_semver_result gl_semver_parse_prefix(gl_semver *out, const char *tag, const char *prefix);

/* A short lower-case reason for a gl_semver_result ("a number has a leading zero …"). */
const char *gl_semver_strerror(gl_semver_result r);

/* Frees the strings of v and zeroes it; v may be NULL. */
void gl_semver_release(gl_semver *v);

/* Makes *out an independent copy of *src (out need not be released before). */
void gl_semver_copy(gl_semver *out, const gl_semver *src);

/*
 * SemVer 2.0.0 precedence (§11): <0, 0 or >0. Numbers numerically (the fourth
 * counts as 0 when absent); a pre-release sorts before its release; pre-release
 * identifiers field by field, numeric ones numerically (of any length),
 * alphanumeric ones in ASCII order, numeric before alphanumeric, and more fields
 * higher when all before are equal. One departure, for the way projects count
 * candidates without a dot: two identifiers of the same letters and a number
 * ("rc9", "rc10") compare by that number. Prefix, spelling and build metadata are
 * ignored: "v1.2.3", "1.2.3" and "1.2.3+b.5" are equal.
 */
int gl_semver_compare(const gl_semver *a, const gl_semver *b);

/* A total order for sorting: precedence, then the tag names bytewise (NULL first). */
int gl_semver_order(const gl_semver *a, const gl_semver *b);

/* Sorts an array of versions by gl_semver_order, lowest first. */
void gl_semver_sort(gl_semver *v, size_t n);

/* Flags of gl_semver_format. */
#define GL_SEMVER_FORMAT_PREFIX 1u  /* the tag's own prefix ("v", "release-") if it had one */
#define GL_SEMVER_FORMAT_V 2u       /* a leading 'v' when no prefix was written */
#define GL_SEMVER_FORMAT_BUILD 4u   /* append "+build" when there is build metadata */
#define GL_SEMVER_FORMAT_WRITTEN 8u /* a pre-release written without '-' stays so ("4.2.0rc2") */

/*
 * Appends the version in SemVer form: "1.2.0" (also for a two-number tag),
 * "2.0.6.1", "1.2.3-rc.1", and "4.2.0-rc1" for the dash-less "4.2.0rc1".
 * `flags` is a mask of GL_SEMVER_FORMAT_*.
 */
void gl_semver_format(gl_buf *out, const gl_semver *v, unsigned flags);

/*
 * The version to release after `last` (NULL when there is none yet) given
 * what changed since, as a pre-release with identifier `pre_id` (such as
 * "beta" or "rc"; NULL for a release). *out owns its strings, keeps last's
 * prefix and has no tag name or build metadata.
 *
 * - No version yet: 0.1.0 (0.1.0-ID.1 with a pre-release) for any change, as
 *   git-cliff and Cargo start; GL_SEMVER_UNCHANGED when there is nothing.
 * - Breaking changes bump the major (the minor while the major is 0), features
 *   the minor, anything else the patch; the result has three numbers.
 * - A pre-release already stands for its release: after 1.1.0-beta.11 a fix or
 *   a feature still aims at 1.1.0, a breaking change at 2.0.0 (as npm's
 *   semver.inc and semantic-release do: the shape X.0.0, X.Y.0 or X.Y.Z says
 *   which bump it already holds). Without `pre_id` that release is the answer,
 *   even when nothing changed ("1.1.0-beta.12" → "1.1.0").
 * - With `pre_id`, when last is a pre-release of that same release whose
 *   pre-release is ID or starts with "ID.", the counter continues: its last
 *   numeric identifier goes up by one, compared as a number of any length
 *   ("beta.11" → "beta.12", "beta.9" → "beta.10"), or ".1" is appended
 *   ("rc" → "rc.1"). Otherwise the counter starts at 1 ("2.0.0-beta.1"), as in
 *   semantic-release; a dash-less "4.2.0rc1" is not continued.
 *
 * Returns GL_SEMVER_OK; GL_SEMVER_UNCHANGED when nothing changed and last is a
 * release, or a pre-release with the same identifier (*out is then a copy of
 * last, or zeroed when there is none); GL_SEMVER_EIDENTIFIER for an invalid
 * `pre_id`; GL_SEMVER_EORDER when the new pre-release would not sort above last
 * ("1.2.0-rc.1" then `pre_id` "beta"), *out zeroed.
 */
gl_semver_result gl_semver_next(gl_semver *out, const gl_semver *last, gl_semver_change change,
				const char *pre_id);

#endif
