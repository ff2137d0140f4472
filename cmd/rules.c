/* govlog rules: the rule registry, with each rule's default severity. */
#include <govlog/govlog.h>

#include "cmd.h"

static const cmd_option options[] = {
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_rules_spec = {
	"rules", "", "list the validation rules and their default severities", NULL, options,
};

int cmd_rules(int argc, char **argv)
{
	char **rest;
	size_t nrest;
	int rc = cmd_parse(&cmd_rules_spec, argc, argv, &rest, &nrest);
	if (rc)
		return rc < 0 ? CMD_EXIT_OK : rc;
	if (nrest) {
		cmd_error("rules: unexpected argument '%s'", rest[0]);
		return CMD_EXIT_USAGE;
	}
	for (size_t i = 0; i < govlog_rule_count(); i++) {
		const govlog_rule_info *r = govlog_rule_at(i);
		printf("%-24s %-8s %s\n", r->id, govlog_severity_name(r->default_severity),
		       r->summary);
	}
	return CMD_EXIT_OK;
}
