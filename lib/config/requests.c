/* `requests:` in `.govlog.yml`: where the request records live and how their IDs read. */
#include "config/config.h"

#include <string.h>

#include "config/loader.h"
#include "util/ascii.h"
#include "util/banned.h"

static int on_folders(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char **items;
	size_t n;
	int rc = gl_cfg_want_list(ld, v, "requests.folders", &items, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		if (items[i][0] == '/' || strstr(items[i], ".."))
			return gl_cfg_error(ld, v, GL_T_CFG_FOLDER_OUTSIDE, items[i]);
		gl_vec_push(&ld->c->request_folders, items[i]);
	}
	ld->c->request_folders_origin = origin;
	return rc;
}

/* Letters only ("FR", "OE"): the prefix starts the IDs that commits and decisions write. */
static int on_prefix(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char *prefix;
	int rc = gl_cfg_want_scalar(ld, v, "requests.id-prefix", &prefix);
	if (rc < 0)
		return rc;
	size_t n = strlen(prefix);
	for (size_t i = 0; i < n; i++)
		if (!gl_isalpha(prefix[i]))
			n = 0;
	if (n < 2 || n > 8)
		return gl_cfg_error(ld, v, GL_T_CFG_ID_PREFIX, prefix);
	ld->c->request_prefix = prefix;
	ld->c->request_prefix_origin = origin;
	return 0;
}

static const gl_cfg_key request_keys[] = {
	{"folders", on_folders},
	{"folder", on_folders},
	{"id-prefix", on_prefix},
	{NULL, NULL},
};

int gl_config_on_requests(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return gl_cfg_each_key(ld, v, "requests", request_keys);
}
