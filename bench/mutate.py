#!/usr/bin/env python3
"""Mutation check of `pith extract`: damaged copies of benchmark pages must each get exactly one
record, within twice the time budget, in a process that stays under the launcher's heap cap.

usage: bench/mutate.py [--pages N] [--timeout S] [-j J] [--seed K] [--keep] [SET_DIR ...]
  e.g. bench/mutate.py --pages 20 --timeout 5 -j 2

SET_DIRs default to ../shared/bench/{scrapinghub,wcxb-dev,trafilatura-dev,readability-tests};
from each, N pages (a seeded sample) are mutated in every way below. The copies go to a fresh
temporary directory (never into the repository), which is removed at the end unless --keep.
Then one run

  /usr/bin/time -v ./pith extract TMPDIR -o TMPDIR.out/out.jsonl --timeout S -j J --timings ...

with default settings otherwise, and these checks (exit status 1 if one fails):
  - one record per mutated page, none lost, none twice;
  - every page's worker time (--timings) at most 2 x S, none unfinished at the end;
  - peak RSS under the launcher's heap cap (-Xmx(256 + 48 J) MB, as ./pith sets it, or the -Xmx
    in PITH_JAVA_OPTS): the whole process, the JVM's own memory outside the heap included (GC
    card table and mark bitmaps, JIT code and compiler arenas, class metadata, the class-data
    archive, thread stacks, malloc arenas); --non-heap-mb adds an allowance for flags that need
    one, --rss-limit-mb sets the bound outright.
    The script prints where the peak went: the heap committed at most (-Xlog:gc, added to
    PITH_JAVA_OPTS), RSS sampled from /proc (anonymous vs file-backed: the jar, libjvm and the
    class-data archive are file pages), and the JVM's own non-heap accounting at exit
    (Native Memory Tracking, summary level).
It prints the error codes met and the ten slowest pages with their wall and CPU time (a page
slow in wall time with little CPU waited for a core: compare the load average printed).
"""
import argparse, collections, gzip, json, os, random, re, shutil, subprocess, sys, tempfile, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_SETS = ["scrapinghub", "wcxb-dev", "trafilatura-dev", "readability-tests"]


def cut(page, rng):
    """The page cut short at a random point, as an interrupted download leaves it."""
    return page[:rng.randrange(len(page) + 1)]


def duplicate_halves(page, rng):
    """Each half twice: two <html>, two <body>, repeated content, as a botched concatenation."""
    half = len(page) // 2
    return page[:half] * 2 + page[half:] * 2


def swap_chunks(page, rng):
    """Eight chunks cut at random points, shuffled: tags torn apart and closed out of order."""
    points = sorted(rng.randrange(len(page) + 1) for _ in range(7))
    chunks = [page[a:b] for a, b in zip([0] + points, points + [len(page)])]
    rng.shuffle(chunks)
    return b"".join(chunks)


def drop_gt(page, rng):
    """Every '>' removed: no tag ever ends, the parser sees one long run of attributes."""
    return page.replace(b">", b"")


def garbage(page, rng):
    """Random bytes (binary, broken UTF-8, NULs) inserted at 32 random points."""
    out = bytearray(page)
    for _ in range(32):
        at = rng.randrange(len(out) + 1)
        out[at:at] = rng.randbytes(rng.randint(1, 4096))
    return bytes(out)


def nest_deep(page, rng):
    """50,000 unclosed <div><span> at a random point: a tree 100,000 levels deep."""
    at = rng.randrange(len(page) + 1)
    return page[:at] + b"<div><span>" * 50_000 + page[at:]


def tag_soup(page, rng):
    """'<div<span' 200,000 times: the soup whose parse grows with the square of its length."""
    at = rng.randrange(len(page) + 1)
    return page[:at] + b"<div<span" * 200_000 + page[at:]


MUTATIONS = [cut, duplicate_halves, swap_chunks, drop_gt, garbage, nest_deep, tag_soup]


