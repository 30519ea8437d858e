#!/usr/bin/env bash
# Container health probe without curl/wget: GET a path on the local HTTP port, healthy on status 200.
set -euo pipefail
path="${1:-/health/ready}"
port="${HTTP_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "${path}" >&3
IFS= read -r -t 4 status_line <&3
exec 3<&-
[[ "${status_line}" =~ ^HTTP/[0-9.]+\ 200\  ]]
