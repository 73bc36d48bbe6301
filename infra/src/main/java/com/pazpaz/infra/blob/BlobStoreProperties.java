package com.pazpaz.infra.blob;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where attachment contents are kept (docs/configuration-reference.md).
 *
 * @param type      {@code filesystem} (default) or {@code s3}
 * @param directory filesystem store: the directory that holds the blobs (the local stack sets it inside its data
 *                  directory)
 */
@ConfigurationProperties("pazpaz.blobs")
public record BlobStoreProperties(
        @DefaultValue("filesystem") String type,
        @DefaultValue("data/blobs") Path directory) {
}
