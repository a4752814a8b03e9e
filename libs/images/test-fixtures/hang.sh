#!/bin/sh
# The first path's block, then hangs (a child process holds stdout open too).
cli="$(dirname "$0")/../reference-cli/bin/zia-header"
"$cli" "$1"
echo
sleep 600
