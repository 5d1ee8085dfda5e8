#!/usr/bin/env bash
# Loads 1,000,000 feedback entries of 100,000 seekers into a database of its own (feedback_bench) on the
# real test PostgreSQL and times the reports (rejection reasons, tags, feedback obtained; whole tenant,
# one coach, filtered) against the plain SQL aggregate on the same rows, in the same run.
# Figures are printed and written to feedback-service/target/benchmark-feedback.md.
# Works from a fresh clone: the reactor builds the sibling modules (-am), only the benchmark runs.
# Smaller: ENTRIES=20000 feedback-service/bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl feedback-service -am test -Dtest=RejectionReasonBenchmark -Dgroups=benchmark -DexcludedGroups=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.entries="${ENTRIES:-1000000}" ${SEEKERS:+-Dbench.seekers=$SEEKERS}
cat feedback-service/target/benchmark-feedback.md
