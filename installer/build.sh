#!/usr/bin/env bash
# Builds FactDesk's installers with jpackage on a jlink runtime holding only the modules it needs.
#   installer/build.sh [app-image|deb|rpm|msi|dmg ...]   (default: app-image deb)
# Linux builds app-image, deb and rpm (rpm needs rpmbuild); Windows msi needs WiX; macOS dmg runs on a Mac.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
types=("$@"); [ ${#types[@]} -gt 0 ] || types=(app-image deb)
[ -f target/factdesk.jar ] || mvn -q -B -DskipTests package
out=target/installer
rm -rf "$out" && mkdir -p "$out/input"
cp target/factdesk.jar "$out/input/" && cp -r target/lib "$out/input/lib"
[ -f LICENSE ] || { echo "LICENSE missing" >&2; exit 1; }
"$JAVA_HOME/bin/jlink" --add-modules "$(cat installer/modules.txt)" --strip-debug --no-header-files \
  --no-man-pages --compress=zip-6 --output "$out/runtime"
echo "jlink runtime: $(du -sh "$out/runtime" | cut -f1)"
case "$(uname -s)" in
  Linux) osargs=@installer/linux.args ;;
  Darwin) osargs=@installer/mac.args ;;
  *) osargs=@installer/windows.args ;;
esac
for t in "${types[@]}"; do
  "$JAVA_HOME/bin/jpackage" --type "$t" @installer/common.args "$osargs" --runtime-image "$out/runtime" \
    --input "$out/input" --dest "$out"
done
ls -la "$out"
