#!/usr/bin/env python3
"""Writes a JSON Lines file of N patients (copies of the five published cases with new ids) for timing
`lamtrack advise --all`. Usage: make-worklist.py N OUT.jsonl"""
import json
import pathlib
import sys

n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
root = pathlib.Path(__file__).resolve().parents[2] / "data" / "case-series"
cases = [json.loads(p.read_text()) for p in sorted(root.glob("case-*.json"))]
with out.open("w") as f:
    for i in range(n):
        patient = dict(cases[i % len(cases)])
        patient["id"] = f"{patient['id']}-copy-{i:06d}"
        f.write(json.dumps(patient, separators=(",", ":")) + "\n")
