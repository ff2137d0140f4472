/* Fuzz target: the configuration file. */
#include <stdint.h>

#include "config/config.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gl_config *c = NULL;
	if (gl_config_parse(&c, (const char *)data, size, ".govlog.yml") == 0)
		gl_config_free(c);
	return 0;
}
