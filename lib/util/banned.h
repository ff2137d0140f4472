/* Functions banned in govlog: each has a bounded replacement (see buf.h). */
#ifndef GOVLOG_BANNED_H
#define GOVLOG_BANNED_H

#define GOVLOG_BANNED(func) sorry_##func##_is_banned_use_govlog_buf

#undef strcpy
#define strcpy(x, y) GOVLOG_BANNED(strcpy)
#undef strcat
#define strcat(x, y) GOVLOG_BANNED(strcat)
#undef sprintf
#define sprintf(...) GOVLOG_BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) GOVLOG_BANNED(vsprintf)
#undef strtok
#define strtok(x, y) GOVLOG_BANNED(strtok)
#undef gets
#define gets(x) GOVLOG_BANNED(gets)

#endif
