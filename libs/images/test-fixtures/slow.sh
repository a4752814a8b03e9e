#!/bin/sh
sleep "${SLOW_CLI_SECONDS:-0.3}"
exec "$(dirname "$0")/../reference-cli/bin/zia-header" "$@"
