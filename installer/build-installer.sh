#!/usr/bin/env bash
# Packages BizSync with its own runtime: an app image on Linux/macOS (default), or
# TYPE=msi|exe on Windows (jpackage cannot cross-build; JDK 17's jpackage needs WiX 3 on Windows).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/runtime ] || ./jlink/build-runtime.sh
type="${TYPE:-app-image}"
rm -rf target/installer target/app-libs
mkdir -p target/app-libs
# The runtime already holds JavaFX: everything else goes on the classpath.
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} target/app-libs/ \;
cp target/bizsync.jar target/app-libs/
jpackage --type "$type" --name BizSync --app-version 0.1.0 --vendor BizSync \
  --runtime-image target/runtime --input target/app-libs --main-jar bizsync.jar \
  --main-class com.bizsync.cli.Main --dest target/installer \
  --java-options '-Dfile.encoding=UTF-8' \
  --java-options '--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED' \
  --java-options '--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED' \
  --java-options '--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED' \
  --java-options '--add-exports=javafx.base/com.sun.javafx.collections=ALL-UNNAMED' \
  --java-options '--add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED' \
  --java-options '--add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED' \
  --java-options '--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED' \
  $( [ "$type" = msi ] || [ "$type" = exe ] && echo --win-menu --win-shortcut --win-dir-chooser )
echo "Package: target/installer"
