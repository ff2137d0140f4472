/* Fuzz target: the commit-msg hook's check of one message (header, footers, references). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "govlog/commit.h"
#include "govlog/diag.h"
#include "oracle.h"

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
	govlog_diag_list *a = NULL, *b = NULL;
	govlog_diag_list_new(&a);
	govlog_diag_list_new(&b);
	fz_require(govlog_commit_check(a, "msg", (const char *)data, size, NULL, &o) == 0 &&
			   govlog_commit_check(b, "msg", (const char *)data, size, NULL, &o) == 0,
		   "checking a message succeeds");
	fz_require(fz_diags_same(a, b), "checking a message twice finds the same");
	fz_input in = {"msg", (const char *)data, size};
	fz_diags_check(a, &in, 1);
	govlog_diag_list_free(a);
	govlog_diag_list_free(b);
	return 0;
}
