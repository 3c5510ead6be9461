#!/usr/bin/env python3
"""Builds a benchmark .warc.gz from ../shared/bench/*/pages/*.html.gz, repeated until it is at least
TARGET bytes, and writes prefixes of it at the given sizes (never commit the output: it is large).

usage: make_warc.py OUT_PREFIX SIZE_MB [SIZE_MB ...]
  e.g. make_warc.py /tmp/pith-bench 256 512 1024   -> /tmp/pith-bench-256.warc.gz, ...
Each record is one gzip member (as in Common Crawl): a WARC response with an HTTP header
(text/html; charset=utf-8) and the page bytes; record ids are unique across repetitions.
"""
import glob, gzip, os, sys, uuid, datetime

def pages(root):
    return sorted(glob.glob(os.path.join(root, "*", "pages", "*.html.gz")))

def record(page_bytes, url, rid, date):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(page_bytes)).encode() + b"\r\n\r\n") + page_bytes
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
            "WARC-Date: %s\r\nWARC-Target-URI: %s\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (rid, date, url, len(http))).encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=1, mtime=0)

def main():
    out, sizes = sys.argv[1], sorted(int(s) * 1024 * 1024 for s in sys.argv[2:])
    here = os.path.dirname(os.path.abspath(__file__))
    files = pages(os.path.join(here, "..", "..", "shared", "bench"))
    if not files:
        files = pages("/work/shared/bench")
    bodies = [(os.path.basename(f)[:-8], gzip.open(f).read()) for f in files]
    date = datetime.datetime(2026, 1, 1).strftime("%Y-%m-%dT%H:%M:%SZ")
    writers = {s: open("%s-%d.warc.gz" % (out, s // (1024 * 1024)), "wb") for s in sizes}
    written, rep, n = 0, 0, 0
    while written < sizes[-1]:
        for pid, body in bodies:
            member = record(body, "https://bench.example/%d/%s" % (rep, pid),
                            uuid.UUID(int=rep << 64 | n), date)
            n += 1
            for s, w in list(writers.items()):
                w.write(member)
                if written + len(member) >= s:
                    w.close(); del writers[s]
                    print("%s-%d.warc.gz: %d records" % (out, s // (1024 * 1024), n), flush=True)
            written += len(member)
            if written >= sizes[-1]:
                break
        rep += 1

main()
