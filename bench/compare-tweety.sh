#!/usr/bin/env bash
# Side-by-side: TweetyProject 1.27 (the peer baseline in shared/bench/tweety-baseline) and argmap, on the very
# same ICCMA .af files, on this machine, in one session, with the same protocol (see the baseline's README and
# dev.argmap.bench.IccmaRunner).
#
#   (a) copies the baseline to bench/target/tweety-baseline, builds it there, generates the input ladder there
#       with the baseline's own `gen`, and checks that argmap's port of the generator (AfGen) writes the same
#       bytes for every file;
#   (b) runs Tweety's rows and argmap's rows on those files, one JVM per (semantics, file), one at a time;
#   (c) prints a table with ratio = tweety_median / argmap_median per row and whether the checksums match.
#
# Usage (from anywhere):  bench/compare-tweety.sh          about 20 min on the 2-core box
#                         QUICK=1 bench/compare-tweety.sh  about 2 min smoke run (small ladder)
# Environment: BASELINE (the baseline folder; default ../shared/bench/tweety-baseline beside the repository),
#   JAVA, JAVA_OPTS (default -Xmx16g), OUT (directory of the results; default bench/target/compare),
#   ONLY=tweety|argmap (run one side only; the table then reads the other side's earlier CSV if present),
#   TABLE_ONLY=1 (run nothing; cross-check and tabulate the CSVs in OUT), CROSSCHECK=0 (skip crosscheck.py),
#   SEMS="preferred stable" (run only these semantics), LADDER_<NAME>="sizes" (replace a ladder, see below),
#   APPEND=1 (add rows to the CSVs in OUT instead of starting them anew).
# Tweety's code and jars stay under bench/target (never committed).
set -u
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BASELINE=${BASELINE:-$ROOT/../shared/bench/tweety-baseline}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx16g}
OUT=${OUT:-$BENCH/target/compare}
QUICK=${QUICK:-0}
ONLY=${ONLY:-}
SEED=42
PROC_TIMEOUT=120
SOLVE_TIMEOUT=60
BUDGET=30
TB=$BENCH/target/tweety-baseline
DATA=$TB/data
TJAR=$TB/target/tweety-baseline.jar
AJAR=$BENCH/target/benchmarks.jar

mkdir -p "$OUT"
LOG=$OUT/compare.log
say() { echo "$*" | tee -a "$LOG" >&2; }
[ "${APPEND:-0}" = 1 ] || : > "$LOG"

# ---- (a) build both, generate the ladder -------------------------------------------------------------------
if [ ! -d "$BASELINE" ]; then echo "baseline folder not found: $BASELINE (set BASELINE)" >&2; exit 1; fi
if [ ! -f "$TJAR" ] || ! diff -rq "$BASELINE/src" "$TB/src" >/dev/null 2>&1; then
  say "copying $BASELINE to $TB and building it"
  rm -rf "$TB"
  mkdir -p "$BENCH/target"
  cp -r "$BASELINE" "$TB"
  chmod -R u+w "$TB"
  rm -f "$TB"/results.* # the recorded run stays in the baseline folder; this copy writes its own
  (cd "$TB" && { mvn -B -q -o package 2>/dev/null || mvn -B -q package; }) || { echo "baseline build failed" >&2; exit 1; }
fi
if [ ! -f "$AJAR" ] || [ -n "$(find "$BENCH/src" "$BENCH/pom.xml" -newer "$AJAR" -type f 2>/dev/null | head -1)" ]; then
  say "building $AJAR"
  (cd "$ROOT" && mvn -B -q -pl bench -am package -DskipTests) || { echo "bench build failed" >&2; exit 1; }
fi

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "host: $(uname -srm), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM"
  grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/^model name\s*:/cpu:/'
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $JAVA $JAVA_OPTS"
  "$JAVA" -version 2>&1 | sed 's/^/  /'
  echo "argmap: $(cd "$ROOT" && git log -1 --format='%h %cd' --date=iso 2>/dev/null)$(cd "$ROOT" && [ -n "$(git status --porcelain -- core io-json 2>/dev/null)" ] && echo ' (with uncommitted changes in core/ or io-json/)')"
  echo "seed=$SEED edges=5*nodes/2 solve_timeout=${SOLVE_TIMEOUT}s proc_timeout=${PROC_TIMEOUT}s budget=${BUDGET}s quick=$QUICK"
} > "$OUT/compare.env.new"
if [ "${APPEND:-0}" = 1 ] && [ -f "$OUT/compare.env" ]; then
  { echo "--- appended run"; cat "$OUT/compare.env.new"; } >> "$OUT/compare.env"
