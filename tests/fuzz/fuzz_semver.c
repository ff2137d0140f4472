/*
 * Fuzz target: versions read from tag names. The input holds up to three tag
 * names, one a line; precedence must be a total order on them.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "oracle.h"
#include "trace/semver.h"

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

/* A version written in SemVer form reads back as an equal version. */
static void written(const gl_semver *v)
{
	gl_buf b = GL_BUF_INIT;
	gl_semver again = GL_SEMVER_INIT;
	gl_semver_format(&b, v, GL_SEMVER_FORMAT_PREFIX | GL_SEMVER_FORMAT_BUILD);
	fz_require(gl_semver_parse(&again, b.ptr) == GL_SEMVER_OK,
		   "a version written out reads as a version");
	fz_require(gl_semver_compare(v, &again) == 0, "a version written out reads back equal");
	fz_require(fz_str_same(v->build, again.build), "build metadata survives writing");
	gl_semver_release(&again);
	gl_buf_release(&b);
}

/* The next version, for every kind of change, sorts above the last one. */
static void next(const gl_semver *v)
{
	static const char *const ids[] = {NULL, "rc", "beta"};
	for (int change = GL_SEMVER_OTHER; change <= GL_SEMVER_BREAKING; change++)
		for (size_t i = 0; i < 3; i++) {
			gl_semver n = GL_SEMVER_INIT;
			gl_semver_result r =
				gl_semver_next(&n, v, (gl_semver_change)change, ids[i]);
			if (r == GL_SEMVER_OK)
				fz_require(gl_semver_compare(&n, v) > 0,
					   "the next version sorts above the last");
			gl_semver_release(&n);
		}
}

static void order(const gl_semver *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fz_require(gl_semver_compare(&v[i], &v[i]) == 0, "a version equals itself");
		for (size_t j = 0; j < n; j++) {
			fz_require(sign(gl_semver_compare(&v[i], &v[j])) ==
					   -sign(gl_semver_compare(&v[j], &v[i])),
				   "precedence is antisymmetric");
			fz_require(sign(gl_semver_order(&v[i], &v[j])) ==
					   -sign(gl_semver_order(&v[j], &v[i])),
				   "the sort order is antisymmetric");
			for (size_t k = 0; k < n; k++)
				if (gl_semver_compare(&v[i], &v[j]) <= 0 &&
				    gl_semver_compare(&v[j], &v[k]) <= 0)
					fz_require(gl_semver_compare(&v[i], &v[k]) <= 0,
						   "precedence is transitive");
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	gl_semver v[3] = {GL_SEMVER_INIT, GL_SEMVER_INIT, GL_SEMVER_INIT};
	size_t n = 0;
	for (char *tag = text, *nl; tag && n < 3; tag = nl ? nl + 1 : NULL) {
		if ((nl = strchr(tag, '\n')))
			*nl = '\0';
		gl_semver again = GL_SEMVER_INIT;
		gl_semver_result r = gl_semver_parse(&v[n], tag);
		fz_require(r == gl_semver_parse(&again, tag), "reading a tag twice reads the same");
		fz_require(r == GL_SEMVER_OK || r < 0, "reading a tag gives a known answer");
		fz_require(r < 0 || gl_semver_compare(&v[n], &again) == 0,
			   "reading a tag twice reads the same");
		gl_semver_release(&again);
		if (r == GL_SEMVER_OK) {
			fz_require(v[n].parts >= 2 && v[n].parts <= 4,
				   "a version has 2 to 4 numbers");
			written(&v[n]);
			next(&v[n]);
			n++;
		}
	}
	order(v, n);
	gl_semver_sort(v, n);
	for (size_t i = 1; i < n; i++)
		fz_require(gl_semver_order(&v[i - 1], &v[i]) <= 0, "sorted versions are in order");
	for (size_t i = 0; i < n; i++)
		gl_semver_release(&v[i]);
	free(text);
	return 0;
}
