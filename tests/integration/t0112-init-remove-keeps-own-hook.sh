#!/bin/sh
# init --hooks --remove takes out govlog's own hooks only. `govlog help init`:
# "Nothing that exists is overwritten: such files are kept and listed as kept."
# A hook the team wrote over govlog's after it was installed is theirs: it is
# kept and listed as kept, and govlog's other hooks are still removed.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo own-hook)
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks"
# pre-commit is the first hook govlog installs; the team replaces it with their own.
printf '#!/bin/sh\necho "our own checks"\n' >"$repo/.git/hooks/pre-commit"
chmod +x "$repo/.git/hooks/pre-commit"

run_govlog "$repo" init --hooks --remove
expect_status 0 "init --hooks --remove with the team's own pre-commit"
expect_line "$out" "kept     .git/hooks/pre-commit" "the team's pre-commit is listed as kept"
for h in commit-msg pre-push pre-merge-commit; do
	expect_line "$out" "removed  .git/hooks/$h" "govlog's $h is removed"
	if [ -e "$repo/.git/hooks/$h" ]; then fail "$h is still there"; else pass "$h is gone"; fi
done
if [ "$(cat "$repo/.git/hooks/pre-commit")" = "$(printf '#!/bin/sh\necho "our own checks"')" ]; then
	pass "the team's pre-commit is as they wrote it"
else
	fail "pre-commit changed: $(cat "$repo/.git/hooks/pre-commit")"
fi
finish
