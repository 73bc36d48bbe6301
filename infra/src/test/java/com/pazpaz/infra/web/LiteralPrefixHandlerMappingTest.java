package com.pazpaz.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The cheap first test of a route's literal start never changes which route answers, or how (decision 296). */
class LiteralPrefixHandlerMappingTest {

    private final MockMvc spring = MockMvcBuilders.standaloneSetup(new Routes()).build();
    private LiteralPrefixHandlerMapping mapping;
    private final MockMvc ours = MockMvcBuilders.standaloneSetup(new Routes())
            .setCustomHandlerMapping(() -> mapping = new LiteralPrefixHandlerMapping())
            .build();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /api/v1/clients/42",
        "GET, /api/v1/clients",
        "GET, /api/v1/clients/42/notes",
        "GET, /api/v1/clients/search",
        "POST, /api/v1/clients/42",
        "POST, /api/v1/clients",
        "GET, /api/v1/clients/",
        "GET, /api/v1/cli%65nts/42",
        "GET, /api/v1/clients;version=1/42",
        "GET, /api/v1/Clients/42",
        "GET, /api/v2/clients/42",
        "GET, /api/v1/files/a/b/c",
        "GET, /api/v1/file",
        "GET, /",
    })
    void answersAsSpringMvcDoes(String method, String path) throws Exception {
        MvcResult expected = send(spring, method, path);
        MvcResult actual = send(ours, method, path);

        assertThat(actual.getResponse().getStatus())
                .as("status of %s %s", method, path)
                .isEqualTo(expected.getResponse().getStatus());
        assertThat(actual.getResponse().getContentAsString())
                .as("answer of %s %s", method, path)
                .isEqualTo(expected.getResponse().getContentAsString());
        assertThat(actual.getResponse().getHeader("Allow"))
                .isEqualTo(expected.getResponse().getHeader("Allow"));
    }

    @ParameterizedTest(name = "{0} starts with \"{1}\"")
    @CsvSource({
        "/api/v1/clients/{id}, /api/v1/clients/",
        "/api/v1/clients, /api/v1/clients",
        "/api/v1/files/**, /api/v1/files/",
        "/api/v1/fil?, /api/v1/fil",
        "'{tenant}/x', ''",
    })
    void theLiteralStartEndsAtTheFirstVariableOrWildcard(String pattern, String start) {
        assertThat(LiteralPrefixHandlerMapping.literalStart(pattern)).isEqualTo(start);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "/api/v1/clients/42, '/api/v1/clients/{id},/api/v1/clients/{id}/notes,/api/v1/clients'",
        "/api/v1/clients/42/notes, '/api/v1/clients/{id},/api/v1/clients/{id}/notes,/api/v1/clients'",
        "/api/v1/clients, '/api/v1/clients'",
        "/api/v2/clients/42, ''",
        "/api/v1/cli%65nts/42, '" + ALL_ROUTES + "'",
        "/api/v1/clients;version=1/42, '" + ALL_ROUTES + "'",
    })
    void skipsOnlyTheRoutesWhoseLiteralStartThePathLacks(String path, String routesLeft) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        ServletRequestPathUtils.parseAndCache(request);

        Set<String> left = mapping.getHandlerMethods().keySet().stream()
                .filter(info -> mapping.couldMatch(info, LiteralPrefixHandlerMapping.plainPathOf(request)))
                .flatMap(info -> info.getPatternValues().stream())
                .collect(Collectors.toSet());

        assertThat(left).isEqualTo(routesLeft.isEmpty() ? Set.of() : Set.of(routesLeft.split(",")));
    }

    private static final String ALL_ROUTES = "/api/v1/clients/{id},/api/v1/clients/search,/api/v1/clients,"
            + "/api/v1/clients/{id}/notes,/api/v1/files/**,/api/v1/fil?";

    @Test
    void isTheMappingSpringUsesWhenRegistered() {
        RequestMappingHandlerMapping mapping =
                new WebConfiguration().literalPrefixRouting().getRequestMappingHandlerMapping();
        assertThat(mapping).isInstanceOf(LiteralPrefixHandlerMapping.class);
    }

    private static MvcResult send(MockMvc mvc, String method, String path) throws Exception {
        return mvc.perform(request(HttpMethod.valueOf(method), URI.create(path)).accept(MediaType.ALL))
                .andReturn();
    }

    @RestController
    @RequestMapping("/api/v1")
    static class Routes {

        @GetMapping("/clients/{id}")
        String client(@PathVariable String id) {
            return "client " + id;
        }

        @GetMapping("/clients/search")
        String search() {
            return "search";
        }

        @GetMapping("/clients")
        String clients() {
            return "clients";
        }

        @PostMapping("/clients")
        String register() {
            return "registered";
        }

        @GetMapping("/clients/{id}/notes")
        String notes(@PathVariable String id) {
            return "notes of " + id;
        }

        @GetMapping("/files/**")
        String files() {
            return "files";
        }

        @GetMapping("/fil?")
        String fil() {
            return "fil?";
        }
    }
}
