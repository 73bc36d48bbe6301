package com.pazpaz.infra.kafka;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;

/**
 * The value of a published record: the event's JSON (the CloudEvents {@code data}), the same JSON the event
 * store holds, so PHI leaves only as ciphertext. The metadata a consumer may use travels in the headers
 * ({@link EventRecordHeaders}); the request's IP address and user agent stay in the audit trail.
 */
final class EventRecordBody {

    private EventRecordBody() {}

    static String of(EventMessage<?> event, Serializer serializer) {
        return serializer.serialize(event.getPayload(), String.class).getData();
    }
}
