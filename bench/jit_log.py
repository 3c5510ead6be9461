#!/usr/bin/env python3
"""Where the optimising (C2) compiler's time goes in one run, from HotSpot's compilation log.

    java -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=/tmp/c2.log \
         -XX:+UseParallelGC -XX:FreqInlineSize=100 -jar pith.jar extract DIR -j 1 -o /dev/null
    python3 bench/jit_log.py /tmp/c2.log [--top 30]

Prints the C2 compilations (first ones and recompilations) by package, the methods that took
the most compile time, and why compiled code was thrown away (the reason of the last uncommon
trap before each "made not entrant"). Times are the log's stamps: wall-clock seconds of the
compiler thread, so on a loaded machine they overstate its CPU; compare shares, not seconds.
"""
import argparse
import collections
import html
import re

TASK_ID = re.compile(r"compile_id='(\d+)'")
METHOD = re.compile(r"method='([^']*)'")
STAMP = re.compile(r"stamp='([\d.]+)'")
NMSIZE = re.compile(r"nmsize='(\d+)'")
REASON = re.compile(r"reason='([^']*)'")


def owner(method):
    """The package a method belongs to, as the report groups them."""
    if method.startswith('dev.pith.'):
        return '.'.join(method.split(' ')[0].split('.')[:3])
    if method.startswith('org.jsoup'):
        return 'jsoup'
    return 'jdk and others'


def c2_tasks(lines):
    """(compile id, method, osr, seconds, native size) of every C2 compilation, in log order."""
    tasks = []
    current = None
    for line in lines:
        if line.startswith('<task ') and " level='" not in line:  # C1's tasks carry their tier
            current = (TASK_ID.search(line).group(1), html.unescape(METHOD.search(line).group(1)),
                       "compile_kind='osr'" in line, float(STAMP.search(line).group(1)))
        elif line.startswith('<task_done') and current:
            size = NMSIZE.search(line)
            tasks.append(current[:3] + (float(STAMP.search(line).group(1)) - current[3],
                                        int(size.group(1)) if size else 0))
            current = None
        elif line.startswith('<task '):
            current = None
    return tasks


def deopt_reasons(lines, c2_ids):
    """Why C2 code was made not entrant: the last uncommon trap's reason, by method."""
    last_trap = {}
    reasons = collections.Counter()
    by_method = collections.Counter()
    for line in lines:
        if line.startswith('<uncommon_trap thread'):
            task = TASK_ID.search(line)
            reason = REASON.search(line)
            if task and reason and task.group(1) in c2_ids:
                last_trap[task.group(1)] = reason.group(1)
        elif line.startswith('<make_not_entrant') and 'zombie' not in line:
            task = TASK_ID.search(line).group(1)
            if task in c2_ids:
                reason = last_trap.get(task, 'dependency or other')
                reasons[reason] += 1
                by_method[(c2_ids[task], reason)] += 1
    return reasons, by_method


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('log')
    parser.add_argument('--top', type=int, default=30)
    args = parser.parse_args()
    with open(args.log, errors='replace') as f:
        lines = f.readlines()
    tasks = c2_tasks(lines)
    total = sum(t[3] for t in tasks) or 1.0
    seen = collections.Counter()
    first = collections.Counter()
    again = collections.Counter()
    first_n = collections.Counter()
    again_n = collections.Counter()
    per_method = collections.defaultdict(lambda: [0, 0.0, 0])
    for _, method, osr, secs, size in tasks:
        package = owner(method)
        if seen[(method, osr)]:
            again[package] += secs
            again_n[package] += 1
        else:
            first[package] += secs
            first_n[package] += 1
        seen[(method, osr)] += 1
        entry = per_method[method]
        entry[0] += 1
        entry[1] += secs
        entry[2] += size
    print(f'C2: {len(tasks)} compilations of {len(per_method)} methods, {sum(again_n.values())} recompilations; '
          f'{total:.1f} s of compiler-thread time by the log, {sum(again.values()) / total:.0%} of it recompiling')
    for package in sorted(set(first) | set(again), key=lambda p: -(first[p] + again[p])):
        print(f'  {package:24s} {(first[package] + again[package]) / total:6.1%}   first {first[package]:6.2f} s '
              f'({first_n[package]:4d})   again {again[package]:6.2f} s ({again_n[package]:3d})')
    print(f'\ntop {args.top} methods by compile time: compilations, seconds, native bytes in all')
    for method, (count, secs, size) in sorted(per_method.items(), key=lambda kv: -kv[1][1])[:args.top]:
        print(f'  {count:3d} {secs:7.3f} {size:8d}  {method}')
    c2_ids = {t[0]: t[1] for t in tasks}
    reasons, by_method = deopt_reasons(lines, c2_ids)
    print(f'\nC2 code made not entrant: {sum(reasons.values())}; by the last trap\'s reason: '
          + ', '.join(f'{r} {n}' for r, n in reasons.most_common()))
    for (method, reason), count in by_method.most_common(args.top // 2):
        print(f'  {count:3d} {reason:20s} {method}')


if __name__ == '__main__':
    main()
