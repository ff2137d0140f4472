/* govlog status: change a record's status in place, keeping its style and language. */
#include <govlog/govlog.h>

#include "cmd.h"

static const char *date, *note, *successor, *by;

static const cmd_option options[] = {
	{"date", 'd', "DATE", "set the date field (or the ticked box's date) to DATE", &date, NULL,
	 NULL},
	{"by", 'b', "WHO", "who decided: the new value of the deciders field", &by, NULL, NULL},
	{"note", 'n', "TEXT", "text after the status word (\"på styregruppemødet 4. juni\")", &note,
	 NULL, NULL},
	{"successor", 's', "ID", "for superseded: the record that replaces it (updated too)",
	 &successor, NULL, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_status_spec = {
	"status",
	"<ID> <state> [--by WHO] [--date D] [--note TEXT] [--successor ID]",
	"change a record's status, editing only the status (and the supersede links)",
	"The state is proposed, accepted, rejected, deprecated or superseded, or a word of the\n"
	"record's language (Godkendt, Afvist), which is then the word written; for a state's\n"
	"name the word the log uses most for it is written. The lifecycle is checked first:\n"
	"proposed → accepted | rejected; accepted → deprecated | superseded. IDs may be\n"
	"numbers (4 for ADR-0004). Each file changed is named on stdout with what changed.",
	options,
	check_args,
};

static int check_args(cmd_ctx *ctx)
{
	if (ctx->nargs == 2)
		return CMD_EXIT_OK;
	cmd_errort("CLI_STATUS_USAGE");
	return CMD_EXIT_USAGE;
}

int cmd_status(cmd_ctx *ctx)
{
	govlog_status_options sopts = GOVLOG_STATUS_OPTIONS_INIT;
	sopts.id = ctx->args[0];
	sopts.state = ctx->args[1];
	sopts.date = date;
	sopts.by = by;
	sopts.note = note;
	sopts.successor = successor;
	sopts.changed = cmd_say_changed;
	int err = govlog_record_set_status(ctx->log, &sopts);
	return err ? cmd_fail(err) : CMD_EXIT_OK;
}
