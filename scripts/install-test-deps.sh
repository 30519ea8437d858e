#!/usr/bin/env bash
# Installs the tools the tests run (promtool and prometheus, kubectl, docker-compose) when missing,
# by running every installer in scripts/deps/. The Maven build calls it before the tests.
set -euo pipefail
cd "$(dirname "$0")/deps"
for installer in *.sh; do
  bash "./$installer"
done
