/*
 * The SSH and GSSAPI functions libgit2's network transports call, for a tool
 * linked with libgit2's static archive but not with libssh2 or Kerberos:
 * govlog never fetches or pushes, so none of them runs. libssh2_init and
 * libssh2_exit are called when libgit2 starts and stops and do nothing; any
 * other call would be a bug in govlog, and stops it loudly.
 */
#include <stdio.h>
#include <stdlib.h>

void libssh2_exit(void);

void libssh2_exit(void)
{
}

static void no_transport(const char *name)
{
	fprintf(stderr, "govlog: internal error: %s called, but govlog opens no remote\n", name);
	abort();
}

/* One stub per function; the declarations keep -Wmissing-prototypes satisfied. */
#define GOVLOG_NO_TRANSPORT(name)                                                                  \
	void name(void);                                                                           \
	void name(void)                                                                            \
	{                                                                                          \
		no_transport(#name);                                                               \
	}

GOVLOG_NO_TRANSPORT(gss_delete_sec_context)
GOVLOG_NO_TRANSPORT(gss_display_status)
GOVLOG_NO_TRANSPORT(gss_import_name)
GOVLOG_NO_TRANSPORT(gss_indicate_mechs)
GOVLOG_NO_TRANSPORT(gss_init_sec_context)
GOVLOG_NO_TRANSPORT(gss_release_buffer)
GOVLOG_NO_TRANSPORT(gss_release_name)
GOVLOG_NO_TRANSPORT(gss_release_oid_set)
GOVLOG_NO_TRANSPORT(libssh2_agent_connect)
GOVLOG_NO_TRANSPORT(libssh2_agent_disconnect)
GOVLOG_NO_TRANSPORT(libssh2_agent_free)
GOVLOG_NO_TRANSPORT(libssh2_agent_get_identity)
GOVLOG_NO_TRANSPORT(libssh2_agent_init)
GOVLOG_NO_TRANSPORT(libssh2_agent_list_identities)
GOVLOG_NO_TRANSPORT(libssh2_agent_userauth)
GOVLOG_NO_TRANSPORT(libssh2_channel_close)
GOVLOG_NO_TRANSPORT(libssh2_channel_free)
GOVLOG_NO_TRANSPORT(libssh2_channel_open_ex)
GOVLOG_NO_TRANSPORT(libssh2_channel_process_startup)
GOVLOG_NO_TRANSPORT(libssh2_channel_read_ex)
GOVLOG_NO_TRANSPORT(libssh2_channel_set_blocking)
GOVLOG_NO_TRANSPORT(libssh2_channel_write_ex)
GOVLOG_NO_TRANSPORT(libssh2_hostkey_hash)
GOVLOG_NO_TRANSPORT(libssh2_knownhost_checkp)
GOVLOG_NO_TRANSPORT(libssh2_knownhost_free)
GOVLOG_NO_TRANSPORT(libssh2_knownhost_init)
GOVLOG_NO_TRANSPORT(libssh2_knownhost_readfile)
GOVLOG_NO_TRANSPORT(libssh2_session_abstract)
GOVLOG_NO_TRANSPORT(libssh2_session_disconnect_ex)
GOVLOG_NO_TRANSPORT(libssh2_session_free)
GOVLOG_NO_TRANSPORT(libssh2_session_handshake)
GOVLOG_NO_TRANSPORT(libssh2_session_hostkey)
GOVLOG_NO_TRANSPORT(libssh2_session_init_ex)
GOVLOG_NO_TRANSPORT(libssh2_session_last_error)
GOVLOG_NO_TRANSPORT(libssh2_session_method_pref)
GOVLOG_NO_TRANSPORT(libssh2_session_set_blocking)
GOVLOG_NO_TRANSPORT(libssh2_userauth_authenticated)
GOVLOG_NO_TRANSPORT(libssh2_userauth_keyboard_interactive_ex)
GOVLOG_NO_TRANSPORT(libssh2_userauth_list)
GOVLOG_NO_TRANSPORT(libssh2_userauth_password_ex)
GOVLOG_NO_TRANSPORT(libssh2_userauth_publickey)
GOVLOG_NO_TRANSPORT(libssh2_userauth_publickey_fromfile_ex)
GOVLOG_NO_TRANSPORT(libssh2_userauth_publickey_frommemory)

/* A GSSAPI name type libgit2 takes the address of; never read. */
void *GSS_C_NT_HOSTBASED_SERVICE;