else
  cp "$OUT/compare.env.new" "$OUT/compare.env"
fi
rm -f "$OUT/compare.env.new"
cat "$OUT/compare.env" >&2

af() { echo "$DATA/$1-$2-s$SEED.af"; }
gen() {
  local kind=$1 n=$2 f tmp
  f=$(af "$kind" "$n")
  mkdir -p "$DATA"
  [ -s "$f" ] || "$JAVA" $JAVA_OPTS -jar "$TJAR" gen --nodes "$n" --edges $((n * 5 / 2)) --seed "$SEED" \
      --kind "$kind" --out "$f" 2>>"$LOG"
  if [ ! -f "$f.checked" ]; then
    tmp=$(mktemp -d)
    "$JAVA" $JAVA_OPTS -cp "$AJAR" dev.argmap.bench.IccmaRunner gen --nodes "$n" --edges $((n * 5 / 2)) \
        --seed "$SEED" --kind "$kind" --out "$tmp/x.af" 2>>"$LOG"
    if cmp -s "$f" "$tmp/x.af"; then touch "$f.checked"; else say "GENERATOR MISMATCH: $f"; fi
    rm -rf "$tmp"
  fi
}

# warm-up and repeat counts by size, as in the baseline's run-all.sh
wr() {
  if   [ "$1" -le 20000 ];  then echo "2 5"
  elif [ "$1" -le 200000 ]; then echo "1 3"
  else                           echo "0 1"; fi
}

# bench TOOL SEM KIND N [extra run args...] -> appends one row to $OUT/TOOL.csv; 0 iff status ok
bench() {
  local tool=$1 sem=$2 kind=$3 n=$4; shift 4
  local f w r line rc params="" cmd
  f=$(af "$kind" "$n")
  gen "$kind" "$n"
  read -r w r < <(wr "$n")
  [ "$sem" = hcat ] && params="eps=1e-12"
  if [ "$tool" = tweety ]; then cmd=(-jar "$TJAR"); else cmd=(-cp "$AJAR" dev.argmap.bench.IccmaRunner); fi
  say "$(date +%T) [$(cut -d' ' -f1 /proc/loadavg)] $tool $sem $(basename "$f") (warmup $w, repeat $r) $*"
  line=$(timeout "$PROC_TIMEOUT" "$JAVA" $JAVA_OPTS "${cmd[@]}" run --semantics "$sem" --warmup "$w" \
           --repeat "$r" --solve-timeout-s "$SOLVE_TIMEOUT" --budget-s "$BUDGET" "$@" "$f" 2>>"$LOG" | tail -1)
  rc=${PIPESTATUS[0]}
  if [ -z "$line" ]; then
    case $rc in
      124) line="$sem,$n,$((n * 5 / 2)),,,,,0,KILLED_AFTER_${PROC_TIMEOUT}S,$params,$(basename "$f")";;
      137) line="$sem,$n,$((n * 5 / 2)),,,,,0,KILLED_SIGKILL,$params,$(basename "$f")";;
      *)   line="$sem,$n,$((n * 5 / 2)),,,,,0,CRASH_RC$rc,$params,$(basename "$f")";;
    esac
  fi
  echo "$line" >> "$OUT/$tool.csv"
  say "    -> $line"
  case $line in *,ok,*) return 0;; *) return 1;; esac
}

# ladder TOOL SEM KIND "SIZES": stop at the first failing size
ladder() {
  local tool=$1 sem=$2 kind=$3 sizes=$4 n
  for n in $sizes; do
    bench "$tool" "$sem" "$kind" "$n" || { say "    $tool $sem/$kind: stopping ladder after n=$n"; break; }
  done
}

if [ "$QUICK" = 1 ]; then
  BIG="1000 10000"; HCAT_T="1000"; HCAT_A="1000 10000"
  PR_RANDOM_T="10 20 30"; PR_RANDOM_A="10 20 30 100"; PR_ACYCLIC_T="100 300"; PR_ACYCLIC_A="100 300 10000"
else
  BIG="1000 10000 100000 1000000"
  HCAT_T="1000 2000 5000 10000"
  HCAT_A="1000 2000 5000 10000 100000 1000000"
  PR_RANDOM_T="10 20 30 40 50 60 70 80 90 100"
  PR_RANDOM_A="10 20 30 40 50 60 70 80 90 100 200 400 700 1000 2000 4000 7000 10000 20000 40000 100000 1000000"
  PR_ACYCLIC_T="100 300 1000 3000"
  PR_ACYCLIC_A="100 300 1000 3000 10000 100000 1000000"
