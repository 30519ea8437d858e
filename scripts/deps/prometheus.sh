#!/usr/bin/env bash
# Installs promtool and prometheus (Debian package `prometheus`) when missing; idempotent and quiet.
set -euo pipefail
source "$(dirname "$0")/lib/apt.sh"

if command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1; then
  exit 0
fi
apt_install prometheus.sh prometheus
command -v promtool >/dev/null 2>&1 || { echo "prometheus.sh: promtool still missing after install" >&2; exit 1; }
