package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.local.docs.GeneratedDocument;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a feature's document describes in its "Read tables" section (a heading per table, a row per column
 * with type, nullability and default, a bullet per constraint and index), and the same facts read from the live
 * database with the catalog query of {@link ReadSchemaMatchesCatalogTest}: a test compares the two, so neither the
 * migration nor the document can change alone.
 */
final class DocumentedTables {

    private static final Pattern TABLE = Pattern.compile("^### `([a-z_]+)`");
    private static final Pattern COLUMN =
            Pattern.compile("^\\| `([a-z_]+)` \\| ([^|]+) \\| (not null|null) \\|" + " ([^|]*) \\|");
    private static final Pattern FACT = Pattern.compile("^\\* (PK|UNIQUE|FK|CHECK|index) `([^`]+)`");

    private DocumentedTables() {}

    /** The facts the document's "Read tables" section states, as catalog lines. */
    static Set<String> documented(String document) throws Exception {
        String doc = Files.readString(GeneratedDocument.projectRoot().resolve(document));
        String section = doc.substring(doc.indexOf("## Read tables"));
        section =
                section.substring(0, section.indexOf("\n## ", 3) < 0 ? section.length() : section.indexOf("\n## ", 3));
        Set<String> facts = new TreeSet<>();
        String table = null;
        for (String line : section.split("\n")) {
            Matcher heading = TABLE.matcher(line);
            Matcher column = COLUMN.matcher(line);
            Matcher fact = FACT.matcher(line);
            if (heading.find()) {
                table = heading.group(1);
            } else if (table != null && column.find()) {
                facts.add("column|" + table + "|" + column.group(1) + "|"
                        + column.group(2).strip() + "|" + column.group(3) + "|"
                        + unquote(column.group(4).strip()));
            } else if (table != null && fact.find()) {
                String kind = switch (fact.group(1)) {
                    case "PK" -> "constraint|" + table + "|p|";
                    case "UNIQUE" -> "constraint|" + table + "|u|";
                    case "FK" -> "constraint|" + table + "|f|";
                    case "CHECK" -> "constraint|" + table + "|c|";
                    default -> "index|" + table + "|";
                };
                facts.add(kind + fact.group(2));
            }
        }
        assertThat(facts).as("facts documented in " + document).isNotEmpty();
        return facts;
    }

    /** A default is written in backticks in the document; "—" means none. */
    private static String unquote(String value) {
        if (value.equals("—") || value.isEmpty()) {
            return "";
        }
        return value.startsWith("`") && value.endsWith("`") ? value.substring(1, value.length() - 1) : value;
    }

    /** The same facts read from the live database's catalog, for the given tables. */
    static Set<String> live(List<String> tables) throws Exception {
        return live(null, tables);
    }

    /** The same, for tables of {@code schema} (null: the connection's default schema). */
    static Set<String> live(String schema, List<String> tables) throws Exception {
        String catalog;
        try (InputStream in = DocumentedTables.class.getResourceAsStream("/schema/catalog.sql")) {
            catalog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String names =
                String.join(",", tables.stream().map(name -> "'" + name + "'").toList());
        catalog = catalog.replaceFirst("(?s)c\\.relname IN \\(.*?\\)\\)", "c.relname IN (" + names + "))");
        Set<String> facts = new TreeSet<>();
        try (Connection db = StackFixture.database();
                Statement statement = db.createStatement()) {
            if (schema != null) {
                // the catalog query reads current_schema()
                statement.execute("SET search_path TO " + schema);
            }
            try (ResultSet rows = statement.executeQuery(catalog)) {
                while (rows.next()) {
                    facts.add(rows.getString(1));
                }
            }
        }
        return facts;
    }
}
