#!/usr/bin/env bash
# Builds a trimmed Java runtime with JavaFX for BizSync (target/runtime).
# The application itself stays on the classpath (non-modular); only the JDK and JavaFX modules are
# linked. JavaFX jmods are not on Maven Central, so the platform jars that Maven downloaded are
# linked instead, and their native libraries are copied into the runtime so that JavaFX does not
# unpack them into the user's home at first start.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/lib ] || { echo "Build first: mvn -q -DskipTests package" >&2; exit 2; }
rm -rf target/runtime target/fxmods
mkdir -p target/fxmods
cp target/lib/javafx-*-"$(./jlink/fx-classifier.sh)".jar target/fxmods/
modules=$(tr -d ' \n' < jlink/modules.txt)
jlink --module-path target/fxmods --add-modules "$modules" \
      --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
      --include-locales=fr,en --output target/runtime
# The JDK's own class-data archive (--generate-cds-archive) starts every command faster, and the
# console's archive (installer/console-cds.sh) is recorded on top of it. The variant for heaps
# over 32 GB (no compressed pointers) is of no use to BizSync: 10 MB less.
rm -f target/runtime/lib/server/classes_nocoops.jsa
native_dir=target/runtime/lib
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) native_dir=target/runtime/bin ;; esac
for jar in target/fxmods/*.jar; do
  unzip -q -o -j "$jar" '*.so' '*.dll' '*.dylib' -d "$native_dir" 2>/dev/null || true
done
echo "Runtime image: target/runtime ($(du -sh target/runtime | cut -f1))"