def read_page(path):
    with open(path, "rb") as f:
        data = f.read()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def page_id(path):
    name = os.path.basename(path)
    for ext in (".gz", ".html"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    return name


def write_mutants(sets, per_set, seed, into):
    """Writes SET-ID-MUTATION.html for the sampled pages; returns their ids."""
    ids = []
    for set_dir in sets:
        pages_dir = os.path.join(set_dir, "pages")
        pages = sorted(f for f in os.listdir(pages_dir) if ".htm" in f)
        sample = random.Random(f"{seed}:{set_dir}").sample(pages, min(per_set, len(pages)))
        for name in sample:
            page = read_page(os.path.join(pages_dir, name))
            for mutate in MUTATIONS:
                rng = random.Random(f"{seed}:{set_dir}:{name}:{mutate.__name__}")
                mid = f"{os.path.basename(set_dir.rstrip('/'))}-{page_id(name)}-{mutate.__name__}"
                with open(os.path.join(into, mid + ".html"), "wb") as f:
                    f.write(mutate(page, rng))
                ids.append(mid)
    return ids


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--pages", type=int, default=20, help="pages sampled per set (default 20)")
    ap.add_argument("--timeout", type=int, default=5, help="--timeout S given to pith (default 5)")
    ap.add_argument("-j", type=int, default=2, help="workers (default 2)")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--non-heap-mb", type=int, default=0,
                    help="memory allowed above the heap cap (default 0): the RSS bound is heap cap + this")
    ap.add_argument("--rss-limit-mb", type=int, help="peak RSS allowed (default: heap cap + --non-heap-mb)")
    ap.add_argument("--pith", default=os.path.join(REPO, "pith"))
    a = ap.parse_args()
    sets = a.sets or [os.path.join(REPO, "..", "shared", "bench", s) for s in DEFAULT_SETS]

    tmp = tempfile.mkdtemp(prefix="pith-mutate-")
    pages_dir, out_dir = os.path.join(tmp, "pages"), os.path.join(tmp, "out")
    os.makedirs(pages_dir)
    os.makedirs(out_dir)
    try:
        ids = write_mutants(sets, a.pages, a.seed, pages_dir)
        size = sum(os.path.getsize(os.path.join(pages_dir, f)) for f in os.listdir(pages_dir))
        print(f"{len(ids)} mutated pages ({size / 2**20:.0f} MB) in {pages_dir}", flush=True)
        out, timings = os.path.join(out_dir, "out.jsonl"), os.path.join(out_dir, "timings.jsonl")
        # The launcher builds its jar when sources are newer: build it now, or Maven's JVM would be
        # the peak RSS that /usr/bin/time reports for the run.
        subprocess.run([a.pith, "--version"], stdout=subprocess.DEVNULL, check=False)
        cmd = ["/usr/bin/time", "-v", a.pith, "extract", pages_dir, "-o", out, "--timeout", str(a.timeout),
               "-j", str(a.j), "--timings", timings]
        print(" ".join(cmd), flush=True)
        print(f"load average before: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)", flush=True)
        gc_log = os.path.join(out_dir, "gc.log")
        env = dict(os.environ, PITH_JAVA_OPTS=(os.environ.get("PITH_JAVA_OPTS", "") + f" -Xlog:gc:file={gc_log}"
                                               + " " + NMT_OPTS).strip())
        run = run_sampled(cmd, env)
        summary = [l for l in run.stderr.splitlines() if l.startswith("pith: ")]
        print("\n".join(summary))
        failures = check(a, run, ids, read_jsonl(out) if os.path.exists(out) else [],
                         read_jsonl(timings) if os.path.exists(timings) else [], gc_log)
    finally:
        if a.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL: " + f)
    print("OK" if not failures else f"{len(failures)} check(s) failed")
    sys.exit(1 if failures else 0)


# the JVM's own account of its memory, printed on stdout at exit (pith writes its records to -o)
NMT_OPTS = "-XX:NativeMemoryTracking=summary -XX:+UnlockDiagnosticVMOptions -XX:+PrintNMTStatistics"
RSS_FIELDS = ("VmRSS", "RssAnon", "RssFile", "RssShmem")
SAMPLE_SECONDS = 0.2


class Sampled:
    """A finished run: its exit status, stdout, stderr and the /proc status of its largest moment."""

    def __init__(self, returncode, stdout, stderr, peak):
        self.returncode, self.stdout, self.stderr, self.peak = returncode, stdout, stderr, peak


