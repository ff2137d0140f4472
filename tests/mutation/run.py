#!/usr/bin/env python3
"""The mutation harness: plants one small bug at a time in lib/ and runs the suite.

    python3 tests/mutation/run.py [--count N] [--seed S] [--only PATTERN] [--list]

It copies the tree (tracked and untracked files, not build folders) to a work
folder, builds it once, runs the whole suite there, and learns from a coverage
build which tests run which lines of lib/ (coverage.py). Then for each mutant:
it edits one file, rebuilds, runs the tests that run the mutated lines,
cheapest first, until one fails (suite.py); when they all pass, it runs them
again in an ASan + UBSan build, as the suite itself runs twice, so a bug that
only reads or writes out of bounds is seen as it is in the suite; and it puts
the file back. A mutant is *killed* when a test fails or runs out of time in
either build, *survives* when every test that runs its lines passes in both
(or no test runs them), and is *stillborn* when it does not compile (not
counted). Mutants named in equivalent.txt (each with the
reason it cannot change behaviour) are not run. The choice of mutants is
seeded: two runs with the same seed on the same tree run the same mutants.

It prints one line a mutant, then the score and every survivor with its file
and line. The exit status is 0 when the score reaches --target, 1 otherwise.
"""

import argparse
import fnmatch
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coverage  # noqa: E402
import sites as mutation_sites  # noqa: E402
import suite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))


def parse_args():
    p = argparse.ArgumentParser(description="plant bugs in lib/ and see the suite catch them")
    p.add_argument("--count", type=int, default=300, help="mutants to run (default 300)")
    p.add_argument("--seed", type=int, default=1, help="the choice of mutants (default 1)")
    p.add_argument("--only", default="lib/*", help="a glob over the files to mutate")
    p.add_argument("--ops", default="", help="comma-separated operators to use (default all)")
    p.add_argument("--timeout", type=int, default=300,
                   help="seconds for the unmutated suite run")
    p.add_argument("--ids", default="",
                   help="a file of mutant ids (one a line): run only those, e.g. last run's survivors")
    p.add_argument("--previous", default="",
                   help="a full run's output: run only its survivors and print the score of "
                        "that run with them run again")
    p.add_argument("--target", type=float, default=85.0, help="the score to reach, in percent")
    p.add_argument("--work", default="", help="the work folder (default a new temporary one)")
    p.add_argument("--list", action="store_true", help="only list the chosen mutants")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--no-sanitizer", dest="sanitizer", action="store_false",
                   help="skip the ASan + UBSan pass: faster, and the score is a lower bound")
    return p.parse_args()


def tracked_files():
    out = subprocess.run(["git", "-C", TOP, "ls-files", "-co", "--exclude-standard", "-z"],
                         check=True, capture_output=True).stdout
    return [f for f in out.decode().split("\0") if f]


def read_equivalent():
    """{mutant id: reason} from equivalent.txt ("id  reason" lines, # comments)."""
    known = {}
    path = os.path.join(HERE, "equivalent.txt")
    if not os.path.exists(path):
        return known
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            ident, _, reason = line.partition(" ")
            if not reason.strip():
                sys.exit("equivalent.txt: %s has no reason" % ident)
            known[ident] = reason.strip()
    return known


def all_sites(files, pattern, ops):
    found = []
    for path in sorted(files):
        if not path.endswith(".c") or not fnmatch.fnmatch(path, pattern):
            continue
        with open(os.path.join(TOP, path), encoding="utf-8") as f:
            found.extend(mutation_sites.sites_of_file(path, f.read()))
    if ops:
        found = [s for s in found if s.op in ops]
    return found


def read_previous(path):
    """(killed, counted, survivor ids) from the output of an earlier run."""
    killed = counted = None
    survivors = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            words = line.split()
            if line.startswith("killed: ") and len(words) >= 4:
                killed, counted = int(words[1]), int(words[3])
            elif line.startswith("      (") and " id " in line:
                survivors.append(words[-1])
    if killed is None:
        sys.exit("%s: no score line: not the output of a finished run" % path)
    return killed, counted, survivors


def choose(found, count, seed, equivalent, wanted=None):
    candidates = [s for s in found if s.id not in equivalent]
    if wanted is not None:
        chosen = [s for s in candidates if s.id in wanted]
    else:
        rng = random.Random(seed)
        chosen = rng.sample(candidates, min(count, len(candidates)))
    return sorted(chosen, key=lambda s: (s.path, s.line, s.op, s.col))


def copy_tree(files, work):
    for path in files:
        src, dst = os.path.join(TOP, path), os.path.join(work, path)
        if os.path.isdir(src) and not os.path.islink(src):
            continue
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if os.path.lexists(src):
            shutil.copy2(src, dst, follow_symlinks=False)
    # The npm packages the tests run (sh dev.sh test installs them; Git ignores them).
    modules = os.path.join(TOP, "tests", "node_modules")
    if os.path.isdir(modules) and not os.path.lexists(os.path.join(work, "tests", "node_modules")):
        os.symlink(modules, os.path.join(work, "tests", "node_modules"))


def build(work, jobs, folder="build", options=()):
    b = os.path.join(work, folder)
    if not os.path.exists(os.path.join(b, "CMakeCache.txt")):
        subprocess.run(["cmake", "-G", "Ninja", "-S", work, "-B", b, "-DGOVLOG_WERROR=OFF",
                        "-DCMAKE_BUILD_TYPE=Debug"] + list(options), check=True,
                       capture_output=True)
    r = subprocess.run(["cmake", "--build", b, "-j", str(jobs)], capture_output=True)
    return r.returncode == 0


def build_sanitized(work, jobs):
    return build(work, jobs, "build-asan", ["-DGOVLOG_SANITIZE=ON"])