fi
# any ladder can be replaced from the environment, e.g. LADDER_PR_RANDOM_A="20000 40000"
BIG=${LADDER_BIG-$BIG}; HCAT_T=${LADDER_HCAT_T-$HCAT_T}; HCAT_A=${LADDER_HCAT_A-$HCAT_A}
PR_RANDOM_T=${LADDER_PR_RANDOM_T-$PR_RANDOM_T}; PR_RANDOM_A=${LADDER_PR_RANDOM_A-$PR_RANDOM_A}
PR_ACYCLIC_T=${LADDER_PR_ACYCLIC_T-$PR_ACYCLIC_T}; PR_ACYCLIC_A=${LADDER_PR_ACYCLIC_A-$PR_ACYCLIC_A}
SEMS=${SEMS:-grounded hcat preferred stable}
has() { case " $SEMS " in *" $1 "*) return 0;; *) return 1;; esac; }

start=$(date +%s)
for tool in tweety argmap; do
  [ -n "$ONLY" ] && [ "$ONLY" != "$tool" ] && continue
  [ "${TABLE_ONLY:-0}" = 1 ] && continue
  [ "${APPEND:-0}" = 1 ] && [ -s "$OUT/$tool.csv" ] || "$JAVA" -cp "$AJAR" dev.argmap.bench.IccmaRunner header > "$OUT/$tool.csv"
  if [ "$tool" = tweety ]; then H=$HCAT_T; PR=$PR_RANDOM_T; PA=$PR_ACYCLIC_T; else H=$HCAT_A; PR=$PR_RANDOM_A; PA=$PR_ACYCLIC_A; fi
  if has grounded; then for kind in acyclic random; do ladder "$tool" grounded "$kind" "$BIG"; done; fi
  if has hcat; then for kind in acyclic random; do ladder "$tool" hcat "$kind" "$H"; done; fi
  for sem in preferred stable; do
    has "$sem" || continue
    ladder "$tool" "$sem" random "$PR"
    ladder "$tool" "$sem" acyclic "$PA"
  done
done
say "total wall time: $(( $(date +%s) - start )) s"
[ "${TABLE_ONLY:-0}" = 1 ] || echo "total wall time: $(( $(date +%s) - start )) s" >> "$OUT/compare.env"
[ "${TABLE_ONLY:-0}" = 1 ] || echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/compare.env"

# ---- independent check of argmap's rows that Tweety did not answer -------------------------------------------
# The baseline's crosscheck.py (no Tweety inside) computes grounded, stable and hcat; on an acyclic graph preferred
# and stable equal grounded. It is slow (Python), so each call has CROSSCHECK_TIMEOUT seconds.
CROSSCHECK_TIMEOUT=${CROSSCHECK_TIMEOUT:-60}
if [ -f "$OUT/argmap.csv" ] && [ "${CROSSCHECK:-1}" = 1 ]; then
  : > "$OUT/crosscheck.csv"
  tail -n +2 "$OUT/argmap.csv" | while IFS=, read -r sem n _ _ _ _ _ _ status _ file; do
    [ "$status" = ok ] || continue
    grep -q "^$sem,$n,.*,ok,.*,$file\$" "$OUT/tweety.csv" 2>/dev/null && continue
    kind=${file%%-*}
    how=$sem
    case "$sem/$kind" in
      preferred/acyclic|stable/acyclic) how=grounded;;
      preferred/random) continue;;
      hcat/acyclic) [ "$n" -le 10000 ] || continue;;
      stable/random) [ "$n" -le 200 ] || continue;;
    esac
    say "$(date +%T) crosscheck.py $how $file"
    c=$(timeout "$CROSSCHECK_TIMEOUT" python3 "$TB/crosscheck.py" "$how" "$DATA/$file" 2>>"$LOG")
    [ -n "$c" ] && echo "$sem,$kind,$n,$c,$how" >> "$OUT/crosscheck.csv"
    say "    -> ${c:-no answer within ${CROSSCHECK_TIMEOUT}s}"
  done
fi

