#!/usr/bin/env python3
"""Splits the checked blind questions once into tune and sealed, stratified by kind and trait.
Prints counts only: whoever runs it does not read the sealed questions.

Run once, on 2026-11-30, from the folder holding raw/a*.jsonl (the authors' files, checked), with the project
at PROJECT; the old held-out set was appended to tune. The raw files were deleted afterwards, so that the
sealed questions exist only in eval/sealed.jsonl."""
import json, random, glob, collections, os
PROJECT = os.environ.get("PROJECT", ".")
FIELDS = ["id", "kind", "trait", "question", "history", "gold", "facts", "answerable"]
rows = []
for f in sorted(glob.glob("raw/a*.jsonl")):
    for line in open(f, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            rows.append({k: d.get(k) for k in FIELDS})
rng = random.Random(20261130)
# Near-duplicates (authors share phrasings) stay on one side, or tuning on one copy would score on the other.
import re as _re
def grams(r):
    t = _re.sub(r"[\s\W_]+", "", "".join(r.get("history") or []) + r["question"])
    return {t[i:i+2] for i in range(len(t) - 1)}
g = [grams(r) for r in rows]
parent = list(range(len(rows)))
def find(i):
    while parent[i] != i:
        parent[i] = parent[parent[i]]; i = parent[i]
    return i
for i in range(len(rows)):
    for j in range(i + 1, len(rows)):
        if g[i] and g[j] and len(g[i] & g[j]) / len(g[i] | g[j]) >= 0.5:
            parent[find(i)] = find(j)
clusters = collections.defaultdict(list)
for i, r in enumerate(rows):
    clusters[find(i)].append(r)
groups = collections.defaultdict(list)
for members in clusters.values():
    members.sort(key=lambda r: r["id"])
    groups[(members[0]["kind"], members[0].get("trait") or "")].append(members)
tune, sealed = [], []
for key in sorted(groups):
    cl = sorted(groups[key], key=lambda m: m[0]["id"])
    rng.shuffle(cl)
    nt = ns = 0
    for members in cl:
        side = tune if (nt < ns or (nt == ns and rng.random() < 0.5)) else sealed
        side.extend(members)
        if side is tune: nt += len(members)
        else: ns += len(members)
print("clusters of near-duplicates:", sum(1 for m in clusters.values() if len(m) > 1),
      "holding", sum(len(m) for m in clusters.values() if len(m) > 1), "questions")
holdout = [json.loads(l) for l in open(PROJECT + "/eval/holdout.jsonl", encoding="utf-8") if l.strip()]
for h in holdout:
    h.setdefault("trait", None)
def write(path, items):
    with open(path, "w", encoding="utf-8") as out:
        for r in items:
            r = {k: r.get(k) for k in FIELDS if r.get(k) is not None or k in ("history", "gold", "facts")}
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
write(PROJECT + "/eval/tune.jsonl", sorted(tune, key=lambda r: r["id"]) + holdout)
write(PROJECT + "/eval/sealed.jsonl", sorted(sealed, key=lambda r: r["id"]))
c = lambda items: dict(collections.Counter(r["kind"] for r in items))
print("blind questions:", len(rows))
print("tune (new):", len(tune), c(tune))
print("tune (old holdout):", len(holdout))
print("sealed:", len(sealed), c(sealed))
