#!/usr/bin/env python3
"""Inclusive share of CPU samples whose stack contains each given text, for threads whose name
contains THREAD. Usage: bench/jfr-areas.py RECORDING.jfr THREAD TEXT...
e.g. bench/jfr-areas.py e2e-service.jfr StreamThread LogParser.parse TotalsProcessor ThreadCache"""
import collections, re, subprocess, sys

path, thread, keys = sys.argv[1], sys.argv[2], sys.argv[3:]
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                     capture_output=True, text=True, check=True).stdout
hits, total = collections.Counter(), 0
for block in out.split("jdk.ExecutionSample {")[1:]:
    name = re.search(r'sampledThread = "([^"]*)"', block)
    if not name or thread not in name.group(1):
        continue
    total += 1
    for k in keys:
        if k in block:
            hits[k] += 1
print(f"{total} samples of threads containing {thread!r}")
for k in keys:
    print(f"{100.0 * hits[k] / max(total, 1):6.1f}%  {k}")
