#!/usr/bin/env bash
# A 3-node OpenSearch cluster on loopback for the scale benchmark (docs/scale.md), not for production.
# The nodes come from the Maven-Central distribution that the tests use (integ-test-zip, in ~/.m2 after one
# `mvn verify`), run on $JAVA_HOME, each with HEAP of heap, under the unprivileged account `nobody` when
# started as root (OpenSearch refuses root).
#
#   scripts/opensearch-cluster.sh start [DIR]   # nodes n1-n3: HTTP 127.0.0.1:9250-9252, transport 9350-9352
#   scripts/opensearch-cluster.sh stop  [DIR]   # stops the nodes (SIGTERM), keeps their data under DIR
#   scripts/opensearch-cluster.sh kill  N [DIR] # SIGKILL of node N (1-3), as a crash would stop it
#
# Environment: HEAP (default 2g), NODES (default 3), HTTP_BASE (9250), TRANSPORT_BASE (9350),
# OPENSEARCH_VERSION (3.3.2), JAVA_HOME (a JDK 21+; default the java on PATH).
set -euo pipefail
cmd=${1:-start}
if [ "$cmd" = kill ]; then node=${2:?node number}; dir=${3:-/tmp/factdesk-opensearch-cluster}
else dir=${2:-/tmp/factdesk-opensearch-cluster}; fi
version=${OPENSEARCH_VERSION:-3.3.2}
heap=${HEAP:-2g}
nodes=${NODES:-3}
http_base=${HTTP_BASE:-9250}
transport_base=${TRANSPORT_BASE:-9350}
zip=${M2_REPO:-$HOME/.m2/repository}/org/opensearch/distribution/integ-test-zip/opensearch/$version/opensearch-$version.zip
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

as_node() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; else "$@"; fi; }

case "$cmd" in
start)
  [ -f "$zip" ] || { echo "No OpenSearch distribution at $zip: run 'mvn verify' once (it downloads it)." >&2; exit 1; }
  mkdir -p "$dir"
  [ -d "$dir/opensearch-$version" ] || unzip -q "$zip" -d "$dir"
  home=$dir/opensearch-$version
  seeds=""; managers=""
  for i in $(seq 1 "$nodes"); do
    seeds="$seeds${seeds:+,}127.0.0.1:$((transport_base + i - 1))"; managers="$managers${managers:+,}n$i"
  done
  for i in $(seq 1 "$nodes"); do
    n=$dir/n$i
    mkdir -p "$n/config" "$n/logs" "$n/data"
    cp -n "$home"/config/* "$n/config/" 2>/dev/null || true
    # the heap, and the GC log and crash files in the node's folder (the distribution's is not the node's)
    sed -i -e "s/^-Xms.*/-Xms$heap/" -e "s/^-Xmx.*/-Xmx$heap/" -e "s#file=logs/gc.log#file=$n/logs/gc.log#" \
        -e "s#-XX:HeapDumpPath=data#-XX:HeapDumpPath=$n/logs#" -e "s#-XX:ErrorFile=logs/#-XX:ErrorFile=$n/logs/#" \
        "$n/config/jvm.options"
    [ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$dir" && chmod 755 "$dir"
    ( cd "$n" && OPENSEARCH_JAVA_HOME=$java_home OPENSEARCH_PATH_CONF=$n/config HOME=$n \
        as_node bash "$home/bin/opensearch" -E cluster.name=factdesk-bench -E node.name=n$i \
        -E network.host=127.0.0.1 -E http.port=$((http_base + i - 1)) -E transport.port=$((transport_base + i - 1)) \
        -E discovery.seed_hosts="$seeds" -E cluster.initial_cluster_manager_nodes="$managers" \
        -E path.data="$n/data" -E path.logs="$n/logs" -E cluster.routing.allocation.disk.threshold_enabled=false \
        > "$n/console.log" 2>&1 & )
  done
  echo "waiting for $nodes nodes (heap $heap each) ..."
  for _ in $(seq 1 300); do
    if curl -fs "http://127.0.0.1:$http_base/_cluster/health?wait_for_nodes=$nodes&wait_for_status=green&timeout=1s" >/dev/null 2>&1; then
      curl -s "http://127.0.0.1:$http_base/_cat/nodes?v&h=name,heap.max,ip,port"
      # each node's own process id (the JVM's, not the launcher's), for stop and kill
      for i in $(seq 1 "$nodes"); do
        curl -s "http://127.0.0.1:$((http_base + i - 1))/_nodes/_local/process?filter_path=nodes.*.process.id" \
          | grep -o '"id":[0-9]*' | cut -d: -f2 > "$dir/n$i/pid"
      done
      echo "cluster green: --archive opensearch://127.0.0.1:$http_base/INDEX"; exit 0
    fi
    sleep 1
  done
  echo "the cluster did not get green in 300 s: see $dir/n*/console.log" >&2; exit 1 ;;
stop)
  for p in "$dir"/n*/pid; do [ -s "$p" ] && { kill "$(cat "$p")" 2>/dev/null || true; }; done ;;
kill)
  kill -KILL "$(cat "$dir/n$node/pid")" ;;
*) echo "usage: $0 start|stop [DIR] | kill N [DIR]" >&2; exit 2 ;;
esac
