package com.pazpaz.local.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack's one URL for the whole API: {@code /swagger-ui/index.html} browses {@link CombinedApiDocument}
 * (served at {@code /v3/api-docs}), and every other request is passed to the service that answers it, so that
 * "Try it out" works from one page without cross-origin calls. A development convenience of the local stack
 * only (JDK's built-in HTTP server, no framework); in production a gateway plays this part.
 */
public final class ApiPortal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApiPortal.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headers the JDK client sets itself or refuses, and hop-by-hop ones. */
    private static final Set<String> NOT_FORWARDED = Set.of(
            "host",
            "connection",
            "content-length",
            "expect",
            "upgrade",
            "transfer-encoding",
            "keep-alive",
            "te",
            "trailer",
            "http2-settings");

    private final HttpServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The services behind the portal; the first also answers what no document names (the UI's assets). */
    private final List<String> serviceBaseUrls;

    private ApiPortal(int port, List<String> serviceBaseUrls) throws IOException {
        this.serviceBaseUrls = List.copyOf(serviceBaseUrls);
        server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "api-portal");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts the portal on {@code port} (0 = any free port) in front of command-service and query-service. */
    public static ApiPortal start(int port, String commandBaseUrl, String queryBaseUrl) {
        return start(port, List.of(commandBaseUrl, queryBaseUrl));
    }

    /**
     * Starts the portal on {@code port} (0 = any free port) in front of the given services (command-service first,
     * then query-service, the reminders service, …).
     */
    public static ApiPortal start(int port, List<String> serviceBaseUrls) {
        try {
            return new ApiPortal(port, serviceBaseUrls);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot start the API portal on port " + port, e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The URL to print: the Swagger UI of the whole system. */
    public String swaggerUiUrl() {
        return baseUrl() + "/swagger-ui/index.html";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/") || path.equals("/swagger-ui.html")) {
                exchange.getResponseHeaders().add("Location", "/swagger-ui/index.html");
                exchange.sendResponseHeaders(302, -1);
            } else if (path.equals("/v3/api-docs/swagger-config")) {
                // springdoc's Swagger UI reads this first: point it at the combined document
                json(
                        exchange,
                        JSON.createObjectNode().put("url", "/v3/api-docs").put("validatorUrl", ""));
            } else if (path.equals("/v3/api-docs")) {
                json(exchange, combined().document());
            } else {
                forward(
                        exchange,
                        combined().serviceFor(exchange.getRequestMethod().toLowerCase(), path, serviceBaseUrls.get(0)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            log.warn(
                    "API portal could not answer {} {}: {}",
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    e.toString());
        }
    }

    /** Built on each request from the live documents: cheap, and never stale after a service restarts. */
    CombinedApiDocument combined() throws IOException, InterruptedException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String baseUrl : serviceBaseUrls) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs"))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            documents.put(baseUrl, JSON.readTree(answer.body()));
        }
        return CombinedApiDocument.merge(documents);
    }

    private void forward(HttpExchange exchange, String baseUrl) throws IOException, InterruptedException {
        URI target = URI.create(baseUrl
                + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery()));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(60))
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] content = answer.body();
        exchange.sendResponseHeaders(answer.statusCode(), content.length == 0 ? -1 : content.length);
        if (content.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        }
    }

    private static void json(HttpExchange exchange, JsonNode node) throws IOException {
        byte[] content = JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(content);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
