/* Reading only the records a commit message's Decision: trailers can name. */
#include "hook/named.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check/rules/record_index.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/vec.h"
#include "util/banned.h"
#include "log/log_internal.h"

typedef GL_VEC(char *) id_list;

/* A number a trailer's ID carries, with its decimal digits (no leading zeros). */
typedef struct wanted_number {
	unsigned long value;
	char digits[24];
} wanted_number;
typedef GL_VEC(wanted_number) number_list;

/* The IDs of every "Decision:" line, split at commas and spaces. */
static void decision_ids(id_list *out, const char *text, size_t len)
{
	for (size_t at = 0; at < len;) {
		size_t end = at;
		while (end < len && text[end] != '\n')
			end++;
		if (end - at >= 9 && !strncasecmp(text + at, "Decision:", 9)) {
			for (size_t i = at + 9; i < end;) {
				while (i < end &&
				       (text[i] == ' ' || text[i] == ',' || text[i] == '\r'))
					i++;
				size_t n = 0;
				while (i + n < end && !strchr(" ,\r", text[i + n]))
					n++;
				if (n)
					gl_vec_push(out, gl_xstrndup(text + i, n));
				i += n;
			}
		}
		at = end + 1;
	}
}

/*
 * Whether the name holds the digits of one of the numbers: a run of digits
 * worth a number is its digits after zeros, so a name without them is
 * turned away by one strstr, as a hook asks this of thousands of names.
 */
static bool holds_digits_of(const char *base, const number_list *numbers)
{
	for (size_t i = 0; i < numbers->len; i++)
		if (strstr(base, numbers->items[i].digits))
			return true;
	return false;
}

/* The walk's first test of a file's name alone: the only one most names get. */
static bool may_name_a_number(const char *name, void *payload)
{
	return holds_digits_of(name, payload);
}

/*
 * A file name with a run of digits whose value is one of the numbers: asked
 * only of the names may_name_a_number let through.
 */
static bool names_a_number(const char *repo_path, void *payload)
{
	const number_list *numbers = payload;
	static const char digit[] = "0123456789";
	const char *base = strrchr(repo_path, '/');
	base = base ? base + 1 : repo_path;
	for (const char *p = base + strcspn(base, digit); *p; p += strcspn(p, digit)) {
		unsigned long v = 0;
		size_t digits = 0;
		for (; gl_isdigit(*p); p++)
			if (++digits <= 9)
				v = v * 10 + (unsigned long)(*p - '0');
		for (size_t i = 0; digits <= 9 && i < numbers->len; i++)
			if (numbers->items[i].value == v)
				return true;
	}
	return false;
}

static bool all_found(const govlog_log *log, const id_list *ids)
{
	for (size_t i = 0; i < ids->len; i++)
		if (!govlog_log_find(log, ids->items[i]))
			return false;
	return true;
}

/* The numbers of the IDs; false when one is not letters and a number ("ADR-0007"). */
static bool numbers_of(number_list *out, const id_list *ids)
{
	char letters[9];
	wanted_number n;
	for (size_t i = 0; i < ids->len; i++) {
		if (!gl_record_id_split(ids->items[i], strlen(ids->items[i]), letters, &n.value))
			return false;
		size_t width = gl_digit_count(n.value);
		gl_put_digits(n.digits, n.value, width);
		n.digits[width] = '\0';
		gl_vec_push(out, n);
	}
	return true;
}

int gl_hook_open_log_for(govlog_log **out, govlog_log_options *opts, const char *text, size_t len)
{
	id_list ids = {0};
	number_list numbers = {0};
	decision_ids(&ids, text, len);
	opts->config_only = ids.len == 0;
	int rc;
	if (!ids.len || !numbers_of(&numbers, &ids)) {
		rc = govlog_log_open(out, opts);
	} else {
		const gl_log_filter by_number = {names_a_number, may_name_a_number, &numbers};
		rc = gl_log_open_filtered(out, opts, &by_number);
		/* Not found by its number: an ID from front matter or a title, or none at all. */
		if (!rc && !all_found(*out, &ids)) {
			govlog_log_free(*out);
			rc = govlog_log_open(out, opts);
		}
	}
	for (size_t i = 0; i < ids.len; i++)
		free(ids.items[i]);
	gl_vec_free(&ids);
	gl_vec_free(&numbers);
	return rc;
}
