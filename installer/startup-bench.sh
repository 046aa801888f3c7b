#!/usr/bin/env bash
# Time from process start to the first shown window with the demo article (docs/startup.md).
#   installer/startup-bench.sh [RUNS]        (default 5; needs target/factdesk.jar and target/installer/FactDesk)
# Three ways of starting, RUNS times each, on one Xvfb display and one prepared data folder (demo installed,
# demo article last opened, so every run opens the workspace and shows the article as a user's start would):
#   plain     java -jar target/factdesk.jar                 (full JDK 25, its default CDS archive)
#   packaged  target/installer/FactDesk/bin/FactDesk        (jlink runtime and its CDS archive; a copy without the AOT cache)
#   aot       the same launcher with its AOT cache          (lib/app/factdesk.aot, trained by build.sh)
# Each run prints ui/StartupProbe's window-shown-ms and first-window-ms (ms since JVM start, from the JVM's
# own start time) and the process CPU time at that moment; the script prints the medians. Wall times depend on
# how loaded the machine is: CPU time is the steadier number to compare runs made at different times.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
app=target/installer/FactDesk
[ -f target/factdesk.jar ] || { echo "startup-bench.sh: build first: mvn -DskipTests package" >&2; exit 1; }
[ -x "$app/bin/FactDesk" ] || { echo "startup-bench.sh: build first: mvn -Pinstaller -DskipTests package" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "startup-bench.sh: needs Xvfb (apt-get install xvfb)" >&2; exit 1; }

work=$(mktemp -d)
disp=:$(( 500 + RANDOM % 400 ))
Xvfb "$disp" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=$disp
sleep 1
data=$work/data
jvm=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED)
probe=-Dfactdesk.exitAfterFirstWindow=true

# The workspace: demo installed and opened once (so that the demo article is the last opened one).
"$JAVA_HOME/bin/java" "${jvm[@]}" -jar target/factdesk.jar --data-dir "$data" demo >/dev/null 2>&1
"$JAVA_HOME/bin/java" "${jvm[@]}" $probe -jar target/factdesk.jar --data-dir "$data" workbench --demo \
  >/dev/null 2>&1

aot=$app/lib/app/factdesk.aot
# "packaged": a copy of the app-image without the AOT cache (its runtime's default CDS archive still applies).
plainapp=$work/FactDesk-no-aot
cp -a "$app" "$plainapp"
rm -f "$plainapp/lib/app/factdesk.aot"
sed -i '/-XX:AOTCache=/d' "$plainapp"/lib/app/*.cfg
# build.sh drops the runtime's default CDS archive when it adds the AOT cache; a plain package would have it.
"$plainapp/lib/runtime/bin/java" -Xshare:dump >/dev/null 2>&1 || true
run_once() { # $1 = plain|packaged|aot; prints "window-ms first-ms cpu-ms"
  local out
  case $1 in
    plain) out=$("$JAVA_HOME/bin/java" "${jvm[@]}" $probe -jar target/factdesk.jar --data-dir "$data" 2>&1) ;;
    packaged) out=$(JAVA_TOOL_OPTIONS="$probe" "$plainapp/bin/FactDesk" --data-dir "$data" 2>&1) ;;
    aot) out=$(JAVA_TOOL_OPTIONS="$probe" "$app/bin/FactDesk" --data-dir "$data" 2>&1) ;;
  esac
  local w f c
  w=$(echo "$out" | sed -n 's/^window-shown-ms=\([0-9]*\).*/\1/p')
  f=$(echo "$out" | sed -n 's/^first-window-ms=\([0-9]*\).*/\1/p')
  c=$(echo "$out" | sed -n 's/^first-window-ms=[0-9]* cpu-ms=\([0-9]*\).*/\1/p')
  if [ -z "$f" ]; then
    echo "startup-bench.sh: $1 run did not report a first window:" >&2
    echo "$out" | tail -5 >&2
    echo "- - -"
  else
    echo "$w $f $c"
  fi
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

configs=(plain packaged)
[ -s "$aot" ] && configs+=(aot) || echo "startup-bench.sh: no AOT cache in $aot (FACTDESK_AOT=0?); skipping aot" >&2
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
printf '%-9s %-28s %-28s %-28s\n' config "window shown ms (runs)" "article shown ms (runs)" "CPU ms at article (runs)"
for cfg in "${configs[@]}"; do
  : >"$work/$cfg"
  for _ in $(seq "$runs"); do run_once "$cfg" >>"$work/$cfg"; done
  ws=$(awk '$1!="-"{print $1}' "$work/$cfg"); fs=$(awk '$2!="-"{print $2}' "$work/$cfg"); cs=$(awk '$3!="-"{print $3}' "$work/$cfg")
  printf '%-9s %-28s %-28s %-28s\n' "$cfg" "$(echo "$ws" | median) ($(echo $ws))" "$(echo "$fs" | median) ($(echo $fs))" \
    "$(echo "$cs" | median) ($(echo $cs))"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
