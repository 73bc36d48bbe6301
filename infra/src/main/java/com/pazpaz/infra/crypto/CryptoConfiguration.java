package com.pazpaz.infra.crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The field cipher and its keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EncryptionProperties.class)
public class CryptoConfiguration {

    @Bean
    KeyRing keyRing(EncryptionProperties properties) {
        return new ConfiguredKeyRing(properties);
    }

    @Bean
    FieldCipher fieldCipher(KeyRing keyRing) {
        return new AesGcmFieldCipher(keyRing);
    }
}
