/* Mapping an author to a vendor through the configuration's `vendors:` lines. */
#include "trace/vendor.h"

#include <string.h>
#include <strings.h>

#include "config/config.h"
#include "util/ascii.h"
#include "util/banned.h"

static const char *domain_of(const char *email)
{
	const char *at = strrchr(email, '@');
	return at && at[1] ? at + 1 : NULL;
}

/* "itk.aarhus.dk" is within "aarhus.dk". */
static bool within(const char *domain, const char *parent)
{
	size_t n = strlen(domain), m = strlen(parent);
	if (n < m || strcasecmp(domain + n - m, parent))
		return false;
	return n == m || domain[n - m - 1] == '.';
}

static bool rule_matches(const char *match, const char *name, const char *email)
{
	const char *domain = domain_of(email);
	if (match[0] == '@')
		return domain && within(domain, match + 1);
	if (strchr(match, '@'))
		return !strcasecmp(match, email);
	if (!strcasecmp(match, name))
		return true;
	/* "magenta.dk" without '@' is a domain when it has a dot and no space */
	return strchr(match, '.') && !strchr(match, ' ') && domain && within(domain, match);
}

/* Domains that say where someone has a mailbox, not whom they work for. */
static bool is_personal(const char *domain)
{
	static const char *const providers[] = {"users.noreply.github.com",
						"noreply.github.com",
						"gmail.com",
						"googlemail.com",
						"outlook.com",
						"hotmail.com",
						"live.com",
						"yahoo.com",
						"icloud.com",
						"me.com",
						"proton.me",
						"protonmail.com",
						"gmx.com",
						"gmx.net",
						"hotmail.dk",
						"live.dk",
						"jubii.dk",
						"mail.dk",
						"example.com",
						"localhost"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(providers); i++)
		if (within(domain, providers[i]))
			return true;
	return !strchr(domain, '.');
}

const char *gl_vendor_of(const gl_config *c, const char *name, const char *email)
{
	for (size_t i = 0; c && i < c->vendors.len; i++)
		if (rule_matches(c->vendors.items[i].match, name, email))
			return c->vendors.items[i].vendor;
	const char *domain = domain_of(email);
	return domain && !is_personal(domain) ? domain : NULL;
}
