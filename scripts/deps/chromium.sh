#!/usr/bin/env bash
# Installs headless Chromium (Debian package `chromium`) for the live page's browser test when missing; idempotent and quiet.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "chromium.sh: chromium missing and not root (no sudo); install Debian package 'chromium'" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! apt-cache show chromium >/dev/null 2>&1; then
  $SUDO apt-get update -qq >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >"$log" 2>&1 || { cat "$log" >&2; exit 1; }

command -v chromium >/dev/null 2>&1 || { echo "chromium.sh: chromium still missing after install" >&2; exit 1; }
