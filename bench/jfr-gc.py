#!/usr/bin/env python3
"""GC and allocation summary of a JFR recording: collections, total pause, sampled allocation by
the first frame in io.jmsgerrors (or the allocating frame). Usage: bench/jfr-gc.py RECORDING.jfr"""
import collections, re, subprocess, sys

def jfr(path, event, depth=20):
    return subprocess.run(["jfr", "print", "--events", event, "--stack-depth", str(depth), path],
                          capture_output=True, text=True, check=True).stdout

UNITS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}
BYTES = {"bytes": 1, "byte": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}
path = sys.argv[1]
pauses = [float(v) * UNITS[u] for v, u in re.findall(r"sumOfPauses = ([\d.]+) (\w+)", jfr(path, "jdk.GarbageCollection"))]
print(f"{len(pauses)} GCs, total pause {sum(pauses):.0f} ms, longest {max(pauses, default=0):.0f} ms")
alloc, total = collections.Counter(), 0.0
for block in jfr(path, "jdk.ObjectAllocationSample").split("jdk.ObjectAllocationSample {")[1:]:
    m = re.search(r"weight = ([\d.]+) (\w+)", block)
    if not m:
        continue
    w = float(m.group(1)) * BYTES.get(m.group(2), 1)
    frames = re.findall(r"^\s{4}([\w$.<>/]+)\(", block, re.M)
    alloc[next((f for f in frames if "jmsgerrors" in f), frames[0] if frames else "?")] += w
    total += w
print(f"sampled allocation {total / 1e9:.1f} GB; by site:")
for site, w in alloc.most_common(12):
    print(f"{100 * w / total:5.1f}%  {site}")
