/* What every verb needs: error messages, exit codes, colour, writing diagnostics. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

const char *cmd_color_mode = "auto";

static bool lang_known;
static govlog_lang lang;

void cmd_set_lang(govlog_lang l)
{
	lang = l;
	lang_known = true;
}

/* The log's language, read with or without its records; English when it cannot be read. */
static govlog_lang read_lang(bool config_only)
{
	govlog_log_options o = GOVLOG_LOG_OPTIONS_INIT;
	o.config_only = config_only;
	o.allow_empty = true;
	govlog_log *log = NULL;
	govlog_lang l = govlog_log_open(&log, &o) == 0 ? govlog_log_language(log) : GOVLOG_LANG_EN;
	govlog_log_free(log);
	return l;
}

/*
 * Before the log is open (a usage error), the configuration is read: its
 * language: key, else its profile's. When that says English, which is also
 * what it says when it says nothing, the records decide, as they do once the
 * log is open: a Danish log without a configuration is answered in Danish.
 */
govlog_lang cmd_lang(void)
{
	if (lang_known)
		return lang;
	govlog_lang l = read_lang(true);
	cmd_set_lang(l == GOVLOG_LANG_EN ? read_lang(false) : l);
	return lang;
}

/* "govlog: " and the message: the values it quotes are shown with controls escaped. */
static void error_line(const char *fmt, va_list ap)
{
	char line[4096];
	int n = vsnprintf(line, sizeof(line), fmt, ap);
	size_t len = n < 0 ? 0 : (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1;
	fputs("govlog: ", stderr);
	govlog_text_write_shown(stderr, line, len, 0);
	fputc('\n', stderr);
}

void cmd_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	error_line(fmt, ap);
	va_end(ap);
}

int cmd_fail_output(void)
{
	int err = errno; /* before anything else can change it */
	cmd_errort("CLI_CANNOT_WRITE_OUTPUT", err ? strerror(err) : "?");
	return CMD_EXIT_FAILURE;
}

void cmd_errort(const char *name, ...)
{
	const char *fmt = govlog_text(cmd_lang(), name);
	va_list ap;
	va_start(ap, name);
	error_line(fmt, ap);
	va_end(ap);
}

void cmd_printt(FILE *f, const char *name, ...)
{
	const char *fmt = govlog_text(cmd_lang(), name);
	va_list ap;
	va_start(ap, name);
	vfprintf(f, fmt, ap);
	va_end(ap);
}

/* A row with its arguments into out; the row's conversions are the same in every language. */
static void text_into(char *out, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(out, size, fmt, ap);
	va_end(ap);
}

void cmd_say_changed(const char *path, const char *what, void *payload)
{
	FILE *f = payload ? payload : stdout;
	govlog_text_write_shown(f, path, strlen(path), 0);
	fputs(": ", f);
	govlog_text_write_shown(f, what, strlen(what), 0);
	fputc('\n', f);
}

int cmd_fail(int code)
{
	cmd_error("%s", govlog_error_last());
	switch (code) {
	case GOVLOG_ENOTFOUND:
	case GOVLOG_EINVALID:
		return CMD_EXIT_USAGE;
	default:
		return CMD_EXIT_FAILURE;
	}
}

bool cmd_use_color(int fd)
{
	if (!strcmp(cmd_color_mode, "always"))
		return true;
	if (!strcmp(cmd_color_mode, "never"))
		return false;
	const char *no_color = getenv("NO_COLOR");
	const char *term = getenv("TERM");
	if ((no_color && *no_color) || (term && !strcmp(term, "dumb")))
		return false;
	return isatty(fd);
}

void cmd_count(char *out, size_t size, size_t n, const char *noun)
{
	text_into(out, size, govlog_text_count(cmd_lang(), noun, n), n);
}

void cmd_both(char *out, size_t size, const char *a, const char *b)
{
	text_into(out, size, govlog_text(cmd_lang(), "BOTH"), a, b);
}

static govlog_diag_format diag_format(const char *format)
{
	static const char *const names[] = {"text", "json", "sarif", "github", "codeclimate"};
	static const govlog_diag_format by_index[] = {GOVLOG_DIAG_TEXT, GOVLOG_DIAG_JSON,
						      GOVLOG_DIAG_SARIF, GOVLOG_DIAG_GITHUB,
						      GOVLOG_DIAG_CODECLIMATE};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(names[i], format))
			return by_index[i];
	return GOVLOG_DIAG_TEXT;
}

int cmd_report(const govlog_diag_list *diags, size_t files, const char *what, const char *format)
{
	govlog_diag_format fmt = diag_format(format);
	bool text = fmt == GOVLOG_DIAG_TEXT;
	FILE *out = text ? stderr : stdout;
	unsigned flags = text && cmd_use_color(STDERR_FILENO) ? GOVLOG_RENDER_COLOR : 0;
	int err = govlog_diag_list_write(out, diags, fmt, files, flags);
	if (err < 0 || fflush(out) != 0)
		return cmd_fail_output();
	if (text && govlog_diag_list_write_summary(stderr, diags, what) < 0)
		return cmd_fail_output();
	return govlog_diag_list_count_severity(diags, GOVLOG_SEVERITY_ERROR) ? CMD_EXIT_FINDINGS
									     : CMD_EXIT_OK;
}

void cmd_set_diag_base(govlog_diag_list *diags, const govlog_log *log)
{
	char cwd[PATH_MAX], root[PATH_MAX];
	if (!realpath(".", cwd) || !realpath(govlog_log_root(log), root))
		return;
	size_t n = strlen(root);
	if (strncmp(cwd, root, n) || cwd[n] != '/')
		return;
	char base[PATH_MAX + 2];
	snprintf(base, sizeof(base), "%s/", cwd + n + 1);
	govlog_diag_list_set_base(diags, base);
}

/* The temporary file beside path, renamed over it once complete. */
static FILE *open_beside(char *tmp, size_t size, const char *path)
{
	snprintf(tmp, size, "%s.XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0)
		return NULL;
	FILE *f = fdopen(fd, "w");
	if (!f) {
		close(fd);
		unlink(tmp);
	}
	return f;
}

int cmd_write_sarif_file(const govlog_diag_list *diags, const char *path)
{
	char tmp[PATH_MAX + 8];
	FILE *f = open_beside(tmp, sizeof(tmp), path);
	bool ok = f && govlog_diag_list_write(f, diags, GOVLOG_DIAG_SARIF, 0, 0) == 0;
	ok = f && fflush(f) == 0 && fsync(fileno(f)) == 0 && ok;
	if (f && fclose(f) != 0)
		ok = false;
	if (ok && rename(tmp, path) == 0)
		return 0;
	int saved = errno;
	if (f)
		unlink(tmp);
	cmd_error("cannot write '%s': %s", path, strerror(saved ? saved : EIO));
	return -1;
}

/* A stream whole; its size grows to 16 MiB and stops there. */
static bool read_stream(FILE *f, char **out, size_t *len)
{
	size_t cap = 4096, n = 0, got;
	char *buf = malloc(cap + 1);
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap && cap < 16 * 1024 * 1024) {
			char *grown = realloc(buf, cap * 2 + 1);
			if (!grown)
				break;
			buf = grown, cap *= 2;
		}
	}
	if (buf)
		buf[n] = '\0';
	*out = buf;
	*len = n;
	return buf != NULL && !ferror(f);
}

bool cmd_read_input(const char *path, char **out, size_t *len)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	bool ok = f && read_stream(f, out, len);
	if (f && f != stdin)
		fclose(f);
	return ok;
}
