// A C++ program that links the shared libgovlog through its C headers: it
// builds only when the headers' extern "C" guards give the functions C linkage.
#include <cstdio>
#include <cstring>

#include <govlog/govlog.h>

int main(int argc, char **argv)
{
	const char *version = govlog_version();
	if (argc > 1 && std::strcmp(version, argv[1]) != 0) {
		std::fprintf(stderr, "govlog_version() is '%s', the project is %s\n", version,
			     argv[1]);
		return 1;
	}
	govlog_diag_list *list = nullptr;
	if (govlog_diag_list_new(&list) != 0 || govlog_diag_list_count(list) != 0) {
		std::fprintf(stderr, "a new diagnostics list is not empty\n");
		return 1;
	}
	govlog_diag_list_free(list);
	std::printf("govlog %s from C++\n", version);
	return 0;
}
