/* Fuzz target: the commit-msg hook's check of one message (header, footers, references). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "govlog/commit.h"
#include "govlog/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const scopes[] = {"index", "cli"};
	static const char *const refs[] = {"feat", "fix"};
	static const char *const tickets[] = {"\\bAR-\\d+", "\\[#\\d+\\]"};
	govlog_commit_options o = GOVLOG_COMMIT_OPTIONS_INIT;
	o.scopes = scopes;
	o.scope_count = 2;
	o.require_refs = refs;
	o.require_refs_count = 2;
	o.references = tickets;
	o.reference_count = 2;
	o.comments = size % 2 == 0; /* both a hook's message file and a message from history */
	govlog_diag_list *diags = NULL;
	govlog_diag_list_new(&diags);
	if (govlog_commit_check(diags, "msg", (const char *)data, size, NULL, &o) != 0)
		abort();
	for (size_t i = 0; i < govlog_diag_list_count(diags); i++) {
		const govlog_diag *d = govlog_diag_list_get(diags, i);
		if (!d->message || !*d->message || !d->rule)
			abort();
	}
	govlog_diag_list_free(diags);
	return 0;
}
