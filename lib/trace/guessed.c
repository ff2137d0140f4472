/* The tags read as a version by a guess, kept for the program to warn about. */
#include "govlog/release.h"

#include <stdio.h>
#include <string.h>

#include "trace/history.h"
#include "util/banned.h"

/* A guess is told, not hidden: as govlog_pattern_limited, per thread, a few. */
enum { GUESSED_MAX = 8, GUESSED_LEN = 256 };
static _Thread_local char guessed_tag[GUESSED_MAX][GUESSED_LEN];
static _Thread_local char guessed_as[GUESSED_MAX][GUESSED_LEN];
static _Thread_local size_t guessed_count;

const char *govlog_release_tag_guessed(size_t i, const char **read_as)
{
	if (i >= guessed_count)
		return NULL;
	if (read_as)
		*read_as = guessed_as[i];
	return guessed_tag[i];
}

void gl_tag_guessed_note(const char *tag, const char *read_as)
{
	for (size_t i = 0; i < guessed_count; i++)
		if (!strncmp(guessed_tag[i], tag, GUESSED_LEN - 1))
			return;
	if (guessed_count == GUESSED_MAX)
		return;
	snprintf(guessed_tag[guessed_count], GUESSED_LEN, "%s", tag);
	snprintf(guessed_as[guessed_count], GUESSED_LEN, "%s", read_as);
	guessed_count++;
}
