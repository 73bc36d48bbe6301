package com.pazpaz.local.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Javadoc of an event, read from its source file in shared-kernel (Javadoc does not survive compiling). */
final class EventJavadoc {

    private static final Pattern LAST_JAVADOC =
            Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/(?:(?!/\\*\\*).)*$", Pattern.DOTALL);

    private EventJavadoc() {}

    static String summaryOf(Class<?> event, Path projectRoot) {
        Path source = projectRoot
                .resolve("shared-kernel/src/main/java")
                .resolve(event.getName().replace('.', '/') + ".java");
        try {
            String text = Files.readString(source);
            int declaration = text.indexOf(" " + event.getSimpleName() + "(");
            Matcher javadoc = LAST_JAVADOC.matcher(text.substring(0, Math.max(0, declaration)));
            if (!javadoc.find()) {
                return "(no Javadoc)";
            }
            return javadoc.group(1)
                    .replaceAll("(?m)^\\s*\\*\\s?", " ")
                    .replaceAll("\\{@(?:code|link) ([^}]+)}", "`$1`")
                    .replaceAll("\\s+", " ")
                    .trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source of " + event.getName(), e);
        }
    }
}
