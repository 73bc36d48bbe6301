package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code available_hours} read table is exactly as docs/reports.md ("Read tables") documents it. */
class AvailableHoursSchemaMatchesDocsTest {

    @Test
    void theLiveAvailableHoursTableIsExactlyTheDocumentedOne() throws Exception {
        StackFixture.stack();
        assertThat(DocumentedTables.documented("docs/reports.md"))
                .hasSizeGreaterThan(5)
                .isEqualTo(DocumentedTables.live(List.of("available_hours")));
    }
}
