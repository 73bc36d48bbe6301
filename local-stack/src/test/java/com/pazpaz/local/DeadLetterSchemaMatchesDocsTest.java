package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code read_model_dead_letters} table is exactly as docs/dead-letters.md ("Read tables") documents it. */
class DeadLetterSchemaMatchesDocsTest {

    @Test
    void theLiveDeadLetterTableIsExactlyTheDocumentedOne() throws Exception {
        StackFixture.stack();
        assertThat(DocumentedTables.documented("docs/dead-letters.md"))
                .hasSizeGreaterThan(5)
                .isEqualTo(DocumentedTables.live(List.of("read_model_dead_letters")));
    }
}
