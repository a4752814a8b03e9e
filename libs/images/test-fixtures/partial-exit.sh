#!/bin/sh
# Real blocks for every path but the last, then a non-zero exit.
cli="$(dirname "$0")/../reference-cli/bin/zia-header"
n=$#
i=0
first=1
for p in "$@"; do
  i=$((i + 1))
  [ "$i" -eq "$n" ] && break
  [ "$first" -eq 1 ] || echo
  first=0
  "$cli" "$p"
done
exit 3
