#!/usr/bin/env bash
# Soak: runs the reliability ITs (crash, broker restart, scale-out, hostile input, cardinality,
# secrets) ROUNDS times with larger inputs, and prints one line per test and round with its
# result and duration. Usage: scripts/soak.sh [ROUNDS] [RECORDS]   (defaults: 5 rounds, 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
records="${2:-100000}"
./mvnw -B -ntp -o -q package -DskipTests
mkdir -p target/soak
for round in $(seq 1 "$rounds"); do
  log="target/soak/round-$round.log"
  ./mvnw -B -ntp -o failsafe:integration-test failsafe:verify \
    -Dit.test='io.jmsgerrors.reliability.*IT' \
    -Djmsg.it.crash.records="$records" -Djmsg.it.broker.records="$records" \
    -Djmsg.it.scale.records="$records" -Djmsg.it.hostile.records="$records" >"$log" 2>&1 || true
  grep -E 'Tests run: .* in io\.jmsgerrors\.reliability' "$log" \
    | sed -E "s/.*Tests run: [0-9]+, Failures: ([0-9]+), Errors: ([0-9]+).*Time elapsed: ([0-9.]+) s.* in io\.jmsgerrors\.reliability\.(.*)/round $round  \4  failures=\1 errors=\2  \3 s/"
  if grep -qE 'Tests run: .*(Failures: [1-9]|Errors: [1-9])' "$log"; then
    echo "round $round FAILED: see $log and target/child-logs" >&2
    exit 1
  fi
done
echo "soak: $rounds rounds of $records records passed"
