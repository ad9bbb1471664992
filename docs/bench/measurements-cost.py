#!/usr/bin/env python3
"""Measures what measurement files cost a clean build: a corpus with the rows of
make-measurements.py (100 per journey) against the same corpus without them.

usage: python3 docs/bench/measurements-cost.py CORPUS [--runs 6] [--work DIR] [--curves-cached]

CORPUS is a folder made by the shared make_corpus.py (journey-N.yaml files), without a
measurements/ folder. Run from the project root after building the jar (mvn -DskipTests package).
Each run times `journeymap build --no-cache` of both folders back to back into empty folders,
in fresh JVMs (`java -jar`), the first of the pair alternating; each site is removed after its
build and the disk settled (`sync`) before the next, so that no build pays for another's files.
Prints both medians and the median of the differences within the pairs, of wall time and of
processor time (user and system, of the launcher and the JVM it starts), in seconds. On a shared
machine, also compare the pairs run in each order: their mean is free of an order effect.

Most of a clean build's processor time (six sevenths) is drawing the curves' PNGs, which the
rows do not touch, and its time varies by seconds from run to run. --curves-cached times instead
a build into an empty folder with a build cache filled by a build before the first run: the
measurement files are read and checked anew (their rows are removed from the cache before each
build) and every page, site.json and the CSV files are made anew, as in a clean build, while the
curves' pictures and the YAML files' parse trees come from the cache. Such a build also digests
the measurement files and each journey's rows for the cache, which a clean build does not, so
its difference is an upper bound for a clean build's. A --work folder on tmpfs (/dev/shm) keeps
the disk's own variation out.
"""
import argparse, glob, os, resource, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
JAR = os.path.join(ROOT, "generator", "target", "journeymap.jar")


def run(cmd):
    """Wall seconds, and processor seconds (user and system) of the process and the JVM it starts."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    a.add_argument("corpus")
    a.add_argument("--runs", type=int, default=6)
    a.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "journeymap-measurements-bench"))
    a.add_argument("--curves-cached", action="store_true",
                   help="time builds into an empty folder with the curves in the build cache")
    o = a.parse_args()
    kind = "empty folder, curves cached" if o.curves_cached else "clean build"
    journeys = len([f for f in os.listdir(os.path.join(o.corpus, "journeys")) if f.endswith(".yaml")])
    plain = os.path.join(o.work, "plain")
    measured = os.path.join(o.work, "measured")
    for folder in (plain, measured):
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(o.corpus, folder)
    subprocess.run([sys.executable, os.path.join(HERE, "make-measurements.py"), measured, str(journeys)], check=True)
    sources = {"with the rows": measured, "without": plain}
    t = {k: [] for k in sources}
    for name in ("site-measured", "site-plain", "cache-measured", "cache-plain"):
        shutil.rmtree(os.path.join(o.work, name), ignore_errors=True)
    def cache(src):
        return ["--cache-dir", os.path.join(o.work, "cache-" + os.path.basename(src))] if o.curves_cached \
            else ["--no-cache"]

    if o.curves_cached:
        for src in (measured, plain):
            out = os.path.join(o.work, "site-fill")
            run(["java", "-jar", JAR, "build"] + cache(src) + [src, "-o", out])  # puts the curves in the cache
            shutil.rmtree(out, ignore_errors=True)
        os.sync()
    for r in range(o.runs):
        order = list(sources.items()) if r % 2 == 0 else list(sources.items())[::-1]
        for k, src in order:
            out = os.path.join(o.work, "site-" + ("measured" if src == measured else "plain"))
            if o.curves_cached:
                # the rows read before go, so that the files are read as in a clean build
                for rows in glob.glob(os.path.join(o.work, "cache-" + os.path.basename(src), "*", "rows")):
                    shutil.rmtree(rows)
            t[k].append(run(["java", "-jar", JAR, "build"] + cache(src) + [src, "-o", out]))
            print(f"run {r + 1}: {k:13} {t[k][-1][0]:6.2f} s, processor {t[k][-1][1]:6.2f} s", flush=True)
            # the site is removed and the disk settled before the next build, not as it starts: when
            # the removal came first, the build after it was about 3 s slower
            shutil.rmtree(out, ignore_errors=True)
            os.sync()
    for i, what in ((0, "wall"), (1, "processor")):
        w = [x[i] for x in t["with the rows"]]
        n = [x[i] for x in t["without"]]
        print(f"{journeys:,} journeys, {kind}, {o.runs} runs, {what}: with the rows {statistics.median(w):.2f} s,"
              f" without {statistics.median(n):.2f} s, difference of medians"
              f" {statistics.median(w) - statistics.median(n):+.2f} s, median of the paired differences"
              f" {statistics.median(a - b for a, b in zip(w, n)):+.2f} s")


if __name__ == "__main__":
    main()
