package com.pazpaz.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The loop answers every Authorization header as Spring Security's own resolver does: token, none, or 401. */
class HeaderBearerTokenResolverTest {

    private static final List<String> HEADERS = List.of(
            "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl",
            "bearer abc",
            "BEARER abc==",
            "Bearer a-b.c_d~e+f/g==",
            "Bearer abc=d",
            "Bearer  abc",
            "Bearer ",
            "Bearer",
            "Bearerabc",
            "Bearer abc ",
            "Bearer abc\n",
            "Bearer ab\tc",
            "Bearer abç",
            "Basic dXNlcjpwYXNz",
            "",
            "Bearer ===");

    private final BearerTokenResolver ours = new HeaderBearerTokenResolver();
    private final BearerTokenResolver springs = new DefaultBearerTokenResolver();

    @Test
    void answersEveryHeaderAsSpringSecuritysResolver() {
        for (String header : HEADERS) {
            assertThat(outcome(ours, header)).as(header).isEqualTo(outcome(springs, header));
        }
        assertThat(outcome(ours, null)).isEqualTo("none");
    }

    @Test
    void aWellFormedTokenIsReturnedWithoutItsScheme() {
        assertThat(outcome(ours, "bearer abc==")).isEqualTo("token abc==");
        assertThat(outcome(ours, "Bearer  abc")).startsWith("refused");
    }

    private static String outcome(BearerTokenResolver resolver, String header) {
        try {
            String token = resolver.resolve(requestWith(header));
            return token == null ? "none" : "token " + token;
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getDescription();
        }
    }

    private static HttpServletRequest requestWith(String authorization) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    case "getMethod" -> "GET";
                    case "getParameterValues", "getParameter", "getContentType" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
