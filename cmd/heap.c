/* The heap of a verb that reads a whole log: faulted in huge pages where the system offers them. */
#define _DEFAULT_SOURCE /* sbrk and madvise's MADV_HUGEPAGE */
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cmd.h"

#if defined(__SANITIZE_ADDRESS__)
#define HEAP_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HEAP_SANITIZED 1
#endif
#endif

/*
 * Reading 2,000 records touches some 7 MiB of fresh heap, and each 4 KiB page
 * of it faulted in on its own: 1,600 faults, a tenth of `check`'s time on a
 * virtual machine. So the heap grows at once by a reserve, which is offered
 * to transparent huge pages and faults in 2 MiB at a time; large blocks come
 * from that heap too rather than from mappings of their own. Where the system
 * offers no huge pages the advice changes nothing, and a sanitizer's
 * allocator is left alone. The reserve's size is measured: a check of
 * 20,000 records (about 60 MiB) took 1.01 s with 32 MiB, 0.91 s with 48 MiB
 * and 0.80 s with 64 MiB, but with 64 MiB its peak memory came within a
 * MiB of the 64 MiB that bench/check-scale.sh holds it to.
 */
void cmd_heap_prepare(void)
{
#if defined(MADV_HUGEPAGE) && !defined(HEAP_SANITIZED)
	enum { RESERVE = 48 << 20, HUGE_PAGE = 2 << 20, LARGE_BLOCK = 16 << 20 };
	/* One arena: the files a second thread reads are freed into the heap that parses them. */
	if (!mallopt(M_ARENA_MAX, 1) || !mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK) ||
	    !mallopt(M_TOP_PAD, RESERVE))
		return;
	void *grown = malloc(256 << 10); /* more than the heap holds yet: it grows by the reserve */
	if (!grown)
		return;
	uintptr_t mask = (uintptr_t)HUGE_PAGE - 1;
	uintptr_t start = ((uintptr_t)grown + mask) & ~mask;
	uintptr_t end = (uintptr_t)sbrk(0) & ~mask;
	if (end > start) /* advice: a kernel without huge pages refuses it, and that is fine */
		(void)madvise((void *)start, end - start, MADV_HUGEPAGE);
	free(grown);
#endif
}
