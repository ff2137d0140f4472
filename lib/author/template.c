/* Looking up the templates compiled into the library. */
#include "author/template_data.h"

#include <string.h>

#include "util/banned.h"

const gl_template_data *gl_template_find(const char *name)
{
	for (const gl_template_data *t = gl_templates; t->name; t++)
		if (!strcmp(t->name, name))
			return t;
	return NULL;
}
