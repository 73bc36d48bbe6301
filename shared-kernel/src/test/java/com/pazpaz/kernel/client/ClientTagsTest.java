package com.pazpaz.kernel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plaintext a client's tags are encrypted as: a JSON array of strings, read back exactly. */
class ClientTagsTest {

    @Test
    void tagsBecomeAJsonArrayOfStrings() {
        assertThat(ClientTags.toPlaintext(List.of("vip", "new"))).isEqualTo("[\"vip\",\"new\"]");
        assertThat(ClientTags.toPlaintext(List.of())).isEqualTo("[]");
    }

    @Test
    void everyCharacterAJsonStringMustEscapeComesBackAsItWas() {
        List<String> tags = List.of("say \"hi\"", "back\\slash", "line\nbreak\ttab", "עברית", "emoji 😀", ",]");

        String plaintext = ClientTags.toPlaintext(tags);

        assertThat(plaintext).doesNotContain("\n").doesNotContain("\t");
        assertThat(ClientTags.fromPlaintext(plaintext)).isEqualTo(tags);
        assertThat(ClientTags.fromPlaintext("[]")).isEmpty();
    }

    @Test
    void anyJsonArrayOfStringsIsRead() {
        assertThat(ClientTags.fromPlaintext(" [ \"a\" , \"\\u0062\\/c\" ] ")).containsExactly("a", "b/c");
    }

    @Test
    void anythingElseIsRefusedWithoutQuotingIt() {
        for (String bad : List.of("", "[", "[\"secret\"", "[\"secret\",]", "[\"secret\"] x", "[1]", "{}", "\"x\"")) {
            assertThatThrownBy(() -> ClientTags.fromPlaintext(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .message()
                    .doesNotContain("secret");
        }
    }
}
