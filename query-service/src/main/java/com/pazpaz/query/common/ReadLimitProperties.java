package com.pazpaz.query.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Read rate limit, shared by every query-service instance (decision 179).
 *
 * @param perMinute how many reads one user (or one IP address without a token) may make per minute; 429 after
 */
@ConfigurationProperties("pazpaz.read-limits")
public record ReadLimitProperties(@DefaultValue("6000") int perMinute) {}
