package com.pazpaz.local.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Machine CPU of one stack, read from /proc: utime+stime of a JVM (without the benchmark's own driver threads)
 * and of one PostgreSQL server (its postmaster and every child: backends, WAL writer, checkpointer, ...). Other
 * processes on the machine, other engineers' PostgreSQL servers included, are not counted. Divided by the
 * operations of a window, it is steadier than a rate on a shared machine.
 */
final class MachineCpu {

    /** Thread names of the benchmark's driver: the callers of LoadGenerator and the JDK's HTTP client. */
    private static final String[] DRIVER_THREADS = {"bench-caller", "HttpClient-"};

    private static final double TICKS_PER_SECOND = 100.0;
    private static volatile MachineCpu watched;

    private final long jvmPid;
    private final long postmasterPid;
    private final boolean driverIsWork;

    /**
     * @param driverIsWork whether the caller threads do the measured work themselves (the Axon peer's callers
     *                     run the command in-thread): then they count; an HTTP driver's threads never do
     */
    MachineCpu(long jvmPid, long postmasterPid, boolean driverIsWork) {
        this.jvmPid = jvmPid;
        this.postmasterPid = postmasterPid;
        this.driverIsWork = driverIsWork;
    }

    /** The PostgreSQL of a data directory, measured from this JVM; every later LoadGenerator run records it. */
    static void watch(Path postgresDataDirectory, boolean driverIsWork) throws IOException {
        watched = new MachineCpu(ProcessHandle.current().pid(), postmasterOf(postgresDataDirectory), driverIsWork);
    }

    static MachineCpu watched() {
        return watched;
    }

    /**
     * Runs the work with the driver's threads counted, for callers that do the measured work themselves (plain
     * JDBC: the client's side of each statement is what a service's request thread would do); then as before.
     */
    static <T> T countingTheDriver(Callable<T> work) throws Exception {
        MachineCpu before = watched;
        if (before != null) {
            watched = new MachineCpu(before.jvmPid, before.postmasterPid, true);
        }
        try {
            return work.call();
        } finally {
            watched = before;
        }
    }

    static long postmasterOf(Path postgresDataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(postgresDataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
    }

    /** CPU seconds so far; subtract two samples to get a window's. */
    Sample sample() {
        double driver = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + jvmPid + "/task"))) {
            for (Path task : tasks) {
                Stat thread = Stat.read(task.resolve("stat"));
                if (thread != null && isDriver(thread.name())) {
                    driver += thread.cpuSeconds();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the threads of " + jvmPid, e);
        }
        Stat jvm = Stat.read(Path.of("/proc/" + jvmPid + "/stat"));
        return new Sample(jvm == null ? 0 : jvm.cpuSeconds(), driver, postgres());
    }

    /**
     * CPU seconds so far of this JVM's JIT compiler threads (C1, C2). A service that has only just started spends
     * more on compiling its hot paths than on running them (decision 292): the warm-up waits for this to fall off.
     */
    static double compilerSeconds() {
        double seconds = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                Stat thread = Stat.read(task.resolve("stat"));
                if (thread != null && isCompiler(thread.name())) {
                    seconds += thread.cpuSeconds();
                }
            }
        } catch (IOException noProc) {
            return 0;
        }
        return seconds;
    }

    private static boolean isCompiler(String threadName) {
        return threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre");
    }

    private static boolean isDriver(String threadName) {
        for (String prefix : DRIVER_THREADS) {
            if (threadName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** CPU seconds so far of each process of the PostgreSQL server, by pid. */
    private Map<Long, Double> postgres() {
        Map<Long, Double> seconds = new HashMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                Stat stat = Stat.read(process.resolve("stat"));
                if (stat != null && (pid == postmasterPid || stat.parent() == postmasterPid)) {
                    seconds.put(pid, stat.cpuSeconds());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return seconds;
    }

    /**
     * CPU between two samples. PostgreSQL's is summed process by process over those alive at the end: a process
     * that started in the window counts from zero, one that ended in it is lost (the pools keep their backends
     * open, so what is lost is an autovacuum worker's or a parallel worker's). A plain difference of two totals
     * would subtract the whole lifetime of a process that ended in the window, and could come out negative.
     */
    Usage between(Sample before, Sample after) {
        double driver = after.driver() - before.driver();
        double jvm = after.jvm() - before.jvm() - (driverIsWork ? 0 : driver);
        double postgres = 0;
        for (Map.Entry<Long, Double> process : after.postgres().entrySet()) {
            postgres += process.getValue() - before.postgres().getOrDefault(process.getKey(), 0.0);
        }
        return new Usage(jvm, postgres, driverIsWork ? 0 : driver);
    }

    /** CPU seconds so far: the JVM's, its driver threads', and each PostgreSQL process's by pid. */
    record Sample(double jvm, double driver, Map<Long, Double> postgres) {}

    /** CPU seconds of a window: the JVM (without the driver), PostgreSQL, and the driver (not counted). */
    record Usage(double jvm, double postgres, double driver) {

        double machine() {
            return jvm + postgres;
        }
    }

    /** The fields of /proc/&lt;pid&gt;/stat this class needs; null when the process or thread has gone. */
    private record Stat(String name, long parent, double cpuSeconds) {

        static Stat read(Path file) {
            String line;
            try {
                line = Files.readString(file);
            } catch (IOException gone) {
                return null;
            }
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String[] fields = line.substring(close + 2).split(" ");
            // after the name: state(0) ppid(1) ... utime(11) stime(12), in clock ticks (USER_HZ, 100 on Linux)
            return new Stat(
                    line.substring(open + 1, close),
                    Long.parseLong(fields[1]),
                    (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND);
        }
    }
}