def descendants(pid):
    """The process ids under pid (the launcher execs java, under /usr/bin/time)."""
    children = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(d))
            except (OSError, IndexError, ValueError):
                pass
    out, todo = [], [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def rss_kb(pid):
    """VmRSS, RssAnon, RssFile and RssShmem of a process in kB, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
        return {k: int(fields[k].split()[0]) for k in RSS_FIELDS if k in fields}
    except (OSError, ValueError):
        return None


def run_sampled(cmd, env):
    """Runs cmd, sampling the RSS of its java process; keeps the sample with the largest VmRSS."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = {}

    def sample():
        while proc.poll() is None:
            for pid in descendants(proc.pid):
                r = rss_kb(pid)
                if r and r.get("VmRSS", 0) > peak.get("VmRSS", 0):
                    peak.clear()
                    peak.update(r)
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    sampler.join()
    return Sampled(proc.returncode, stdout, stderr, peak)


def nmt_figures(stdout):
    """(total committed, Java heap committed) in MB from the JVM's Native Memory Tracking summary."""
    total = re.search(r"Total: reserved=\d+\w*, committed=(\d+)(\w*)", stdout)
    heap = re.search(r"Java Heap \(reserved=\d+\w*, committed=(\d+)(\w*)\)", stdout)

    def mb(m):
        scale = {"": 2**20, "KB": 2**10, "MB": 1}.get(m.group(2))
        return int(m.group(1)) / scale if scale else float("nan")
    return (mb(total), mb(heap)) if total and heap else None


def heap_cap_mb(j):
    """The -Xmx the run got: PITH_JAVA_OPTS's, else the launcher's 256 + 48 per worker."""
    m = re.findall(r"-Xmx(\d+)([mMgG])", os.environ.get("PITH_JAVA_OPTS", ""))
    if m:
        n, unit = m[-1]
        return int(n) * (1024 if unit in "gG" else 1)
    return 256 + 48 * j


def heap_figures(gc_log):
    """(largest heap after a collection, largest committed heap) in MB, from a -Xlog:gc log."""
    if not os.path.exists(gc_log):
        return None
    with open(gc_log) as f:
        sizes = re.findall(r"(\d+)M->(\d+)M\((\d+)M\)", f.read())
    return (max(int(s[1]) for s in sizes), max(int(s[2]) for s in sizes)) if sizes else None


def check(a, run, ids, records, timings, gc_log):
    failures = []
    if run.returncode != 0:
        failures.append(f"pith exited with status {run.returncode}: {run.stderr[-2000:]}")
    got = collections.Counter(r.get("id") for r in records)
    lost = sorted(set(ids) - set(got))
    twice = sorted(i for i, n in got.items() if n > 1)
    if lost or twice or len(records) != len(ids):
        failures.append(f"{len(ids)} pages, {len(records)} records; lost {lost[:10]}, twice {twice[:10]}")
    codes = collections.Counter((r.get("error") or "ok").split(":")[0] for r in records)
    print("records: " + ", ".join(f"{code} {n}" for code, n in codes.most_common()))

    limit_ms = 2 * a.timeout * 1000
    timed = {t["id"]: t for t in timings}
    untimed = sorted(set(ids) - set(timed))
    if untimed:
        failures.append(f"{len(untimed)} pages without a timing: {untimed[:10]}")
    unfinished = sorted(t["id"] for t in timings if t.get("unfinished"))
    if unfinished:
        failures.append(f"{len(unfinished)} pages still running at the end: {unfinished[:10]}")
    slow = sorted(timings, key=lambda t: -t["ms"])
    over = [t for t in slow if t["ms"] > limit_ms]
    if over:
        failures.append(f"{len(over)} pages over 2 x --timeout ({limit_ms} ms): "
                        + ", ".join(f"{t['id']} {t['ms']} ms" for t in over[:10]))
    over_s1 = sum(1 for t in slow if t["ms"] > a.timeout * 1000 + 1000)
    errors = {r.get("id"): (r.get("error") or "ok").split(":")[0] for r in records}
    print(f"slowest ten (worker wall time and CPU time; {over_s1} over --timeout + 1 s, "
          f"{len(over)} over 2 x --timeout; load average now {os.getloadavg()[0]:.1f}):")
    for t in slow[:10]:
        cpu = f"{t['cpu_ms']:7d}" if "cpu_ms" in t else "      ?"
        print(f"  {t['ms']:7d} ms wall {cpu} ms CPU  {errors.get(t['id'], '?'):9s} {t['id']}")

    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", run.stderr)
    cap_mb = heap_cap_mb(a.j)
    limit_mb = a.rss_limit_mb or cap_mb + a.non_heap_mb
    bound = (f"--rss-limit-mb {limit_mb}" if a.rss_limit_mb
             else f"heap cap -Xmx{cap_mb}m" if not a.non_heap_mb
             else f"heap cap -Xmx{cap_mb}m + {a.non_heap_mb} MB = {limit_mb} MB")
    rss_mb = int(rss.group(1)) / 1024 if rss else float("nan")
    heap = heap_figures(gc_log)
    heap_text = (f"heap committed at most {heap[1]} MB, at most {heap[0]} MB live after a collection"
                 if heap else "no GC log")
    print(f"peak RSS {rss_mb:.0f} MB against {bound}; {heap_text}; wall {wall.group(1) if wall else '?'}")
    if run.peak:
        p = {k: v / 1024 for k, v in run.peak.items()}
        print(f"  at the largest sample: RSS {p.get('VmRSS', 0):.0f} MB = anonymous {p.get('RssAnon', 0):.0f}"
              f" + file-backed {p.get('RssFile', 0):.0f} + shared {p.get('RssShmem', 0):.0f} MB"
              + (f"; RSS - heap committed = {p.get('VmRSS', 0) - heap[1]:.0f} MB" if heap else ""))
    nmt = nmt_figures(run.stdout)
    if nmt:
        print(f"  at exit (NMT): {nmt[0]:.0f} MB committed by the JVM, of which heap {nmt[1]:.0f} MB,"
              f" outside the heap {nmt[0] - nmt[1]:.0f} MB (committed is not all resident)")
    if not rss or rss_mb >= limit_mb:
        failures.append(f"peak RSS {rss_mb:.0f} MB not under {limit_mb} MB ({bound})")
    return failures


if __name__ == "__main__":
    main()
