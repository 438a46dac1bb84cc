#!/usr/bin/env bash
# Builds the Linux installer: target/installer/dx-outreach_<version>_amd64.deb
#
#   installer/build-linux.sh
#
# Steps: package the jar; jlink a runtime from the JDK and the JavaFX jars (only the modules the
# application needs, Vietnamese and English locale data, JavaFX's native libraries copied in so
# nothing is extracted on first start); jpackage an application image; record an AppCDS archive by
# starting the image once under Xvfb; jpackage the .deb from that image.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh

./mvnw -q -DskipTests package
VERSION=$(app_version)
OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input/lib"

# the application's jars; JavaFX goes into the runtime as modules instead
cp target/dx-outreach.jar "$OUT/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$OUT/input/lib/" ;; esac
done

# SQLite's native library for this platform only, loaded from the install folder instead of being
# extracted to a temporary folder at every start; the jar copy keeps no natives (-12 MB)
SQLITE_JAR=$(ls "$OUT"/input/lib/sqlite-jdbc-*.jar)
mkdir -p "$OUT/input/native"
unzip -q -o -j "$SQLITE_JAR" 'org/sqlite/native/Linux/x86_64/libsqlitejdbc.so' -d "$OUT/input/native/"
zip -q -d "$SQLITE_JAR" 'org/sqlite/native/*' >/dev/null

echo "jlink: runtime with $RUNTIME_MODULES"
jlink --module-path "$JAVA_HOME_17/jmods:$(ls target/lib/javafx-*-linux.jar | tr '\n' ':')" \
  --add-modules "$RUNTIME_MODULES" --include-locales=en,vi \
  --generate-cds-archive --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$OUT/runtime"
# JavaFX would otherwise extract its native libraries to ~/.openjfx/cache on first start
for jar in target/lib/javafx-*-linux.jar; do
  unzip -q -o -j "$jar" '*.so' -d "$OUT/runtime/lib/" 2>/dev/null || true
done

echo "jpackage: application image"
jpackage --type app-image --dest "$OUT/image" --name "$APP_NAME" --app-version "$VERSION" \
  --input "$OUT/input" --main-jar dx-outreach.jar --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" --icon installer/icons/dx-outreach-256.png \
  --description "$DESCRIPTION" --vendor "$VENDOR" \
  --java-options "$JAVA_OPTIONS $(sqlite_options '$APPDIR') -XX:SharedArchiveFile=\$APPDIR/dx-outreach.jsa"

# The launcher's class path is the main jar alone: its manifest lists the libraries, and the
# AppCDS archive below is only used with the exact class path it was recorded with.
IMAGE="$OUT/image/$APP_NAME"
sed -i '/^app.classpath=\$APPDIR\/lib\//d' "$IMAGE/lib/app/$APP_NAME.cfg"

echo "jpackage: .deb"
jpackage --type deb --dest "$OUT" --app-image "$IMAGE" --name "$APP_NAME" --app-version "$VERSION" \
  --description "$DESCRIPTION" --vendor "$VENDOR" --icon installer/icons/dx-outreach-256.png \
  --linux-package-name dx-outreach --linux-app-category Office --linux-menu-group "Office" \
  --linux-shortcut --linux-deb-maintainer "support@dx-outreach.invalid"
DEB=$(ls "$OUT"/*.deb)

# On JDK 17 an AppCDS archive only serves the very files (path, size, time) it was recorded with:
# unpack the package, lay its files out where they will be installed, start the application once
# there under Xvfb to record the archive, and put the archive into the package. It starts on the
# demonstration data, so that the classes of Tổng quan with figures and charts are recorded too, not
# only those of the welcome screen of an empty folder (first screen 0.15–0.25 s sooner on data).
echo "AppCDS: recording the classes of one start at /opt/$APP_NAME"
INSTALLED="/opt/$APP_NAME"
if [ -e "$INSTALLED" ]; then
  echo "$INSTALLED exists (is the application installed?): uninstall it first" >&2
  exit 1
fi
STAGE="$OUT/deb-stage"
dpkg-deb -R "$DEB" "$STAGE"
cp -a "$STAGE$INSTALLED" "$INSTALLED"
CDS_DATA=$(mktemp -d)
"$INSTALLED/lib/runtime/bin/java" $JAVA_OPTIONS $(sqlite_options "$INSTALLED/lib/app") \
  -cp "$INSTALLED/lib/app/$APP_NAME.jar" "$MAIN_CLASS" --data-dir "$CDS_DATA" demo --until 2026-11-22 >/dev/null
xvfb-run -a -s "-screen 0 1280x800x24" "$INSTALLED/lib/runtime/bin/java" $JAVA_OPTIONS \
  $(sqlite_options "$INSTALLED/lib/app") -XX:ArchiveClassesAtExit="$INSTALLED/lib/app/$APP_NAME.jsa" \
  -cp "$INSTALLED/lib/app/$APP_NAME.jar" "$MAIN_CLASS" --data-dir "$CDS_DATA" smoke | grep -v '\[cds\]'
cp -p "$INSTALLED/lib/app/$APP_NAME.jsa" "$STAGE$INSTALLED/lib/app/"
rm -rf "$INSTALLED" "$CDS_DATA"
(cd "$STAGE" && md5sum "${INSTALLED#/}/lib/app/$APP_NAME.jsa") >> "$STAGE/DEBIAN/md5sums"

# jpackage's native Linux launcher asks the package manager which package owns it on every start
# (`rpm -qf`, `dpkg -S`, then `dpkg -L` to find its own libapplauncher.so; no jpackage option turns
# this off): the installed launcher is instead a shell script that starts the bundled Java with the
# options, class path and main class of the launcher's .cfg — the same command the AppCDS archive
# was recorded with (docs/decisions/0018-background-backup-and-quick-start.md).
installer/linux-launcher.sh "$STAGE$INSTALLED/lib/app/$APP_NAME.cfg" "$INSTALLED" > "$STAGE$INSTALLED/bin/$APP_NAME"
chmod 755 "$STAGE$INSTALLED/bin/$APP_NAME"
grep -v " ${INSTALLED#/}/bin/$APP_NAME\$" "$STAGE/DEBIAN/md5sums" > "$STAGE/md5sums.new"
(cd "$STAGE" && md5sum "${INSTALLED#/}/bin/$APP_NAME") >> "$STAGE/md5sums.new"
mv "$STAGE/md5sums.new" "$STAGE/DEBIAN/md5sums"
sed -i "s/^Installed-Size: .*/Installed-Size: $(du -sk "$STAGE$INSTALLED" | cut -f1)/" "$STAGE/DEBIAN/control"
dpkg-deb -Zxz -b "$STAGE" "$DEB" >/dev/null
rm -rf "$STAGE"

ls -l "$OUT"/*.deb
dpkg-deb -f "$DEB" Installed-Size | sed 's/^/installed size (KiB): /'
