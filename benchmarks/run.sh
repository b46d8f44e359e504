#!/usr/bin/env bash
# Runs every Djongo benchmark and writes benchmarks/RESULTS.md and benchmarks/results.png.
#
#   benchmarks/run.sh            # the full run: about 25-30 minutes on 2 cores
#   benchmarks/run.sh --quick    # a smoke test of the whole pipeline: about 5 minutes; numbers not comparable,
#                                # written to benchmarks/target/quick/ so RESULTS.md is left alone
#   benchmarks/run.sh --quick 'CodecBenchmark.decode_(djongo|handWritten)$'   # a JMH regex selects benchmarks
#   benchmarks/run.sh --report-only   # rewrite RESULTS.md and results.png from the last run's data
#   MVN_ARGS=-o benchmarks/run.sh     # extra Maven options (here: offline)
#
# Steps: build this module and what it needs in the reactor (nothing is installed) and run its
# verification tests; all JMH benchmarks in one run (1 fork each, -prof gc, -XX:+AlwaysPreTouch); the
# end-to-end operations and the query chains again, paired and interleaved (EndToEndPaired, QueryPaired);
# clean compiles of applications
# of 50, 500 and 2,000 models with the processor and with plain javac (ScaleCompile); start-up to the
# first query, also with the 500-model application on the class path (StartupLauncher); memory when
# reading 200,000 entries with a 96 MB heap (MemoryLauncher); then ReportWriter. The 1-minute load
# average before and after each step goes into the report. Needs Java 17+ and Maven 3.8+.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
mode=full
filter=''
for arg in "$@"; do
  case "$arg" in
    --quick) mode=quick ;;
    --report-only) mode=report ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "unknown option $arg (use --quick, or a JMH benchmark regex)" >&2; exit 2 ;;
    *) filter="$arg" ;;
  esac
done
command="benchmarks/run.sh${*:+ $*}"
started=$(date +%s)

report() {
  (cd "$here" && java -Djava.awt.headless=true -cp "target/classes:$(cat target/classpath.txt)" \
    io.djongo.benchmarks.report.ReportWriter "$@")
}

if [[ $mode == report ]]; then
  [[ -f "$here/target/report-args" ]] || { echo "no earlier run in benchmarks/target; run benchmarks/run.sh first" >&2; exit 1; }
  mapfile -t args < "$here/target/report-args"
  report "${args[@]}"
  exit 0
fi

cd "$root"
echo "== build (this module and the reactor modules it needs, then its verification tests)"
# shellcheck disable=SC2086 # MVN_ARGS is a list of options
mvn -B -q ${MVN_ARGS:-} -Pbenchmarks -pl benchmarks -am package -Dtest='io.djongo.benchmarks.**' \
  -Dsurefire.failIfNoSpecifiedTests=false

cd "$here"
cp="target/classes:$(cat target/classpath.txt)"
data=target
results=RESULTS.md
chart=results.png
if [[ $mode == quick ]]; then
  data=target/quick
  results=$data/RESULTS.md
  chart=$data/results.png
fi
mkdir -p "$data"
: > "$data/load.tsv"
jvm_args="-XX:+AlwaysPreTouch -Xms1g -Xmx1g"
jmh_options=(-f 1 -foe true -prof gc -jvmArgsAppend "$jvm_args" -rf json -rff "$data/jmh-result.json")
startup_runs=20
paired_options=(--rounds 30 --slice-ms 300 --warmup-s 10)
query_options=(--rounds 30 --slice-ms 200 --warmup-s 10)
compile_options=(--sizes 50,500,2000 --rounds 1 --keep 500)
scale_models=500
memory_options=(--docs 200000 --heap 96m)
if [[ $mode == quick ]]; then
  paired_options=(--rounds 6 --slice-ms 150 --warmup-s 2)
  query_options=(--rounds 6 --slice-ms 100 --warmup-s 2)
  # One short warm-up and two measurements per benchmark instead of the annotations' 5+10 (codecs,
  # queries) and 10+10 (end to end).
  jmh_options+=(-wi 1 -i 2 -w 1s -r 1s)
  startup_runs=3
  compile_options=(--sizes 50 --rounds 1 --keep 50)
  scale_models=50
  memory_options=(--docs 20000 --heap 96m)
fi
[[ -n $filter ]] && jmh_options+=("$filter")

# step <name> <command...>: runs the command and notes the 1-minute load average before and after it
step() {
  local name=$1 before
  shift
  before=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)
  "$@"
  printf '%s\t%s\t%s\n' "$name" "$before" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)" >> "$data/load.tsv"
}

run_jmh() {
  java -cp "$cp" org.openjdk.jmh.Main "${jmh_options[@]}" | tee "$data/jmh-output.txt" \
    | grep --line-buffered -E '^(# Benchmark:|Benchmark |[A-Za-z]+Benchmark\.[A-Za-z_]+ |[A-Za-z]+Benchmark\.[A-Za-z_]+:gc\.alloc\.rate\.norm)' || true
}

echo "== JMH: java -cp ... org.openjdk.jmh.Main ${jmh_options[*]}"
step jmh run_jmh
if ! grep -q '^Benchmark ' "$data/jmh-output.txt"; then
  echo "JMH failed; see benchmarks/$data/jmh-output.txt" >&2
  exit 1
fi

echo "== end to end, paired and interleaved: ${paired_options[*]}"
step paired java -XX:+AlwaysPreTouch -Xms1g -Xmx1g -cp "$cp" io.djongo.benchmarks.EndToEndPaired "${paired_options[@]}" \
  --out "$data/e2e-paired.tsv"

echo "== query chains, paired and interleaved: ${query_options[*]}"
step query-paired java -XX:+AlwaysPreTouch -Xms1g -Xmx1g -cp "$cp" io.djongo.benchmarks.QueryPaired "${query_options[@]}" \
  --out "$data/query-paired.tsv"

echo "== clean compiles with the processor and with plain javac: ${compile_options[*]}"
step compile java -cp "$cp" io.djongo.benchmarks.scale.ScaleCompile "${compile_options[@]}" --work "$data/scale" \
  --out "$data/compile.tsv"

echo "== start-up: $startup_runs runs of each contender as separate processes"
step startup java -cp "$cp" io.djongo.benchmarks.startup.StartupLauncher --runs "$startup_runs" --out "$data/startup.tsv" \
  --scale-classes "$data/scale/$scale_models/classes"

echo "== memory: ${memory_options[*]}"
step memory java -Xmx4g -cp "$cp" io.djongo.benchmarks.memory.MemoryLauncher "${memory_options[@]}" --out "$data/memory.tsv"

elapsed=$(( $(date +%s) - started ))
echo "== report"
args=(--jmh "$data/jmh-result.json" --startup "$data/startup.tsv" --paired "$data/e2e-paired.tsv"
  --query-paired "$data/query-paired.tsv" --compile "$data/compile.tsv" --memory "$data/memory.tsv" --load "$data/load.tsv" --scale-models "$scale_models"
  --out "$results" --chart "$chart" --analysis ANALYSIS.md
  --mode "$mode" --nproc "$(nproc)" --command "$command"
  --jmh-command "java -cp target/classes:<runtime class path> org.openjdk.jmh.Main ${jmh_options[*]}"
  --duration "$((elapsed / 60)) min $((elapsed % 60)) s (build and all measurements)")
printf '%s\n' "${args[@]}" > "$data/report-args"
report "${args[@]}"
