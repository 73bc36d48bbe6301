package com.pazpaz.infra.admission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests go through admission, what a refused one answers, and that a JSON body arrives intact. */
class CommandAdmissionFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CommandAdmission admission = new CommandAdmission(
            new AdmissionProperties(
                    true,
                    1,
                    Duration.ofMillis(20),
                    0,
                    Duration.ofMillis(250),
                    Duration.ofSeconds(1),
                    Duration.ofMillis(5),
                    List.of("read-model")),
            () -> 0);
    private final CommandAdmissionFilter filter = new CommandAdmissionFilter(admission, JSON);

    @Test
    void aCommandExecutesInItsTurnWithItsJsonBodyReadBeforehand() throws Exception {
        MockHttpServletRequest request = json("POST", "/api/v1/clients", "{\"first_name\":\"Dana\"}");
        AtomicReference<String> body = new AtomicReference<>();
        AtomicInteger executingInside = new AtomicInteger(-1);

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            executingInside.set(admission.executing());
            body.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        });

        assertThat(executingInside.get()).isEqualTo(1);
        assertThat(body.get()).isEqualTo("{\"first_name\":\"Dana\"}");
        assertThat(admission.executing()).as("the turn is given back").isZero();
    }

    @Test
    void aCommandWithoutATurnIsA503ProblemAndDoesNotExecute() throws Exception {
        CommandAdmission.Turn taken = admission.admit();
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicInteger executed = new AtomicInteger();

        filter.doFilter(json("PUT", "/api/v1/services/1", "{}"), response, (req, res) -> executed.incrementAndGet());
        taken.close();

        assertThat(executed.get()).isZero();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.get("type").asText()).isEqualTo("https://pazpaz.app/problems/busy");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
    }

    @Test
    void readsUploadsAndRequestsOutsideTheApiNeedNoTurn() throws Exception {
        CommandAdmission.Turn taken = admission.admit();
        try {
            assertPassesWithoutTurn(new MockHttpServletRequest("GET", "/api/v1/clients"));
            assertPassesWithoutTurn(new MockHttpServletRequest("POST", "/actuator/refresh"));
            MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/v1/clients/1/attachments");
            upload.setContentType("multipart/form-data; boundary=x");
            assertPassesWithoutTurn(upload);
        } finally {
            taken.close();
        }
    }

    @Test
    void aCommandWithoutABodyTakesATurnToo() throws Exception {
        AtomicInteger executingInside = new AtomicInteger(-1);

        filter.doFilter(
                new MockHttpServletRequest("POST", "/api/v1/appointments/1/cancel"),
                new MockHttpServletResponse(),
                (req, res) -> executingInside.set(admission.executing()));

        assertThat(executingInside.get()).isEqualTo(1);
    }

    @Test
    void aBodyWithoutAContentTypeIsNotReadAheadButStillTakesATurn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/clients");
        request.setContent(new byte[] {1, 2, 3});
        AtomicReference<Object> seen = new AtomicReference<>();
        AtomicInteger executingInside = new AtomicInteger(-1);

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            seen.set(req);
            executingInside.set(admission.executing());
        });

        assertThat(seen.get()).as("the request itself, its body unread").isSameAs(request);
        assertThat(executingInside.get()).isEqualTo(1);
    }

    private void assertPassesWithoutTurn(MockHttpServletRequest request) throws Exception {
        AtomicInteger executed = new AtomicInteger();
        FilterChain chain = (req, res) -> executed.incrementAndGet();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        assertThat(executed.get())
                .as(request.getMethod() + " " + request.getRequestURI())
                .isEqualTo(1);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest json(String method, String uri, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
