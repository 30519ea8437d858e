#!/usr/bin/env bash
# Installs the tools of the deployment checks (src/test/java/io/jmsgerrors/deploy) from Debian
# packages when missing: kubectl with built-in kustomize, and docker-compose (promtool comes from
# prometheus.sh). Idempotent.
set -euo pipefail
source "$(dirname "$0")/lib/apt.sh"

have_kustomize() {
  command -v kubectl >/dev/null 2>&1 && kubectl kustomize --help >/dev/null 2>&1
}
have_compose() {
  { command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; } \
    || command -v docker-compose >/dev/null 2>&1
}

if ! have_kustomize; then
  # The machine image's kubectl (with kustomize v5) comes from an extra apt source; Debian's own
  # kubernetes-client (kubectl 1.20, kustomize v2) is the fallback: the kustomizations render with both.
  if apt_candidate kubectl; then apt_install deploy.sh kubectl; else apt_install deploy.sh kubernetes-client; fi
fi
have_compose || apt_install deploy.sh docker-compose

have_kustomize || { echo "deploy.sh: kubectl with a kustomize subcommand is still missing after install" >&2; exit 1; }
have_compose || { echo "deploy.sh: docker-compose still missing after install" >&2; exit 1; }
