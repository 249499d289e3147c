#!/usr/bin/env bash
# Installs the .deb as an administrator would and checks it (run as root, by `mvn verify` after
# the package phase, or by hand after `mvn -q -DskipTests package`). With no Java on the PATH:
# `bizsync --version` (the POM's version), exit codes, `bizsync extract` on a demo company with
# an unusable temporary folder (SQLite's native library is shipped, not unpacked), `bizsync
# platform serve` answering on 127.0.0.1, the console's first window under Xvfb with its icon
# and window class, its class-data archive; `systemd-analyze verify` on the units; then remove
# (data kept) and purge (data gone). The package is always purged at the end.
# Outside CI a missing tool or root skips the test with what to install; under CI=true it fails.
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/deb-test
fail() { echo "test-deb: FAILED: $*" >&2; exit 1; }
missing() {
  if [ "${CI:-}" = true ]; then fail "CI=true but $1 is missing: .ci/install-test-deps must install it"; fi
  echo "test-deb: skipped, $1 is missing (sudo bash .ci/install-test-deps)"; exit 0
}
[ "$(id -u)" = 0 ] || missing "root (dpkg -i needs it)"
for tool in dpkg dpkg-deb jpackage jlink unzip Xvfb xprop xwininfo systemd-analyze curl python3 adduser; do
  command -v "$tool" >/dev/null || missing "$tool"
done
if dpkg -s bizsync >/dev/null 2>&1; then
  fail "a bizsync package is already installed on this machine: this test would replace it"
fi

