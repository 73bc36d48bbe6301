package com.pazpaz.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loop judges header names and values exactly as Spring Security's StrictHttpFirewall patterns do. */
class HeaderCharactersTest {

    /** Spring Security 6.5's own patterns (StrictHttpFirewall), the rule the loop must keep. */
    private static final Pattern SPRING_NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern SPRING_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private static final List<String> SAMPLES = List.of(
            "",
            "application/json",
            "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl",
            "a\tb",
            "a\nb",
            "a\rb",
            "a\u0000b",
            "\u007f",
            "Dana Daniël",
            "שלום",
            "a\u0085b",
            "a\u009fb",
            "emoji \uD83D\uDE00",
            "lone surrogate \uD83D",
            "unassigned \u0378",
            "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./ ");

    @Test
    void judgesEverySampleAsSpringSecuritysPatterns() {
        for (String sample : SAMPLES) {
            assertThat(HeaderCharacters.names().test(sample))
                    .as("name %s", sample)
                    .isEqualTo(SPRING_NAME.matcher(sample).matches());
            assertThat(HeaderCharacters.values().test(sample))
                    .as("value %s", sample)
                    .isEqualTo(SPRING_VALUE.matcher(sample).matches());
        }
    }

    @Test
    void judgesEveryCharacterOfTheBasicPlaneAsSpringSecuritysPatterns() {
        for (char c = 0; c < 0xFFFF; c++) {
            String text = "x" + c + "y";
            assertThat(HeaderCharacters.names().test(text))
                    .isEqualTo(SPRING_NAME.matcher(text).matches());
            assertThat(HeaderCharacters.values().test(text))
                    .isEqualTo(SPRING_VALUE.matcher(text).matches());
        }
    }
}
