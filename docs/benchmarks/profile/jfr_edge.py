#!/usr/bin/env python3
"""How far into the HTTP edge the CPU samples of some threads got: the inclusive share of each servlet filter,
Tomcat valve and Spring MVC step of a JFR recording (a step's share minus the next one's is what lies between).

  jfr_edge.py recording.jfr --threads 'http-nio-8082-exec'

Used for docs/benchmarks/profile-reads.md ("The HTTP edge"): a filter's share is every sample whose stack
passes through it, so the drop from one filter to the next inner one is what the outer one does itself.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jfr_steps import samples  # noqa: E402  (one parser for all the scripts)

MVC_STEPS = {"doDispatch", "getHandler", "doInvoke", "invokeForRequest", "getMethodArgumentValues",
             "handleReturnValue", "invokeAndHandle", "applyPreHandle", "setCache", "authenticate", "check"}


def step_of(frame):
    m = re.match(r"([\w$.]+)\.([\w$<>]+)\(", frame)
    if not m:
        return None
    short, method = m.group(1).split(".")[-1], m.group(2)
    if method in ("doFilter", "doFilterInternal", "invoke") and ("Filter" in short or "Valve" in short):
        return "filter " + short
    if method in MVC_STEPS:
        return short + "." + method
    return None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("recording")
    p.add_argument("--threads", required=True, help="regular expression on the thread name")
    a = p.parse_args()
    inclusive, total = collections.Counter(), 0
    for _, thread, frames in samples(a.recording, stack_depth=256):
        if not re.search(a.threads, thread) or not frames:
            continue
        total += 1
        inclusive.update({step for step in map(step_of, frames) if step})
    print("%d samples" % total)
    for step, n in inclusive.most_common(60):
        print("%6d  %5.1f %%  %s" % (n, 100.0 * n / total, step))


if __name__ == "__main__":
    main()
