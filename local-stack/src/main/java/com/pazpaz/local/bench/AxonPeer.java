package com.pazpaz.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Axon peer in the same run (docs/benchmarks/README.md, "The Axon peer"): {@link AxonPeerMain} in a JVM of
 * its own, on a database of its own ({@code axon_peer}) of the stack's PostgreSQL server, so that its beans never
 * mix with the services' and its CPU is its own. Its rows go into the report beside the raw limit and ours.
 */
final class AxonPeer {

    private static final Logger log = LoggerFactory.getLogger(AxonPeer.class);
    private static final String DATABASE = "axon_peer";

    private AxonPeer() {}

    static void run(BenchContext bench, double[] raw) throws Exception {
        String jdbcUrl = createDatabase(bench);
        Path out = bench.stack.dataDirectory().resolve("axon-peer-results.txt");
        Path logFile = bench.stack.dataDirectory().resolve("axon-peer.log");
        List<String> command = new ArrayList<>(List.of(ServiceProcess.javaBinary()));
        command.addAll(ServiceProcess.launch(AxonPeerMain.class));
        command.addAll(List.of(
                "--jdbc-url=" + jdbcUrl,
                "--user=" + bench.stack.jdbcUser(),
                "--password=" + bench.stack.jdbcPassword(),
                "--pg-data=" + bench.stack.dataDirectory().resolve("postgres"),
                "--rounds=" + bench.rounds,
                "--seconds=" + bench.window.toSeconds(),
                "--out=" + out));
        log.info("Axon peer: starting its JVM (log {})", logFile);
        Process peer = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        Duration limit = bench.window.multipliedBy(2L * bench.rounds + 2).plus(Duration.ofMinutes(3));
        if (!peer.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            peer.destroyForcibly().waitFor();
            throw new IllegalStateException("the Axon peer did not finish within " + limit + "; see " + logFile);
        }
        if (peer.exitValue() != 0 || !Files.exists(out)) {
            throw new IllegalStateException("the Axon peer failed; see " + logFile);
        }
        report(bench, Files.readAllLines(out), raw);
    }

    private static void report(BenchContext bench, List<String> lines, double[] raw) {
        for (int callers : new int[] {1, 16}) {
            List<LoadResult> results = new ArrayList<>();
            List<Long> behind = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.trim().split(" ");
                if (Integer.parseInt(f[0]) == callers) {
                    results.add(new LoadResult(
                            Long.parseLong(f[1]),
                            Long.parseLong(f[2]),
                            Double.parseDouble(f[3]),
                            Double.parseDouble(f[4]),
                            Double.parseDouble(f[5]),
                            Double.parseDouble(f[6]),
                            new MachineCpu.Usage(Double.parseDouble(f[7]), Double.parseDouble(f[8]), 0)));
                    behind.add(Long.parseLong(f[9]));
                }
            }
            bench.report.peer(callers, results, callers == 1 ? raw[0] : raw[1], behind);
        }
    }

    /** The peer's own database on the stack's server, created afresh so that every run starts empty. */
    private static String createDatabase(BenchContext bench) throws Exception {
        String url = bench.stack.jdbcUrl();
        try (Connection db = DriverManager.getConnection(url, bench.stack.jdbcUser(), bench.stack.jdbcPassword())) {
            db.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
            db.createStatement().execute("CREATE DATABASE " + DATABASE);
        }
        return bench.stack.jdbcUrlOf(DATABASE);
    }
}
