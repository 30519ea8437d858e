#!/usr/bin/env bash
# End-to-end benchmark: broker + N records + ConsumerPerformance + the service (exactly-once).
# Arguments are key=value, e.g.: bench/e2e.sh records=1000000 latencySeconds=30
# Results: bench/results/e2e.json, the JFR recording of the service: bench/results/e2e-service.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
CP="$(bench/classpath.sh)"
exec java -Xmx3g -cp "$CP" io.jmsgerrors.bench.E2eBench "$@"
