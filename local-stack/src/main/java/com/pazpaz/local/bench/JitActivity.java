package com.pazpaz.local.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU of this JVM's JIT compiler threads (C1 and C2), from /proc. A service that has only just started spends more
 * on compiling its hot paths than on running them: at 16 callers 20 s after start, C1 and C2 took 1.5 ms of CPU per
 * register-client, more than the request threads' own work after they settled (decision 292). The suite measures
 * once this has fallen off, as a production service would run.
 */
final class JitActivity {

    private static final Path TASKS = Path.of("/proc/self/task");

    private JitActivity() {}

    /** Clock ticks (1/100 s) the compiler threads have used so far; 0 where /proc is not there. */
    static long compilerTicks() {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                ticks += compilerTicksOf(task);
            }
        } catch (IOException | UnsupportedOperationException noProc) {
            return 0;
        }
        return ticks;
    }

    private static long compilerTicksOf(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).trim();
            if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                return 0;
            }
            String stat = Files.readString(task.resolve("stat"));
            // after "(comm) ": state is field 3 of the line; utime and stime are fields 14 and 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException threadEnded) {
            return 0;
        }
    }
}
