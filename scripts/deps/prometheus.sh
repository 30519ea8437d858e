#!/usr/bin/env bash
# Installs promtool and prometheus (Debian package `prometheus`) when missing; idempotent and quiet.
set -euo pipefail

if command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "prometheus.sh: promtool missing and not root (no sudo); install Debian package 'prometheus'" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! apt-cache show prometheus >/dev/null 2>&1; then
  $SUDO apt-get update -qq >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
$SUDO apt-get install -y -qq --no-install-recommends prometheus >"$log" 2>&1 || { cat "$log" >&2; exit 1; }

command -v promtool >/dev/null 2>&1 || { echo "prometheus.sh: promtool still missing after install" >&2; exit 1; }
