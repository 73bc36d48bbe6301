package com.pazpaz.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseWithoutAccentsSplitOnAnythingElse() {
        assertThat(SearchWords.words("Daniël  O'Brien-Søren, STRAßE"))
                .containsExactly("daniel", "brien", "soren", "strasse");
    }

    @Test
    void singleCharactersAreNoWordsAndLongWordsAreCut() {
        assertThat(SearchWords.words("a b Pneumonoultramicroscopic")).containsExactly("pneumonoultramic");
    }

    @Test
    void prefixesLetDanFindDanaAndDaniel() {
        assertThat(SearchWords.prefixes("Dana")).containsExactly("da", "dan", "dana");
        assertThat(SearchWords.prefixes("Daniël")).contains("dan").doesNotContain("d");
    }

    @Test
    void aPhoneIsFoundByItsGroupsAndByAllItsDigits() {
        assertThat(SearchWords.phonePrefixes("054-123 4567")).contains("054", "123", "0541234567", "05412");
    }

    @Test
    void theSameWordGivesTheSameTokenUnderOneKeyAndAnotherUnderAnotherKeyOrKind() {
        BlindIndex one = new BlindIndex(new SecretKeySpec(new byte[32], "AES"));
        byte[] other = new byte[32];
        other[0] = 1;
        BlindIndex two = new BlindIndex(new SecretKeySpec(other, "AES"));
        assertThat(one.token(SearchKind.CLIENT, "dan"))
                .hasSize(BlindIndex.TOKEN_BYTES)
                .isEqualTo(one.token(SearchKind.CLIENT, "dan"))
                .isNotEqualTo(two.token(SearchKind.CLIENT, "dan"))
                .isNotEqualTo(one.token(SearchKind.NOTE, "dan"));
    }
}
