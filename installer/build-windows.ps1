# Builds the Windows installer: target\installer\dx-outreach-<version>.msi
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
#
# Needs: JDK 17 (JAVA_HOME, with jmods), WiX Toolset 3.x on PATH (candle.exe, light.exe).
# Per-user install (no administrator rights), Start-menu and desktop shortcuts, a fixed upgrade
# code so that a newer version replaces the older one. The user's data stays in %APPDATA%\dx-outreach.
#
# AppCDS: on JDK 17 an archive only serves files at the path it was recorded with, and a per-user
# install lands in the user's own folder, so the Windows package ships without one (start-up is
# ~1.2 s instead of ~0.8 s). Written with care but not run here: no Windows machine was available.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$AppName     = "dx-outreach"
$DisplayName = "Theo doi truyen thong chuyen doi so"   # MSI product name: ASCII for old Windows code pages
$MainClass   = "vn.dxoutreach.Launcher"
$UpgradeUuid = "6f0f5a52-3c1e-4d3b-9a57-2f4e0b9c7d11"   # never change: it links versions for upgrades
$Modules     = "java.base,java.desktop,java.management,java.sql,java.logging,java.naming,java.xml,java.prefs,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec,javafx.base,javafx.graphics,javafx.controls,javafx.swing"

& .\mvnw.cmd -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw "Maven build failed" }
$Version = ([xml](Get-Content pom.xml)).project.version   # numeric, as MSI requires (e.g. 1.0.0)

$Out = "target\installer"
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force "$Out\input\lib", "$Out\input\native" | Out-Null

# the application's jars; JavaFX goes into the runtime as modules instead
Copy-Item target\dx-outreach.jar "$Out\input\"
Get-ChildItem target\lib\*.jar | Where-Object { $_.Name -notlike "javafx-*" } |
    ForEach-Object { Copy-Item $_.FullName "$Out\input\lib\" }

# SQLite's native library for Windows x64, loaded from the install folder
Add-Type -AssemblyName System.IO.Compression.FileSystem
$SqliteJar = Get-ChildItem "$Out\input\lib\sqlite-jdbc-*.jar" | Select-Object -First 1
$zip = [System.IO.Compression.ZipFile]::OpenRead($SqliteJar.FullName)
$zip.Entries | Where-Object { $_.FullName -eq "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll" } |
    ForEach-Object { [System.IO.Compression.ZipFileExtensions]::ExtractToFile($_, "$Out\input\native\sqlitejdbc.dll", $true) }
$zip.Dispose()

# jlink: the JavaFX jars for Windows carry the classifier "win"
$FxJars = (Get-ChildItem target\lib\javafx-*-win.jar | ForEach-Object { $_.FullName }) -join ";"
if (-not $FxJars) { throw "No javafx-*-win.jar in target\lib: build on Windows so Maven picks the Windows JavaFX jars" }
& jlink --module-path "$env:JAVA_HOME\jmods;$FxJars" --add-modules $Modules --include-locales=en,vi `
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$Out\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }
# JavaFX would otherwise extract its DLLs to %USERPROFILE%\.openjfx\cache on first start
Get-ChildItem target\lib\javafx-*-win.jar | ForEach-Object {
    $jar = [System.IO.Compression.ZipFile]::OpenRead($_.FullName)
    $jar.Entries | Where-Object { $_.FullName -like "*.dll" } |
        ForEach-Object { [System.IO.Compression.ZipFileExtensions]::ExtractToFile($_, "$Out\runtime\bin\$($_.Name)", $true) }
    $jar.Dispose()
}

$JavaOptions = "-Dfile.encoding=UTF-8 -Xmx384m -Xms96m -Xmn32m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=160000 -Dorg.sqlite.lib.path=`$APPDIR\native -Dorg.sqlite.lib.name=sqlitejdbc.dll"
& jpackage --type msi --dest $Out --name $AppName --app-version $Version `
    --input "$Out\input" --main-jar dx-outreach.jar --main-class $MainClass `
    --runtime-image "$Out\runtime" --icon installer\icons\dx-outreach.ico `
    --description "Theo doi truyen thong chuyen doi so" --vendor $AppName `
    --java-options $JavaOptions `
    --win-per-user-install --win-dir-chooser --win-shortcut --win-shortcut-prompt --win-menu `
    --win-menu-group $DisplayName --win-upgrade-uuid $UpgradeUuid
if ($LASTEXITCODE -ne 0) { throw "jpackage failed (is WiX 3 on PATH?)" }
Get-ChildItem "$Out\*.msi" | Format-Table Name, Length
