#!/usr/bin/env python3
"""Adds measurement files to a corpus made by the shared make_corpus.py: 100 rows per journey
(five steps, 20 months of NPS each), in ten files. usage: make-measurements.py CORPUS JOURNEYS"""
import os, re, sys, random
src, n = sys.argv[1], int(sys.argv[2])
random.seed(7)
os.makedirs(f"{src}/measurements", exist_ok=True)
for f in range(10):
    with open(f"{src}/measurements/export-{f}.csv", "w") as out:
        out.write("journey,step,metric,value,date,source\n")
        for j in range(f * n // 10, (f + 1) * n // 10):
            text = open(f"{src}/journeys/journey-{j}.yaml").read()
            steps = re.findall(r"id: (step-\d+-\d+)", text)[:5]
            for s in steps:
                for m in range(20):
                    y, mo = 2025 + (m + 3) // 12, (m + 3) % 12 + 1
                    out.write(f"journey-{j},{s},nps,{random.randint(-60, 80)},{y}-{mo:02d},Survey export\n")
