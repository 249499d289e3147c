#!/usr/bin/env bash
# Builds this platform's installer, with its own Java runtime (docs/packaging.md):
#   Linux:   target/bizsync_<version>_<arch>.deb   (jpackage app image + dpkg-deb)
#   Windows: target/installer/BizSync-<version>.msi (jpackage + WiX 3, in Git Bash on Windows)
# The version is the POM's, as Maven wrote it into target/classes/bizsync/version.properties.
#
#   ./installer/build-installer.sh                        build (after mvn -q -DskipTests package)
#   ./installer/build-installer.sh --print-args linux|windows
#       prints the jpackage arguments for that system, one a line, and builds nothing
#       (InstallerConfigurationTest checks the Windows ones, which cannot be built here).
set -euo pipefail
cd "$(dirname "$0")/.."
product=installer/product.properties

prop() { sed -n "s/^$1=//p" "$2" | head -1; }

version() {
  local file=target/classes/bizsync/version.properties
  [ -f "$file" ] || { echo "Build first: mvn -q -DskipTests package" >&2; exit 2; }
  prop version "$file"
}

# The JVM options every launcher of that system gets, one a line.
java_options() {
  grep -v '^#' installer/java-options.txt | grep .
  # SQLite's native library is shipped in app/native and loaded from there: sqlite-jdbc would
  # otherwise unpack it into the temporary folder at each start (noexec /tmp, antivirus, AppLocker).
  echo '-Dorg.sqlite.lib.path=$APPDIR/native'
  case "$1" in
    linux) echo -Dorg.sqlite.lib.name=libsqlitejdbc.so ;;
    windows) echo -Dorg.sqlite.lib.name=sqlitejdbc.dll ;;
  esac
}

# « BizSync Console », the GUI launcher: jpackage replaces (does not extend) the main launcher's
# JVM options with a launcher's own, so they are all written here, plus the quick compiler.
console_launcher() {
  local file=target/installer-config/console-launcher.properties
  mkdir -p target/installer-config
  { cat installer/windows/console-launcher.properties
    echo "java-options=$( (java_options windows; echo -XX:TieredStopAtLevel=1) | paste -sd' ' -)"
  } > "$file"
  echo "$file"
}

# The jpackage arguments for linux or windows, one a line.
jpackage_args() {
  local os=$1 v=$2 option
  printf '%s\n' --name "$(prop name $product)" --app-version "$v" --vendor "$(prop vendor $product)" \
    --description "$(prop summary $product)" --copyright "Copyright (c) $(prop vendor $product)" \
    --runtime-image target/runtime --input target/app-libs --main-jar bizsync.jar \
    --main-class com.bizsync.cli.Main --dest target/installer
  java_options "$os" | while read -r option; do
    printf '%s\n' --java-options "$option"
  done
  case "$os" in
    linux)
      printf '%s\n' --type app-image --icon resources/brand/bizsync-icon-256.png ;;
    windows)
      # The main launcher, BizSync.exe, is console-mode: `bizsync publish` in a terminal prints
      # and returns its exit code. « BizSync Console » (GUI, no terminal) opens the console.
      printf '%s\n' --type msi --icon resources/brand/bizsync.ico --win-console \
        --add-launcher "BizSync Console=$(console_launcher)" \
        --win-menu --win-menu-group BizSync --install-dir BizSync \
        --license-file installer/LICENSE.txt \
        --win-upgrade-uuid "$(prop win-upgrade-uuid $product)" \
        --resource-dir installer/windows ;;
    *) echo "unknown system: $os (linux or windows)" >&2; exit 2 ;;
  esac
}

# target/app-libs: the application's jars (JavaFX is in the runtime) and SQLite's native library.
app_libs() {
  local os=$1 native
  rm -rf target/app-libs
  mkdir -p target/app-libs/native
  find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} target/app-libs/ \;
  cp target/bizsync.jar target/app-libs/
  case "$os-$(uname -m)" in
    linux-x86_64) native=org/sqlite/native/Linux/x86_64/libsqlitejdbc.so ;;
    linux-aarch64) native=org/sqlite/native/Linux/aarch64/libsqlitejdbc.so ;;
    windows-*) native=org/sqlite/native/Windows/x86_64/sqlitejdbc.dll ;;
  esac
  unzip -q -o -j target/lib/sqlite-jdbc-*.jar "$native" -d target/app-libs/native
  if [ "$os" = windows ]; then
    cp installer/windows/register-scheduler.ps1 target/app-libs/
  fi
}

if [ "${1:-}" = --print-args ]; then
  jpackage_args "${2:?linux or windows}" "$(version)"
  exit 0
fi

case "$(uname -s)" in
  Linux) os=linux ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "No installer for $(uname -s) yet: see docs/packaging.md" >&2; exit 2 ;;
esac
v=$(version)
[ -f target/bizsync.jar ] || { echo "Build first: mvn -q -DskipTests package" >&2; exit 2; }
[ -d target/runtime ] || ./jlink/build-runtime.sh
app_libs "$os"
mapfile -t args < <(jpackage_args "$os" "$v")
rm -rf target/installer
jpackage "${args[@]}"
if [ "$os" = windows ]; then
  echo "Installer: $(ls target/installer/*.msi)"
  exit 0
fi
# The same JVM options for /usr/bin/bizsync, which runs the runtime's java itself.
mkdir -p target/installer-config
java_options linux > target/installer-config/linux-java-options.txt
./installer/linux/build-deb.sh "$v" target/installer/BizSync target/installer-config/linux-java-options.txt
