/* The oracles of check-body: determinism, positions in the body, rule ids, renderings. */
#include "body_check.h"

#include <stdlib.h>

#include <govlog/body.h>

#include "oracle.h"

const char fz_body_markdown_template[] =
	"---\nname: Fejlrapport\nabout: Noget virker ikke\n---\n\n"
	"## Hvad skete der?\n\n<!-- Beskriv hvad du gjorde og hvad du forventede. -->\n\n"
	"## Version\n\n## Trin til at genskabe\n\n1. \n2. \n\n"
	"## Før du indsender\n\n- [ ] Jeg har søgt i de eksisterende sager\n\nRefs: \n";

const char fz_body_form_template[] =
	"name: Bug report\ndescription: Something does not work as it should\nlabels: [bug]\n"
	"body:\n  - type: markdown\n    attributes:\n      value: Thank you for reporting.\n"
	"  - type: textarea\n    id: what-happened\n    attributes:\n"
	"      label: What happened?\n    validations:\n      required: true\n"
	"  - type: input\n    id: version\n    attributes:\n      label: Version\n"
	"  - type: dropdown\n    id: type\n    attributes:\n      label: Beslutningstype\n"
	"      options: [Arkitektur (ADR), Strategisk (SDR)]\n    validations:\n"
	"      required: true\n"
	"  - type: checkboxes\n    id: checks\n    attributes:\n      label: Before you submit\n"
	"      options:\n        - label: I searched the existing issues\n"
	"          required: true\n";

const char fz_body_markdown_answer[] =
	"## Hvad skete der?\r\n\r\nSkærmen blev sort, da jeg åbnede kalenderen.\r\n\r\n"
	"## Version\r\n\r\n3.1\r\n\r\n## Trin til at genskabe\r\n\r\n1. Åbn kalenderen\r\n\r\n"
	"## Før du indsender\r\n\r\n- [x] Jeg har søgt i de eksisterende sager\r\n\r\n"
	"Refs: AR-519\r\n";

const char fz_body_form_answer[] =
	"### What happened?\n\nThe screen went black.\n\n### Version\n\n_No response_\n\n"
	"### Beslutningstype\n\nArkitektur (ADR)\n\n### Before you submit\n\n"
	"- [X] I searched the existing issues\n";

/* One run in a fresh list; NULL when the check fails (a form that does not parse). */
static govlog_diag_list *run(int *rc, const char *body, size_t body_len, const char *tpl,
			     size_t tpl_len, bool is_form)
{
	govlog_diag_list *out = NULL;
	if (govlog_diag_list_new(&out) != 0)
		abort();
	govlog_diag_list_set_lang(out, is_form ? GOVLOG_LANG_EN : GOVLOG_LANG_DA);
	*rc = govlog_body_check(out, "body.md", body, body_len, "template.md", tpl, tpl_len,
				is_form);
	return out;
}

void fz_body_check(const char *body, size_t body_len, const char *tpl, size_t tpl_len, bool is_form)
{
	int ra, rb;
	govlog_diag_list *a = run(&ra, body, body_len, tpl, tpl_len, is_form);
	govlog_diag_list *b = run(&rb, body, body_len, tpl, tpl_len, is_form);
	fz_require(ra == rb && (ra == 0 || ra == GOVLOG_EINVALID),
		   "checking a body twice fails alike");
	fz_require(ra != GOVLOG_EINVALID || is_form, "only a form's YAML can fail to parse");
	fz_require(fz_diags_same(a, b), "checking a body twice finds the same");
	/* a finding is on the body's line, or on the template's line of what the body lacks */
	fz_input in[] = {{"body.md", body, body_len}, {"template.md", tpl, tpl_len}};
	fz_diags_check(a, in, 2);
	govlog_diag_list_free(a);
	govlog_diag_list_free(b);
}
