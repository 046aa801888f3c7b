#!/usr/bin/env bash
# Builds FactDesk's installers with jpackage on a jlink runtime that holds only the modules it needs.
#
#   mvn -Pinstaller -DskipTests package          (runs this script after the jar is built)
#   installer/build.sh [app-image|deb|rpm|msi|exe|dmg|pkg ...]
#
# Default types: Linux app-image + deb (+ rpm where rpmbuild is installed), macOS app-image + dmg, Windows
# app-image + msi.
# rpm needs rpmbuild, msi/exe need WiX 3 or 4 on the PATH, dmg/pkg run on a Mac only.
# Steps: 1. jlink runtime (installer/modules.txt) -> target/installer/runtime
#        2. app-image (common.args + app.args + <os>.args) -> target/installer/FactDesk (launchers FactDesk, factdesk-cli;
#           on Linux as the script installer/linux/launcher.sh)
#        3. AOT cache: a training run of the app-image (FACTDESK_AOT=0 skips it; see docs/startup.md), then a check
#           that the packaged command line loads its native libraries (SQLite, ONNX encoders)
#        4. packages from that app-image (<os>-package.args) -> target/installer/*.deb ...
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
jdk=$JAVA_HOME/bin
case "$(uname -s)" in
  Linux) os=linux; defaults=(app-image deb); command -v rpmbuild >/dev/null && defaults+=(rpm) ;;
  Darwin) os=mac; defaults=(app-image dmg) ;;
  *) os=windows; defaults=(app-image msi) ;;
esac
types=("$@"); [ ${#types[@]} -gt 0 ] || types=("${defaults[@]}")

[ -f target/factdesk.jar ] && [ -d target/lib ] || mvn -q -B -DskipTests package
[ -f LICENSE ] || { echo "build.sh: LICENSE missing (the packages ship it)" >&2; exit 1; }
out=target/installer
case $os in
  mac) app="$out/FactDesk.app" ;;
  *) app="$out/FactDesk" ;;
esac
# FACTDESK_REUSE_IMAGE=1 repackages the existing app-image (when only the package configuration changed).
if [ "${FACTDESK_REUSE_IMAGE:-0}" = 1 ] && [ -d "$app" ]; then
  rm -f "$out"/*.deb "$out"/*.rpm "$out"/*.msi "$out"/*.exe "$out"/*.dmg "$out"/*.pkg
else
rm -rf "$out" && mkdir -p "$out/input/lib"
cp target/factdesk.jar "$out/input/"
# Only the runtime jars the manifest's Class-Path names (target/lib may hold stale ones from older builds).
for jar in $(unzip -p target/factdesk.jar META-INF/MANIFEST.MF | tr -d '\r' \
    | sed -n '/^Class-Path:/,/^[A-Z][A-Za-z-]*:/p' | sed -e 's/^Class-Path://' -e '/^[A-Z][A-Za-z-]*:/d' -e 's/^ //' \
    | tr -d '\n'); do
  cp "target/$jar" "$out/input/lib/"
done
# sqlite-jdbc's native library, extracted here once instead of into the temp folder on every start: the
# launchers pass -Dorg.sqlite.lib.path=$APPDIR/native (app.args); without the file sqlite-jdbc extracts as before.
case "$os/$(uname -m)" in
  linux/x86_64|linux/amd64) native=Linux/x86_64/libsqlitejdbc.so ;;
  linux/aarch64|linux/arm64) native=Linux/aarch64/libsqlitejdbc.so ;;
  mac/arm64) native=Mac/aarch64/libsqlitejdbc.dylib ;;
  mac/x86_64) native=Mac/x86_64/libsqlitejdbc.dylib ;;
  windows/*64) native=Windows/x86_64/sqlitejdbc.dll ;;
  *) native= ;;
esac
# Only this platform's native libraries in the packaged copies of the jars that ship every platform's (onnxruntime
# 93 MB -> 7 MB, the encoders' tokenizer, sqlite-jdbc, jna; StripNatives.java says which folder each keeps). target/lib
# keeps the full jars for the tests and `java -jar`. Step 2c below runs the packaged launcher on them.
"$jdk/java" installer/StripNatives.java "$out"/input/lib/*.jar
sqlite_jar=$(ls "$out"/input/lib/sqlite-jdbc-*.jar 2>/dev/null | head -1)
if [ -n "$native" ] && [ -n "$sqlite_jar" ]; then
  mkdir -p "$out/input/native"
  unzip -p "$sqlite_jar" "org/sqlite/native/$native" >"$out/input/native/${native##*/}"
fi
# JavaFX's native libraries beside its jars: JavaFX loads them from the jar's folder when they are there;
# otherwise it extracts them to ~/.openjfx/cache and hashes them at every start (0.1-0.3 s before the window).
# The jars' own copies of what lies beside them are then dropped (about 8 MB): JavaFX looks beside the jar first.
for fxjar in "$out"/input/lib/javafx-*-{linux,linux-aarch64,mac,mac-aarch64,win}.jar; do
  [ -f "$fxjar" ] || continue
  unzip -o -q -j "$fxjar" '*.so' '*.dylib' '*.dll' -d "$out/input/lib" 2>/dev/null || true
  "$jdk/java" installer/StripNatives.java --beside "$fxjar"
