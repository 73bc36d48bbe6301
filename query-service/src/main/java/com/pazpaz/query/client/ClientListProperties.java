package com.pazpaz.query.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-memory index of the client list (decrypted names in list order, per workspace and per instance).
 *
 * @param indexCapacity most clients held in the indexes of one query-service instance, over all workspaces;
 *                      past it the least recently used workspaces are dropped whole (about 200 bytes a client)
 * @param indexIdleTime a workspace's index not read for this long is dropped, so that decrypted names of an
 *                      idle practice do not stay in memory
 */
@ConfigurationProperties("pazpaz.client-list")
public record ClientListProperties(
        @DefaultValue("100000") long indexCapacity,
        @DefaultValue("30m") Duration indexIdleTime) {}
