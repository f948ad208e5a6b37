#!/usr/bin/env bash
# Wall time of one-shot `vigil screen NAME` (JVM start, parse of the active lists, index build, one query) for one or
# more application jars, runs interleaved so that machine noise falls on all alike; prints each jar's times and median.
#   bench/scripts/startup-time.sh [--runs N] [--opts "JVM OPTIONS"] app/target/vigil.jar [OTHER.jar ...]
# Run it from a project root whose ./data holds the list store to load (the bundled lists on a fresh clone).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/.mvn/find-jdk.sh"
vigil_find_jdk
runs=5
opts="-Xshare:auto -XX:+UseSerialGC -XX:TieredStopAtLevel=1" # what ./vigil uses for a one-name screen
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --opts) opts="$2"; shift 2 ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || { echo "usage: $0 [--runs N] [--opts \"JVM OPTIONS\"] JAR [JAR ...]" >&2; exit 2; }
declare -A times
for ((r = 1; r <= runs; r++)); do
  for jar in "$@"; do
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    "$JAVA_HOME/bin/java" $opts -jar "$jar" screen "Hafiz Mohammad Sayeed" >/dev/null
    end=$(date +%s.%N)
    times[$jar]="${times[$jar]:-} $(echo "$end - $start" | bc)"
  done
done
echo "JVM options: $opts; $runs runs each; $(nproc) cores"
for jar in "$@"; do
  sorted=$(tr ' ' '\n' <<<"${times[$jar]}" | grep . | sort -n)
  median=$(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted")
  printf '%s: median %.2f s (%s)\n' "$jar" "$median" "$(tr '\n' ' ' <<<"$sorted" | sed 's/ $//')"
done
