package com.pazpaz.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats a KRaft log directory the way {@code kafka-storage.sh format} does (kafka.tools.StorageTool delegates to
 * the same {@link Formatter}), but only when the directory has never been formatted: meta.properties, written last
 * by the formatter, holds the cluster id and marks a finished format.
 */
final class KafkaStorage {

    private static final Logger log = LoggerFactory.getLogger(KafkaStorage.class);

    private KafkaStorage() {}

    static void formatIfNeeded(Path logDirectory) {
        formatIfNeeded(logDirectory, List.of());
    }

    /** @param scramArguments SCRAM users to create with the storage ({@code kafka-storage.sh format --add-scram}) */
    static void formatIfNeeded(Path logDirectory, List<String> scramArguments) {
        if (Files.exists(logDirectory.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        // The formatter reports progress on a PrintStream (System.out by default); we route it to the log.
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(BrokerSettings.NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(BrokerSettings.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDirectory.toString())
                    .addDirectory(logDirectory.toString())
                    .setScramArguments(scramArguments)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + logDirectory, e);
        } finally {
            output.toString(StandardCharsets.UTF_8).lines().forEach(line -> log.info("Kafka storage: {}", line));
        }
        log.info("Formatted Kafka storage in {} with cluster id {}", logDirectory, clusterId);
    }
}
