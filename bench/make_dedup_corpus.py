#!/usr/bin/env python3
"""Writes a synthetic JSON Lines corpus for the `pith dedup` scale benchmark.

    python3 bench/make_dedup_corpus.py N OUT.jsonl [--seed S]

N documents of ~3 KB (about 460 words in paragraphs of 20-60 words), records
{"id", "site", "url", "text"} as `pith extract` writes them. Words are drawn from a
made-up vocabulary of 50,000 words with Zipf-like frequencies, so that shingles repeat
across documents as in real text. Every site has a template (a header and a footer
line) on all its pages, so the boilerplate pass has something to find.

Planted near-duplicate families: 30 % of the documents are versions of an earlier
document of the family's first site or of another site (syndication): words replaced,
dropped or inserted at a rate of 0-15 %, a paragraph rewritten, or (1 in 10) only the
first two paragraphs (a teaser). The family of each document is written to
OUT.families.tsv (id, family) for checking; it is not used by `pith dedup`.

Generated data: do not commit the output.
"""
import argparse
import json
import random

import numpy as np

VOCABULARY = 50_000
SITES = 2_000
WORDS_PER_DOC = 460
DUPLICATE_SHARE = 0.30
TEASER_SHARE = 0.10
MAX_EDIT_RATE = 0.15
SYNDICATED_SHARE = 0.2


def make_vocabulary(rng):
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = set()
    while len(words) < VOCABULARY:
        n = 2 + min(12, int(rng.expovariate(1 / 3.2)))
        words.add("".join(rng.choice(letters) for _ in range(n)))
    return sorted(words)  # frequency rank independent of length: ~5 letters per word on average


def paragraphs(words):
    out, i = [], 0
    while i < len(words):
        n = random.randint(20, 60)
        out.append(words[i:i + n])
        i += n
    return out


def mutate(paras, vocab, rate, rng):
    out = []
    for p in paras:
        q = []
        for w in p:
            r = rng.random()
            if r < rate / 3:
                continue
            if r < 2 * rate / 3:
                q.append(vocab[rng.randrange(len(vocab))])
            elif r < rate:
                q.extend((w, vocab[rng.randrange(len(vocab))]))
            else:
                q.append(w)
        out.append(q)
    if len(out) > 2 and rng.random() < 0.3:  # one paragraph rewritten
        k = rng.randrange(len(out))
        out[k] = [vocab[rng.randrange(len(vocab))] for _ in out[k]]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    random.seed(a.seed)
    nprng = np.random.default_rng(a.seed)
    vocab = make_vocabulary(rng)
    ranks = np.arange(1, VOCABULARY + 1, dtype=np.float64)
    weights = 1.0 / ranks ** 1.05
    weights /= weights.sum()
    templates = []
    for s in range(SITES):
        head = " ".join(rng.choice(vocab[:2000]) for _ in range(rng.randint(5, 15)))
        foot = " ".join(rng.choice(vocab[:2000]) for _ in range(rng.randint(10, 30)))
        templates.append(("Site %d | %s" % (s, head), "%s (c) site %d" % (foot, s)))
    bases = []  # (site, family, paragraphs) of original documents
    with open(a.out, "w", encoding="utf-8") as out, open(a.out + ".families.tsv", "w") as fam:
        batch = nprng.choice(VOCABULARY, size=(1024, WORDS_PER_DOC), p=weights)
        used = 0
        for i in range(a.n):
            if bases and rng.random() < DUPLICATE_SHARE:
                site, family, paras = bases[rng.randrange(len(bases))]
                if rng.random() < SYNDICATED_SHARE:
                    site = rng.randrange(SITES)
                if rng.random() < TEASER_SHARE:
                    paras = paras[:2]
                else:
                    paras = mutate(paras, vocab, rng.random() * MAX_EDIT_RATE, rng)
            else:
                if used == len(batch):
                    batch = nprng.choice(VOCABULARY, size=(1024, WORDS_PER_DOC), p=weights)
                    used = 0
                words = [vocab[k] for k in batch[used]]
                used += 1
                site, family, paras = rng.randrange(SITES), i, paragraphs(words)
                bases.append((site, family, paras))
            head, foot = templates[site]
            text = "\n".join([head] + [" ".join(p) for p in paras] + [foot])
            rec = {"id": "d%d" % i, "site": "site%d.example" % site,
                   "url": "https://site%d.example/a/%d" % (site, i), "text": text}
            out.write(json.dumps(rec))
            out.write("\n")
            fam.write("d%d\t%d\n" % (i, family))


if __name__ == "__main__":
    main()
