package com.pazpaz.query.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Signed download links.
 *
 * @param secret base64 of at least 32 random bytes, the same on every query-service instance; when unset, each
 *               instance makes its own at start, and its links work only on that instance until it restarts
 */
@ConfigurationProperties("pazpaz.attachments.download-links")
public record DownloadLinkProperties(String secret) {}
