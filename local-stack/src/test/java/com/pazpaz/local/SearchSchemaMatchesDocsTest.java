package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The blind index's read table is exactly as docs/search.md ("Read tables") documents it: every column,
 * constraint and index, in both directions.
 */
class SearchSchemaMatchesDocsTest {

    static final List<String> TABLES = List.of("search_tokens");

    @Test
    void theLiveSearchTableIsExactlyTheDocumentedOne() throws Exception {
        StackFixture.stack();
        assertThat(DocumentedTables.documented("docs/search.md"))
                .hasSizeGreaterThan(5)
                .isEqualTo(DocumentedTables.live(TABLES));
    }
}
