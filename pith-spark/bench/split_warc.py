#!/usr/bin/env python3
"""Splits a .warc.gz (one gzip member per record, as bench/make_warc.py writes) into N files of
about equal size at record boundaries, so a Spark job has N tasks to spread over its cores.

usage: split_warc.py IN.warc.gz N OUT_PREFIX   -> OUT_PREFIX-00.warc.gz ... (never commit them)
"""
import sys
import zlib

# make_warc.py's members start with this header (deflate, no flags, mtime 0)
MEMBER_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00"
PROBE = 1 << 16


def starts_member(data, at):
    """True when a gzip member starts at `at` (its first bytes inflate without error)."""
    try:
        zlib.decompressobj(31).decompress(data[at:at + PROBE])
        return True
    except zlib.error:
        return False


def boundary_after(data, at):
    while True:
        at = data.find(MEMBER_HEADER, at)
        if at < 0 or starts_member(data, at):
            return len(data) if at < 0 else at
        at += 1


def main():
    src, n, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(src, "rb") as f:
        data = f.read()
    cuts = [0] + [boundary_after(data, len(data) * k // n) for k in range(1, n)] + [len(data)]
    for k in range(n):
        with open("%s-%02d.warc.gz" % (prefix, k), "wb") as out:
            out.write(data[cuts[k]:cuts[k + 1]])
    print("%d files, %d MB" % (n, len(data) >> 20))


main()
