#!/usr/bin/env python3
"""Writes a synthetic journeymap source folder (format v1) for benchmarks.

usage: corpus.py OUT_DIR JOURNEYS [--stages 6] [--steps 5] [--personas N/10] [--touchpoints 40]

Deterministic: the same arguments give the same bytes. The corpus uses what real portfolios use:
journeys in groups (sub-folders), Markdown scenarios, touchpoints, actions and thoughts, pain
points with evidence, opportunities, metrics and targets, moments of truth, journeys shared by two
personas, and future-state journeys with a baseline and related journeys. It is valid: a build
reports no error and no warning.
"""
import argparse, os, random

WORDS = ("customer order delivery payment account support search compare price basket checkout "
         "confirm email store review rating parcel refund contract upgrade onboarding login password "
         "invoice offer discount catalogue advisor call chat wait queue form document signature branch "
         "card loan mortgage sofa").split()
GROUPS = ("retail", "banking", "insurance", "telecom", "public-sector")
CHANNELS = ("Online", "Store", "Phone", "Social", "Email", "App")


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', "'") + '"'


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    a.add_argument("out")
    a.add_argument("journeys", type=int)
    a.add_argument("--stages", type=int, default=6)
    a.add_argument("--steps", type=int, default=5, help="steps per stage")
    a.add_argument("--personas", type=int, default=None, help="default: one per ten journeys, at least 3")
    a.add_argument("--touchpoints", type=int, default=40)
    o = a.parse_args()
    personas = o.personas or max(3, o.journeys // 10)
    r = random.Random(20261122)

    def words(n):
        return " ".join(r.choice(WORDS) for _ in range(n)).capitalize()

    os.makedirs(f"{o.out}/personas", exist_ok=True)
    for g in GROUPS:
        os.makedirs(f"{o.out}/journeys/{g}", exist_ok=True)
    with open(f"{o.out}/site.yaml", "w") as f:
        f.write("title: Benchmark portfolio\nlanguage: en\nrules:\n  pain-point-without-evidence: off\n")
    with open(f"{o.out}/touchpoints.yaml", "w") as f:
        f.write("touchpoints:\n")
        for t in range(o.touchpoints):
            f.write(f"  - id: tp-{t}\n    name: {q(words(2))}\n    channel: {r.choice(CHANNELS)}\n"
                    f"    kind: {r.choice(['direct', 'direct', 'indirect'])}\n")
    for p in range(personas):
        with open(f"{o.out}/personas/persona-{p}.yaml", "w") as f:
            f.write(f"name: {q('Persona ' + str(p))}\nrole: {q(words(4))}\nsegment: {q(words(3))}\n"
                    f"quote: {q(words(10))}\nabout: |\n  {words(30)}.\n\n  **{words(5)}** and *{words(4)}*.\n"
                    f"goals: [{q(words(5))}, {q(words(5))}]\nfrustrations: [{q(words(6))}]\n"
                    f"channels: [tp-{r.randrange(o.touchpoints)}]\n"
                    f"research:\n  - source: Interview {r.randint(1, 99)}\n    quote: {q(words(12))}\n")
    for j in range(o.journeys):
        group = GROUPS[j % len(GROUPS)]
        two = r.random() < 0.15
        who = r.sample(range(personas), 2) if two else [r.randrange(personas)]
        # every fifth journey is the future state of the one before it
        future = j % 5 == 4
        with open(f"{o.out}/journeys/{group}/journey-{j}.yaml", "w") as f:
            f.write(f"title: {q('Journey ' + str(j) + ': ' + words(4))}\n")
            if two:
                f.write(f"personas: [persona-{who[0]}, persona-{who[1]}]\n")
            else:
                f.write(f"persona: persona-{who[0]}\n")
            if future:
                f.write(f"state: future\nbaseline: journey-{j - 1}\n")
            if j > 0 and r.random() < 0.3:
                f.write(f"related: [journey-{r.randrange(j)}]\n")
            f.write(f"owner: {q(words(2))}\ntags: [{r.choice(WORDS)}, {r.choice(WORDS)}]\n"
                    f"scenario: |\n  {words(40)}.\n\n  - {words(6)}\n  - **{words(3)}** {words(3)}\nstages:\n")
            reach = 100000
            for s in range(o.stages):
                reach = int(reach * r.uniform(0.5, 0.95))
                f.write(f"  - name: {q('Stage ' + str(s) + ' ' + words(2))}\n    id: stage-{s}\n    reach: {reach}\n"
                        f"    goal: {q(words(6))}\n    steps:\n")
                for k in range(o.steps):
                    emotion = (f"{{persona-{who[0]}: {r.randint(-2, 2)}, persona-{who[1]}: {r.randint(-2, 2)}}}"
                               if two else str(r.randint(-2, 2)))
                    f.write(f"      - name: {q(words(4))}\n        id: step-{s}-{k}\n"
                            f"        touchpoints: [tp-{r.randrange(o.touchpoints)}]\n"
                            f"        emotion: {emotion}\n"
                            f"        actions: [{q(words(6))}]\n"
                            f"        thoughts: [{q(words(9))}]\n")
                    if r.random() < 0.1:
                        f.write("        momentOfTruth: true\n")
                    if r.random() < 0.4:
                        f.write(f"        painPoints:\n          - text: {q(words(7))}\n"
                                f"            evidence: [{{source: Survey {r.randint(1, 9)}, quote: {q(words(8))}}}]\n")
                    if r.random() < 0.3:
                        f.write(f"        opportunities:\n          - title: {q(words(5))}\n"
                                f"            impact: {r.choice(['low', 'medium', 'high'])}\n"
                                f"            effort: {r.choice(['low', 'medium', 'high'])}\n"
                                f"            status: {r.choice(['idea', 'planned', 'in-progress', 'done'])}\n")
                    if r.random() < 0.3:
                        f.write(f"        metrics: {{csat: {round(r.uniform(1, 5), 1)}, conversion: {round(r.uniform(0, 1), 3)}}}\n"
                                f"        targets: {{csat: 4}}\n")
                    if r.random() < 0.2:
                        f.write(f"        evidence:\n          - quote: {q(words(12))}\n            source: Interview {r.randint(1, 99)}\n")


if __name__ == "__main__":
    main()
