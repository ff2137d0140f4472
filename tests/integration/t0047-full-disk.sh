#!/bin/sh
# A full disk, a read-only file system: govlog says so (the system's words for
# the right errno, never "Success" or a stale reason) and exits 3. Output to
# /dev/full stands for a full disk under stdout everywhere; where a tiny tmpfs
# can be mounted (as root), a nearly full one takes CHANGELOG.md --write (a
# short write, then ENOSPC) and a read-only remount takes init.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo out)
cd "$repo"
for i in 1 2 3; do git commit -q --allow-empty -m "feat: change $i"; done
git tag v1.0.0
mkdir -p docs/decisions
"$GOVLOG" new decision "Use PostgreSQL" >/dev/null

# full VERB...: runs govlog with stdout on /dev/full; sets $status and $err.
full() {
	status=0
	"$GOVLOG" "$@" >/dev/full 2>"$TEST_DIR/full.err" || status=$?
	err=$(cat "$TEST_DIR/full.err")
}
for verb in rules --version list "check --format json" "trace" "release-notes v1.0.0"; do
	# shellcheck disable=SC2086 # the verb's words
	full $verb
	expect_status 3 "$verb to a full disk"
	expect_line "$err" "No space left on device" "$verb says the disk is full"
	expect_no_line "$err" "Success" "$verb never says Success"
done
full changelog
expect_line "$err" "cannot write the changelog: No space left on device" "changelog names what it could not write"

# A tiny tmpfs: only as root, and only where mounting is allowed.
tiny="$TEST_DIR/tiny"
mkdir -p "$tiny"
if [ "$(id -u)" -ne 0 ] || ! mount -t tmpfs -o size=1m tmpfs "$tiny" 2>/dev/null; then
	echo "skipped: no tmpfs can be mounted here (the /dev/full checks ran)"
	finish
	exit 0
fi
trap 'umount "$tiny" 2>/dev/null; rm -rf "$TEST_DIR"' EXIT
git -c init.defaultBranch=main init -q --template= "$tiny/r"
cd "$tiny/r"
i=0
while [ $i -lt 150 ]; do
	i=$((i + 1))
	git commit -q --allow-empty -m "feat: change number $i, with a subject long enough to take room"
done
git tag v1.0.0
"$GOVLOG" changelog >"$TEST_DIR/changelog.md"
size=$(wc -c <"$TEST_DIR/changelog.md")
avail=$(df --output=avail -k . | tail -1)
dd if=/dev/zero of=fill bs=1k count=$((avail - 4)) 2>/dev/null || true
run_govlog "$tiny/r" changelog --write
expect_status 3 "changelog --write ($size bytes) with 4 KiB left"
expect_line "$err" "cannot write CHANGELOG.md: No space left on device" "says the disk is full"
expect_no_line "$err" "No such file" "not a stale errno"
if ls "$tiny/r" | grep -q govlog-; then fail "a temporary file is left"; else pass "no temporary file is left"; fi
if [ -e "$tiny/r/CHANGELOG.md" ]; then fail "a partial CHANGELOG.md"; else pass "no partial CHANGELOG.md"; fi
rm fill

mount -o remount,ro "$tiny"
run_govlog "$tiny/r" init
expect_status 3 "init on a read-only file system"
expect_line "$err" "Read-only file system" "says the file system is read-only"
run_govlog "$tiny/r" changelog --write
expect_line "$err" "cannot write CHANGELOG.md: Read-only file system" "changelog --write too"
mount -o remount,rw "$tiny"
cd "$TEST_DIR"
finish
