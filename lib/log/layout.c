/* Layout detection: .adr-dir, .log4brains.yml and the usual decision folders. */
#include "log/layout.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "record/frontmatter.h"
#include "util/buf.h"
#include "util/ascii.h"
#include "util/banned.h"

static const char *const usual_folders[] = {
	"doc/adr",
	"docs/adr",
	"docs/decisions",
	"doc/decisions",
	"docs/madr/decisions",
	"docs/architecture/decisions",
	"docs/architecture-decisions", /* Backstage's, a Docusaurus site's */
	"architecture-decision-records",
	"architecture-decision-record", /* the Ministry of Justice's repositories' */
	"docs/architecture-decision-records",
	"decisions",
	"adr",
	"beslutninger",
	"docs/beslutninger",
	"beslutningslog",
	"strategisk-beslutningslog",
	"docs/beslutningslog",
};

const char *const gl_layout_minutes_folders[] = {
	"dagsordner-og-referater",
	"referater",
	"meetings",
	"minutes",
	"docs/dagsordner-og-referater",
	"docs/referater",
	"docs/meetings",
	"docs/minutes",
	NULL,
};

const char *const gl_layout_request_folders[] = {
	"requests",    "docs/requests",          "oensker",
	"ønsker",      "udviklingsoensker",      "docs/oensker",
	"docs/ønsker", "docs/udviklingsoensker", NULL,
};

/* A marker file may not lead out of the repository: no absolute path, no "..". */
static bool stays_inside(const char *rel, size_t len)
{
	if (rel[0] == '/')
		return false;
	for (size_t i = 0; i < len;) {
		size_t n = 0;
		while (i + n < len && rel[i + n] != '/')
			n++;
		if (n == 2 && rel[i] == '.' && rel[i + 1] == '.')
			return false;
		i += n + 1;
	}
	return true;
}

static void add_folder(gl_strvec *folders, const char *root, const char *rel, size_t len)
{
	while (len && (rel[len - 1] == '/' || rel[len - 1] == '\n' || rel[len - 1] == '\r' ||
		       rel[len - 1] == ' '))
		len--;
	while (len >= 2 && rel[0] == '.' && rel[1] == '/')
		rel += 2, len -= 2;
	if (!len || memchr(rel, '\0', len) || !stays_inside(rel, len))
		return;
	char *name = gl_xstrndup(rel, len);
	gl_buf abs = GL_BUF_INIT;
	gl_path_join(&abs, root, name);
	bool keep = gl_fs_is_dir(abs.ptr);
	for (size_t i = 0; keep && i < folders->len; i++)
		keep = strcmp(folders->items[i], name) != 0;
	gl_buf_release(&abs);
	if (keep)
		gl_vec_push(folders, name);
	else
		free(name);
}

/* The adrFolder of one log4brains mapping (the project or a package), when it has one. */
static bool add_adr_folder(gl_strvec *folders, const char *root, const gl_ynode *map)
{
	const gl_ynode *folder = gl_ynode_get(map, "adrFolder");
	if (!folder || folder->type != GL_Y_SCALAR || !*folder->value)
		return false;
	add_folder(folders, root, folder->value, strlen(folder->value));
	return true;
}

/*
 * The folders a .log4brains.yml names: project.adrFolder (else log4brains'
 * default, docs/adr) and the adrFolder of each of project.packages.
 */
static void read_log4brains(gl_strvec *folders, const char *root, const char *config, size_t len)
{
	gl_ytree tree;
	const char *error;
	govlog_pos pos;
	const gl_ynode *project = NULL;
	if (gl_ytree_load(&tree, config, len, &error, &pos) == 0)
		project = gl_ynode_get(tree.root, "project");
	if (!add_adr_folder(folders, root, project))
		add_folder(folders, root, "docs/adr", 8);
	const gl_ynode *packages = gl_ynode_get(project, "packages");
	for (size_t i = 0; packages && packages->type == GL_Y_SEQUENCE && i < packages->count; i++)
		add_adr_folder(folders, root, packages->items[i]);
	gl_ytree_release(&tree);
}

static void read_marker_file(gl_strvec *folders, const char *root, const char *name, bool yaml)
{
	gl_buf path = GL_BUF_INIT, content = GL_BUF_INIT;
	gl_path_join(&path, root, name);
	if (gl_fs_read(path.ptr, 64 * 1024, &content) == GL_FS_OK) {
		if (yaml)
			read_log4brains(folders, root, content.ptr, content.len);
		else
			add_folder(folders, root, content.ptr, strcspn(content.ptr, "\r\n"));
	}
	gl_buf_release(&path);
	gl_buf_release(&content);
}

void gl_layout_detect(gl_strvec *folders, const char *root)
{
	read_marker_file(folders, root, ".adr-dir", false);
	read_marker_file(folders, root, ".log4brains.yml", true);
	for (size_t i = 0; i < GL_ARRAY_SIZE(usual_folders); i++)
		add_folder(folders, root, usual_folders[i], strlen(usual_folders[i]));
}

void gl_layout_looked_for(gl_buf *out)
{
	gl_buf_puts(out, ".adr-dir, .log4brains.yml");
	for (size_t i = 0; i < GL_ARRAY_SIZE(usual_folders); i++)
		gl_buf_printf(out, ", %s", usual_folders[i]);
}

bool gl_layout_in_usual_folder(const char *path)
{
	for (size_t i = 0; i < GL_ARRAY_SIZE(usual_folders); i++) {
		size_t n = strlen(usual_folders[i]);
		if (!strncmp(path, usual_folders[i], n) && path[n] == '/')
			return true;
	}
	return false;
}

bool gl_layout_folder_is_danish(const char *folder)
{
	size_t n = strlen(folder);
	while (n && folder[n - 1] == '/')
		n--;
	size_t start = n;
	while (start && folder[start - 1] != '/')
		start--;
	for (size_t i = start; i + 10 <= n; i++)
		if (!strncasecmp(folder + i, "beslutning", 10))
			return true;
	return false;
}
