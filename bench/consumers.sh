#!/usr/bin/env bash
# Event consumers (docs/benchmarks.md): one import of 10,000 applications published on a topic of its own,
# timed until every application has its reminders planned (reminder-service) and is projected
# (feedback-service) in batches; before it, in the same JVM, an import of 1,000 consumed with one transaction
# per event (the consumer before batches); the raw Kafka read of the same records is the floor. Runs on the
# test stack (started if needed). Other sizes: EVENTS=2000 BASELINE_EVENTS=500 bench/consumers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f reminder-service/target/benchmark-consumers.md feedback-service/target/benchmark-consumers.md
./mvnw -B -q -pl reminder-service,feedback-service -am test -Dtest=ConsumerBenchmark -Dgroups=benchmark \
  -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false -Dbench.events="${EVENTS:-10000}" \
  -Dbench.baseline-events="${BASELINE_EVENTS:-1000}"
echo "| consumer | import in batches | import, one event per transaction | batches / one-by-one (events/s) | raw Kafka read (floor) | batches as share of the floor |"
echo "|---|---:|---:|---:|---:|---:|"
cat reminder-service/target/benchmark-consumers.md feedback-service/target/benchmark-consumers.md
