/*
 * Fuzz target for the record parser (front matter, Markdown metadata, dates,
 * statuses). Built with clang -fsanitize=fuzzer it is a libFuzzer target; built
 * normally, main() replays the files and folders named on the command line, so
 * the corpus runs in every test pass.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <govlog/govlog.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *r = NULL;
	if (govlog_record_parse(&r, "docs/decisions/0001-fuzz.md", (const char *)data, size,
				&opts) < 0)
		return 0;
	/* Touch everything a rule or renderer would read. */
	size_t n = 0;
	for (size_t i = 0; i < govlog_record_field_count(r); i++)
		n += strlen(govlog_record_field_at(r, i)->value);
	for (size_t i = 0; i < govlog_record_section_count(r); i++)
		n += strlen(govlog_record_section_at(r, i)->heading);
	for (size_t i = 0; i < govlog_record_decider_count(r); i++)
		n += strlen(govlog_record_decider_at(r, i));
	n += govlog_record_title(r) ? strlen(govlog_record_title(r)) : 0;
	n += strlen(govlog_record_id(r));
	govlog_record_free(r);
	return n == (size_t)-1;
}

#ifndef GOVLOG_LIBFUZZER
static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return 1;
	}
	char *buf = NULL;
	size_t len = 0, cap = 0, got;
	do {
		if (len == cap) {
			cap = cap ? cap * 2 : 4096;
			char *grown = realloc(buf, cap);
			if (!grown) {
				free(buf);
				fclose(f);
				return 1;
			}
			buf = grown;
		}
		got = fread(buf + len, 1, cap - len, f);
		len += got;
	} while (got > 0);
	fclose(f);
	LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	free(buf);
	return 0;
}

static int replay(const char *path, size_t *count)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		perror(path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode)) {
		++*count;
		return replay_file(path);
	}
	DIR *d = opendir(path);
	if (!d)
		return 1;
	int rc = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (e->d_name[0] == '.')
			continue;
		size_t len = strlen(path) + strlen(e->d_name) + 2;
		char *child = malloc(len);
		if (!child)
			break;
		snprintf(child, len, "%s/%s", path, e->d_name);
		rc |= replay(child, count);
		free(child);
	}
	closedir(d);
	return rc;
}

int main(int argc, char **argv)
{
	size_t count = 0;
	int rc = 0;
	for (int i = 1; i < argc; i++)
		rc |= replay(argv[i], &count);
	printf("replayed %zu input(s)\n", count);
	return rc || count == 0;
}
#endif