pom_version=$(sed -n '/<artifactId>bizsync<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' pom.xml)
[ -n "$pom_version" ] || fail "no version in pom.xml"
echo "test-deb: building the package (version $pom_version from pom.xml)"
./installer/build-installer.sh
deb=target/bizsync_${pom_version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || fail "$deb was not built"

rm -rf "$work" && mkdir -p "$work"
work=$(cd "$work" && pwd)
display=""
cleanup() {
  [ -n "$display" ] && kill "$(cat "$work/xvfb.pid")" 2>/dev/null || true
  [ -f "$work/platform.pid" ] && kill "$(cat "$work/platform.pid")" 2>/dev/null || true
  dpkg --purge bizsync >/dev/null 2>&1 || true
}
trap cleanup EXIT

# ---- metadata
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = bizsync ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$pom_version" ] || fail "Version $(field Version), POM $pom_version"
for f in Maintainer Homepage Section Description Installed-Size; do
  [ -n "$(field $f)" ] || fail "no $f field"
done
# A headless server: nothing graphical is required, the console's libraries are recommended.
if field Depends | grep -q -E 'gtk|libx|libgl'; then fail "graphical Depends: $(field Depends)"; fi
field Recommends | grep -q libgtk-3-0 || fail "libgtk-3-0 not recommended: $(field Recommends)"

# ---- install
echo "test-deb: dpkg -i $deb"
dpkg -i "$deb" >"$work/dpkg-install.log" 2>&1 || { cat "$work/dpkg-install.log"; fail "dpkg -i"; }
getent passwd bizsync >/dev/null || fail "no system user bizsync"
[ "$(stat -c '%U:%G %a' /var/lib/bizsync)" = "root:bizsync 2770" ] || fail "/var/lib/bizsync: $(stat -c '%U:%G %a' /var/lib/bizsync)"
for file in /usr/bin/bizsync /usr/share/applications/bizsync.desktop /usr/share/icons/hicolor/256x256/apps/bizsync.png \
    /lib/systemd/system/bizsync-scheduler.service /lib/systemd/system/bizsync-platform.service \
    /usr/share/doc/bizsync/copyright /opt/bizsync/lib/app/native/libsqlitejdbc.so; do
  [ -e "$file" ] || fail "$file not installed"
done
manifest=$(unzip -p /opt/bizsync/lib/app/bizsync.jar META-INF/MANIFEST.MF | tr -d '\r')
echo "$manifest" | grep -qx "Implementation-Version: $pom_version" || fail "jar manifest: $manifest"

# ---- no Java on the PATH: only the few tools the launcher script uses
mkdir -p "$work/bin"
for tool in bash dirname mkdir rm mv env; do ln -s "$(command -v $tool)" "$work/bin/$tool"; done
run() { env -i PATH="$work/bin" HOME="$work/user" LANG=C.UTF-8 BIZSYNC_LANG=en ${EXTRA_ENV:-} /usr/bin/bizsync "$@"; }
env -i PATH="$work/bin" bash -c 'command -v java' && fail "java is on the test PATH"

out=$(run --version) || fail "bizsync --version exited $?"
[ "$out" = "BizSync $pom_version" ] || fail "bizsync --version printed '$out'"
echo "test-deb: bizsync --version -> $out"

status=0; run --home "$work/home" scheduler status >"$work/status.out" 2>&1 || status=$?
[ "$status" = 3 ] || fail "scheduler status exited $status (3: not running): $(cat "$work/status.out")"
status=0; run --home "$work/home" extract --db "$work/nowhere.db" >"$work/bad.out" 2>"$work/bad.err" || status=$?
[ "$status" != 0 ] && [ -s "$work/bad.err" ] || fail "extract of a missing file: exit $status, stderr '$(cat "$work/bad.err")'"
grep -q 'Exception\|\bat com\.' "$work/bad.err" && fail "a stack trace on the terminal: $(cat "$work/bad.err")"

# SQLite's library is loaded from /opt/bizsync: a temporary folder nobody can write (a path under
# a regular file, even root cannot create it) must not matter.
run --home "$work/home" demo-db --out "$work/demo" >/dev/null || fail "demo-db"
EXTRA_ENV="TMPDIR=/etc/hostname/tmp BIZSYNC_JAVA_OPTS=-Djava.io.tmpdir=/etc/hostname/tmp" \
  run --home "$work/home" extract --db "$work/demo/BIJOU.db" --as-of 2026-06-30 >"$work/extract.json" 2>"$work/extract.err" \
  || fail "extract with an unusable temporary folder: $(cat "$work/extract.err")"
python3 - "$work/extract.json" <<'PY' || fail "extract output"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["asOf"] == "2026-06-30", d["asOf"]
assert d["company"]["name"] == "Bijoux Lumière SARL", d["company"]
assert len(d["views"]) == 17, sorted(d["views"])
PY
[ -s "$work/user/.cache/bizsync/extract.jsa" ] || fail "extract kept no class-data archive in ~/.cache/bizsync"
EXTRA_ENV="TMPDIR=/etc/hostname/tmp BIZSYNC_JAVA_OPTS=-Djava.io.tmpdir=/etc/hostname/tmp" \
  run --home "$work/home" extract --db "$work/demo/BIJOU.db" --as-of 2026-06-30 >"$work/extract-again.json" 2>"$work/extract-again.err" \
  || fail "extract with its class-data archive: $(cat "$work/extract-again.err")"
cmp -s "$work/extract.json" "$work/extract-again.json" || fail "extract with its class-data archive printed other figures"
echo "test-deb: extract (17 views, temporary folder unusable, class-data archive kept and used) ok"
# The build folder's ./bizsync loads the library the build unpacked (target/sqlite-native) too.
TMPDIR=/etc/hostname/tmp BIZSYNC_JAVA_OPTS=-Djava.io.tmpdir=/etc/hostname/tmp BIZSYNC_HOME="$work/home" \
  ./bizsync extract --db "$work/demo/BIJOU.db" --as-of 2026-06-30 >"$work/extract-build.json" 2>"$work/extract-build.err" \
  || fail "./bizsync extract with an unusable temporary folder: $(cat "$work/extract-build.err")"
cmp -s "$work/extract.json" "$work/extract-build.json" || fail "./bizsync and the installed bizsync extract differently"
echo "test-deb: ./bizsync extract (temporary folder unusable) ok"

# ---- the platform on 127.0.0.1: the unit's own command, as the unit's user (what
# `systemctl enable --now bizsync-platform` runs; systemd itself does not run in this test)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
exec_start=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/bizsync-platform.service)
[ "$(sed -n 's/^User=//p' /lib/systemd/system/bizsync-platform.service)" = bizsync ] || fail "the platform's unit user"
# shellcheck disable=SC2086 # the unit's command line, split as systemd splits it
setpriv --reuid=bizsync --regid=bizsync --init-groups env -i PATH=/nonexistent HOME=/var/lib/bizsync LANG=C.UTF-8 \
  ${exec_start/\$BIZSYNC_PLATFORM_ARGS/--port $port} >"$work/platform.log" 2>&1 &
echo $! > "$work/platform.pid"
health=""
for _ in $(seq 120); do
  health=$(curl -s --max-time 2 "http://127.0.0.1:$port/api/v1/health" || true)
  [ -n "$health" ] && break
  sleep 0.5
done
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d=={"status":"ok","version":sys.argv[2]}, d' "$health" "$pom_version" \
  || fail "platform health: '$health' ($(tail -5 "$work/platform.log"))"
