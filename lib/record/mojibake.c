/* Finding and undoing UTF-8 that was decoded as a legacy 8-bit encoding and saved again. */
#include "record/mojibake.h"

#include <stdint.h>
#include <string.h>

#include "util/utf8.h"
#include "util/banned.h"

/* Code points of bytes 0x80-0x9F in Windows-1252 (the rest of 0xA0-0xFF is Latin-1). */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
	0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
	0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* Code points of bytes 0x80-0xFF in Mac Roman. */
static const uint16_t mac_roman_high[128] = {
	0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4,
	0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF,
	0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020,
	0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4,
	0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202,
	0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1,
	0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3,
	0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
	0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7, 0x201A,
	0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC,
	0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF,
	0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

static const char WINDOWS_1252[] = "Windows-1252";
static const char MAC_ROMAN[] = "Mac Roman";

/* The byte a code point stood for in the encoding, or -1. */
static int byte_of(uint32_t cp, const char *encoding)
{
	if (cp < 0x80)
		return (int)cp;
	if (!strcmp(encoding, MAC_ROMAN)) {
		for (int i = 0; i < 128; i++)
			if (mac_roman_high[i] == cp)
				return 0x80 + i;
		return -1;
	}
	if (cp >= 0xA0 && cp <= 0xFF)
		return (int)cp;
	if (cp >= 0x80 && cp <= 0x9F) /* read as Latin-1: the C1 controls */
		return (int)cp;
	for (int i = 0; i < 32; i++)
		if (cp1252_high[i] == cp)
			return 0x80 + i;
	return -1;
}

/*
 * Lead bytes of the characters worth reporting: Latin-1 letters (æ ø å é ü,
 * lead 0xC3), punctuation (’ “ – …), a BOM, emoji. Other two-byte leads
 * ("Å" then "”" would be U+0154) appear in genuine Danish text: "PÅ”".
 */
static int sequence_length(int lead)
{
	switch (lead) {
	case 0xC3:
		return 2;
	case 0xE2:
	case 0xEF:
		return 3;
	case 0xF0:
		return 4;
	default:
		return 0;
	}
}

/* Length in bytes of a garbled sequence at s[i], or 0. */
static size_t garbled_at(const char *s, size_t len, size_t i, const char *encoding)
{
	unsigned char bytes[4];
	size_t at = i;
	int n = 0;
	for (int want = 1; n < want; n++) {
		uint32_t cp;
		bool valid;
		if (at >= len)
			return 0;
		at += gl_utf8_decode(s + at, len - at, &cp, &valid);
		int b = valid ? byte_of(cp, encoding) : -1;
		if (n == 0 ? (want = sequence_length(b)) == 0 : (b < 0x80 || b > 0xBF))
			return 0;
		bytes[n] = (unsigned char)b;
	}
	uint32_t original;
	bool valid;
	size_t used = gl_utf8_decode((const char *)bytes, (size_t)n, &original, &valid);
	return valid && used == (size_t)n ? at - i : 0;
}

bool gl_mojibake_find(const char *s, size_t len, size_t from, gl_mojibake *out)
{
	for (size_t i = from; i < len;) {
		if ((unsigned char)s[i] < 0x80) { /* garbled text is never ASCII */
			i++;
			continue;
		}
		const char *encodings[] = {WINDOWS_1252, MAC_ROMAN};
		for (int e = 0; e < 2; e++) {
			size_t n = garbled_at(s, len, i, encodings[e]);
			if (n) {
				*out = (gl_mojibake){i, n, encodings[e]};
				return true;
			}
		}
		uint32_t cp;
		bool valid;
		i += gl_utf8_decode(s + i, len - i, &cp, &valid);
	}
	return false;
}

void gl_mojibake_repair(gl_buf *out, const char *s, size_t len, const char *encoding)
{
	for (size_t i = 0; i < len;) {
		size_t n = garbled_at(s, len, i, encoding);
		uint32_t cp;
		bool valid;
		if (!n) {
			size_t k = gl_utf8_decode(s + i, len - i, &cp, &valid);
			gl_buf_put(out, s + i, k);
			i += k;
			continue;
		}
		/* The code points of the run are the bytes of the original character. */
		for (size_t at = i; at < i + n;) {
			at += gl_utf8_decode(s + at, i + n - at, &cp, &valid);
			gl_buf_putc(out, (char)byte_of(cp, encoding));
		}
		i += n;
	}
}
