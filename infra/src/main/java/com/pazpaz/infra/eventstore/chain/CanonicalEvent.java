package com.pazpaz.infra.eventstore.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The bytes of an event that its chain hash covers, exactly as the database function
 * {@code canonical_event} builds them: each column as {@code <length in characters>:<value>}, in a fixed
 * order, UTF-8 encoded.
 */
record CanonicalEvent(
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        String payloadType,
        String payloadRevision,
        String timeStamp,
        String payload,
        String metaData) {

    byte[] bytes() {
        StringBuilder text = new StringBuilder();
        for (String column : new String[] {
            eventIdentifier,
            aggregateIdentifier,
            Long.toString(sequenceNumber),
            type,
            payloadType,
            payloadRevision,
            timeStamp,
            payload,
            metaData
        }) {
            String value = column == null ? "" : column;
            // PostgreSQL's length() counts characters (code points), not UTF-16 units or bytes
            text.append(value.codePointCount(0, value.length())).append(':').append(value);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** sha256(previous hash ‖ canonical bytes), the link the trigger stored. */
    byte[] chainedTo(byte[] previousHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash);
            return sha256.digest(bytes());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
