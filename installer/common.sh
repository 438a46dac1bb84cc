# Settings shared by the installer scripts.
APP_NAME="dx-outreach"
MAIN_CLASS="vn.dxoutreach.Launcher"
VENDOR="dx-outreach"
DESCRIPTION="Theo dõi truyền thông chuyển đổi số"
# the modules jdeps finds, those they need at run time, Vietnamese locale data and JavaFX
RUNTIME_MODULES="java.base,java.desktop,java.management,java.sql,java.logging,java.naming,java.xml,java.prefs,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec,javafx.base,javafx.graphics,javafx.controls,javafx.swing"
# A commune's PC has 4 GB shared with Windows, Word and a browser: a fixed small heap, and the serial
# collector, which keeps the resident set close to the heap in use (pom.xml's javafx:run and
# build-windows.ps1 use the same). The heap starts at 96 MB on every PC: left to itself the JVM starts
# at 1/64 of the memory, and the old garbage of a larger start is never collected, only kept resident
# (docs/decisions/0024).
JAVA_OPTIONS="-Dfile.encoding=UTF-8 -Xshare:auto -Xmx384m -Xms96m -Xmn32m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=160000"
JAVA_HOME_17="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"

app_version() {
  sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1
}

# where the launcher finds SQLite's native library ($1: the application folder)
sqlite_options() {
  echo "-Dorg.sqlite.lib.path=$1/native -Dorg.sqlite.lib.name=libsqlitejdbc.so"
}
