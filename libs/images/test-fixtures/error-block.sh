#!/bin/sh
# An error block for every path.
first=1
for p in "$@"; do
  [ "$first" -eq 1 ] || echo
  first=0
  printf '[%s]\nerror=simulated read failure\n' "$p"
done
exit 1
