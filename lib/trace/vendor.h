/* Who a commit's author works for: the configuration's vendors, else the e-mail domain. */
#ifndef GOVLOG_TRACE_VENDOR_H
#define GOVLOG_TRACE_VENDOR_H

struct gl_config;

/*
 * The vendor of an author (name and e-mail after .mailmap): the first line of
 * `vendors:` naming the address, the person or the address's domain (or a
 * parent domain: "@aarhus.dk" covers "itk.aarhus.dk"); else the e-mail's
 * domain, unless it is a mail provider's or GitHub's no-reply domain, which
 * tell nothing of an employer: then NULL. Borrowed from the configuration or
 * from `email`.
 */
const char *gl_vendor_of(const struct gl_config *c, const char *name, const char *email);

#endif