find /var/lib/bizsync/platform -mindepth 1 -user bizsync | grep -q . || fail "the platform wrote no data as bizsync"
kill "$(cat "$work/platform.pid")"; wait "$(cat "$work/platform.pid")" || true; rm -f "$work/platform.pid"
echo "test-deb: platform serve (the unit's command, as bizsync) answered $health"

# ---- the console's first window under Xvfb
for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }; done
Xvfb "$display" -screen 0 1280x1024x24 >/dev/null 2>&1 & echo $! > "$work/xvfb.pid"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
archive="$work/user/.cache/bizsync/console.jsa"
# A run that stops before any window leaves no archive behind.
run console --help >/dev/null || fail "console --help"
[ ! -e "$archive" ] || fail "console --help left a class-data archive: later starts would be slow"
for attempt in first second; do
  out=$(EXTRA_ENV="DISPLAY=$display" run --home "$work/home" console --exit-after-shown 2>"$work/console.err") \
    || fail "console ($attempt start): $(tail -5 "$work/console.err")"
  echo "$out" | grep -q '^first window shown [0-9]* ms' || fail "no first window: $out"
  echo "test-deb: $attempt start: $out"
  [ -s "$archive" ] || fail "no class-data archive after a start that showed the window"
done
# The window's icon and class, as the desktop sees them.
EXTRA_ENV="DISPLAY=$display" run --home "$work/home" console >"$work/console-long.log" 2>&1 &
console=$!
window=""
for _ in $(seq 300); do
  # No window manager on Xvfb: the console's window is a child of the root window, titled BizSync….
  window=$(DISPLAY=$display xwininfo -root -children 2>/dev/null | awk '/"BizSync/ {print $1; exit}')
  [ -n "$window" ] && DISPLAY=$display xprop -id "$window" _NET_WM_ICON 2>/dev/null | grep -q 'Icon (' && break
  sleep 0.2
done
[ -n "$window" ] || fail "no console window"
wm_class=$(DISPLAY=$display xprop -id "$window" WM_CLASS | sed 's/.*= "\([^"]*\)".*/\1/')
# GTK hands the window manager one of the stage's icons (the 128 px one): Java's cup otherwise.
icon=$(DISPLAY=$display xprop -id "$window" _NET_WM_ICON | grep -o 'Icon ([0-9]* x [0-9]*)' | head -1 || true)
kill $console; wait $console 2>/dev/null || true
grep -qx "StartupWMClass=$wm_class" /usr/share/applications/bizsync.desktop \
  || fail "window class $wm_class is not the desktop entry's StartupWMClass"
[ "$icon" = "Icon (128 x 128)" ] || fail "the window's icon: '$icon'"
echo "test-deb: console window class $wm_class, its icon $icon"

# ---- units
systemd-analyze verify /lib/systemd/system/bizsync-scheduler.service /lib/systemd/system/bizsync-platform.service \
  >"$work/verify.log" 2>&1 || fail "systemd-analyze verify: $(cat "$work/verify.log")"
grep -q 'bizsync' "$work/verify.log" && fail "systemd-analyze verify: $(cat "$work/verify.log")"
[ -L /etc/systemd/system/multi-user.target.wants/bizsync-scheduler.service ] || fail "the runner is not enabled"
[ ! -e /etc/systemd/system/multi-user.target.wants/bizsync-platform.service ] || fail "the platform is enabled"
echo "test-deb: units verified; runner enabled, platform off"

# ---- remove keeps the data, purge deletes it
run scheduler status >/dev/null 2>&1 || true   # the installation's home: settings and key made there
[ -f /var/lib/bizsync/secret.key ] || [ -f /var/lib/bizsync/settings.db ] || fail "nothing made in /var/lib/bizsync"
dpkg --remove bizsync >"$work/dpkg-remove.log" 2>&1 || fail "dpkg --remove: $(cat "$work/dpkg-remove.log")"
[ ! -e /usr/bin/bizsync ] && [ ! -e /opt/bizsync ] || fail "files left after remove"
[ -f /var/lib/bizsync/settings.db ] || fail "remove deleted the settings"
dpkg --purge bizsync >"$work/dpkg-purge.log" 2>&1 || fail "dpkg --purge: $(cat "$work/dpkg-purge.log")"
[ ! -e /var/lib/bizsync ] || fail "purge left /var/lib/bizsync"
[ ! -e /etc/default/bizsync-platform ] || fail "purge left /etc/default/bizsync-platform"
echo "test-deb: remove kept /var/lib/bizsync, purge deleted it"
echo "test-deb: OK ($deb: $(du -h "$deb" | cut -f1), installed $(( $(dpkg-deb -f "$deb" Installed-Size) / 1024 )) MB)"
