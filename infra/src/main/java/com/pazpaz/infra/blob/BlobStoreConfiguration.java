package com.pazpaz.infra.blob;

import com.pazpaz.infra.blob.s3.S3BlobStore;
import com.pazpaz.infra.blob.s3.S3BlobStoreFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the blob store by {@code pazpaz.blobs.type}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlobStoreProperties.class)
public class BlobStoreConfiguration {

    @Bean
    @ConditionalOnProperty(
            name = "pazpaz.blobs.type",
            havingValue = BlobStoreProperties.FILESYSTEM,
            matchIfMissing = true)
    BlobStore fileSystemBlobStore(BlobStoreProperties properties) {
        return new FileSystemBlobStore(properties.directory());
    }

    /** Checks the bucket while the context starts (docs/attachments-s3.md); closed with the context. */
    @Bean
    @ConditionalOnProperty(name = "pazpaz.blobs.type", havingValue = BlobStoreProperties.S3_TYPE)
    S3BlobStore s3BlobStore(BlobStoreProperties properties) {
        return S3BlobStoreFactory.open(properties.s3());
    }
}
