#!/bin/sh
# Real blocks until a path containing CRASH, then dies on SIGSEGV.
cli="$(dirname "$0")/../reference-cli/bin/zia-header"
first=1
for p in "$@"; do
  case "$p" in
    *CRASH*) kill -SEGV $$ ;;
  esac
  [ "$first" -eq 1 ] || echo
  first=0
  "$cli" "$p"
done
exit 0
