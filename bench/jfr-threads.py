#!/usr/bin/env python3
"""CPU share per thread group of a JFR recording (jdk.ThreadCPULoad; GC and JIT threads included).
Usage: bench/jfr-threads.py RECORDING.jfr"""
import collections, re, subprocess, sys

out = subprocess.run(["jfr", "print", "--events", "jdk.ThreadCPULoad", sys.argv[1]],
                     capture_output=True, text=True, check=True).stdout
cpu = collections.Counter()
for block in out.split("jdk.ThreadCPULoad {")[1:]:
    user = float(re.search(r"user = ([\d.]+)%", block).group(1))
    system = float(re.search(r"system = ([\d.]+)%", block).group(1))
    thread = re.search(r'eventThread = "([^"]*)"', block).group(1)
    name = re.sub(r"jmsg-errors-bench-\d+-[0-9a-f-]+-", "", thread)
    name = re.sub(r"jmsg-errors-bench-\d+", "app", name)
    cpu[re.sub(r"\d+", "N", name)] += user + system
total = sum(cpu.values())
for name, v in cpu.most_common(14):
    print(f"{100 * v / total:5.1f}%  {name}")
