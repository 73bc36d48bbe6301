package com.pazpaz.query.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** R-ATT-9: repeated names in a zip become "name (2).ext", "name (3).ext". */
class ZipEntryNamesTest {

    @Test
    void repeatedNamesAreNumberedBeforeTheExtension() {
        ZipEntryNames names = new ZipEntryNames();
        assertThat(names.unique("scan.pdf")).isEqualTo("scan.pdf");
        assertThat(names.unique("scan.pdf")).isEqualTo("scan (2).pdf");
        assertThat(names.unique("scan.pdf")).isEqualTo("scan (3).pdf");
        assertThat(names.unique("scan (2).pdf")).isEqualTo("scan (2) (2).pdf");
        assertThat(names.unique("noext")).isEqualTo("noext");
        assertThat(names.unique("noext")).isEqualTo("noext (2)");
    }
}
