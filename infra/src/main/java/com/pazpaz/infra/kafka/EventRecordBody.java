package com.pazpaz.infra.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * The value of a published record: the event's JSON (the CloudEvents {@code data}), the same JSON the event
 * store holds, so PHI leaves only as ciphertext. The metadata a consumer may use travels in the headers
 * ({@link EventRecordHeaders}); the request's IP address and user agent stay in the audit trail.
 *
 * <p>An event read from the store in its current revision is forwarded as the stored text, never deserialised
 * and serialised again (decision 282): with the serializer the store read it with, Axon hands the stored form
 * back as is. One stored in an older revision is read into today's class and written again, so a consumer always
 * sees the current contract (the records carry no revision).
 */
final class EventRecordBody {

    private static final String WORKSPACE_FIELD = "workspaceId";
    private static final JsonFactory JSON = new JsonFactory();

    private EventRecordBody() {}

    static String of(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> stored = event.serializePayload(serializer, String.class);
        String current = serializer.typeForClass(event.getPayloadType()).getRevision();
        if (Objects.equals(stored.getType().getRevision(), current)) {
            return stored.getData();
        }
        return serializer.serialize(event.getPayload(), String.class).getData();
    }

    /**
     * The top-level {@code workspaceId} of an event's JSON, read by streaming up to it (nested objects are
     * skipped, nothing is built), so that keying a record does not deserialise its event.
     */
    static Optional<String> workspaceIdOf(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (WORKSPACE_FIELD.equals(field) && value == JsonToken.VALUE_STRING) {
                    return Optional.of(parser.getText());
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
