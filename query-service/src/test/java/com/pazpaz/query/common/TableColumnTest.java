package com.pazpaz.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the batch writer sends: array literals that survive quotes, and one statement for all rows of a table. */
class TableColumnTest {

    @Test
    void anArrayLiteralQuotesEveryElementAndKeepsNulls() {
        assertThat(TableColumn.literal(new String[] {"a", "b \"c\"", "back\\slash", null}))
                .isEqualTo("{\"a\",\"b \\\"c\\\"\",\"back\\\\slash\",NULL}");
        assertThat(TableColumn.literal(new String[0])).isEqualTo("{}");
        assertThat(TableColumn.literal(null)).isNull();
    }

    @Test
    void anUpsertBindsOneArrayPerColumnAndCastsWhereTheColumnNeedsIt() {
        record Row(java.util.UUID id, String[] tags, java.time.Instant at) {}
        RowTable<Row> table = RowTable.insertOnly(
                "things",
                List.of(
                        TableColumn.uuid("id", Row::id),
                        TableColumn.textArray("tags", "varchar(100)[]", Row::tags),
                        TableColumn.instant("at", Row::at)),
                rs -> null);

        assertThat(table.upsert().sql())
                .isEqualTo("INSERT INTO things (id, tags, at) SELECT x.id,"
                        + " x.tags::varchar(100)[], x.at::timestamptz FROM unnest(?, ?, ?) AS x(id, tags, at)"
                        + " ON CONFLICT (id) DO UPDATE SET tags = EXCLUDED.tags, at = EXCLUDED.at");
    }
}
