#!/usr/bin/env bash
# Time from process start to the first shown window with the demo article (docs/startup.md).
#   installer/startup-bench.sh [RUNS]        (default 5; needs target/factdesk.jar and target/installer/FactDesk)
# Three ways of starting, RUNS times each, on one Xvfb display and one prepared data folder (demo installed,
# demo article last opened, so every run opens the workspace and shows the article as a user's start would):
#   plain     java -jar target/factdesk.jar                 (full JDK 25, its default CDS archive)
#   packaged  target/installer/FactDesk/bin/FactDesk        (jlink runtime, its default CDS archive, the launcher's
#                                                            JVM options; a copy without the AOT cache)
#   aot       the same launcher with its AOT cache          (lib/app/factdesk.aot, trained by build.sh)
# Each run prints ui/StartupProbe's window-shown-ms, first-window-ms (the article's text laid out) and ready-ms
# (workspace open, claims listed), in ms since the script started the launcher, with the process CPU time
# (user+sys, all threads) at that moment; the script prints the medians and, in brackets, every run. Wall times
# depend on how loaded the machine is: CPU time is the steadier number to compare runs made at different times.
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

# The workspace: the demo workspace ($data/demo) set up and opened once (the demo article is the last opened one);
# the timed starts open it as a plain workspace.
"$JAVA_HOME/bin/java" "${jvm[@]}" -jar target/factdesk.jar --data-dir "$data" demo >/dev/null 2>&1
"$JAVA_HOME/bin/java" "${jvm[@]}" $probe -jar target/factdesk.jar --data-dir "$data" workbench --demo \
  >/dev/null 2>&1

aot=$app/lib/app/factdesk.aot
# "packaged": a copy of the app-image without the AOT cache (its runtime's default CDS archive still applies).
plainapp=$work/FactDesk-no-aot
cp -a "$app" "$plainapp"
rm -f "$plainapp/lib/app/factdesk.aot"
sed -i '/-XX:AOTCache=/d' "$plainapp"/lib/app/*.cfg
# App-images built before the window's launcher got its own cache had their default CDS archive removed.
ls "$plainapp"/lib/runtime/lib/server/classes*.jsa >/dev/null 2>&1 || "$plainapp/lib/runtime/bin/java" -Xshare:dump >/dev/null 2>&1 || true
run_once() { # $1 = plain|packaged|aot; prints "window-ms article-ms ready-ms cpu-at-article cpu-at-ready"
  local out launched
  # The probe counts from this moment (the launcher's own work included), not from what the process reports.
  launched=-Dfactdesk.launchedAt=$(date +%s%3N)
  case $1 in
    plain) out=$("$JAVA_HOME/bin/java" "${jvm[@]}" $probe $launched -jar target/factdesk.jar --data-dir "$data/demo" 2>&1) ;;
    packaged) out=$(JAVA_TOOL_OPTIONS="$probe $launched" "$plainapp/bin/FactDesk" --data-dir "$data/demo" 2>&1) ;;
    aot) out=$(JAVA_TOOL_OPTIONS="$probe $launched" "$app/bin/FactDesk" --data-dir "$data/demo" 2>&1) ;;
  esac
  local w f r c cr
  w=$(echo "$out" | sed -n 's/^window-shown-ms=\([0-9]*\).*/\1/p')
  f=$(echo "$out" | sed -n 's/^first-window-ms=\([0-9]*\).*/\1/p')
  c=$(echo "$out" | sed -n 's/^first-window-ms=[0-9]* cpu-ms=\([0-9]*\).*/\1/p')
  r=$(echo "$out" | sed -n 's/^ready-ms=\([0-9]*\).*/\1/p')
  cr=$(echo "$out" | sed -n 's/^ready-ms=[0-9]* cpu-ms=\([0-9]*\).*/\1/p')
  if [ -z "$f" ] || [ -z "$r" ]; then
    echo "startup-bench.sh: $1 run did not report a first window and a ready workspace:" >&2
    echo "$out" | tail -5 >&2
    echo "- - - - -"
  else
    echo "$w $f $r $c $cr"
  fi
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

configs=(plain packaged)
[ -s "$aot" ] && configs+=(aot) || echo "startup-bench.sh: no AOT cache in $aot (FACTDESK_AOT=0?); skipping aot" >&2
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
printf '%-9s %-24s %-24s %-24s %-24s %-24s\n' config "window shown ms" "article shown ms" "ready ms" \
  "CPU ms at article" "CPU ms at ready"
# The configurations take turns, so that a change of load on the machine touches all of them alike.
for cfg in "${configs[@]}"; do : >"$work/$cfg"; done
for _ in $(seq "$runs"); do
  for cfg in "${configs[@]}"; do run_once "$cfg" >>"$work/$cfg"; done
done
for cfg in "${configs[@]}"; do
  cols=()
  for k in 1 2 3 4 5; do
    vals=$(awk -v k=$k '$k!="-"{print $k}' "$work/$cfg")
    cols+=("$(echo "$vals" | median) ($(echo $vals))")
  done
  printf '%-9s %-24s %-24s %-24s %-24s %-24s\n' "$cfg" "${cols[@]}"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
