. "$(dirname "$0")/../test-lib.sh" # scripts that still source lib.sh get the shared one
