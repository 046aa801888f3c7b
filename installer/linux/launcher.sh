#!/bin/sh
# FactDesk's launchers on Linux (bin/FactDesk, bin/factdesk-cli; installer/build.sh puts this script in place
# of jpackage's native launchers). It does what they do: reads lib/app/<launcher>.cfg, written by jpackage
# (class path, main class, JVM options, default arguments; $APPDIR is lib/app) and starts the bundled runtime.
# Why: jpackage's native launcher asks the package managers who owns it (`rpm -qf`, then `dpkg -S`, which
# reads every installed package's file list) on every start, before it creates the JVM: 0.2-0.3 s here
# (docs/startup.md). A script costs a few ms.
self=$(readlink -f -- "$0") || self=$0
name=${self##*/}
root=${self%/*}
root=${root%/*}
APPDIR=$root/lib/app
cfg=$APPDIR/$name.cfg
[ -r "$cfg" ] || { echo "$name: $cfg is missing; reinstall FactDesk" >&2; exit 1; }

expand() { # $APPDIR in a cfg value -> the folder
  rest=$1 out=
  while :; do
    case $rest in
      *'$APPDIR'*) out=$out${rest%%'$APPDIR'*}$APPDIR; rest=${rest#*'$APPDIR'} ;;
      *) out=$out$rest; break ;;
    esac
  done
}

# The JVM options go after the user's arguments, which are then rotated to the end (POSIX sh has no arrays).
nargs=$#
cp= main= section=
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    '['*']') section=$line ;;
    app.classpath=*) expand "${line#app.classpath=}"; cp=${cp:+$cp:}$out ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) expand "${line#java-options=}"; set -- "$@" "$out" ;;
  esac
done <"$cfg"
set -- "$@" -cp "$cp" "$main"
i=0
while [ $i -lt $nargs ]; do
  set -- "$@" "$1"
  shift
  i=$((i + 1))
done
if [ $nargs -eq 0 ]; then # the launcher's default arguments ([ArgOptions])
  section=
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      '['*']') section=$line ;;
      arguments=*) [ "$section" = '[ArgOptions]' ] && { expand "${line#arguments=}"; set -- "$@" "$out"; } ;;
    esac
  done <"$cfg"
fi
exec "$root/lib/runtime/bin/java" "$@"
