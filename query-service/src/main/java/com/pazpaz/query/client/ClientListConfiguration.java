package com.pazpaz.query.client;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the client list's settings ({@link ClientListProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClientListProperties.class)
class ClientListConfiguration {}
