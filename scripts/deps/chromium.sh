#!/usr/bin/env bash
# Installs headless Chromium (Debian package `chromium`, with CJK fonts for the page's Chinese text)
# for the live page's browser test when missing; idempotent and quiet.
set -euo pipefail
source "$(dirname "$0")/lib/apt.sh"

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
apt_install chromium.sh chromium fonts-noto-cjk
command -v chromium >/dev/null 2>&1 || { echo "chromium.sh: chromium still missing after install" >&2; exit 1; }
