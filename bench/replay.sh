#!/usr/bin/env bash
# Times `./wagewatch replay` on the big synthetic month against a bare single-threaded Jackson
# parse of the same files, both as whole processes (JVM start included).
# Usage: bench/replay.sh [projects] [workersPerProject]   (default 200 × 100, about 1 M records)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
projects="${1:-200}"
workers="${2:-100}"
city="$root/jobs/target/bench-city-$projects-$workers"

mvn -B -q -DskipTests install >/dev/null
mvn -B -q -pl jobs dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="jobs/target/test-classes:jobs/target/classes:$(cat jobs/target/bench.classpath)"
if [ ! -f "$city/attendance.jsonl" ]; then
  java -cp "$cp" org.wagewatch.jobs.bench.BigMonth "$city" "$projects" "$workers"
fi
du -sh "$city"

seconds() { date +%s.%N; }
t0=$(seconds)
java -cp "$cp" org.wagewatch.jobs.bench.JacksonParse "$city"
t1=$(seconds)
./wagewatch replay --feeds "$city" --as-of 2026-11-20T00:00:00+08:00 --alerts-out "$city.alerts.jsonl"
t2=$(seconds)
awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
  parse = b - a; replay = c - b;
  printf "jackson parse %.1f s, replay %.1f s, ratio %.2f (goal <= 3, then <= 2)\n", parse, replay, replay / parse }'
