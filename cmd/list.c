/* govlog list: the decision records as a table, JSON or CSV. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *format = "table", *status, *type, *kind, *since;
static const char *const formats[] = {"table", "json", "csv", NULL};
static const char *const kinds[] = {"decision", "request", "meeting", NULL};

static const cmd_option options[] = {
	{"format", 'f', "FORMAT", "output format", &format, NULL, formats},
	{"status", 's', "STATUS",
	 "only records in this state, by any word the records use (accepted, Godkendt, Vedtaget, ...)",
	 &status, NULL, NULL},
	{"type", 't', "TYPE", "only records of this type (ADR, SDR, ODR, strategic, ...)", &type,
	 NULL, NULL},
	{"kind", 'k', "KIND", "only records of this kind", &kind, NULL, kinds},
	{"since", 'S', "DATE",
	 "only records dated on or after DATE (YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY)", &since, NULL,
	 NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_list_spec = {
	"list",
	"[PATH...] [--kind decision|request|meeting] [--status S] [--type T] [--since DATE]\n"
	"       [--format table|json|csv]",
	"list decision records, request records or meetings",
	"Prints ID, title, type, status (canonical and as written), date (ISO), deciders\n"
	"and path of every record, ordered by path. With --kind request, the request\n"
	"records of the request folders (requests/, oensker/, ... or requests.folders).\n"
	"With --kind meeting: the agendas and minutes of the minutes folders (date, group,\n"
	"agenda or minutes, title, path and the decisions each references), ordered by date.",
	options,
	check_args,
};

static govlog_list_format list_format(void)
{
	if (!strcmp(format, "json"))
		return GOVLOG_LIST_JSON;
	return !strcmp(format, "csv") ? GOVLOG_LIST_CSV : GOVLOG_LIST_TABLE;
}

/* The canonical name of a state or type the user wrote in any known form, or NULL. */
static const char *canonical(const char *word, bool is_type)
{
	static const char *const types[][4] = {{"architecture", "adr", "arkitektur", NULL},
					       {"strategic", "sdr", "strategisk", NULL},
					       {"operational", "odr", "operationel", NULL}};
	govlog_status s = is_type ? GOVLOG_STATUS_UNKNOWN : govlog_status_from_word(word);
	if (s > GOVLOG_STATUS_UNKNOWN)
		return govlog_status_name(s);
	for (size_t i = 0; is_type && i < 3; i++)
		for (size_t k = 0; types[i][k]; k++)
			if (!strcasecmp(types[i][k], word))
				return types[i][0];
	return NULL;
}

static bool wanted(const govlog_record *r)
{
	const char *date = govlog_record_date(r);
	if (status && strcmp(govlog_status_name(govlog_record_status(r)), status))
		return false;
	if (type && strcmp(govlog_type_name(govlog_record_type(r)), type))
		return false;
	return !since || (date && strcmp(date, since) >= 0);
}

/* The records of the kind asked for: decisions, or the requests read beside them. */
static const govlog_record *record_at(const govlog_log *log, size_t i, bool requests)
{
	return requests ? govlog_log_request_at(log, i) : govlog_log_record_at(log, i);
}

static int write_records(const govlog_log *log)
{
	bool requests = kind && !strcmp(kind, "request");
	size_t n = requests ? govlog_log_request_count(log) : govlog_log_count(log);
	const govlog_record **records = calloc(n ? n : 1, sizeof(*records));
	if (!records) {
		cmd_error("out of memory");
		return CMD_EXIT_FAILURE;
	}
	size_t kept = 0;
	for (size_t i = 0; i < n; i++)
		if (wanted(record_at(log, i, requests)))
			records[kept++] = record_at(log, i, requests);
	int err = govlog_record_list_write(stdout, records, kept, list_format(),
					   govlog_log_language(log));
	free(records);
	if (err < 0 || fflush(stdout) != 0)
		return cmd_fail_output();
	return CMD_EXIT_OK;
}

/* The filters, as their canonical names; the positional arguments are the log's paths. */
static int check_args(cmd_ctx *ctx)
{
	/* A repository may keep requests before it keeps any decision. */
	if (kind && !strcmp(kind, "request"))
		ctx->log_options.allow_empty = true;
	if (status && !(status = canonical(status, false))) {
		cmd_errort("CLI_LIST_BAD_STATUS");
		return CMD_EXIT_USAGE;
	}
	if (type && !(type = canonical(type, true))) {
		cmd_errort("CLI_LIST_BAD_TYPE");
		return CMD_EXIT_USAGE;
	}
	/* A date in any form a record may use, compared as ISO. */
	static char since_iso[11];
	if (since && govlog_date_read(since_iso, since) < 0) {
		cmd_errort("CLI_LIST_BAD_SINCE", since);
		return CMD_EXIT_USAGE;
	}
	if (since)
		since = since_iso;
	return CMD_EXIT_OK;
}

/* Meetings by date, from --since on. */
static int write_meetings(const govlog_log *log)
{
	govlog_meetings *m = NULL;
	int err = govlog_meetings_load(&m, log);
	if (err < 0)
		return cmd_fail(err);
	size_t n = govlog_meetings_count(m), kept = 0;
	const govlog_meeting **list = calloc(n ? n : 1, sizeof(*list));
	if (!list) {
		govlog_meetings_free(m);
		cmd_error("out of memory");
		return CMD_EXIT_FAILURE;
	}
	for (size_t i = 0; i < n; i++) {
		const govlog_meeting *mt = govlog_meetings_at(m, i);
		if (!since || strcmp(govlog_meeting_date(mt), since) >= 0)
			list[kept++] = mt;
	}
	err = govlog_meeting_list_write(stdout, list, kept, list_format(),
					govlog_log_language(log));
	free(list);
	govlog_meetings_free(m);
	if (err < 0 || fflush(stdout) != 0)
		return cmd_fail_output();
	return CMD_EXIT_OK;
}

int cmd_list(cmd_ctx *ctx)
{
	if (kind && !strcmp(kind, "meeting"))
		return write_meetings(ctx->log);
	return write_records(ctx->log);
}
