#!/usr/bin/env bash
# Shared by the installers in scripts/deps: `apt_install NAME PACKAGE...` installs Debian packages
# quietly as root (or with passwordless sudo), running `apt-get update` once when the package lists
# do not know the packages yet; on failure it prints apt's output and fails naming NAME.

apt_install() {
  local name="$1"
  shift
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo -n"
    else
      echo "$name: missing and not root (no sudo); install the Debian packages: $*" >&2
      return 1
    fi
  fi
  local log
  log="$(mktemp)"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-cache show "$@" >/dev/null 2>&1; then
    $sudo apt-get update -qq >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; return 1; }
  fi
  $sudo apt-get install -y -qq --no-install-recommends "$@" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; return 1; }
  rm -f "$log"
}

# Whether Debian's package lists offer a package (after `apt-get update`).
apt_candidate() {
  apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2 }' | grep -qv '(none)'
}
