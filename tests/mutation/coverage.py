"""Which tests run which lines of lib/: the map that spares the harness the whole suite.

A test that never runs a line cannot see a bug planted in it. The harness
builds the tree once more with gcc's --coverage, runs every test alone and asks
gcov which lines of lib/ it ran. A mutant is then tried against the tests that
run its lines; a mutant on lines no test runs survives without a run (no test
can see it); a mutant on lines gcov does not count (a table in static data)
is tried against the whole suite.
"""

import glob
import json
import os
import subprocess

import suite


def configure(work, build):
    flags = "--coverage"
    subprocess.run(["cmake", "-G", "Ninja", "-S", work, "-B", build, "-DGOVLOG_WERROR=OFF",
                    "-DCMAKE_BUILD_TYPE=Debug", "-DCMAKE_C_FLAGS=" + flags,
                    "-DCMAKE_EXE_LINKER_FLAGS=" + flags, "-DCMAKE_SHARED_LINKER_FLAGS=" + flags],
                   check=True, capture_output=True)
    subprocess.run(["cmake", "--build", build], check=True, capture_output=True)


def lines_run(work, build):
    """{path under work: {line: count}} for every lib/ file, from the .gcda files."""
    data = glob.glob(os.path.join(build, "**", "*.gcda"), recursive=True)
    out = subprocess.run(["gcov", "--json-format", "--stdout"] + data, cwd=build,
                         capture_output=True, text=True).stdout
    found = {}
    for text in out.splitlines():
        if not text.strip():
            continue
        for f in json.loads(text)["files"]:
            path = os.path.relpath(os.path.join(build, f["file"]), work)
            if not path.startswith("lib/"):
                continue
            counts = found.setdefault(path, {})
            for line in f["lines"]:
                n = line["line_number"]
                counts[n] = counts.get(n, 0) + line["count"]
    return found


class Map:
    """tests_for(path, first, last): the tests that run any of those lines, or
    None when gcov counts none of them (the whole suite must decide)."""

    def __init__(self):
        self.counted = {}  # path -> set of lines gcov counts
        self.runs = {}  # (path, line) -> set of test numbers

    def add(self, number, found):
        for path, counts in found.items():
            self.counted.setdefault(path, set()).update(counts)
            for line, count in counts.items():
                if count:
                    self.runs.setdefault((path, line), set()).add(number)

    def tests_for(self, path, first, last):
        counted = self.counted.get(path, set())
        lines = [n for n in range(first, last + 1) if n in counted]
        if not lines:
            return None
        numbers = set()
        for n in lines:
            numbers |= self.runs.get((path, n), set())
        return numbers


def build_map(work, log):
    build = os.path.join(work, "build-coverage")
    configure(work, build)
    tests = suite.list_tests(build)
    found = Map()
    for i, (number, name) in enumerate(tests, start=1):
        for stale in glob.glob(os.path.join(build, "**", "*.gcda"), recursive=True):
            os.remove(stale)
        r = subprocess.run(["ctest", "--test-dir", build, "-I", "%d,%d" % (number, number)],
                           capture_output=True)
        if r.returncode != 0:
            raise RuntimeError("%s fails in the coverage build" % name)
        found.add(number, lines_run(work, build))
        log("coverage %d/%d %s" % (i, len(tests), name))
    return found
