#!/usr/bin/env bash
# Checks the Linux installer as a user would meet it: build the .deb (unless given one), install it,
# start the installed application under Xvfb (its `smoke` command must exit 0 and print its
# start-up time), check the menu entry, uninstall, and check the user's data survived.
#
#   installer/check-linux.sh [path/to/dx-outreach.deb]
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1; }
if ! need xvfb-run || ! need fakeroot || ! need unzip || ! ldconfig -p | grep -q libgtk-3; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    xvfb xauth fakeroot binutils unzip libgtk-3-0 libgl1 libxtst6 libxxf86vm1 xdg-utils >/dev/null
fi
# a minimal system lacks the folders xdg-utils writes menu entries into
mkdir -p /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications

DEB="${1:-}"
if [ -z "$DEB" ]; then
  installer/build-linux.sh
  DEB=$(ls target/installer/*.deb | head -1)
fi
echo "installer: $DEB ($(du -h "$DEB" | cut -f1))"

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$DEB" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq dx-outreach >/dev/null 2>&1 || true' EXIT
LAUNCHER=/opt/dx-outreach/bin/dx-outreach
test -x "$LAUNCHER"
# the launcher is the script that starts Java directly, not jpackage's one that asks dpkg and rpm first
head -1 "$LAUNCHER" | grep -q '^#!/bin/sh' || { echo "the launcher is not the start script"; exit 1; }
echo "installed size: $(du -sh /opt/dx-outreach | cut -f1)"
ls /usr/share/applications/ | grep -q dx-outreach || { echo "no menu entry"; exit 1; }

# a user of their own, as on a real PC: the data goes to their data folder, not the install folder
export HOME XDG_DATA_HOME
HOME=$(mktemp -d)
XDG_DATA_HOME="$HOME/.local/share"
"$LAUNCHER" demo --until 2026-11-22 >/dev/null
OUTPUT=$(xvfb-run -a -s "-screen 0 1280x800x24" "$LAUNCHER" smoke 2>&1)
echo "$OUTPUT"
echo "$OUTPUT" | grep -q '^startup-ms=[0-9]\+$'
echo "$OUTPUT" | grep -q '^first-screen-ms=[0-9]\+$'
if echo "$OUTPUT" | grep -q 'cds'; then echo "the AppCDS archive was not used"; exit 1; fi
if [ -d "$HOME/.openjfx" ]; then echo "JavaFX extracted its native libraries to ~/.openjfx"; exit 1; fi

DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq dx-outreach >/dev/null
trap - EXIT
test ! -e "$LAUNCHER"
test -s "$XDG_DATA_HOME/dx-outreach/dx-outreach.db" || { echo "the data folder did not survive the uninstall"; exit 1; }
echo "installer check passed: installed, started, uninstalled, data kept"
