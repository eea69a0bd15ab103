#!/usr/bin/env python3
"""argmap against clingo on the same .af files, with the same checksums, in one run on one machine.

For every family, size and semantics (enumerating all extensions, ICCMA's EE):
  clingo    the whole clingo process, by ../shared/bench/clingo-baseline/run.py (its checksum is the reference);
  argmap    the whole `cli/target/argmap iccma -p EE-XX -f FILE` process, JVM start included, through the
            launcher script that users run (its JVM settings and class-data archive; see the script), timed here
            the same way (wall time, best of --repeat), its `w ...` lines checksummed like clingo's;
  solve     argmap's in-JVM solve time (dev.argmap.bench.IccmaTaskTimer, parse excluded, best of --repeat).
For stable and preferred it also times, in-JVM, one extension (SE) and the acceptance of argument 1 (DC, DS),
to set them against enumeration. Then it writes both tables into docs/performance.md between the markers
<!-- clingo-vs-argmap:start --> and <!-- clingo-vs-argmap:end --> (unless --no-write).

Build first (package does not install anything):
  mvn -q -o -pl cli -am package -DskipTests && mvn -q -o -pl bench -am compile
Run (about 30 minutes on the loaded 2-core box with --timeout 30):
  bench/scripts/clingo-vs-argmap.py
  bench/scripts/clingo-vs-argmap.py --families dense --sizes 100,300 --timeout 20 --no-write   # smoke run
Needs clingo on the PATH (Debian: apt-get install gringo) and the baseline folder beside the repository
(CLINGO_BASELINE to point elsewhere).
"""
import argparse
import datetime
import importlib.util
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASELINE = os.environ.get("CLINGO_BASELINE", os.path.join(ROOT, "..", "shared", "bench", "clingo-baseline"))
JAR = os.path.join(ROOT, "cli", "target", "argmap.jar")
# the argmap command as users run it; the package build writes it beside the jar
LAUNCHER = os.environ.get("ARGMAP", os.path.join(ROOT, "cli", "target", "argmap"))
CLASSES = os.path.join(ROOT, "bench", "target", "classes")
CORE = os.path.join(ROOT, "core", "target", "classes")
JAVA = os.environ.get("JAVA", "java")
JAVA_OPTS = os.environ.get("JAVA_OPTS", "-XX:+UseSerialGC").split()
CODE = {"stable": "ST", "complete": "CO", "preferred": "PR"}
# Per family, the sizes of the default ladder: enumeration explodes early on the sparse families, whose
# frameworks have very many extensions.
# Each reaches sizes where clingo needs more than a second for some semantics, the band the goals are about,
# except where the next size has about ten million complete extensions or more (Barabasi-Albert 200,
# admissible-heavy 50): argmap prints them within the time limit, and checksumming them here would take
# minutes and gigabytes.
LADDER = {
    "dense": [100, 200, 300, 400, 500, 600, 800],
    "ba": [30, 60, 120],
    "ws": [30, 60, 120, 200],
    "grid": [25, 49, 100],
    "marriage": [100, 225, 400, 2500, 10000],
    "admissible": [20, 30, 40],
}
START, END = "<!-- clingo-vs-argmap:start -->", "<!-- clingo-vs-argmap:end -->"


