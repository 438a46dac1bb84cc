#!/usr/bin/env bash
# Writes the installed application's launcher script to standard output, from the .cfg that jpackage
# wrote for its native launcher: the bundled Java, the same Java options ($APPDIR replaced by the
# install folder), class path and main class.
#
#   installer/linux-launcher.sh path/to/dx-outreach.cfg /opt/dx-outreach > bin/dx-outreach
set -euo pipefail
CFG="$1"
INSTALLED="$2"
APPDIR="$INSTALLED/lib/app"
value() { sed -n "s/^$1=//p" "$CFG" | sed "s#\\\$APPDIR#$APPDIR#g"; }
MAIN=$(value app.mainclass | head -1)
CLASSPATH=$(value app.classpath | paste -sd:)
if [ -z "$MAIN" ] || [ -z "$CLASSPATH" ]; then
  echo "linux-launcher.sh: no main class or class path in $CFG" >&2
  exit 1
fi
printf '#!/bin/sh\n'
printf '# Starts Theo doi truyen thong chuyen doi so with its bundled Java (written by installer/linux-launcher.sh).\n'
printf 'exec "%s/lib/runtime/bin/java"' "$INSTALLED"
while IFS= read -r option; do
  printf " '%s'" "$option"
done < <(value java-options)
printf " -cp '%s' '%s' \"\$@\"\n" "$CLASSPATH" "$MAIN"
