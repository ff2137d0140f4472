/* govlog show: one record's metadata, as govlog reads it, then its text. */
#include <string.h>
#include <sys/stat.h>

#include <govlog/govlog.h>

#include "cmd.h"

static bool meta_only;

static const cmd_option options[] = {
	{"meta", 'm', NULL, "only the metadata, not the text", NULL, &meta_only, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_show_spec = {
	"show",
	"<ID> [PATH...] | <FILE> [--meta]",
	"show one record: its metadata as govlog reads it, then its text",
	"The record is named by its ID, looked up in the detected log or in the folders\n"
	"and files PATH names (as for check), or by its file.",
	options,
};

static void print_field(const char *name, const char *value)
{
	if (value && *value)
		printf("%-12s %s\n", name, value);
}

static void print_record(const govlog_record *r)
{
	print_field("id:", govlog_record_id(r));
	print_field("title:", govlog_record_title(r));
	print_field("type:", govlog_type_name(govlog_record_type(r)));
	print_field("status:", govlog_status_name(govlog_record_status(r)));
	print_field("as written:", govlog_record_status_raw(r));
	print_field("date:", govlog_record_date(r));
	for (size_t i = 0; i < govlog_record_decider_count(r); i++)
		print_field(i ? "" : "deciders:", govlog_record_decider_at(r, i));
	print_field("supersedes:", govlog_record_field(r, "supersedes")
					   ? govlog_record_field(r, "supersedes")->value
					   : NULL);
	print_field("path:", govlog_record_path(r));
}

static bool is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static const govlog_record *find_record(const govlog_log *log, const char *what, bool by_file)
{
	if (!by_file)
		return govlog_log_find(log, what);
	return govlog_log_count(log) == 1 ? govlog_log_record_at(log, 0) : NULL;
}

int cmd_show(int argc, char **argv)
{
	char **args;
	size_t nargs;
	int rc = cmd_parse(&cmd_show_spec, argc, argv, &args, &nargs);
	if (rc)
		return rc < 0 ? CMD_EXIT_OK : rc;
	/* A record's file names the record; an ID is looked up in the log the paths name. */
	bool by_file = nargs == 1 && is_file(args[0]);
	if (!nargs) {
		cmd_error("show: give one ID or a record's file: govlog show ADR-0007 [PATH...]");
		return CMD_EXIT_USAGE;
	}
	govlog_log *log = NULL;
	int err = by_file ? cmd_open_log(&log, args, 1) : cmd_open_log(&log, args + 1, nargs - 1);
	const govlog_record *r = err ? NULL : find_record(log, args[0], by_file);
	if (err) {
		rc = cmd_fail(err);
	} else if (!r) {
		cmd_error(by_file ? "show: '%s' is not a record"
				  : "show: no record has the ID '%s'",
			  args[0]);
		rc = CMD_EXIT_USAGE;
	} else {
		print_record(r);
		if (!meta_only) {
			FILE *f = fopen(govlog_record_path(r), "rb");
			char buf[8192];
			size_t n;
			fputc('\n', stdout);
			while (f && (n = fread(buf, 1, sizeof(buf), f)) > 0)
				fwrite(buf, 1, n, stdout);
			if (f)
				fclose(f);
		}
	}
	govlog_log_free(log);
	return rc;
}
