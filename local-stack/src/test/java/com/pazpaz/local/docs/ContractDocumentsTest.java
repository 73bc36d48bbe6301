package com.pazpaz.local.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.pazpaz.kernel.contract.EventTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published contract under docs/contract/: one JSON Schema per event type and the AsyncAPI 3.0 document of
 * the topic, generated from the event records and {@link EventTypes}; they must match the code
 * ({@code -Dpazpaz.docs.write=true} regenerates them).
 */
class ContractDocumentsTest {

    static final String SCHEMAS = "contract/schemas/";
    private static final ObjectMapper PRETTY = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void everyEventTypeHasItsJsonSchema() throws Exception {
        Path directory = GeneratedDocument.projectRoot().resolve("docs").resolve(SCHEMAS);
        Files.createDirectories(directory);
        List<String> expected = new ArrayList<>();
        for (Class<?> event : EventCatalogueTest.events()) {
            String type = EventTypes.typeOf(event).orElseThrow();
            String summary = EventJavadoc.summaryOf(event, GeneratedDocument.projectRoot());
            String json = PRETTY.writeValueAsString(EventJsonSchema.of(event, type, summary)) + "\n";
            GeneratedDocument.check(SCHEMAS + type + ".json", json, getClass().getSimpleName());
            expected.add(type + ".json");
        }
        assertThat(schemaFiles(directory))
                .as("no schema for a type that is gone")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theAsyncApiDocumentMatchesTheEvents() throws Exception {
        GeneratedDocument.check(
                "contract/asyncapi.yaml",
                AsyncApiDocument.generate(),
                getClass().getSimpleName());
    }

    private static List<String> schemaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
