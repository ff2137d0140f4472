/*
 * Fuzz targets: each defines LLVMFuzzerTestOneInput. Built with clang
 * -fsanitize=fuzzer (and -DGOVLOG_LIBFUZZER) it is a libFuzzer target; built
 * normally, replay.c's main() runs the files and folders named on the command
 * line through it, so the saved corpus runs in every test pass.
 */
#ifndef GOVLOG_FUZZ_H
#define GOVLOG_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
