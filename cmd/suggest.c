/* "did you mean": the nearest known word to a mistyped verb or option, as git suggests. */
#include "cmd.h"

#include <string.h>

enum { SUGGEST_MAX_LEN = 64 };

static size_t min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;
	return m < c ? m : c;
}

/* Edits (insert, delete, change, swap two neighbours) from a to b. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > SUGGEST_MAX_LEN || lb > SUGGEST_MAX_LEN)
		return (size_t)-1;
	size_t d[SUGGEST_MAX_LEN + 1][SUGGEST_MAX_LEN + 1];
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++) {
		for (size_t j = 1; j <= lb; j++) {
			size_t change = a[i - 1] != b[j - 1];
			d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + change);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	}
	return d[la][lb];
}

const char *cmd_suggest(const char *word, const char *const *candidates, size_t n)
{
	/* One edit in a short word, two in a longer one: more is another word. */
	size_t len = strlen(word), allowed = len <= 4 ? 1 : 2, best = (size_t)-1;
	const char *found = NULL;
	for (size_t i = 0; i < n; i++) {
		size_t d = distance(word, candidates[i]);
		if (d <= allowed && d < best) {
			best = d;
			found = candidates[i];
		}
	}
	return found;
}
