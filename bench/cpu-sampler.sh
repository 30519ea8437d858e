#!/usr/bin/env bash
# Prints, once a second, the CPU of the end-to-end benchmark's two JVMs as % of one core:
# E2eBench (the broker, the load and the probe) and app.Main (the service), from /proc/<pid>/stat.
# Usage: bench/cpu-sampler.sh > cpu.log &  (then bench/e2e.sh ...; kill the sampler after)
set -u
declare -A last
hz=$(getconf CLK_TCK)
while true; do
  line="$(date +%H:%M:%S)"
  for p in $(pgrep -f 'io.jmsgerrors.bench.E2eBench|io.jmsgerrors.app.Main'); do
    read -r -a f < "/proc/$p/stat" 2>/dev/null || continue
    t=$(( ${f[13]} + ${f[14]} ))
    name=$(tr '\0' ' ' < "/proc/$p/cmdline" | grep -o 'E2eBench\|app.Main' | head -1)
    if [ -n "${last[$p]:-}" ]; then line="$line $name=$(( (t - ${last[$p]}) * 100 / hz ))"; fi
    last[$p]=$t
  done
  echo "$line"
  sleep 1
done
