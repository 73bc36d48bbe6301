package com.pazpaz.local.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One OpenAPI document for the whole system: the services' documents merged path by path (a path such as
 * {@code /api/v1/clients/{id}} has its GET from query-service and its PUT from command-service), with the
 * routes that say which service answers each operation. Schemas of the same name are the same shared type
 * (problem bodies, pages) and are kept once.
 */
final class CombinedApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One operation of the system and the base URL of the service that answers it. */
    record Route(String method, String template, Pattern path, String baseUrl) {
        int parameters() {
            return (int) template.chars().filter(c -> c == '{').count();
        }

        boolean matches(String requestMethod, String requestPath) {
            return method.equalsIgnoreCase(requestMethod)
                    && path.matcher(requestPath).matches();
        }
    }

    private final ObjectNode document;
    private final List<Route> routes;

    private CombinedApiDocument(ObjectNode document, List<Route> routes) {
        this.document = document;
        this.routes = routes;
    }

    /** Merges the documents, given as base URL → that service's {@code /v3/api-docs}. */
    static CombinedApiDocument merge(Map<String, JsonNode> documentsByBaseUrl) {
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", "3.0.1");
        ObjectNode info = merged.putObject("info");
        info.put("title", "PazPaz API");
        info.put("version", "v1");
        info.put(
                "description",
                "The services of PazPaz in one document: commands (command-service), queries "
                        + "(query-service) and the practice's reminders (reminders), tagged by feature. Requests sent from "
                        + "this page go through the portal to the service that answers them. docs/api.md states the "
                        + "conventions.");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = JSON.createObjectNode();
        ObjectNode components = merged.putObject("components");
        List<Route> routes = new ArrayList<>();
        documentsByBaseUrl.forEach((baseUrl, document) -> {
            if (merged.path("security").isMissingNode() && document.has("security")) {
                merged.set("security", document.get("security"));
            }
            document.path("components").fields().forEachRemaining(section -> {
                ObjectNode target = section.getKey().equals("schemas") ? schemas : child(components, section.getKey());
                section.getValue()
                        .fields()
                        .forEachRemaining(entry -> target.putIfAbsent(entry.getKey(), entry.getValue()));
            });
            Iterator<Map.Entry<String, JsonNode>> documentPaths =
                    document.path("paths").fields();
            while (documentPaths.hasNext()) {
                Map.Entry<String, JsonNode> path = documentPaths.next();
                ObjectNode item = child(paths, path.getKey());
                path.getValue().fields().forEachRemaining(operation -> {
                    item.set(operation.getKey(), operation.getValue());
                    if (METHODS.contains(operation.getKey())) {
                        routes.add(new Route(operation.getKey(), path.getKey(), template(path.getKey()), baseUrl));
                    }
                });
            }
        });
        components.set("schemas", schemas);
        return new CombinedApiDocument(merged, List.copyOf(routes));
    }

    JsonNode document() {
        return document;
    }

    /** The base URL of the service answering {@code method path}, or {@code fallback} (e.g. the UI's assets). */
    String serviceFor(String method, String path, String fallback) {
        // literal paths before templated ones: /appointments/conflicts is not /appointments/{id}
        return routes.stream()
                .filter(route -> route.matches(method, path))
                .min(java.util.Comparator.comparingInt(Route::parameters))
                .map(Route::baseUrl)
                .orElse(fallback);
    }

    /** The object under {@code name}, made if missing (Jackson's {@code with} reads "/a/b" as a JSON pointer). */
    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        return existing instanceof ObjectNode object ? object : parent.putObject(name);
    }

    private static Pattern template(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }
}
