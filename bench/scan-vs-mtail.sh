#!/usr/bin/env bash
# Times, as whole processes in one hyperfine run, on the same 1M-line corpus file: the parser
# scanning the file (the scan command when it exists, else the ScanBaseline stand-in), mtail with
# an equivalent two-regex program (bench/mtail/jmessage.mtail), and two floors for a JVM: `scan` of an
# empty file (start-up and catalog) and ScanFloor (a JVM that reads the file as the scan does, on two
# threads, and looks at each byte once for a newline); then grep -E with the code regex
# (bench/mtail/code.grep) as a plain baseline, timed by bash.
# Results: bench/results/scan-vs-mtail.json (hyperfine; user and system times are CPU seconds).
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${LINES:-1000000}
FILE=${FILE:-target/bench/corpus-${LINES}.log}
RUNS=${RUNS:-3}
# mtail and hyperfine are Debian packages; install them when missing (this machine is root).
if ! command -v mtail > /dev/null || ! command -v hyperfine > /dev/null; then
  apt-get update -qq && apt-get install -y -qq mtail hyperfine > /dev/null
fi
bench/classpath.sh > /dev/null
mkdir -p target/bench bench/results
[ -f "$FILE" ] || java -cp target/classes io.jmsgerrors.corpus.CorpusWriter "$LINES" 20261125 "$FILE"
commands=(-n "parser (ScanBaseline)" "java -cp target/test-classes:target/classes io.jmsgerrors.bench.ScanBaseline $FILE")
if [ -f target/jmsg-errors.jar ] && help=$(java -jar target/jmsg-errors.jar scan --help 2>&1) \
    && ! grep -q PLACEHOLDER <<<"$help"; then
  commands+=(-n "jmsg-errors scan" "java -jar target/jmsg-errors.jar scan $FILE")
  : > target/bench/empty.log
  commands+=(-n "jmsg-errors scan (empty file)" "java -jar target/jmsg-errors.jar scan target/bench/empty.log")
fi
commands+=(-n "floor: every byte read, 2 threads (ScanFloor)" "java -cp target/test-classes io.jmsgerrors.bench.ScanFloor $FILE 2")
commands+=(-n "mtail (2 regexes)" "mtail --one_shot --one_shot_format=prometheus --address=127.0.0.1 --progs bench/mtail --logs $FILE")
echo "load: $(cat /proc/loadavg)"
hyperfine --warmup 1 --runs "$RUNS" --export-json bench/results/scan-vs-mtail.json "${commands[@]}"
echo "load: $(cat /proc/loadavg)"
echo "grep -E -i -c -f bench/mtail/code.grep (matching lines, then wall/user/sys):"
time grep -E -i -c -f bench/mtail/code.grep "$FILE"
python3 - "$FILE" <<'PY'
import json, sys
lines = sum(1 for _ in open(sys.argv[1], 'rb'))
for r in json.load(open('bench/results/scan-vs-mtail.json'))['results']:
    cpu = r['user'] + r['system']
    print(f"{r['command'][:40]:40s} wall {r['mean']:7.2f} s  cpu {cpu:7.2f} s  "
          f"{lines / r['mean']:12,.0f} lines/s  {lines / cpu:12,.0f} lines/cpu-s")
PY
