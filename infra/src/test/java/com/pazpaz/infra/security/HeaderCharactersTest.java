package com.pazpaz.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** Our firewall accepts and refuses exactly the header names and values Spring Security's own default does. */
class HeaderCharactersTest {

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

    private final HttpFirewall ours = SecurityConfiguration.firewall();
    private final HttpFirewall springs = new StrictHttpFirewall();

    @Test
    void judgesEverySampleAsSpringSecuritysFirewall() {
        for (String sample : SAMPLES) {
            assertThat(acceptsValue(ours, sample)).as("value %s", sample).isEqualTo(acceptsValue(springs, sample));
            assertThat(acceptsName(ours, sample)).as("name %s", sample).isEqualTo(acceptsName(springs, sample));
        }
        assertThat(acceptsValue(ours, "a\nb")).isFalse();
        assertThat(acceptsValue(ours, "a\tb")).isTrue();
    }

    @Test
    void judgesEveryCharacterOfTheBasicPlaneAsSpringSecuritysFirewall() {
        for (char c = 0; c < 0xFFFF; c++) {
            String text = "x" + c + "y";
            assertThat(acceptsValue(ours, text)).as("value U+%04X", (int) c).isEqualTo(acceptsValue(springs, text));
            assertThat(acceptsName(ours, text)).as("name U+%04X", (int) c).isEqualTo(acceptsName(springs, text));
        }
    }

    private static boolean acceptsValue(HttpFirewall firewall, String value) {
        MockHttpServletRequest request = request();
        request.addHeader("X-Sample", value);
        return accepts(() -> firewall.getFirewalledRequest(request).getHeader("X-Sample"));
    }

    private static boolean acceptsName(HttpFirewall firewall, String name) {
        MockHttpServletRequest request = request();
        request.addHeader(name, "v");
        return accepts(() -> {
            HttpServletRequest firewalled = firewall.getFirewalledRequest(request);
            Collections.list(firewalled.getHeaderNames());
            firewalled.getHeader(name);
        });
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/clients");
        request.setServletPath("/api/v1/clients");
        return request;
    }

    private static boolean accepts(Runnable read) {
        try {
            read.run();
            return true;
        } catch (RequestRejectedException refused) {
            return false;
        }
    }
}