done
# Every packaged jar uncompressed: the package's compressor does better over them all (.deb: 25 MB less than over
# deflated jars; installed, the jars take about 60 MB more). Loading classes from them skips the inflating.
if [ "${FACTDESK_STORED_JARS:-1}" = 1 ]; then
  "$jdk/java" installer/StripNatives.java --store "$out"/input/factdesk.jar "$out"/input/lib/*.jar
fi

# 1. Runtime. The default CDS archive (--generate-cds-archive) speeds up every start. Its modules file stays
# uncompressed (zip-0): a .deb compresses it with xz far better than jlink's zip (27 MB zipped, 14 MB in the .deb).
modules=$(grep -v '^#' installer/modules.txt | grep -v '^ *$' | paste -sd, -)
"$jdk/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress="${FACTDESK_JLINK_COMPRESS:-zip-0}" --generate-cds-archive --output "$out/runtime"
echo "jlink runtime ($modules): $(du -sh "$out/runtime" | cut -f1)"

# 2. App-image.
"$jdk/jpackage" --type app-image @installer/common.args @installer/app.args @installer/$os.args \
  --runtime-image "$out/runtime" --input "$out/input" --dest "$out"
echo "app-image: $app ($(du -sh "$app" | cut -f1))"
# 2b. Linux: the launchers as a shell script that reads the same .cfg files (installer/linux/launcher.sh): jpackage's
# native launcher runs `rpm -qf` and `dpkg -S` on itself at every start, 0.2-0.6 s before the JVM starts.
# FACTDESK_NATIVE_LAUNCHER=1 keeps jpackage's.
if [ "$os" = linux ] && [ "${FACTDESK_NATIVE_LAUNCHER:-0}" != 1 ]; then
  for cfg in "$app"/lib/app/*.cfg; do
    install -m 755 installer/linux/launcher.sh "$app/bin/$(basename "$cfg" .cfg)"
  done
fi

# 3. AOT cache (JDK 25, JEP 483/514): trained here, loaded by the launchers through -XX:AOTCache.
if [ "${FACTDESK_AOT:-1}" = 1 ] && [ -x installer/train-aot.sh ]; then
  installer/train-aot.sh "$app" || echo "build.sh: AOT training failed; the app-image starts without a cache" >&2
fi
fi

# 2c. The stripped jars still load their native libraries: the packaged command line imports short documents (SQLite,
# the ONNX runtime and tokenizer with both encoders) and checks a claim against them (the re-ranker's E5). A package
# that would run without dense search or without its database is not built. FACTDESK_NATIVE_CHECK=0 skips it.
if [ "${FACTDESK_NATIVE_CHECK:-1}" = 1 ]; then
  case $os in
    mac) cli="$app/Contents/MacOS/factdesk-cli" ;;
    windows) cli="$app/factdesk-cli.exe" ;;
    *) cli="$app/bin/factdesk-cli" ;;
  esac
  check=$(mktemp -d)
  printf '%s\n' \
    '{"id":"c1","title":"Claim: the bridge closed in May","text":"The city said the old bridge closed to traffic in May for repairs."}' \
    '{"id":"c2","title":"Claim: 10,000 soldiers entered","text":"Officials said about 10,000 soldiers had crossed the border."}' \
    '{"id":"c3","title":"Claim: the treaty was ratified","text":"The parliament voted to ratify the treaty on Tuesday."}' >"$check/claims.jsonl"
  echo "Roughly ten thousand troops crossed the frontier, officials said." >"$check/claim.txt"
  if ! "$cli" --data-dir "$check/data" import-archive "$check/claims.jsonl" >"$check/import.log" 2>&1 \
      || ! grep -q 'compare meaning as well as words: 3 of 3' "$check/import.log" \
      || ! "$cli" --data-dir "$check/data" check --claims "$check/claim.txt" --format json >"$check/check.log" 2>&1 \
      || ! grep -q '"doc_id" : "c2"' "$check/check.log"; then
    echo "build.sh: the packaged app does not load its native libraries (installer/StripNatives.java):" >&2
    cat "$check/import.log" "$check/check.log" >&2 2>/dev/null
    rm -rf "$check"
    exit 1
  fi
  echo "native libraries: the packaged factdesk-cli imported with dense vectors (SQLite, ONNX runtime, tokenizer) and checked a claim"
  rm -rf "$check"
fi

# 4. Packages from the app-image (so they hold exactly what was tested above). jpackage takes the menu
# icons and desktop entries from the resource dir (without it a package built from an app-image gets Duke).
res="$out/$os-resources"
mkdir -p "$res"
[ -d "installer/$os" ] && cp -r "installer/$os/." "$res/"
# The AOT cache checks the jars' modification times, which jpackage does not keep: postinst sets them again.
jar_time=$(stat -c %Y "$app/lib/app/factdesk.jar" 2>/dev/null || stat -f %m "$app/Contents/app/factdesk.jar" 2>/dev/null || echo 0)
for script in "$res"/postinst "$res"/factdesk.spec; do
  [ -f "$script" ] && sed -i.bak "s/FACTDESK_JAR_TIME/$jar_time/g" "$script" && rm -f "$script.bak"
done
cp resources/icons/factdesk-256.png "$res/FactDesk.png"
cp resources/icons/factdesk-256.png "$res/factdesk-cli.png"
# dpkg-deb's xz at level 9 instead of 6: the jars and runtime are stored uncompressed for it (decision 70).
export DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-9}"
for t in "${types[@]}"; do
  [ "$t" = app-image ] && continue
  typeargs=(); [ -f "installer/$os-$t.args" ] && typeargs=("@installer/$os-$t.args") # e.g. dependencies' names
  "$jdk/jpackage" --type "$t" --app-image "$app" @installer/common.args @installer/$os-package.args \
    "${typeargs[@]}" --dest "$out"
done
for f in "$out"/*.deb "$out"/*.rpm "$out"/*.msi "$out"/*.exe "$out"/*.dmg "$out"/*.pkg; do
  [ -f "$f" ] && echo "package: $f ($(du -h "$f" | cut -f1))"
done
exit 0
