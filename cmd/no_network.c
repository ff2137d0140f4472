/*
 * govlog never opens a network connection, yet libgit2 1.5 as Debian builds
 * it (with mbedTLS) parses the system's whole CA bundle when it initialises:
 * about 6 ms, more than a pre-commit check of a staged record takes. The
 * tool defines the two loaders libgit2 calls, so its initialisation loads
 * no certificate; any TLS connection would then fail verification, never
 * pass it. Only the executable does this: programs that link libgovlog keep
 * libgit2 as it is.
 */
#include <stddef.h>

int mbedtls_x509_crt_parse_file(void *chain, const char *path);
int mbedtls_x509_crt_parse_path(void *chain, const char *path);

int mbedtls_x509_crt_parse_file(void *chain, const char *path)
{
	(void)chain, (void)path;
	return 0;
}

int mbedtls_x509_crt_parse_path(void *chain, const char *path)
{
	(void)chain, (void)path;
	return 0;
}

/* Nor does it speak SSH: libssh2's start-up (which starts OpenSSL) is skipped too. */
int libssh2_init(int flags);

int libssh2_init(int flags)
{
	(void)flags;
	return 0;
}

/*
 * For the same reason no random generator is seeded for TLS: the seeding
 * (HAVEGE's timing loops) costs a tenth of a pre-commit check. An unseeded
 * generator makes any TLS handshake fail, never succeed insecurely.
 */
void mbedtls_havege_init(void *state);
int mbedtls_ctr_drbg_seed(void *ctx, int (*f_entropy)(void *, unsigned char *, size_t),
			  void *p_entropy, const unsigned char *custom, size_t len);

void mbedtls_havege_init(void *state)
{
	(void)state;
}

int mbedtls_ctr_drbg_seed(void *ctx, int (*f_entropy)(void *, unsigned char *, size_t),
			  void *p_entropy, const unsigned char *custom, size_t len)
{
	(void)ctx, (void)f_entropy, (void)p_entropy, (void)custom, (void)len;
	return 0;
}
