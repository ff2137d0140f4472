/* id/duplicate: one ID, two records in one folder. Reported on every record after the first,
 * the newer by date (then by path). MADR's categories are subfolders whose numbers are unique only
 * within the category (its decision 0010), so the same ID in two folders is not a duplicate. */
#include "check/rules/rules.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/utf8.h"
#include "util/vec.h"
#include "util/banned.h"

/* The length of the path's folder part, up to and including its last '/'. */
static size_t folder_length(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? (size_t)(slash - path) + 1 : 0;
}

static int compare_folders(const govlog_record *a, const govlog_record *b)
{
	size_t la = folder_length(a->path), lb = folder_length(b->path);
	int c = memcmp(a->path, b->path, la < lb ? la : lb);
	return c ? c : (la > lb) - (la < lb);
}

/* The older first, so the newer one is told to renumber; an undated record counts as newest. */
static int compare_dates(const govlog_record *a, const govlog_record *b)
{
	const char *da = govlog_record_date(a), *db = govlog_record_date(b);
	if (!da || !db)
		return (da == NULL) - (db == NULL);
	return strcmp(da, db);
}

static int compare_by_folder_and_id(const void *pa, const void *pb)
{
	const govlog_record *a = *(const govlog_record *const *)pa;
	const govlog_record *b = *(const govlog_record *const *)pb;
	int c = compare_folders(a, b);
	if (!c)
		c = strcasecmp(a->id, b->id);
	if (!c)
		c = compare_dates(a, b);
	return c ? c : strcmp(a->path, b->path);
}

void gl_rules_ids(govlog_diag_list *out, const govlog_log *log)
{
	size_t n = govlog_log_count(log);
	if (n < 2)
		return;
	const govlog_record **sorted = gl_xcalloc(n, sizeof(*sorted));
	for (size_t i = 0; i < n; i++)
		sorted[i] = govlog_log_record_at(log, i);
	qsort(sorted, n, sizeof(*sorted), compare_by_folder_and_id);
	size_t first = 0;
	for (size_t i = 1; i < n; i++) {
		if (compare_folders(sorted[i], sorted[first]) ||
		    strcasecmp(sorted[i]->id, sorted[first]->id)) {
			first = i;
			continue;
		}
		const govlog_record *r = sorted[i];
		govlog_pos pos = r->title ? r->title_pos : (govlog_pos){1, 1};
		gl_diag_addt(out, GL_RULE_ID_DUPLICATE, r->path, pos,
			     gl_lang_text(gl_diag_list_lang(out), GL_T_ID_DUPLICATE_HINT),
			     GL_T_ID_DUPLICATE, r->id, sorted[first]->path);
	}
	free(sorted);
}
