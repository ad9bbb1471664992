#!/usr/bin/env python3
"""Measures journeymap on synthetic portfolios and prints a Markdown table for docs/benchmarks.md.

usage: python3 generator/bench/benchmark.py [--sizes 100,1000,5000] [--runs 3] [--work DIR]
       python3 generator/bench/benchmark.py --hugo ../shared/bench [--sizes 1000] [--runs 3]

Run from the project root. Builds the command-line jar when it is missing (mvn -DskipTests
package). For each size it writes a corpus with corpus.py (kept in the work folder), then runs
the CLI in a fresh JVM each time, as CI does, and records the wall time and the peak resident
memory of the process:
  validate   journeymap validate
  full       journeymap build into an empty folder: every page, SVG and PNG
  rebuild    journeymap build --rebuild into the folder of the previous build: every page again,
             unchanged PNGs reused (what any edit of a source file costs)
  up to date journeymap build into the folder of the previous build from the same files
and the live preview's re-render of one edited journey (ServeRebuild.java). Times are medians.

With --hugo DIR (the folder of compare-with-hugo.sh, make_corpus.py and hugo_site.py) it runs,
alternating, Hugo and the three kinds of journeymap build on that folder's corpus and prints
each median beside Hugo's.
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


def compare_with_hugo(o, java):
    """The three kinds of build against Hugo's, alternating, on the corpus of compare-with-hugo.sh."""
    if shutil.which("hugo") is None:
        sys.exit("hugo is not installed (apt-get install hugo)")
    for n in (int(s) for s in o.sizes.split(",")):
        w = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"jm-bench-{n}")
        if not os.path.isdir(os.path.join(w, "corpus")):
            subprocess.run([sys.executable, os.path.join(o.hugo, "make_corpus.py"), f"{w}/corpus", str(n)], check=True)
        if not os.path.isdir(os.path.join(w, "hugo")):
            subprocess.run([sys.executable, os.path.join(o.hugo, "hugo_site.py"), f"{w}/corpus", f"{w}/hugo"],
                           check=True)
        out, empty = f"{w}/out-jm", f"{w}/out-jm-empty"
        cmds = {"hugo": ["hugo", "-s", f"{w}/hugo", "--quiet", "-d", f"{w}/out-hugo"],
                "full": java + ["build", f"{w}/corpus", "-o", empty],
                "rebuild": java + ["build", "--rebuild", f"{w}/corpus", "-o", out],
                "up to date": java + ["build", f"{w}/corpus", "-o", out]}
        run(cmds["hugo"])
        run(cmds["rebuild"])
        t = {k: [] for k in cmds}
        for _ in range(o.runs):
            for k, c in cmds.items():
                if k == "full":
                    shutil.rmtree(empty, ignore_errors=True)
                t[k].append(run(c))
        m = {k: median(v)[0] for k, v in t.items()}
        print(f"{n:,} journeys, median wall of {o.runs} alternating runs: Hugo {m['hugo']:.2f} s; journeymap "
              + ", ".join(f"{k} {m[k]:.2f} s ({m[k] / m['hugo']:.2f} x Hugo)" for k in ("full", "rebuild", "up to date")))


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    a.add_argument("--sizes", default="100,1000,5000")
    a.add_argument("--runs", type=int, default=3)
    a.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "journeymap-bench"))
    a.add_argument("--no-serve", action="store_true", help="skip the live preview measurement")
    a.add_argument("--hugo", metavar="DIR", help="compare with Hugo instead, on the corpus of DIR's scripts")
    o = a.parse_args()
    if not os.path.isfile(JAR):
        subprocess.run(["mvn", "-B", "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
    java = ["java", "-jar", JAR]
    if o.hugo:
        compare_with_hugo(o, java)
        return
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
        rebuild = [run(java + ["build", "--rebuild", corpus, "-o", out]) for _ in range(o.runs)]
        same = [run(java + ["build", corpus, "-o", out]) for _ in range(o.runs)]
        (v, vm), (f, fm), (r, rm), (u, um) = median(validate), median(full), median(rebuild), median(same)
        serve = ""
        if not o.no_serve:
            line = subprocess.run(["java", "-cp", JAR, os.path.join(HERE, "ServeRebuild.java"), corpus],
                                  check=True, capture_output=True, text=True).stdout
            serve = line.strip().splitlines()[-1]
        rows.append((n, v, vm, f, fm, r, rm, u, um, (f - r) / n * 1000, serve))
        print(f"{n} journeys: validate {v:.2f} s, full build {f:.2f} s, rebuild {r:.2f} s, up to date {u:.2f} s;"
              f" {serve}", file=sys.stderr)
    print(f"| journeys | validate | peak | full build | peak | rebuild | peak | up to date | peak | PNG per curve |")
    print(f"|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, v, vm, f, fm, r, rm, u, um, png, _ in rows:
        print(f"| {n:,} | {v:.2f} s | {vm:.0f} MiB | {f:.2f} s | {fm:.0f} MiB | {r:.2f} s | {rm:.0f} MiB"
              f" | {u:.2f} s | {um:.0f} MiB | {png:.0f} ms |")
    for n, *_, serve in rows:
        if serve:
            print(f"\nlive preview, {n:,} journeys: {serve}")


if __name__ == "__main__":
    main()
