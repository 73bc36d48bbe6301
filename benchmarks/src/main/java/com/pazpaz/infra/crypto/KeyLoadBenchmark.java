package com.pazpaz.infra.crypto;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a client's data key: cold (cache dropped first, so one key-vault query on a local PostgreSQL and one
 * unwrap) and cached (docs/benchmarks/encryption.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KeyLoadBenchmark {

    private VaultKeyRing ring;
    private UUID client;
    private StoredDataKey stored;
    private MasterKey master;

    @Setup
    public void setUp() {
        BenchmarkVault vault = BenchmarkVault.shared();
        ring = vault.ring();
        client = UUID.randomUUID();
        ring.createFor(client, null);
        stored = vault.vault().findByOwner(client).orElseThrow();
        master = vault.masterKeys().current();
    }

    @Benchmark
    public Object loadCold() {
        ring.forgetCachedKeys();
        return ring.currentKeyFor(client);
    }

    @Benchmark
    public Object loadCached() {
        return ring.currentKeyFor(client);
    }

    /** The cold path without the database: only unwrapping (AES-GCM of 32 bytes under the master key). */
    @Benchmark
    public Object unwrapOnly() {
        return KeyWrapper.unwrap(master, stored.id(), stored.owner(), stored.wrapped());
    }
}
