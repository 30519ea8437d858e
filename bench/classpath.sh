#!/usr/bin/env bash
# Compiles main and test classes (no tests run) and prints the bench classpath:
# target/test-classes, target/classes and the test-scope dependencies of the -Pbench profile.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=(./mvnw -B -ntp -o -q -Pbench)
"${MVN[@]}" test-compile -DskipTests >&2
"${MVN[@]}" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2
echo "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
