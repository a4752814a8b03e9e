#!/bin/sh
# SLOW_CLI_STARTED: a file this touches when it starts (a test waits for it instead of sleeping).
[ -n "$SLOW_CLI_STARTED" ] && : > "$SLOW_CLI_STARTED"
sleep "${SLOW_CLI_SECONDS:-0.3}"
exec "$(dirname "$0")/../reference-cli/bin/zia-header" "$@"
