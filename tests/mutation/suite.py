"""Running CTest tests one by one for the mutation harness.

A mutant is killed by the first test that fails, so the harness runs the tests
that can see it (see coverage.py) cheapest first, a few at a time, and stops at
the first failure. Each test gets a time limit from its own usual cost, so a
mutant that makes a loop endless is caught in seconds, not minutes.
"""

import os
import re
import signal
import subprocess
import time

TEST_LINE = re.compile(r"^\s*Test\s+#(\d+):\s+(\S+)\s*$")


def list_tests(build):
    """[(number, name)] as CTest numbers them in this build folder."""
    out = subprocess.run(["ctest", "--test-dir", build, "-N"], check=True,
                         capture_output=True, text=True).stdout
    return [(int(m.group(1)), m.group(2)) for m in map(TEST_LINE.match, out.splitlines()) if m]


def costs(build):
    """{test name: seconds} from the last full CTest run in this build folder."""
    path = os.path.join(build, "Testing", "Temporary", "CTestCostData.txt")
    found = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 3:
                    found[parts[0]] = float(parts[2])
    return found




# As the suite's sanitizer run sets them (dev.sh).
SANITIZER_ENV = {
    "ASAN_OPTIONS": "detect_leaks=1:exitcode=86:strict_string_checks=1",
    "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1:exitcode=87",
}


def run_all(build, jobs, timeout):
    """The whole suite at once (the unmutated tree's check, and the costs)."""
    cmd = ["ctest", "--test-dir", build, "-j", str(jobs), "--timeout", str(timeout)]
    env = dict(os.environ, **SANITIZER_ENV)
    return subprocess.run(cmd, capture_output=True, env=env).returncode == 0


def start(build, number, limit):
    cmd = ["ctest", "--test-dir", build, "-I", "%d,%d" % (number, number),
           "--timeout", str(limit)]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, env=dict(os.environ, **SANITIZER_ENV))


def stop(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def run_tests(build, tests, cost, jobs, slower=1.0):
    """Runs tests [(number, name)] cheapest first, `jobs` at a time, until one
    fails; `slower` stretches each test's time limit (a sanitizer build).
    Returns ('killed', name), ('timeout', name) or ('survived', None)."""
    queue = sorted(tests, key=lambda t: (cost.get(t[1], 1.0), t[0]))
    running, verdict = [], ("survived", None)
    while (queue or running) and verdict[0] == "survived":
        while queue and len(running) < jobs:
            number, name = queue.pop(0)
            limit = int(max(30, 6 * slower * cost.get(name, 5.0)))
            running.append((start(build, number, limit), name, time.time() + limit + 30))
        time.sleep(0.02)
        for entry in list(running):
            proc, name, deadline = entry
            code = proc.poll()
            if code is None and time.time() > deadline:
                stop(proc)
                verdict = ("timeout", name)
            elif code is not None:
                running.remove(entry)
                if code != 0:
                    verdict = ("killed", name)
    for proc, _, _ in running:
        stop(proc)
    return verdict
