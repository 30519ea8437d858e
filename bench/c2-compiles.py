#!/usr/bin/env python3
"""Summarises the C2 compilations of one JVM run from HotSpot's compilation log.

Usage:
  java -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=/tmp/hs.log \
       -jar target/jmsg-errors.jar scan target/bench/corpus-1000000.log > /dev/null
  bench/c2-compiles.py /tmp/hs.log [TOP]

Prints the number of C2 (tier 4) compilations, the compiler thread's total time in them, the
longest ones (time, start, method, size of the code made, bytes inlined, OSR bci) and how much
C2 time had been spent by each tenth of a second: the compiler's queue over the run.
"""
import re
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
attrs = re.compile(r"(\w+)='([^']*)'")
tasks, cur = [], None
for line in open(path, errors="replace"):
    if line.startswith("<task ") and "compile_id" in line:
        cur = dict(attrs.findall(line))
    elif cur is not None and line.startswith("<task_done"):
        done = dict(attrs.findall(line))
        cur["done"] = float(done["stamp"])
        cur["nmsize"] = done.get("nmsize", "0")
        cur["inlined"] = done.get("inlined_bytes", "0")
        tasks.append(cur)
        cur = None

c2 = [t for t in tasks if t.get("level", "4") == "4"]
for t in c2:
    t["start"] = float(t["stamp"])
    t["ms"] = (t["done"] - t["start"]) * 1000
print(f"C2 compilations: {len(c2)}, compiler time {sum(t['ms'] for t in c2):.0f} ms "
      f"(C1 and others: {len(tasks) - len(c2)} compilations)")
for t in sorted(c2, key=lambda t: -t["ms"])[:top]:
    method = t["method"].replace(" ", ".")
    osr = f" osr@{t['osr_bci']}" if "osr_bci" in t else ""
    print(f"{t['ms']:6.0f} ms  at {t['start']:.3f} s  {method[:72]}  code {t['nmsize']} B, "
          f"inlined {t['inlined']} B{osr}")
end = max((t["done"] for t in c2), default=0)
print("C2 time spent by:", ", ".join(
    f"{s / 10:.1f} s {sum(max(0, min(t['done'], s / 10) - t['start']) for t in c2) * 1000:.0f} ms"
    for s in range(1, int(end * 10) + 2)))
