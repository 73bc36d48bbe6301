#!/usr/bin/env python3
"""Where the CPU samples of some threads of a JFR recording go: by step, and the hottest own frames.

  jfr_threads.py recording.jfr --threads 'read-model-rebuild' [--from HH:MM:SS --to HH:MM:SS] [--steps rebuild|read]

Used for docs/benchmarks/profile-reads.md and profile-rebuild.md. Like jfr_steps.py, a sample goes to the first
step one of whose patterns occurs in its stack; --from/--to keep the samples of a window (the recording's local
time, as `jfr print` shows it), so that one recording of a whole benchmark run can be split by phase.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jfr_steps import samples  # noqa: E402  (one parser for both scripts)

STEPS = {
    "rebuild": [
        ("read: JDBC fetch of event rows", ["PgResultSet", "PgStatement", "QueryExecutorImpl", "PGStream"]),
        ("read: payload deserialisation (Jackson)", ["JacksonSerializer.deserialize", "upcast", "Upcaster"]),
        ("read: metadata deserialisation", ["MetaData", "metaData"]),
        ("write: audit rows (AuditProjector)", ["query.audit."]),
        ("write: multi-row upserts (JDBC batch)", ["ProjectionBatch", "BatchStatement", "ReadModelRows",
                                                   "PgPreparedStatement", "RowTable"]),
        ("fold: read models (RowEvolution)", ["RowEvolution", "com.pazpaz.query."]),
        ("dispatch: Axon handler invocation", ["org.axonframework.messaging.annotation",
                                               "org.axonframework.eventhandling"]),
        ("JSON other (Jackson)", ["com.fasterxml.jackson"]),
    ],
    "read": [
        ("read audit: group-committed append", ["AccessRecordWriter", "AccessAudit"]),
        ("decryption", ["Decryptor", "FieldCipher", "Gcm", "DataKeys", "KeyRing", "javax.crypto", "bouncycastle"]),
        ("consistency gate", ["ConsistencyGate"]),
        ("read model query (JPA/JDBC)", ["org.hibernate", "org.postgresql", "com.zaxxer", "JdbcTemplate"]),
        ("current-user lookup", ["CurrentUserValidator", "UserStatus"]),
        ("JWT decoding", ["NimbusJwtDecoder", "com.nimbusds", "JwtAuthenticationProvider"]),
        ("JSON response (Jackson)", ["com.fasterxml.jackson"]),
        ("observations / metrics", ["io.micrometer"]),
        ("logging", ["ch.qos.logback", "org.slf4j"]),
        ("Spring MVC + Security filters", ["org.springframework.security", "org.springframework.web"]),
        ("Tomcat", ["org.apache.catalina", "org.apache.coyote", "org.apache.tomcat"]),
    ],
}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("recording")
    p.add_argument("--threads", required=True, help="regular expression on the thread name")
    p.add_argument("--from", dest="start", default="")
    p.add_argument("--to", dest="end", default="99:99:99")
    p.add_argument("--steps", default="rebuild", choices=sorted(STEPS))
    a = p.parse_args()
    steps, own, threads = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for at, thread, frames in samples(a.recording, stack_depth=256):
        if not re.search(a.threads, thread) or not (a.start <= at <= a.end) or not frames:
            continue
        total += 1
        threads[re.sub(r"[-#]?\d+$", "", thread)] += 1
        own[re.sub(r"\(.*", "", frames[0])] += 1
        joined = "\n".join(frames)
        steps[next((n for n, pats in STEPS[a.steps] if any(x in joined for x in pats)), "other")] += 1
    print("%d samples" % total)
    for name, n in steps.most_common():
        print("%6d  %5.1f %%  %s" % (n, 100.0 * n / max(total, 1), name))
    print("\nthreads")
    for name, n in threads.most_common(10):
        print("%6d  %5.1f %%  %s" % (n, 100.0 * n / max(total, 1), name))
    print("\nhottest own frames")
    for name, n in own.most_common(25):
        print("%6d  %5.1f %%  %s" % (n, 100.0 * n / max(total, 1), name))


if __name__ == "__main__":
    main()
