package com.pazpaz.infra.kafka;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The relay's test hook {@code pazpaz.kafka.relay.test.halt-after-acked-sends}: counts the sends the broker
 * acknowledged and, at the configured count, halts the JVM at once. The relay calls it after an acknowledgement and
 * before its batch commits, so the halt falls exactly between the broker's acknowledgement and the stored position:
 * the window in which a crash makes the relay send records again.
 */
final class AckedSendsHalt {

    /** The status a JVM killed by SIGKILL reports (128 + 9): to its supervisor the halt is a {@code kill -9}. */
    static final int EXIT_STATUS = 137;

    private final int haltAfter;
    private final AtomicInteger acknowledged = new AtomicInteger();

    AckedSendsHalt(RelayTestHooks hooks) {
        this.haltAfter = hooks.haltAfterAckedSends();
    }

    /** Called once per acknowledged send; halts the JVM at the configured count (never when off). */
    void acknowledged() {
        if (haltAfter > 0 && acknowledged.incrementAndGet() == haltAfter) {
            System.err.println("pazpaz.kafka.relay.test.halt-after-acked-sends: halting after " + haltAfter
                    + " acknowledged sends, before the relay stores its position");
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_STATUS);
        }
    }
}
