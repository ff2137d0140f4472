/*
 * libgit2's TLS set-up, skipped in the one static executable: govlog never
 * opens a remote, yet libgit2 1.5 readies mbedTLS whenever it starts, and
 * the default configuration with its cipher list was an eighth of a
 * commit-msg hook's instructions. Linked only with the static archives,
 * where the first definition wins (LINKER:--allow-multiple-definition).
 * Making a TLS stream without that set-up would be a bug in govlog and
 * stops it loudly, like the SSH functions of no_transports.c.
 */
#include <stdio.h>
#include <stdlib.h>

int git_mbedtls_stream_global_init(void);
int git_mbedtls_stream_new(void **out, const char *host, const char *port);
int git_mbedtls_stream_wrap(void **out, void *in, const char *host);

int git_mbedtls_stream_global_init(void)
{
	return 0;
}

static int no_tls(const char *name)
{
	fprintf(stderr, "govlog: internal error: %s called, but govlog opens no remote\n", name);
	abort();
}

int git_mbedtls_stream_new(void **out, const char *host, const char *port)
{
	(void)out, (void)host, (void)port;
	return no_tls("git_mbedtls_stream_new");
}

int git_mbedtls_stream_wrap(void **out, void *in, const char *host)
{
	(void)out, (void)in, (void)host;
	return no_tls("git_mbedtls_stream_wrap");
}
