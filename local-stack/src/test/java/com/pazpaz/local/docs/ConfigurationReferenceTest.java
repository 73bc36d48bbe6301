package com.pazpaz.local.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * docs/configuration-reference.md is generated from the {@code @ConfigurationProperties} records of every
 * module (through the metadata spring-boot-configuration-processor writes from their Javadoc) and must
 * match the code.
 */
class ConfigurationReferenceTest {

    private static final String DOCUMENT = "configuration-reference.md";
    private static final Map<String, String> SERVICE_OF_PACKAGE = Map.of(
            "com.pazpaz.infra", "Both services",
            "com.pazpaz.command", "command-service",
            "com.pazpaz.query", "query-service",
            "com.pazpaz.reminders", "reminders");

    @Test
    void theConfigurationReferenceMatchesThePropertiesRecords() throws Exception {
        List<Property> properties = properties();
        assertThat(undocumentedRecords(properties))
                .as("@ConfigurationProperties records without metadata: add spring-boot-configuration-processor "
                        + "(optional) to their module")
                .isEmpty();
        GeneratedDocument.check(DOCUMENT, render(properties), getClass().getSimpleName());
    }

    private static String render(List<Property> properties) {
        Map<String, Map<String, List<Property>>> byServiceAndRecord = new TreeMap<>();
        for (Property property : properties) {
            byServiceAndRecord
                    .computeIfAbsent(serviceOf(property.sourceType()), s -> new TreeMap<>())
                    .computeIfAbsent(property.sourceType(), r -> new ArrayList<>())
                    .add(property);
        }
        StringBuilder doc = new StringBuilder("""
                # Configuration reference

                Generated from the `@ConfigurationProperties` records by `ConfigurationReferenceTest`; do not edit
                by hand. Spring's own settings and the environment shortcuts of the service configuration files
                are described in [configuration.md](configuration.md). Every property can also be set as an
                environment variable (relaxed binding) or as `--name=value`.
                """);
        byServiceAndRecord.forEach((service, records) -> {
            doc.append("\n## ").append(service).append('\n');
            records.forEach((record, recordProperties) -> {
                doc.append("\n### `")
                        .append(simpleName(record))
                        .append("`\n\n")
                        .append("| property | environment variable | type | default | meaning |\n")
                        .append("|---|---|---|---|---|\n");
                recordProperties.stream()
                        .sorted((a, b) -> a.name().compareTo(b.name()))
                        .forEach(p -> doc.append("| `")
                                .append(p.name())
                                .append("` | `")
                                .append(environmentVariable(p))
                                .append("` | ")
                                .append(shortType(p.type()))
                                .append(" | ")
                                .append(p.defaultValue() == null ? "—" : "`" + p.defaultValue() + "`")
                                .append(" | ")
                                .append(markdown(p.description()))
                                .append(" |\n"));
            });
        });
        return doc.toString();
    }

    private static List<Property> properties() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Property> properties = new ArrayList<>();
        for (URL url : Collections.list(ConfigurationReferenceTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String source = property.path("sourceType").asText();
                    if (source.startsWith("com.pazpaz.")) {
                        properties.add(new Property(
                                property.path("name").asText(),
                                property.path("type").asText(),
                                source,
                                property.path("description").asText(""),
                                property.hasNonNull("defaultValue")
                                        ? property.get("defaultValue").asText()
                                        : null));
                    }
                }
            }
        }
        return properties;
    }

    private static List<String> undocumentedRecords(List<Property> properties) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<String> missing = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.pazpaz")) {
            if (properties.stream().noneMatch(p -> p.sourceType().equals(candidate.getBeanClassName()))) {
                missing.add(candidate.getBeanClassName());
            }
        }
        return missing;
    }

    private static String serviceOf(String type) {
        return SERVICE_OF_PACKAGE.entrySet().stream()
                .filter(e -> type.startsWith(e.getKey() + "."))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("Other");
    }

    private static String environmentVariable(Property property) {
        String variable = property.name().replace("-", "").replace('.', '_').toUpperCase();
        return property.type().startsWith("java.util.Map") ? variable + "_<KEY>" : variable;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String shortType(String type) {
        return type.replaceAll("([a-z0-9_]+\\.)+([A-Za-z0-9_$]+)", "$2")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    private static String markdown(String javadoc) {
        return javadoc.replaceAll("\\{@(?:link|linkplain) ([^}]+)}", "$1")
                .replaceAll("\\{@code ([^}]+)}", "`$1`")
                .replaceAll("\\s+", " ")
                .replace("|", "\\|")
                .trim();
    }

    private record Property(String name, String type, String sourceType, String description, String defaultValue) {}
}
