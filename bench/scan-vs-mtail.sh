#!/usr/bin/env bash
# Times, as whole processes in one hyperfine run, on the same 1M-line corpus file: the parser
# scanning the file (the scan command when it exists, else the ScanBaseline stand-in), mtail with
# an equivalent two-regex program (bench/mtail/jmessage.mtail), and grep -E as a plain baseline.
# Results: bench/results/scan-vs-mtail.json (hyperfine; user and system times are CPU seconds).
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${LINES:-1000000}
FILE=${FILE:-target/bench/corpus-${LINES}.log}
RUNS=${RUNS:-3}
bench/classpath.sh > /dev/null
mkdir -p target/bench bench/results
[ -f "$FILE" ] || java -cp target/classes io.jmsgerrors.corpus.CorpusWriter "$LINES" 20261125 "$FILE"
CODE_RE='(code|错误码)["'"'"']?[[:space:]]*([:=：]|is)[[:space:]]*"?(error )?[0-9]{6,7}'
commands=(-n "parser (ScanBaseline)" "java -cp target/test-classes:target/classes io.jmsgerrors.bench.ScanBaseline $FILE")
if java -jar target/jmsg-errors.jar scan --help 2>/dev/null | grep -qv PLACEHOLDER; then
  commands+=(-n "jmsg-errors scan" "java -jar target/jmsg-errors.jar scan $FILE")
fi
commands+=(-n "mtail (2 regexes)" "mtail --one_shot --one_shot_format=prometheus --address=127.0.0.1 --progs bench/mtail --logs $FILE")
commands+=(-n "grep -E -i -c (code regex)" "grep -E -i -c '$CODE_RE' $FILE")
echo "load: $(cat /proc/loadavg)"
hyperfine --warmup 1 --runs "$RUNS" --export-json bench/results/scan-vs-mtail.json "${commands[@]}"
echo "load: $(cat /proc/loadavg)"
python3 - "$FILE" <<'PY'
import json, sys
lines = sum(1 for _ in open(sys.argv[1], 'rb'))
for r in json.load(open('bench/results/scan-vs-mtail.json'))['results']:
    cpu = r['user'] + r['system']
    print(f"{r['command'][:40]:40s} wall {r['mean']:7.2f} s  cpu {cpu:7.2f} s  "
          f"{lines / r['mean']:12,.0f} lines/s  {lines / cpu:12,.0f} lines/cpu-s")
PY
