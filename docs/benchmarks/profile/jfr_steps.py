#!/usr/bin/env python3
"""Splits the JVM's CPU samples of a JFR recording into the steps of one command (docs/benchmarks/profile-commands.md).

  jfr_steps.py recording.jfr [--ops N]

Each jdk.ExecutionSample is put in the first step (in the order of STEPS) one of whose patterns occurs in any
frame of its stack; a sample that matches none goes to its thread's group ("other: <thread group>"). The
recording must have been taken with -XX:FlightRecorderOptions:stackdepth=512: Spring's and Tomcat's stacks are
deeper than JFR's default of 64 frames, and a truncated stack loses the frames that name the step. JFR samples
only threads running Java code, so these are shares; drive.py's /proc figures turn them into microseconds.
"""
import collections, re, subprocess, sys

# (step, patterns): the first step whose pattern is in a sample's stack takes the sample. Specific steps first.
STEPS = [
    ("after commit: chainer", ["infra.eventstore.chain."]),
    ("after commit: Kafka relay", ["infra.kafka.", "org.apache.kafka.clients.producer"]),
    ("after commit: audit row (AuditProjector)", ["query.audit.AuditProjector"]),
    ("after commit: projection (read model)", ["com.pazpaz.query."]),
    ("request: current-user lookup", ["CurrentUserValidator", "UserStatus"]),
    ("request: data-key creation", ["DataKeys.createFor", "KeyVault.create", "DataKeys.create"]),
    ("request: position queries", ["RecordPositions"]),
    ("request: subscribing lookups (in the append's transaction)", ["SubscribingEventProcessor"]),
    ("request: encryption", ["FieldCipher", "FieldEncryptor", "AppointmentFieldCipher", "Gcm.", "KeyRing"]),
    ("request: append + commit", ["JdbcEventStorageEngine.appendEvents", "AbstractEventStorageEngine.appendEvents",
                                  "TransactionManager.commit", "SpringTransactionManager", "UnitOfWork.commit",
                                  "AbstractPlatformTransactionManager.commit", "PgConnection.commit"]),
    ("request: command handling (load + decide)", ["org.axonframework.commandhandling",
                                                   "org.axonframework.modelling", "org.axonframework.eventsourcing",
                                                   "com.pazpaz.command."]),
    ("request: JSON (Jackson, request and response)", ["com.fasterxml.jackson"]),
    ("request: HTTP + JWT filters (Tomcat, Spring Security, MVC)", ["org.apache.catalina", "org.apache.coyote",
                                                                   "org.apache.tomcat", "org.springframework.security",
                                                                   "org.springframework.web"]),
    ("after commit: event store polling (tracking processors' reads)", ["EventProcessor[", "TrackingEventProcessor",
                                                                        "PooledStreamingEventProcessor"]),
]


def thread_group(name):
    return re.sub(r"[-#]?\d+$", "", name)


def samples(path, stack_depth=512):
    """Each CPU sample as (its time HH:MM:SS, its thread's name, its frames innermost first)."""
    text = subprocess.run(["jfr", "print", "--stack-depth", str(stack_depth), "--events", "jdk.ExecutionSample",
                           path], capture_output=True, text=True, check=True).stdout
    for block in text.split("jdk.ExecutionSample {")[1:]:
        start = re.search(r"startTime = (\d\d:\d\d:\d\d)", block)
        thread = re.search(r'sampledThread = "([^"]*)"', block)
        frames = re.findall(r"^\s+([\w$.<>\[\]/]+\(.*?\))", block, re.M)
        yield (start.group(1) if start else ""), (thread.group(1) if thread else "?"), frames


def main():
    path = sys.argv[1]
    by_step, by_thread = collections.Counter(), collections.Counter()
    total = 0
    for _, thread, frames in samples(path):
        total += 1
        group = thread_group(thread)
        by_thread[group] += 1
        joined = "\n".join(frames) + "\n" + thread
        step = next((name for name, patterns in STEPS if any(p in joined for p in patterns)), "other: " + group)
        by_step[step] += 1
    print("%d samples" % total)
    for step, n in by_step.most_common():
        print("%6d  %5.1f %%  %s" % (n, 100.0 * n / total, step))
    print("\nby thread group")
    for group, n in by_thread.most_common(25):
        print("%6d  %5.1f %%  %s" % (n, 100.0 * n / total, group))


if __name__ == "__main__":
    main()
