#!/usr/bin/env python3
"""Measures journeymap on synthetic portfolios and prints a Markdown table for docs/benchmarks.md.

usage: python3 generator/bench/benchmark.py [--sizes 100,1000,5000] [--runs 3] [--work DIR]

Run from the project root. Builds the command-line jar when it is missing (mvn -DskipTests
package). For each size it writes a corpus with corpus.py (kept in the work folder), then runs
the CLI in a fresh JVM each time, as CI does, and records the wall time and the peak resident
memory of the process:
  validate   journeymap validate
  full       journeymap build into an empty folder: every page, SVG and PNG
  rebuild    journeymap build into the folder of the previous build: unchanged PNGs are reused
and the live preview's re-render of one edited journey (ServeRebuild.java). Times are medians.
"""
import argparse, os, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
JAR = os.path.join(ROOT, "generator", "target", "journeymap.jar")


def run(cmd):
    """Wall seconds and peak RSS (MiB) of one process, which must succeed."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode()
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{err}")
    return wall, usage.ru_maxrss / 1024


def median(runs):
    return statistics.median(w for w, _ in runs), max(m for _, m in runs)


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    a.add_argument("--sizes", default="100,1000,5000")
    a.add_argument("--runs", type=int, default=3)
    a.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "journeymap-bench"))
    a.add_argument("--no-serve", action="store_true", help="skip the live preview measurement")
    o = a.parse_args()
    if not os.path.isfile(JAR):
        subprocess.run(["mvn", "-B", "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
    java = ["java", "-jar", JAR]
    rows = []
    for n in (int(s) for s in o.sizes.split(",")):
        corpus = os.path.join(o.work, f"corpus-{n}")
        if not os.path.isdir(corpus):
            subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), corpus, str(n)], check=True)
        out = os.path.join(o.work, f"site-{n}")
        validate = [run(java + ["validate", corpus]) for _ in range(o.runs)]
        full = []
        for _ in range(o.runs):
            shutil.rmtree(out, ignore_errors=True)
            full.append(run(java + ["build", corpus, "-o", out]))
        rebuild = [run(java + ["build", corpus, "-o", out]) for _ in range(o.runs)]
        (v, vm), (f, fm), (r, rm) = median(validate), median(full), median(rebuild)
        serve = ""
        if not o.no_serve:
            line = subprocess.run(["java", "-cp", JAR, os.path.join(HERE, "ServeRebuild.java"), corpus],
                                  check=True, capture_output=True, text=True).stdout
            serve = line.strip().splitlines()[-1]
        rows.append((n, v, vm, f, fm, r, rm, (f - r) / n * 1000, serve))
        print(f"{n} journeys: validate {v:.2f} s, full build {f:.2f} s, rebuild {r:.2f} s; {serve}", file=sys.stderr)
    print(f"| journeys | validate | peak | full build | peak | rebuild | peak | PNG per curve |")
    print(f"|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, v, vm, f, fm, r, rm, png, _ in rows:
        print(f"| {n:,} | {v:.2f} s | {vm:.0f} MiB | {f:.2f} s | {fm:.0f} MiB | {r:.2f} s | {rm:.0f} MiB | {png:.0f} ms |")
    for n, *_, serve in rows:
        if serve:
            print(f"\nlive preview, {n:,} journeys: {serve}")


if __name__ == "__main__":
    main()
