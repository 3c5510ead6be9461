#!/usr/bin/env python3
"""Pairwise precision and recall of `pith dedup` output against the planted families of a
corpus from make_dedup_corpus.py.

    python3 bench/score_dedup_families.py OUT.jsonl CORPUS.jsonl.families.tsv

Reads only the leading "id" and the appended "cluster" of each output line (pith dedup keeps
input lines byte for byte and appends its fields), so a million records take about a minute.
"""
import re
import sys
from collections import Counter, defaultdict

ID = re.compile(rb'^\{"id": ?"([^"]+)"')
CLUSTER = re.compile(rb'"cluster":(\d+),')
TAIL = 200  # the appended fields are within the last bytes of a line


def pairs(n):
    return n * (n - 1) // 2


def main():
    out, families_tsv = sys.argv[1], sys.argv[2]
    family = {}
    with open(families_tsv) as f:
        for line in f:
            doc, fam = line.split("\t")
            family[doc] = int(fam)
    clusters = defaultdict(Counter)
    with open(out, "rb") as f:
        for line in f:
            doc = ID.match(line).group(1).decode()
            cluster = int(CLUSTER.search(line, max(0, len(line) - TAIL)).group(1))
            clusters[cluster][family[doc]] += 1
    correct = sum(pairs(n) for c in clusters.values() for n in c.values())
    predicted = sum(pairs(sum(c.values())) for c in clusters.values())
    gold = sum(pairs(n) for n in Counter(family.values()).values())
    print(f"planted-family pairs: gold {gold} predicted {predicted} correct {correct}"
          f"  P {correct / max(1, predicted):.4f} R {correct / max(1, gold):.4f}")


if __name__ == "__main__":
    main()
