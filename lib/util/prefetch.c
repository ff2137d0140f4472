/* Reading a list of files on a second thread, a bounded distance ahead of the reader. */
#include "util/prefetch.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

#include "util/banned.h"

typedef struct prefetched {
	gl_buf data;
	gl_fs_result rc;
	int err; /* errno after a failed read */
} prefetched;

struct gl_prefetch {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t changed; /* a file read, or one taken, or stop */
	char *const *paths;
	size_t count, max;
	prefetched *files;
	/* Under lock: */
	size_t read, taken; /* files read by the thread, and taken by the reader */
	size_t held;        /* bytes read and not taken */
	bool stop;
	bool reader_waits, taker_waits;
};

/* Whether the thread must wait before reading file `next`: too far ahead. */
static bool too_far_ahead(const gl_prefetch *p, size_t next)
{
	return next - p->taken >= GL_PREFETCH_AHEAD || p->held >= GL_PREFETCH_HELD;
}

/* Waits, under the lock, until the thread may read file `next`; false when told to stop. */
static bool may_read(gl_prefetch *p, size_t next)
{
	while (!p->stop && too_far_ahead(p, next)) {
		p->reader_waits = true;
		pthread_cond_wait(&p->changed, &p->lock);
		p->reader_waits = false;
	}
	return !p->stop;
}

static void *read_ahead(void *arg)
{
	gl_prefetch *p = arg;
	for (size_t i = 0; i < p->count; i++) {
		pthread_mutex_lock(&p->lock);
		bool go = may_read(p, i);
		pthread_mutex_unlock(&p->lock);
		if (!go)
			break;
		prefetched f = {GL_BUF_INIT, GL_FS_OK, 0};
		f.rc = gl_fs_read(p->paths[i], p->max, &f.data);
		f.err = f.rc == GL_FS_ERROR ? errno : 0;
		pthread_mutex_lock(&p->lock);
		p->files[i] = f;
		p->read = i + 1;
		p->held += f.data.len;
		if (p->taker_waits)
			pthread_cond_signal(&p->changed);
		pthread_mutex_unlock(&p->lock);
	}
	return NULL;
}

gl_prefetch *gl_prefetch_start(char *const *paths, size_t count, size_t max)
{
	gl_prefetch *p = gl_xcalloc(1, sizeof(*p));
	p->paths = paths;
	p->count = count;
	p->max = max;
	p->files = gl_xcalloc(count ? count : 1, sizeof(*p->files));
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->changed, NULL);
	if (pthread_create(&p->thread, NULL, read_ahead, p) != 0) {
		pthread_cond_destroy(&p->changed);
		pthread_mutex_destroy(&p->lock);
		free(p->files);
		free(p);
		return NULL;
	}
	return p;
}

gl_fs_result gl_prefetch_take(gl_prefetch *p, gl_buf *out)
{
	if (p->taken >= p->count) { /* no file is left to wait for */
		errno = EINVAL;
		return GL_FS_ERROR;
	}
	pthread_mutex_lock(&p->lock);
	while (p->read <= p->taken) {
		p->taker_waits = true;
		pthread_cond_wait(&p->changed, &p->lock);
		p->taker_waits = false;
	}
	prefetched f = p->files[p->taken];
	p->files[p->taken++] = (prefetched){GL_BUF_INIT, GL_FS_OK, 0};
	p->held -= f.data.len;
	if (p->reader_waits)
		pthread_cond_signal(&p->changed);
	pthread_mutex_unlock(&p->lock);
	gl_buf_release(out);
	*out = f.data;
	errno = f.err;
	return f.rc;
}

void gl_prefetch_free(gl_prefetch *p)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->lock);
	p->stop = true;
	pthread_cond_signal(&p->changed);
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->thread, NULL);
	for (size_t i = p->taken; i < p->read; i++)
		gl_buf_release(&p->files[i].data);
	pthread_cond_destroy(&p->changed);
	pthread_mutex_destroy(&p->lock);
	free(p->files);
	free(p);
}
