/* Diagnostics as SARIF 2.1.0, the format code-scanning services read. */
#include "render/render.h"

#include <string.h>

#include "govlog/common.h"
#include "diag/diag.h"
#include "render/common.h"
#include "render/json.h"
#include "util/banned.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

static void sarif_rules(gl_buf *out)
{
	gl_buf_puts(out, "\"rules\": [");
	for (size_t i = 0; i < govlog_rule_count(); i++) {
		const govlog_rule_info *r = govlog_rule_at(i);
		gl_buf_puts(out, i ? ",\n        {\"id\": " : "\n        {\"id\": ");
		gl_json_string(out, r->id);
		gl_buf_puts(out, ", \"shortDescription\": {\"text\": ");
		gl_json_string(out, r->summary);
		gl_buf_printf(out, "}, \"defaultConfiguration\": {\"level\": \"%s\"}}",
			      gl_render_level(r->default_severity));
	}
	gl_buf_puts(out, "\n      ]");
}

static size_t rule_index(const char *id)
{
	for (size_t i = 0; i < govlog_rule_count(); i++)
		if (!strcmp(govlog_rule_at(i)->id, id))
			return i;
	return 0;
}

/* A relative path as a URI reference: unreserved characters and '/' stay, the rest is %XX. */
static void uri_path(gl_buf *out, const char *path)
{
	gl_buf_putc(out, '"');
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
			gl_buf_putc(out, (char)*p);
		else
			gl_buf_printf(out, "%%%02X", *p);
	}
	gl_buf_putc(out, '"');
}

static void sarif_result(gl_buf *out, const govlog_diag *d, const char *base)
{
	gl_buf_puts(out, "{\"ruleId\": ");
	gl_json_string(out, d->rule);
	gl_buf_printf(out, ", \"ruleIndex\": %zu, \"level\": \"%s\", \"message\": {\"text\": ",
		      rule_index(d->rule), gl_render_level(d->severity));
	gl_render_message_with_hint(out, d);
	if (gl_render_is_commit(d)) { /* a commit message has no file: a logical location */
		gl_buf_puts(out, "}, \"locations\": [{\"logicalLocations\": [{\"kind\": "
				 "\"commit\", \"name\": ");
		gl_json_string(out, d->path + strlen("commit "));
		gl_buf_puts(out, "}]}]}");
		return;
	}
	gl_buf_puts(out, "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": "
			 "{\"uri\": ");
	gl_buf path = GL_BUF_INIT;
	gl_render_root_path(&path, base, d->path);
	uri_path(out, path.ptr);
	gl_buf_release(&path);
	gl_buf_puts(out, ", \"uriBaseId\": \"%SRCROOT%\"}");
	if (d->pos.line)
		gl_buf_printf(out, ", \"region\": {\"startLine\": %u, \"startColumn\": %u}",
			      d->pos.line, d->pos.col ? d->pos.col : 1);
	gl_buf_puts(out, "}}]}");
}

void gl_render_sarif(gl_buf *out, const govlog_diag_list *list)
{
	gl_buf_puts(out,
		    "{\n  \"$schema\": \"" SARIF_SCHEMA "\",\n  \"version\": \"2.1.0\",\n"
		    "  \"runs\": [{\n    \"tool\": {\"driver\": {\n      \"name\": \"govlog\",\n"
		    "      \"version\": \"" GOVLOG_VERSION "\",\n      ");
	sarif_rules(out);
	/* govlog counts columns in code points, not SARIF's default UTF-16 units. */
	gl_buf_puts(out, "\n    }},\n    \"columnKind\": \"unicodeCodePoints\",\n"
			 "    \"results\": [");
	for (size_t i = 0; i < govlog_diag_list_count(list); i++) {
		gl_buf_puts(out, i ? ",\n      " : "\n      ");
		sarif_result(out, govlog_diag_list_get(list, i), gl_diag_list_base(list));
	}
	gl_buf_puts(out, govlog_diag_list_count(list) ? "\n    ]\n  }]\n}\n" : "]\n  }]\n}\n");
}
