package com.pazpaz.infra.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Tags every operation by the feature a reader looks for ("Clients", "Sessions", …) instead of springdoc's
 * controller class names ("client-command-controller"), so that both services' documents group the same way:
 * the feature is the innermost path segment naming one ({@code /clients/{id}/attachments} is "Attachments").
 */
final class FeatureTags implements OpenApiCustomizer {

    /** Path segment → feature tag; a segment not listed falls back to its own name, capitalised. */
    static final Map<String, String> FEATURES = Map.ofEntries(
            Map.entry("clients", "Clients"),
            Map.entry("sessions", "Sessions"),
            Map.entry("appointments", "Appointments"),
            Map.entry("appointment-series", "Appointment series"),
            Map.entry("care-plans", "Care plans"),
            Map.entry("attachments", "Attachments"),
            Map.entry("attachment-downloads", "Attachments"),
            Map.entry("services", "Services"),
            Map.entry("locations", "Locations"),
            Map.entry("users", "Users"),
            Map.entry("workspaces", "Workspaces"),
            Map.entry("workspace", "Workspaces"),
            Map.entry("audit", "Audit"),
            Map.entry("audit-events", "Audit"),
            Map.entry("admin", "Administration"),
            Map.entry("dev", "Development"));

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            String feature = featureOf(path);
            for (Operation operation : item.readOperations()) {
                operation.setTags(new ArrayList<>(List.of(feature)));
            }
        });
        openApi.setTags(null);
    }

    static String featureOf(String path) {
        String[] segments = path.replaceFirst("^/api/v\\d+/?", "").split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String feature = FEATURES.get(segments[i]);
            if (feature != null) {
                return feature;
            }
        }
        String first = segments.length == 0 || segments[0].isBlank() ? "other" : segments[0];
        return Character.toUpperCase(first.charAt(0)) + first.substring(1).replace('-', ' ');
    }
}