def try_mutant(work, site, tests, runs, cost, jobs, sanitizer=True):
    """(outcome, the test that decided or a note)."""
    if not build(work, jobs):
        return "stillborn", ""
    numbers = runs.tests_for(site.path, site.line, site.line + site.lines)
    if numbers is not None and not numbers:
        return "survived", "no test runs these lines"
    chosen = tests if numbers is None else [t for t in tests if t[0] in numbers]
    outcome, name = suite.run_tests(os.path.join(work, "build"), chosen, cost, jobs)
    if outcome == "survived" and sanitizer and build_sanitized(work, jobs):
        outcome, name = suite.run_tests(os.path.join(work, "build-asan"), chosen, cost, jobs,
                                        slower=4.0)
        name = name and "sanitizer build: " + name
    both = " in both builds" if sanitizer else ""
    return outcome, name or "%d tests passed%s" % (len(chosen), both)


def apply(work, site):
    path = os.path.join(work, site.path)
    with open(path, encoding="utf-8") as f:
        original = f.read()
    lines = original.splitlines(keepends=True)
    start = site.line - 1
    now = "".join(lines[start:start + site.lines])
    if now != site.before:
        raise RuntimeError("%s: the line is not what it was" % site.describe())
    lines[start:start + site.lines] = [site.after]
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(lines))
    return original


def restore(work, site, original):
    path = os.path.join(work, site.path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(original)
    # A build must see the file as changed even within the same second.
    os.utime(path)


def report_previous(results, previous, equivalent):
    """The earlier run's score with its survivors run again on this tree.

    A mutant the earlier run killed stays killed: the suite only grows. A survivor
    since listed as equivalent leaves the count; one whose line changed, so that
    its id no longer exists, still counts as a survivor."""
    killed, counted, survivors = previous
    now_equivalent = sum(1 for i in survivors if i in equivalent)
    outcome = {s.id: r for s, r, _ in results}
    newly_killed = sum(1 for i in survivors if outcome.get(i) in ("killed", "timeout"))
    stillborn = sum(1 for i in survivors if outcome.get(i) == "stillborn")
    killed += newly_killed
    counted -= now_equivalent + stillborn
    score = 100.0 * killed / counted if counted else 0.0
    print("\nwith the earlier run: %d survivors run again, %d now killed, %d now listed as "
          "equivalent, %d did not compile" % (len(survivors), newly_killed, now_equivalent,
                                              stillborn))
    print("killed in all: %d of %d = %.1f %%" % (killed, counted, score))
    gone = [i for i in survivors if i not in outcome and i not in equivalent]
    for i in gone:
        print("  survivor %s no longer found on this tree: counted as surviving" % i)
    return score


def report(results, equivalent_count):
    killed = sum(1 for _, r, _ in results if r in ("killed", "timeout"))
    survived = [(s, why) for s, r, why in results if r == "survived"]
    stillborn = sum(1 for _, r, _ in results if r == "stillborn")
    counted = killed + len(survived)
    score = 100.0 * killed / counted if counted else 0.0
    print("\nmutants run: %d, stillborn (did not compile): %d, equivalent (listed): %d"
          % (len(results), stillborn, equivalent_count))
    print("killed: %d of %d = %.1f %%" % (killed, counted, score))
    if survived:
        print("\nsurvivors:")
        for s, why in survived:
            print("  %s\n      (%s) id %s" % (s.describe(), why, s.id))
    return score


def main():
    args = parse_args()
    files = tracked_files()
    equivalent = read_equivalent()
    ops = set(o for o in args.ops.split(",") if o)
    previous = read_previous(args.previous) if args.previous else None
    wanted = None
    if args.ids:
        with open(args.ids, encoding="utf-8") as f:
            wanted = set(line.split()[-1] for line in f if line.strip())
    elif previous:
        wanted = set(previous[2])
    chosen = choose(all_sites(files, args.only, ops), args.count, args.seed, equivalent,
                    wanted)
    if args.list:
        for s in chosen:
            print("%s\n    id %s" % (s.describe(), s.id))
        return 0
    work = args.work or tempfile.mkdtemp(prefix="govlog-mutation.")
    copy_tree(files, work)
    print("work folder: %s" % work, flush=True)
    build_dir = os.path.join(work, "build")
    if not build(work, args.jobs) or not suite.run_all(build_dir, args.jobs, args.timeout):
        sys.exit("the unmutated tree does not build or pass its suite: fix that first")
    # A test that fails in the sanitizer build before any bug is planted would
    # "kill" every mutant that reaches it.
    if args.sanitizer and (not build_sanitized(work, args.jobs) or not suite.run_all(
            os.path.join(work, "build-asan"), args.jobs, args.timeout * 4)):
        sys.exit("the unmutated tree does not pass its suite with the sanitizers: fix that first")
    tests, cost = suite.list_tests(build_dir), suite.costs(build_dir)
    runs = coverage.build_map(work, lambda line: print(line, flush=True))
    results = []
    for i, site in enumerate(chosen, start=1):
        started = time.time()
        original = apply(work, site)
        try:
            outcome, why = try_mutant(work, site, tests, runs, cost, args.jobs, args.sanitizer)
        finally:
            restore(work, site, original)
        results.append((site, outcome, why))
        print("[%d/%d] %-9s %4.0fs  %s  [%s] id %s" % (
            i, len(chosen), outcome, time.time() - started, site.describe(), why, site.id),
              flush=True)
    build(work, args.jobs)
    if args.sanitizer:
        build_sanitized(work, args.jobs)
    score = report(results, len(equivalent))
    if previous:
        score = report_previous(results, previous, equivalent)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if score >= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
