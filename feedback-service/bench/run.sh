#!/usr/bin/env bash
# Loads 1,000,000 feedback entries of 100,000 seekers into a database of its own (feedback_bench) on the
# real test PostgreSQL and times the rejection-reason report against the plain aggregate.
# Figures are printed and written to feedback-service/target/benchmark-feedback.md.
# Smaller: ENTRIES=20000 feedback-service/bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -pl feedback-service test -Dtest=RejectionReasonBenchmark -Dgroups=benchmark -DexcludedGroups=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.entries="${ENTRIES:-1000000}" ${SEEKERS:+-Dbench.seekers=$SEEKERS}
cat feedback-service/target/benchmark-feedback.md
