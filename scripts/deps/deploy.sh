#!/usr/bin/env bash
# Installs the tools of the deployment checks (src/test/java/io/jmsgerrors/deploy) from Debian
# packages when missing: kubectl with built-in kustomize, docker-compose, promtool. Idempotent.
set -euo pipefail

have_kustomize() {
  command -v kubectl >/dev/null 2>&1 && kubectl kustomize --help >/dev/null 2>&1
}
have_compose() {
  { command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; } \
    || command -v docker-compose >/dev/null 2>&1
}
have_promtool() {
  command -v promtool >/dev/null 2>&1
}

if have_kustomize && have_compose && have_promtool && command -v bash >/dev/null 2>&1; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "deploy.sh: tools missing and not root (no sudo); install Debian packages kubernetes-client docker-compose prometheus" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
apt_install() {
  $SUDO apt-get install -y -qq --no-install-recommends "$@" >"$log" 2>&1 || { cat "$log" >&2; return 1; }
}
candidate() {
  apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2 }' | grep -qv '(none)'
}

if ! apt-cache show docker-compose >/dev/null 2>&1; then
  $SUDO apt-get update -qq >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi

if ! have_kustomize; then
  # The machine image's kubectl (with kustomize v5) comes from an extra apt source; Debian's own
  # kubernetes-client (kubectl 1.20, kustomize v2) is the fallback: the kustomizations render with both.
  if candidate kubectl; then apt_install kubectl; else apt_install kubernetes-client; fi
fi
have_compose || apt_install docker-compose
have_promtool || apt_install prometheus

for tool in kubectl promtool bash; do
  command -v "$tool" >/dev/null 2>&1 || { echo "deploy.sh: $tool still missing after install" >&2; exit 1; }
done
have_kustomize || { echo "deploy.sh: kubectl has no kustomize subcommand" >&2; exit 1; }
have_compose || { echo "deploy.sh: docker-compose still missing after install" >&2; exit 1; }
