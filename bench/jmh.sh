#!/usr/bin/env bash
# Runs the JMH benchmarks in src/test/java/io/jmsgerrors/bench (never run by ./mvnw verify).
# Arguments go to JMH, e.g.: bench/jmh.sh ParserBench -p lines=clean -prof gc -wi 2 -i 3 -f 1
set -euo pipefail
cd "$(dirname "$0")/.."
CP="$(bench/classpath.sh)"
if [ $# -eq 0 ]; then set -- -wi 2 -i 3 -f 1; fi
exec java -cp "$CP" org.openjdk.jmh.Main "$@"