def load_run_py():
    spec = importlib.util.spec_from_file_location("clingo_run", os.path.join(BASELINE, "run.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def timed(cmd, timeout, repeat):
    """Best wall time in ms of `repeat` runs and the last stdout, or (None, None) on a timeout."""
    best, out = None, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, None
        ms = (time.perf_counter() - t0) * 1000
        if p.returncode != 0:
            return None, "ERROR " + p.stderr.strip()[:200]
        best = ms if best is None else min(best, ms)
        out = p.stdout
        if ms > 10_000:
            break  # long runs are not repeated
    return best, out


def argmap_checksum(run_py, out):
    exts = []
    for line in out.splitlines():
        if line.startswith("w"):
            exts.append([int(t) for t in line.split()[1:]])
    return run_py.checksum(exts)


def in_jvm(task, sem, path, timeout, repeat):
    cmd = [JAVA] + JAVA_OPTS + ["-cp", os.pathsep.join([CLASSES, JAR]), "dev.argmap.bench.IccmaTaskTimer",
                                "--task", task, "--semantics", sem, "--arg", "1", "--repeat", str(repeat),
                                "--timeout-s", str(int(timeout)), path]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout + 30)
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT"
    fields = p.stdout.strip().split(",")
    if p.returncode != 0 or len(fields) < 6:
        return None, "ERROR " + p.stderr.strip()[:200]
    return (float(fields[3]) if fields[3] else None), fields[4]


def fmt(ms):
    return "-" if ms is None else "{:,.0f}".format(ms)


def verdict(clingo_ms, argmap_ms, solve_ms, start_ms):
    if argmap_ms is None:
        if clingo_ms is None:
            return "both time out"
        return "**missed**: argmap times out; " + ("solver slower than clingo" if solve_ms is None else "?")
    if clingo_ms is None:
        return "met: solved, clingo times out"
    why = []
    if solve_ms is not None and solve_ms > clingo_ms:
        why.append("solver alone slower ({} ms)".format(fmt(solve_ms)))
    if start_ms > 0.5 * argmap_ms or (solve_ms is not None and solve_ms <= clingo_ms):
        why.append("JVM start ~{} ms".format(fmt(start_ms)))
    if clingo_ms < 1000:
        return "met: under 1 s" if argmap_ms < 1000 else "**missed** (over 1 s): " + "; ".join(why)
    if clingo_ms <= 60_000:
        return "met: at least as fast" if argmap_ms <= clingo_ms else "**missed** (slower): " + "; ".join(why)
    return "met" if argmap_ms <= clingo_ms else "**missed**: " + "; ".join(why)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--families", default=",".join(LADDER))
    ap.add_argument("--sizes", help="one ladder for every family, e.g. 100,300 (default: per family)")
    ap.add_argument("--semantics", default="stable,complete,preferred")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--timeout", type=float, default=60, help="seconds per process (default 60)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--tasks", default="1", help="also time SE/DC/DS in-JVM (1) or not (0)")
    ap.add_argument("--no-write", action="store_true")
    a = ap.parse_args()
    for need, how in [(JAR, "mvn -q -o -pl cli -am package -DskipTests"),
                      (LAUNCHER, "mvn -q -o -pl cli -am package -DskipTests"),
                      (CLASSES, "mvn -q -o -pl bench -am compile")]:
        if not os.path.exists(need):
            sys.exit("missing " + need + "; build it with: " + how)
    run_py = load_run_py()
    started = datetime.datetime.utcnow()
    data = os.path.join(ROOT, "bench", "target", "clingo-vs-argmap")
    os.makedirs(data, exist_ok=True)
    start_ms, _ = timed([LAUNCHER, "iccma", "--problems"], 60, 3)
    load = os.getloadavg()
    print("JVM start (argmap iccma --problems, best of 3): %.0f ms; load average %.1f" % (start_ms, load[0]),
          file=sys.stderr)
    rows, task_rows = [], []
    for fam in a.families.split(","):
        sizes = [int(s) for s in a.sizes.split(",")] if a.sizes else LADDER[fam]
        for n in sizes:
            path = os.path.join(data, "%s-%d-s%d.af" % (fam, n, a.seed))
            subprocess.run([JAVA, "-cp", os.pathsep.join([CLASSES, JAR]), "dev.argmap.bench.AfFamilies",
                            "--family", fam, "--nodes", str(n), "--seed", str(a.seed), "--out", path], check=True)
            with open(path) as f:
                header = f.readline().split()
                attacks = sum(1 for line in f if line.strip() and not line.startswith("#"))
            nodes = int(header[2])
            for sem in a.semantics.split(","):
                c = subprocess.run([sys.executable, os.path.join(BASELINE, "run.py"), sem, path, "--repeat",
                                    str(a.repeat), "--timeout", str(a.timeout)], capture_output=True, text=True)
                cf = c.stdout.strip().split(",")
                clingo_ms = float(cf[2]) if len(cf) > 5 and cf[2] else None
                clingo_sum = cf[3] if clingo_ms is not None else ""
                # no cap on the number of extensions (argmap's default is 10 million): only time limits clingo
                argmap_ms, out = timed([LAUNCHER, "iccma", "-p", "EE-" + CODE[sem], "-f", path,
                                        "--time-limit", str(int(a.timeout)), "--max-extensions", "2147483647"],
                                       a.timeout + 10, a.repeat)
                if argmap_ms is not None and out is not None and out.startswith("ERROR"):
                    argmap_ms = None
                argmap_sum = argmap_checksum(run_py, out) if argmap_ms is not None else ""
                solve_ms, solve_sum = in_jvm("EE", sem, path, a.timeout, a.repeat)
                same = ("yes" if clingo_sum == argmap_sum == solve_sum else "NO") \
                    if clingo_sum and argmap_sum and solve_ms is not None else "-"
                row = (fam, nodes, attacks, sem, clingo_ms, argmap_ms, solve_ms, clingo_sum or argmap_sum or "-",
                       same, verdict(clingo_ms, argmap_ms, solve_ms, start_ms))
                rows.append(row)
                print(",".join(str(x) for x in row), file=sys.stderr)
                if a.tasks == "1" and sem in ("stable", "preferred"):
                    times = {t: in_jvm(t, sem, path, a.timeout, a.repeat)[0] for t in ("SE", "DC", "DS")}
                    task_rows.append((fam, nodes, sem, solve_ms, times))
    table = render(rows, task_rows, start_ms, load, a, started)
    print(table)
    if not a.no_write:
        doc = os.path.join(ROOT, "docs", "performance.md")
        text = open(doc).read()
        if START in text and END in text:
            text = text[:text.index(START)] + table + text[text.index(END) + len(END):]
        else:
            text = text.rstrip("\n") + "\n\n" + table + "\n"
        tmp = doc + ".tmp"
        with open(tmp, "w") as f:
            f.write(text)
        os.replace(tmp, doc)


def render(rows, task_rows, start_ms, load, a, started):
    cpu = ""
    try:
        cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read()).group(1).strip()
    except (OSError, AttributeError):
        pass
    out = [START, "",
           "Measured %s to %s UTC on %d cores (%s), load average %.1f / %.1f / %.1f at the start%s; %s; one JVM or clingo process per cell, best of %d, %d s timeout; argmap's processes "
           "through the launcher `cli/target/argmap` (its JVM settings and class-data archive), `%s` for the "
           "in-JVM solves; JVM start alone (`argmap iccma --problems`): %s ms. Generated by "
           "`bench/scripts/clingo-vs-argmap.py`."
           % (started.strftime("%Y-%m-%d %H:%M"), datetime.datetime.utcnow().strftime("%H:%M"), os.cpu_count(),
              cpu or "unknown CPU",
              load[0], load[1], load[2],
              # more than one runnable task per core at the start means other work shared the machine
              " (other work was running)" if load[0] > os.cpu_count() else "", clingo_version(), a.repeat, a.timeout, " ".join(JAVA_OPTS), fmt(start_ms)),
           "",
           "| family | N | attacks | semantics | clingo ms | argmap ms (process) | argmap solve ms (in JVM) "
           "| argmap / clingo | checksum | same | goal |",
           "|---|--:|--:|---|--:|--:|--:|--:|---|---|---|"]
    for fam, n, m, sem, c, p, s, cs, same, goal in rows:
        ratio = "-" if c is None or p is None else "%.2f" % (p / c)
        out.append("| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |"
                   % (fam, n, m, sem, fmt(c) if c is not None else "timeout", fmt(p) if p is not None else "timeout",
                      fmt(s) if s is not None else "timeout", ratio, cs, same, goal))
    if task_rows:
        out += ["", "Single questions against enumeration, in-JVM solve times in ms (argument 1 for DC and DS); "
                "speed-up = EE time / the slowest of SE, DC, DS; the goal is at least 10x.", "",
                "| family | N | semantics | EE | SE | DC | DS | speed-up |", "|---|--:|---|--:|--:|--:|--:|--:|"]
        for fam, n, sem, ee, t in task_rows:
            worst = None if any(v is None for v in t.values()) else max(t.values())
            up = "-" if ee is None or worst is None else "%.1fx%s" % (ee / max(worst, 0.1),
                                                                     "" if ee / max(worst, 0.1) >= 10 else " (missed)")
            out.append("| %s | %d | %s | %s | %s | %s | %s | %s |" % (
                fam, n, sem, fmt(ee) if ee is not None else "timeout",
                *[fmt(t[k]) if t[k] is not None else "timeout" for k in ("SE", "DC", "DS")], up))
    out += ["", END]
    return "\n".join(out)


def clingo_version():
    try:
        return subprocess.run(["clingo", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        return "clingo not found"


if __name__ == "__main__":
    main()
