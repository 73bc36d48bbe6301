package com.pazpaz.query.attachment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Issues and checks short-lived download links (R-ATT-5), the counterpart of the reference's pre-signed S3 URLs:
 * the token names the attachment, workspace, user, disposition and expiry, and carries an HMAC-SHA256 over
 * them. The contents are encrypted under our keys, so a link to the blob store itself would be useless; links
 * point at query-service, which decrypts on the way out.
 */
@Component
@EnableConfigurationProperties(DownloadLinkProperties.class)
class DownloadLinks {

    private static final Logger log = LoggerFactory.getLogger(DownloadLinks.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    DownloadLinks(DownloadLinkProperties properties, Clock clock) {
        this.key = new SecretKeySpec(secret(properties.secret()), ALGORITHM);
        this.clock = clock;
    }

    String issue(DownloadLink link) {
        String claims = String.join(
                "|",
                link.attachmentId().toString(),
                link.workspaceId().toString(),
                link.userId().toString(),
                link.inline() ? "i" : "a",
                Long.toString(link.expiresAt().getEpochSecond()));
        byte[] payload = claims.getBytes(StandardCharsets.US_ASCII);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The link's grant if the token is genuine; expiry is the caller's to check (it answers differently). */
    Optional<DownloadLink> verify(String token) {
        try {
            int dot = token.indexOf('.');
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            String[] claims = new String(payload, StandardCharsets.US_ASCII).split("\\|");
            return Optional.of(new DownloadLink(
                    UUID.fromString(claims[0]),
                    UUID.fromString(claims[1]),
                    UUID.fromString(claims[2]),
                    "i".equals(claims[3]),
                    Instant.ofEpochSecond(Long.parseLong(claims[4]))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    boolean expired(DownloadLink link) {
        return !clock.instant().isBefore(link.expiresAt());
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] secret(String configured) {
        if (configured != null && !configured.isBlank()) {
            byte[] secret = Base64.getDecoder().decode(configured);
            if (secret.length < 32) {
                throw new IllegalStateException("pazpaz.attachments.download-links.secret must be at least 32 bytes");
            }
            return secret;
        }
        log.warn("No download link secret configured: this instance signs its own links, which no other instance"
                + " accepts and which stop working when it restarts (pazpaz.attachments.download-links.secret)");
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
