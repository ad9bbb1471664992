#!/usr/bin/env python3
"""Measures what the history from git costs a build: a corpus in a git repository with COMMITS
commits (each changing the emotion, title or pain points of a few journeys, a rename among them),
against the same corpus outside any repository.

usage: python3 generator/bench/history.py [--journeys 1000] [--commits 200] [--runs 3] [--work DIR]

Run from the project root after building the jar (mvn -DskipTests package). It times, in fresh
JVMs, each kind of build for the two folders back to back:
  clean      journeymap build --no-cache into an empty folder
  cached     journeymap build with a build cache that has seen these files and commits, after
             editing one journey (so the site is built, and the history read from the cache)
  up to date journeymap build with the same cache into the folder it built, nothing changed
and prints each median with the difference the history makes, and the median of the differences
within each run's pair (steadier on a shared machine). Times are wall seconds.
"""
import argparse, os, random, re, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
JAR = os.path.join(ROOT, "generator", "target", "journeymap.jar")


def run(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def git(repo, *args, env=None):
    subprocess.run(["git", "-C", repo, *args], check=True, stdout=subprocess.DEVNULL, env=env)


def make_repository(corpus, repo, commits):
    """The corpus committed, then changed commit by commit (deterministic)."""
    shutil.copytree(corpus, os.path.join(repo, "src"))
    git(repo, "init", "-q", "-b", "main")
    env = dict(os.environ, GIT_AUTHOR_NAME="CX", GIT_AUTHOR_EMAIL="cx@example.org", GIT_COMMITTER_NAME="CX",
               GIT_COMMITTER_EMAIL="cx@example.org")
    day = 1_700_000_000

    def commit(message):
        nonlocal day
        day += 86_400
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "--no-gpg-sign", "--allow-empty", "-m", message,
            env=dict(env, GIT_AUTHOR_DATE=f"@{day} +0100", GIT_COMMITTER_DATE=f"@{day} +0100"))

    commit("The corpus")
    journeys = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(repo, "src", "journeys"))
                      for f in fs if f.endswith(".yaml"))
    rnd = random.Random(7)
    for i in range(1, commits):
        for path in rnd.sample(journeys, 3):
            text = open(path, encoding="utf-8").read()
            kind = (i + len(path)) % 3
            if kind == 0:
                text = re.sub(r"emotion: (-?[0-9.]+)", lambda m: f"emotion: {rnd.choice([-2, -1, 0, 1, 2])}", text, 1)
            elif kind == 1:
                text = re.sub(r'^title: "(.*?)(?: \(\d+\))?"$', lambda m: f'title: "{m.group(1)} ({i})"', text, 1,
                              flags=re.M)
            else:
                text = text.replace("painPoints:\n", f"painPoints:\n          - Found in round {i}\n", 1)
            open(path, "w", encoding="utf-8").write(text)
        if i % 50 == 0:  # a rename now and then
            old = journeys[i % len(journeys)]
            new = old.replace(".yaml", f"-{i}.yaml")
            os.rename(old, new)
            journeys[i % len(journeys)] = new
        commit(f"Round {i}: what the research found")


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    a.add_argument("--journeys", type=int, default=1000)
    a.add_argument("--commits", type=int, default=200)
    a.add_argument("--runs", type=int, default=3)
    a.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "journeymap-history-bench"))
    o = a.parse_args()
    corpus = os.path.join(o.work, f"corpus-{o.journeys}")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), corpus, str(o.journeys)], check=True)
    repo = os.path.join(o.work, f"repo-{o.journeys}-{o.commits}")
    if not os.path.isdir(repo):
        make_repository(corpus, repo, o.commits)
    # the same files as the repository's last commit, outside any repository
    plain = os.path.join(o.work, "plain")
    shutil.rmtree(plain, ignore_errors=True)
    shutil.copytree(os.path.join(repo, "src"), plain)
    sources = {"history": os.path.join(repo, "src"), "none": plain}
    java = ["java", "-jar", JAR]
    t = {(k, w): [] for k in sources for w in ("clean", "cached", "up to date")}
    for k, src in sources.items():  # warm the caches and the folders; the second run makes the class archive
        for _ in range(2):
            run(java + ["build", "--rebuild", "--cache-dir", f"{o.work}/cache-{k}", src, "-o", f"{o.work}/out-{k}"])
    edited = sorted(os.path.relpath(os.path.join(d, f), os.path.join(plain, "journeys"))
                    for d, _, fs in os.walk(os.path.join(plain, "journeys")) for f in fs if f.endswith(".yaml"))[0]
    for k in sources:
        shutil.rmtree(f"{o.work}/clean-{k}", ignore_errors=True)
    for r in range(o.runs):
        # each kind of build for both folders back to back, the first of the pair alternating, each
        # after the disk has written what the build before wrote (sync), so that neither pays for
        # the other's writing
        order = list(sources.items()) if r % 2 == 0 else list(sources.items())[::-1]
        for k, src in order:
            t[(k, "clean")].append(run(java + ["build", "--no-cache", src, "-o", f"{o.work}/clean-{k}"]))
            # removed after the build, not as the next one starts: that one would pay for it
            shutil.rmtree(f"{o.work}/clean-{k}", ignore_errors=True)
            os.sync()
        for k, src in order:
            # an edit of one journey, not committed: the site is built, the history read from the cache
            path = os.path.join(src, "journeys", edited)
            text = open(path, encoding="utf-8").read()
            open(path, "w", encoding="utf-8").write(re.sub(r'^title: "', f'title: "Edit {r} ', text, 1, flags=re.M))
            os.sync()
            t[(k, "cached")].append(run(java + ["build", "--cache-dir", f"{o.work}/cache-{k}", src, "-o",
                                                 f"{o.work}/out-{k}"]))
        for k, src in order:
            os.sync()
            t[(k, "up to date")].append(run(java + ["build", "--cache-dir", f"{o.work}/cache-{k}", src, "-o",
                                                     f"{o.work}/out-{k}"]))
    print(f"{o.journeys:,} journeys, {o.commits} commits, median wall of {o.runs} alternating runs:")
    for w in ("clean", "cached", "up to date"):
        h = statistics.median(t[("history", w)])
        n = statistics.median(t[("none", w)])
        # each run's pair ran back to back, so the median of their differences is the steadier figure
        paired = statistics.median(a - b for a, b in zip(t[("history", w)], t[("none", w)]))
        print(f"  {w:10}  with history {h:6.2f} s   without {n:6.2f} s   history adds {h - n:+.2f} s"
              f"   (median of the paired differences {paired:+.2f} s)")


if __name__ == "__main__":
    main()
