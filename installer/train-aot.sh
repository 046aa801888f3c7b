#!/usr/bin/env bash
# Trains a JDK 25 AOT cache (JEP 483/514) for a FactDesk app-image and points its launchers at it.
#   installer/train-aot.sh target/installer/FactDesk        (build.sh runs it; FACTDESK_AOT=0 skips it)
# The training run is the first start of a fresh install: the workbench opens the demo workspace under Xvfb
# (first frame with the seed article, then installing the demo: archive import, claim extraction, SQLite,
# Lucene, the claim list) and exits once the workspace is ready (-Dfactdesk.exitAfterFirstWindow=true,
# ui/StartupProbe). The JVM then writes the classes it loaded and linked (with their lambdas, as the window's
# launcher has no --add-modules: the full module graph is archived) and their profiles into
# lib/app/factdesk.aot; the window's launcher loads it with -XX:AOTCache.
# The cache is only valid for this runtime and these jars: rebuild it whenever either changes (build.sh does).
set -euo pipefail
app=${1:?usage: train-aot.sh APP-IMAGE-FOLDER}
case "$(uname -s)" in
  Darwin) appdir="$app/Contents/app"; launcher="$app/Contents/MacOS/FactDesk"; cli="$app/Contents/MacOS/factdesk-cli" ;;
  Linux) appdir="$app/lib/app"; launcher="$app/bin/FactDesk"; cli="$app/bin/factdesk-cli" ;;
  *) appdir="$app/app"; launcher="$app/FactDesk.exe"; cli="$app/factdesk-cli.exe" ;;
esac
cache="$appdir/factdesk.aot"
run=(timeout 600 "$launcher")
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "train-aot.sh: no DISPLAY and no xvfb-run (apt-get install xvfb); no AOT cache" >&2; exit 1; }
  run=(timeout 600 xvfb-run -a "$launcher")
fi
data=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$data" "$log"' EXIT
rm -f "$cache"
# The cache records each jar's modification time and is refused if one differs. jpackage does not keep the
# times when it copies the app-image into a package, so the jars get one fixed time here (whole seconds, which
# survive tar and dpkg) and the package's postinst sets it again (build.sh puts it in the script).
jar_time=$(date -u +%s)
find "$appdir" -name '*.jar' -exec touch -d "@$jar_time" {} +
start=$(date +%s)
JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache -Dfactdesk.exitAfterFirstWindow=true" \
  "${run[@]}" --data-dir "$data" workbench --demo >"$log" 2>&1 || true
if [ ! -s "$cache" ] || ! grep -q '^ready-ms=' "$log"; then
  echo "train-aot.sh: the training run did not reach a ready workspace; no AOT cache. Its output:" >&2
  tail -20 "$log" >&2
  rm -f "$cache"
  exit 1
fi
# This cache is for the window's launcher: it holds its module options, and the command-line launcher's differ
# (--add-modules jdk.incubator.vector), with which the JVM refuses the whole cache; the command line gets its own
# below. The copy of the default CDS archive for heaps over 32 GB, without compressed oops, is dropped: 14 MB.
rm -f "$app"/lib/runtime/lib/server/classes_nocoops.jsa
for cfg in "$appdir"/FactDesk.cfg; do
  grep -q -- '-XX:AOTCache=' "$cfg" || sed -i.bak '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/factdesk.aot' "$cfg"
  rm -f "$cfg.bak"
done
echo "AOT cache: $cache ($(du -h "$cache" | cut -f1), trained in $(( $(date +%s) - start )) s)"

# The command-line launcher gets a cache of its own, trained with its own module options (decision 42): a batch
# `check` on the demo workspace the window run just set up ($data/demo), which loads what a `check` loads (picocli,
# SQLite, Lucene, the claim finder's models, the evidence search, the relevance model, JSON output).
cli_cache="$appdir/factdesk-cli.aot"
rm -f "$cli_cache"
printf '%s\n' "About 10,000 North Korean soldiers have entered Russia." \
  "The Federation Council must vote on the ratification of the treaty." >"$data/claims.txt"
cli_start=$(date +%s)
if [ -x "$cli" ] && [ -d "$data/demo" ]; then
  JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cli_cache" timeout 300 "$cli" --data-dir "$data/demo" check --claims \
    "$data/claims.txt" >"$log" 2>&1 || true
fi
if [ -s "$cli_cache" ]; then
  for cfg in "$appdir"/factdesk-cli.cfg; do
    grep -q -- '-XX:AOTCache=' "$cfg" || sed -i.bak '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/factdesk-cli.aot' "$cfg"
    rm -f "$cfg.bak"
  done
  echo "AOT cache for the command line: $cli_cache ($(du -h "$cli_cache" | cut -f1), trained in $(( $(date +%s) - cli_start )) s)"
else
  echo "train-aot.sh: the command line's training run made no cache; factdesk-cli starts without one. Its output:" >&2
  tail -20 "$log" >&2
fi
