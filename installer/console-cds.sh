# Sourced by the launchers (./bizsync, /usr/bin/bizsync): starts the console with its class-data
# archive (AppCDS) and the quick C1 compiler (docs/startup.md).
#
# bizsync_console ARCHIVE JAR JAVA ARGS...
#   Uses ARCHIVE when it is newer than JAR. Otherwise this run records one, and keeps it only if
#   the console showed its first window (it then creates the file named by -Dbizsync.windowShownFile):
#   an archive from a run that stopped earlier (--help, no display, a failure) lacks the classes
#   of the window, and every later start would be slow with it.
bizsync_console() {
  local jsa=$1 jar=$2 java=$3
  shift 3
  local quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off)
  if [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ]; then
    exec "$java" -XX:SharedArchiveFile="$jsa" "${quiet[@]}" -XX:TieredStopAtLevel=1 "$@"
  fi
  local folder
  folder=$(dirname "$jsa")
  if ! mkdir -p "$folder" 2>/dev/null || [ ! -w "$folder" ]; then
    exec "$java" -XX:TieredStopAtLevel=1 "$@"
  fi
  rm -f "$jsa"
  local draft="$jsa.$$.draft" shown="$jsa.$$.shown" status=0
  # shellcheck disable=SC2064 # the names are fixed now: the function's variables are gone at exit
  trap "rm -f '$draft' '$shown'" EXIT
  "$java" -XX:ArchiveClassesAtExit="$draft" "${quiet[@]}" -Dbizsync.windowShownFile="$shown" \
    -XX:TieredStopAtLevel=1 "$@" || status=$?
  if [ -f "$shown" ] && [ -s "$draft" ]; then
    mv -f "$draft" "$jsa"
  fi
  return "$status"
}

# bizsync_extract ARCHIVE JAR JAVA ARGS...
#   `bizsync extract` (docs/views.md): ARCHIVE when newer than JAR, else this run records one and
#   keeps it if the extraction succeeded; C1 only and the serial GC, since the command reads a
#   few big tables once (C2 would compile the loops after most rows were read).
bizsync_extract() {
  local jsa=$1 jar=$2 java=$3
  shift 3
  local quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off) oneshot=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
  if [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ]; then
    exec "$java" -XX:SharedArchiveFile="$jsa" "${quiet[@]}" "${oneshot[@]}" "$@"
  fi
  local folder
  folder=$(dirname "$jsa")
  if ! mkdir -p "$folder" 2>/dev/null || [ ! -w "$folder" ]; then
    exec "$java" "${oneshot[@]}" "$@"
  fi
  rm -f "$jsa"
  local draft="$jsa.$$.draft" status=0
  # shellcheck disable=SC2064 # the name is fixed now: the function's variables are gone at exit
  trap "rm -f '$draft'" EXIT
  "$java" -XX:ArchiveClassesAtExit="$draft" "${quiet[@]}" "${oneshot[@]}" "$@" || status=$?
  if [ "$status" = 0 ] && [ -s "$draft" ]; then
    mv -f "$draft" "$jsa"
  fi
  return "$status"
}

# The subcommand: the first argument that is not an option (--home takes a value); "help" for
# --help and --version before any subcommand, which open no window.
bizsync_command() {
  local skip=0 arg
  for arg in "$@"; do
    if [ "$skip" = 1 ]; then skip=0; continue; fi
    case "$arg" in
      --home) skip=1 ;;
      -h|--help|-V|--version) echo help; return ;;
      -*) ;;
      *) echo "$arg"; return ;;
    esac
  done
}
