#!/usr/bin/env bash
# Makes target/bizsync_<version>_<arch>.deb from the jpackage app image (build-installer.sh runs it).
# dpkg-deb rather than jpackage --type deb: the package puts files outside /opt (the command in
# /usr/bin, the desktop entry, the icons, the systemd units, /etc/default), which dpkg then owns
# and removes; jpackage's .deb can only install under its own folder.
#   build-deb.sh VERSION APP_IMAGE JAVA_OPTIONS_FILE (the launchers' JVM options, $APPDIR for lib/app)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$1
image=$2
java_options=$3
here=installer/linux
product=installer/product.properties
prop() { sed -n "s/^$1=//p" "$product" | head -1; }
arch=$(dpkg --print-architecture)
deb=target/bizsync_${version}_${arch}.deb
root=target/deb/root
rm -rf target/deb "$deb"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/lib/systemd/system" "$root/etc/default" "$root/usr/share/doc/bizsync"

cp -a "$image" "$root/opt/bizsync"
app="$root/opt/bizsync/lib"
cp installer/console-cds.sh "$app/console-cds.sh"
# The JVM options of /usr/bin/bizsync, as a java @argument file: the same options as jpackage's
# launcher (SQLite's shipped native library among them), then the class path.
{
  sed 's|\$APPDIR|/opt/bizsync/lib/app|g' "$java_options"
  echo "-cp"
  # The application's jar first, as ./bizsync and jpackage's launcher have it.
  (cd "$app/app" && { echo bizsync.jar; ls *.jar | grep -vx bizsync.jar | sort; } | sed 's|^|/opt/bizsync/lib/app/|' | paste -sd: -)
} > "$app/app/bizsync.jvm"
install -m 755 "$here/bizsync" "$root/usr/bin/bizsync"

# JavaFX names the window's class after the Application class (checked with xprop): the desktop
# entry's StartupWMClass matches it, so the task bar groups the window under the entry's icon.
sed 's/@WMCLASS@/com.bizsync.ui.BizSyncApp/' "$here/bizsync.desktop" > "$root/usr/share/applications/bizsync.desktop"
for png in resources/brand/bizsync-icon-[0-9]*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/bizsync.png"
done
install -D -m 644 resources/brand/bizsync-icon.svg "$root/usr/share/icons/hicolor/scalable/apps/bizsync.svg"

install -m 644 "$here/bizsync-scheduler.service" "$here/bizsync-platform.service" "$root/lib/systemd/system/"
install -m 644 "$here/bizsync-platform.default" "$root/etc/default/bizsync-platform"
echo /etc/default/bizsync-platform > "$root/DEBIAN/conffiles"

sed "s|@HOMEPAGE@|$(prop homepage)|" "$here/copyright" > "$root/usr/share/doc/bizsync/copyright"
cp installer/LICENSE.txt installer/THIRD-PARTY.txt docs/*.md "$root/usr/share/doc/bizsync/"

for script in postinst prerm postrm; do
  install -m 755 "$here/$script" "$root/DEBIAN/$script"
done
chmod -R u+rwX,go+rX,go-w "$root"
installed=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$arch|" -e "s|@MAINTAINER@|$(prop maintainer)|" \
  -e "s|@HOMEPAGE@|$(prop homepage)|" -e "s|@SUMMARY@|$(prop summary)|" -e "s|@INSTALLED_SIZE@|$installed|" \
  "$here/control" > "$root/DEBIAN/control"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "Package: $deb ($(du -h "$deb" | cut -f1); installed $((installed / 1024)) MB)"
