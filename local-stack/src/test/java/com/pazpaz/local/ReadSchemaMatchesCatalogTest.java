package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The migrated read tables carry every documented schema fact (schema.md §2–§4): columns with types, nullability
 * and defaults, constraints with their ON DELETE rules, and indexes, partial ones included. The catalog query and
 * the expected lines are copies of /work/shared/checks (the same check as {@code check-schema}).
 */
class ReadSchemaMatchesCatalogTest {

    @Test
    void everyDocumentedSchemaFactIsPresentInTheLiveDatabase() throws Exception {
        StackFixture.stack();
        List<String> actual = new ArrayList<>();
        try (Connection db = StackFixture.database();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(resource("catalog.sql"))) {
            while (rows.next()) {
                actual.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("catalog query failed", e);
        }
        List<String> expected = Arrays.stream(resource("expected-catalog.txt").split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(actual).containsAll(expected);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReadSchemaMatchesCatalogTest.class.getResourceAsStream("/schema/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