# ---- (c) the table ----------------------------------------------------------------------------------------
python3 - "$OUT/tweety.csv" "$OUT/argmap.csv" "$OUT/crosscheck.csv" > "$OUT/table.md" <<'PY'
import csv, sys, os
# Reference answers where Tweety does not finish (baseline README, computed by its crosscheck.py).
REF = {
    ("grounded", "random", 1000000): "1/382942/8ba308c0bba2c64d",
    ("hcat", "random", 10000): "5105.078866796/2550.561334435",
    ("hcat", "acyclic", 10000): "5182.854806297/2114.773731013",
    ("stable", "random", 80): "2/62/9533c9e783e4c3c5",
    ("grounded", "acyclic", 3000): "1/1060/4e0f5897b40d16df",
    ("preferred", "acyclic", 3000): "1/1060/4e0f5897b40d16df",
    ("stable", "acyclic", 3000): "1/1060/4e0f5897b40d16df",
}
def load(p):
    rows = {}
    if not os.path.exists(p):
        return rows
    for r in csv.DictReader(open(p)):
        kind = r["file"].split("-")[0]
        n = int(r["file"].split("-")[1])
        rows[(r["semantics"], kind, n)] = r
    return rows
def same(sem, a, b):
    if not a or not b:
        return None
    if sem == "hcat":
        try:
            return all(abs(float(x) - float(y)) <= 1e-6 for x, y in zip(a.split("/"), b.split("/")))
        except ValueError:
            return False
    return a == b
def f(x):
    return f"{float(x):,.3f}" if x else "–"
t, a = load(sys.argv[1]), load(sys.argv[2])
xc = {}
if os.path.exists(sys.argv[3]):
    for line in open(sys.argv[3]):
        sem, kind, n, c, how = line.strip().split(",")
        xc[(sem, kind, int(n))] = (c, how)
order = {"grounded": 0, "hcat": 1, "preferred": 2, "stable": 3}
keys = sorted(set(t) | set(a), key=lambda k: (order.get(k[0], 9), k[0], k[1], k[2]))
print("| semantics | graph | nodes | attacks | Tweety parse ms | argmap parse ms | parse ratio | Tweety median ms | argmap median ms (min) | ratio | checksum |")
print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|")
for k in keys:
    tr, ar = t.get(k), a.get(k)
    sem, kind, n = k
    edges = (tr or ar)["edges"] or str(n * 5 // 2)
    tok = tr is not None and tr["status"] == "ok"
    aok = ar is not None and ar["status"] == "ok"
    tmed = f(tr["median_ms"]) if tok else ("not run" if tr is None else tr["status"])
    amed = (f(ar["median_ms"]) + f" ({f(ar['min_ms'])})") if aok else ("not run" if ar is None else ar["status"])
    tparse = f(tr["parse_ms"]) if tr and tr["parse_ms"] else "–"
    aparse = f(ar["parse_ms"]) if ar and ar["parse_ms"] else "–"
    pr = f"{float(tr['parse_ms']) / float(ar['parse_ms']):,.1f}" if tr and ar and tr["parse_ms"] and ar["parse_ms"] else "–"
    ratio = "–"
    if tok and aok and float(ar["median_ms"]) > 0:
        ratio = f"{float(tr['median_ms']) / float(ar['median_ms']):,.0f}"
    elif aok and tr is not None:
        ratio = f"Tweety did not finish ({tr['status']})"
    if tok and aok:
        m = same(sem, tr["checksum"], ar["checksum"])
        chk = ("match `" + ar["checksum"] + "`") if m else f"MISMATCH tweety `{tr['checksum']}` argmap `{ar['checksum']}`"
    elif aok and k in REF:
        m = same(sem, REF[k], ar["checksum"])
        chk = ("matches README reference `" + ar["checksum"] + "`") if m else f"MISMATCH reference `{REF[k]}` argmap `{ar['checksum']}`"
    elif aok and k in xc:
        c, how = xc[k]
        m = same(sem, c, ar["checksum"])
        chk = (f"matches crosscheck.py {how} `" + ar["checksum"] + "`") if m else f"MISMATCH crosscheck.py {how} `{c}` argmap `{ar['checksum']}`"
    elif aok:
        chk = "no independent answer: `" + ar["checksum"] + "`"
    else:
        chk = "–"
    print(f"| {sem} | {kind} | {n:,} | {int(edges):,} | {tparse} | {aparse} | {pr} | {tmed} | {amed} | {ratio} | {chk} |")
PY
cat "$OUT/table.md"
say "results: $OUT/{tweety,argmap}.csv, table.md, compare.env, compare.log"
