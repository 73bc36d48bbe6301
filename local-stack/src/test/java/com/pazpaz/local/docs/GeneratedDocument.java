package com.pazpaz.local.docs;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A file under docs/ that is generated from the code. A test compares it with a fresh generation and fails
 * with what differs and how to regenerate it; run with {@code -Dpazpaz.docs.write=true} it writes the file.
 */
public final class GeneratedDocument {

    static final String WRITE_PROPERTY = "pazpaz.docs.write";

    private GeneratedDocument() {}

    static void check(String name, String generated, String testClass) throws IOException {
        Path file = docsDirectory().resolve(name);
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.writeString(file, generated);
            return;
        }
        String current = Files.exists(file) ? Files.readString(file) : "";
        if (!current.equals(generated)) {
            fail("docs/" + name + " is out of step with the code.\n" + differences(current, generated)
                    + "\nRegenerate it from the worktree root with:\n  mvn -o -q -pl local-stack -am verify -Dtest="
                    + testClass + " -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_PROPERTY + "=true\n"
                    + "and commit the result.");
        }
    }

    /** Lines only in the document, and lines only in the code's version, at most 40 of each. */
    private static String differences(String current, String generated) {
        Set<String> documented = new LinkedHashSet<>(current.lines().toList());
        Set<String> fromCode = new LinkedHashSet<>(generated.lines().toList());
        List<String> report = new ArrayList<>();
        fromCode.stream()
                .filter(line -> !documented.contains(line))
                .limit(40)
                .forEach(line -> report.add("  missing from the document: " + line));
        documented.stream()
                .filter(line -> !fromCode.contains(line))
                .limit(40)
                .forEach(line -> report.add("  no longer true in the code: " + line));
        return report.isEmpty() ? "  (the same lines, in another order)" : String.join("\n", report);
    }

    private static Path docsDirectory() {
        return projectRoot().resolve("docs");
    }

    /** The worktree root: the directory holding docs/adr. */
    public static Path projectRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("docs").resolve("adr"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException(
                    "No docs/ directory above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }
}
