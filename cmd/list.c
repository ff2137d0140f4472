/* govlog list: the decision records as a table, JSON or CSV. */
#include <stdlib.h>
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *format = "table";
static const char *const formats[] = {"table", "json", "csv", NULL};

static const cmd_option options[] = {
	{"format", 'f', "FORMAT", "output format", &format, NULL, formats},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_list_spec = {
	"list",
	"[PATH...] [--format table|json|csv]",
	"list decision records",
	"Prints ID, title, type, status (canonical and as written), date (ISO), deciders\n"
	"and path of every record, ordered by path.",
	options,
};

static govlog_list_format list_format(void)
{
	if (!strcmp(format, "json"))
		return GOVLOG_LIST_JSON;
	return !strcmp(format, "csv") ? GOVLOG_LIST_CSV : GOVLOG_LIST_TABLE;
}

static int write_records(const govlog_log *log)
{
	size_t n = govlog_log_count(log);
	const govlog_record **records = calloc(n ? n : 1, sizeof(*records));
	if (!records) {
		cmd_error("out of memory");
		return CMD_EXIT_FAILURE;
	}
	for (size_t i = 0; i < n; i++)
		records[i] = govlog_log_record_at(log, i);
	int err = govlog_records_write(stdout, records, n, list_format());
	free(records);
	if (err < 0 || fflush(stdout) != 0)
		return cmd_fail(GOVLOG_EIO);
	return CMD_EXIT_OK;
}

int cmd_list(int argc, char **argv)
{
	char **paths;
	size_t npaths;
	int rc = cmd_parse(&cmd_list_spec, argc, argv, &paths, &npaths);
	if (rc)
		return rc < 0 ? CMD_EXIT_OK : rc;
	govlog_log *log = NULL;
	int err = cmd_open_log(&log, paths, npaths);
	rc = err ? cmd_fail(err) : write_records(log);
	govlog_log_free(log);
	return rc;
}
