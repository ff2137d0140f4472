/* Reading a list of files on a second thread, a bounded distance ahead of the reader. */
#include "util/prefetch.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>

#include "util/banned.h"

typedef struct prefetched {
	gl_buf data;
	gl_fs_result rc;
	int err; /* errno after a failed read */
} prefetched;

/*
 * One thread reads, one takes. The counters are atomic so that neither
 * takes a lock while the other keeps up: on a virtual machine each wake-up
 * of a sleeping thread is costly, and a lock taken per file made the two
 * threads wake each other hundreds of times a run. A side sleeps (under
 * lock, on `changed`) only when it must wait, after saying so in its
 * `*_waits` flag; the other side, having moved its counter, signals only
 * when that flag is set. Both are sequentially consistent, so a wake-up is
 * never lost: either the waiter sees the new counter, or the mover sees
 * the flag.
 */
struct gl_prefetch {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t changed;
	char *const *paths;
	size_t count, max;
	prefetched *slots; /* file i is read into slots[i % ring] */
	size_t ring;
	atomic_size_t read;  /* files read by the thread: files [0, read) are ready */
	atomic_size_t taken; /* files taken by the reader */
	atomic_size_t held;  /* bytes read and not taken */
	atomic_bool stop, reader_waits, taker_waits;
};

/* Whether the thread must wait before reading file `next`: too far ahead. */
static bool too_far_ahead(gl_prefetch *p, size_t next)
{
	return next - atomic_load(&p->taken) >= GL_PREFETCH_AHEAD ||
	       atomic_load(&p->held) >= GL_PREFETCH_HELD;
}

/*
 * Whether the thread, once too far ahead, may read again: only when the
 * reader has taken half of what was ahead, so that the two do not wake each
 * other for every file taken.
 */
static bool room_again(gl_prefetch *p, size_t next)
{
	return next - atomic_load(&p->taken) <= GL_PREFETCH_AHEAD / 2 &&
	       atomic_load(&p->held) <= GL_PREFETCH_HELD / 2;
}

/* Wakes the other side if it sleeps, after this one moved its counter. */
static void wake(gl_prefetch *p, atomic_bool *waits)
{
	if (!atomic_load(waits))
		return;
	pthread_mutex_lock(&p->lock);
	pthread_cond_signal(&p->changed);
	pthread_mutex_unlock(&p->lock);
}

/* Waits until the thread may read file `next`; false when told to stop. */
static bool may_read(gl_prefetch *p, size_t next)
{
	if (!too_far_ahead(p, next))
		return !atomic_load(&p->stop);
	pthread_mutex_lock(&p->lock);
	atomic_store(&p->reader_waits, true);
	while (!atomic_load(&p->stop) && !room_again(p, next))
		pthread_cond_wait(&p->changed, &p->lock);
	atomic_store(&p->reader_waits, false);
	pthread_mutex_unlock(&p->lock);
	return !atomic_load(&p->stop);
}

/*
 * A slot to read into, its bytes kept from the file before: this thread
 * allocates and frees every buffer, so the two threads never take each
 * other's allocator lock (a buffer freed on the other thread took it, and
 * each wait for it cost a wake-up). A large buffer is not kept.
 */
static prefetched *slot_to_fill(gl_prefetch *p, size_t i)
{
	prefetched *f = &p->slots[i % p->ring];
	if (f->data.alloc > GL_PREFETCH_KEEP)
		gl_buf_release(&f->data);
	gl_buf_clear(&f->data);
	return f;
}

static void *read_ahead(void *arg)
{
	gl_prefetch *p = arg;
	for (size_t i = 0; i < p->count && may_read(p, i); i++) {
		prefetched *f = slot_to_fill(p, i);
		f->rc = gl_fs_read(p->paths[i], p->max, &f->data);
		f->err = f->rc == GL_FS_ERROR ? errno : 0;
		atomic_fetch_add(&p->held, f->data.len);
		atomic_store(&p->read, i + 1); /* publishes file i's slot */
		wake(p, &p->taker_waits);
	}
	return NULL;
}

gl_prefetch *gl_prefetch_start(char *const *paths, size_t count, size_t max)
{
	gl_prefetch *p = gl_xcalloc(1, sizeof(*p));
	p->paths = paths;
	p->count = count;
	p->max = max;
	/* one slot more than the thread runs ahead: the file taken last is still in use */
	p->ring = count < GL_PREFETCH_AHEAD + 1 ? (count ? count : 1) : GL_PREFETCH_AHEAD + 1;
	p->slots = gl_xcalloc(p->ring, sizeof(*p->slots));
	/* made before the thread runs: on it each allocation waits for the heap's lock */
	for (size_t i = 0; i < p->ring; i++) {
		p->slots[i].data = (gl_buf)GL_BUF_INIT;
		gl_buf_grow(&p->slots[i].data, GL_PREFETCH_FIRST);
	}
	atomic_init(&p->read, 0);
	atomic_init(&p->taken, 0);
	atomic_init(&p->held, 0);
	atomic_init(&p->stop, false);
	atomic_init(&p->reader_waits, false);
	atomic_init(&p->taker_waits, false);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->changed, NULL);
	if (pthread_create(&p->thread, NULL, read_ahead, p) != 0) {
		pthread_cond_destroy(&p->changed);
		pthread_mutex_destroy(&p->lock);
		free(p->slots);
		free(p);
		return NULL;
	}
	return p;
}

/* Waits until file `i` is read. */
static void wait_for(gl_prefetch *p, size_t i)
{
	if (atomic_load(&p->read) > i)
		return;
	pthread_mutex_lock(&p->lock);
	atomic_store(&p->taker_waits, true);
	while (atomic_load(&p->read) <= i)
		pthread_cond_wait(&p->changed, &p->lock);
	atomic_store(&p->taker_waits, false);
	pthread_mutex_unlock(&p->lock);
}

gl_fs_result gl_prefetch_take(gl_prefetch *p, const gl_buf **out)
{
	static const gl_buf none = GL_BUF_INIT;
	*out = &none;
	size_t i = atomic_load(&p->taken);
	if (i >= p->count) { /* no file is left to wait for */
		errno = EINVAL;
		return GL_FS_ERROR;
	}
	wait_for(p, i);
	const prefetched *f = &p->slots[i % p->ring];
	gl_fs_result rc = f->rc;
	int err = f->err;
	atomic_fetch_sub(&p->held, f->data.len);
	/* the thread may now read on, but not into this slot: it stays one short of it */
	atomic_store(&p->taken, i + 1);
	if (room_again(p, atomic_load(&p->read)))
		wake(p, &p->reader_waits);
	*out = &f->data;
	errno = err;
	return rc;
}

void gl_prefetch_free(gl_prefetch *p)
{
	if (!p)
		return;
	atomic_store(&p->stop, true);
	pthread_mutex_lock(&p->lock);
	pthread_cond_signal(&p->changed);
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->thread, NULL);
	for (size_t i = 0; i < p->ring; i++)
		gl_buf_release(&p->slots[i].data);
	pthread_cond_destroy(&p->changed);
	pthread_mutex_destroy(&p->lock);
	free(p->slots);
	free(p);
}
