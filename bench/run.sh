#!/usr/bin/env bash
# Runs a benchmark main class from the test sources: bench/run.sh decode|sink [args...]
# Benchmarks are kept out of `mvn verify`; figures go in the issue notes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
case "${1:-}" in
  decode) main=org.wagewatch.connectors.feed.DecodeBenchmark ;;
  sink) main=org.wagewatch.connectors.clickhouse.SinkBenchmark ;;
  drools) main=org.wagewatch.rules.bench.DroolsBenchmark ;;
  rules) main=org.wagewatch.rules.bench.RulesReplayBenchmark ;;
  replay) exec "$root/bench/replay.sh" "${@:2}" ;;
  *) echo "usage: bench/run.sh decode|sink|drools|rules|replay [args...]" >&2; exit 2 ;;
esac
module="${main#org.wagewatch.}"
module="${module%%.*}"
shift
mvn -B -q -pl "$module" -am install -DskipTests >/dev/null
mvn -B -q -pl "$module" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx4g -Dlog4j.configurationFile=log4j2-test.properties \
  -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")" "$main" "$@"
