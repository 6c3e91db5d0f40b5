#!/usr/bin/env python3
"""Rounds 2 and later: splits the checked blind questions of one round once, 40% to tune and 60% to a new sealed set,
stratified by kind and trait, near-duplicates on one side. The previous sealed set, run once and reported, is retired
into tune. Prints counts only.

Usage: python3 split_round.py ROUND 'GLOB'   (round 2: 2 'raw2/b*.jsonl'; round 3: 3 'raw3/c*.jsonl')"""
import json, random, glob, collections, os, re, sys
ROUND, PATTERN = int(sys.argv[1]), sys.argv[2]
PROJECT = os.environ.get("PROJECT", ".")
FIELDS = ["id", "kind", "trait", "question", "history", "gold", "facts", "answerable"]
rows = []
for f in sorted(glob.glob(PATTERN)):
    for line in open(f, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            rows.append({k: d.get(k) for k in FIELDS})
rng = random.Random(20261130 + ROUND)
def grams(r):
    t = re.sub(r"[\s\W_]+", "", "".join(r.get("history") or []) + r["question"])
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
        side = sealed if ns < 0.6 * (nt + ns + len(members)) else tune  # 60% sealed
        side.extend(members)
        if side is tune: nt += len(members)
        else: ns += len(members)
def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
old_tune = load(PROJECT + "/eval/tune.jsonl")
old_sealed = load(PROJECT + "/eval/sealed.jsonl") if os.path.exists(PROJECT + "/eval/sealed.jsonl") else []  # may be retired already
def write(path, items):
    with open(path, "w", encoding="utf-8") as out:
        for r in items:
            r = {k: r.get(k) for k in FIELDS if r.get(k) is not None or k in ("history", "gold", "facts")}
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
write(PROJECT + "/eval/tune.jsonl", old_tune + old_sealed + sorted(tune, key=lambda r: r["id"]))
write(PROJECT + "/eval/sealed.jsonl", sorted(sealed, key=lambda r: r["id"]))
c = lambda items: dict(sorted(collections.Counter(r["kind"] for r in items).items()))
print("clusters of near-duplicates:", sum(1 for m in clusters.values() if len(m) > 1))
print(f"round-{ROUND} blind questions:", len(rows))
print("tune: old", len(old_tune), "+ retired sealed", len(old_sealed), "+ new", len(tune), c(tune))
print("new sealed:", len(sealed), c(sealed))
