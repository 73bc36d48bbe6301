package com.pazpaz.infra.kafka;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;

/**
 * The value of a published record: {@code {"payload": <event JSON>, "metadata": <metadata JSON>}}, the same
 * JSON the event store holds, so PHI leaves only as ciphertext.
 */
final class EventRecordBody {

    private EventRecordBody() {
    }

    static String of(EventMessage<?> event, Serializer serializer) {
        String payload = serializer.serialize(event.getPayload(), String.class).getData();
        String metadata = serializer.serialize(event.getMetaData(), String.class).getData();
        return "{\"payload\":" + payload + ",\"metadata\":" + metadata + "}";
    }
}
