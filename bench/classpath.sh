#!/usr/bin/env bash
# Compiles main and test classes (no tests run) and prints the bench classpath:
# target/test-classes, target/classes and the test-scope dependencies of the -Pbench profile.
set -euo pipefail
cd "$(dirname "$0")/.."
build() {
  "$@" test-compile -DskipTests >&2
  "$@" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2
}
# Offline when the local repository already has everything (fast); online on a fresh machine.
build ./mvnw -B -ntp -o -q -Pbench 2>/dev/null || build ./mvnw -B -ntp -q -Pbench
echo "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
