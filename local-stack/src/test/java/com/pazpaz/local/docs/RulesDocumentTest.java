package com.pazpaz.local.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code and the docs cite the rules they implement by id (R-ATT-2) and the reference's defects by D number
 * (D9). docs/rules.md holds each of them, so a citation always leads to its rule inside the repository: a new
 * citation of a rule the file does not define fails here.
 */
class RulesDocumentTest {

    private static final Pattern RULE_ID = Pattern.compile("\\bR-[A-Z]+-\\d+\\b");
    /** D numbers are cited in Java sources only: in prose "D8" may be a byte ("FF D8 FF"). */
    private static final Pattern DEFECT_ID = Pattern.compile("\\bD\\d{1,2}\\b");
    /** A rule is defined where rules.md opens a bullet or a table row with its id. */
    private static final Pattern DEFINITION = Pattern.compile("(?m)^(?:\\* \\*\\*|\\| )((?:R-[A-Z]+|D)-?\\d+)");

    private final Path root = GeneratedDocument.projectRoot();

    @Test
    void everyCitedRuleIsDefinedInTheRulesDocument() throws IOException {
        String rules = Files.readString(root.resolve("docs").resolve("rules.md"));
        Set<String> defined = idsDefinedIn(rules);

        Set<String> cited = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(this::isSourceOrDoc).forEach(file -> {
                String text = read(file);
                cited.addAll(matches(RULE_ID, text));
                if (file.toString().endsWith(".java")) {
                    cited.addAll(matches(DEFECT_ID, text));
                }
            });
        }

        assertThat(cited).as("rule ids cited in the code and docs").isNotEmpty();
        assertThat(defined).as("rules defined in docs/rules.md").containsAll(cited);
    }

    private static Set<String> idsDefinedIn(String rules) {
        Set<String> defined = new TreeSet<>();
        Matcher definition = DEFINITION.matcher(rules);
        while (definition.find()) {
            defined.add(definition.group(1));
        }
        // A bullet may define several rules at once ("R-SVC-3 / R-LOC-2"): every id in a defining line counts.
        rules.lines().filter(line -> line.startsWith("* **R-")).forEach(line -> {
            String heading = line.substring(0, line.indexOf("**", 4) + 2);
            defined.addAll(matches(RULE_ID, heading));
        });
        return defined;
    }

    private boolean isSourceOrDoc(Path file) {
        String path = root.relativize(file).toString().replace('\\', '/');
        boolean source = path.contains("/src/main/") && path.endsWith(".java");
        boolean doc = path.startsWith("docs/") && path.endsWith(".md") && !path.equals("docs/rules.md");
        return (source || doc) && !path.contains("/target/");
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
