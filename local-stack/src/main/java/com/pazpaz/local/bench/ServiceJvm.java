package com.pazpaz.local.bench;

import java.util.List;

/**
 * The JVM settings a service is run with in production (docs/runbook.md, "Sizing a service's JVM"), and so in the
 * suite's own-JVM rows unless {@code --service-jvm} says otherwise. Without them a JVM on a 24 GB machine takes a
 * heap limit of 6 GB and grows into it long before it collects, whatever the service needs.
 */
final class ServiceJvm {

    /**
     * A 192 MB heap holds a service's working set with room to spare (a rebuild keeps at most a few batches of
     * events in memory); the serial collector, because on 2 cores shared with PostgreSQL concurrent GC threads
     * only compete with the requests, and its pauses on a heap this size are a few milliseconds; bounded
     * metaspace, code cache and thread stacks so that the resident set has a ceiling the heap alone does not set.
     */
    static final List<String> RECOMMENDED = List.of(
            "-Xms64m",
            "-Xmx192m",
            "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=192m",
            "-XX:ReservedCodeCacheSize=96m",
            "-Xss512k",
            "-XX:MaxDirectMemorySize=64m");

    /** glibc's malloc otherwise keeps up to 8 arenas per core of native memory that the JVM never returns. */
    static final String MALLOC_ARENAS = "2";

    private ServiceJvm() {}
}
