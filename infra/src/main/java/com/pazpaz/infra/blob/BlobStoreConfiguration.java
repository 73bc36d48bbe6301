package com.pazpaz.infra.blob;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the blob store by {@code pazpaz.blobs.type}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlobStoreProperties.class)
public class BlobStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "pazpaz.blobs.type", havingValue = "filesystem", matchIfMissing = true)
    BlobStore fileSystemBlobStore(BlobStoreProperties properties) {
        return new FileSystemBlobStore(properties.directory());
    }
}
