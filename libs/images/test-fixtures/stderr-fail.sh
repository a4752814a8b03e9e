#!/bin/sh
echo "license expired" >&2
exit 2
