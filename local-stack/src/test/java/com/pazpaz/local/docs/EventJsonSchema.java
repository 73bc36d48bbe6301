package com.pazpaz.local.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pazpaz.infra.eventstore.EventSerialization;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.TypedId;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON Schema (draft 2020-12) of an event record's JSON as the event store and Kafka carry it, built from
 * the record components. Hand-built rather than with a schema generator because the kernel's JSON has a few
 * conventions a generic generator does not know: typed ids are bare UUID strings, {@link EncryptedValue} is
 * base64 ciphertext (marked {@code contentEncoding: base64} and {@code x-pazpaz-encrypted: true}), enums are
 * written by their {@code @JsonValue}. Every field is required (the event store writes nulls, it never drops a
 * key); fields other than primitives may be null; unknown fields are allowed, so a new field is a compatible change.
 */
final class EventJsonSchema {

    static final String ENCRYPTED = "x-pazpaz-encrypted";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper EVENT_JSON = EventSerialization.objectMapper();

    private EventJsonSchema() {}

    static ObjectNode of(Class<?> event, String type, String summary) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", type);
        schema.put("description", summary);
        schema.setAll(recordSchema(event));
        return schema;
    }

    private static ObjectNode recordSchema(Class<?> record) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), nullable(component.getType(), typeSchema(component.getGenericType())));
            required.add(component.getName());
        }
        schema.set("required", required);
        schema.put("additionalProperties", true);
        return schema;
    }

    private static ObjectNode nullable(Class<?> raw, ObjectNode schema) {
        if (raw.isPrimitive()) {
            // an id field may be absent too (an attachment of a client has no note): only primitives are never null
            return schema;
        }
        return JSON.objectNode()
                .set("anyOf", JSON.arrayNode().add(schema).add(JSON.objectNode().put("type", "null")));
    }

    private static ObjectNode typeSchema(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return JSON.objectNode().put("type", "array").set("items", typeSchema(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                // keys are field names (an enum's name or JSON value, as Jackson writes map keys): not constrained
                return JSON.objectNode().put("type", "object").set("additionalProperties", typeSchema(arguments[1]));
            }
            throw new IllegalArgumentException("No JSON Schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == EncryptedValue.class) {
            return JSON.objectNode()
                    .put("type", "string")
                    .put("contentEncoding", "base64")
                    .put(ENCRYPTED, true)
                    .put(
                            "description",
                            "ciphertext: key label, ':', 12-byte nonce, AES-256-GCM ciphertext and tag "
                                    + "(docs/encryption.md); readable only with the client's data key");
        }
        if (TypedId.class.isAssignableFrom(c) || c == UUID.class) {
            return string("uuid");
        }
        if (c == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (c == Instant.class || c == LocalDateTime.class) {
            return c == Instant.class
                    ? string("date-time")
                    : JSON.objectNode()
                            .put("type", "string")
                            .put("description", "local date and time, ISO-8601 without offset");
        }
        if (c == LocalDate.class) {
            return string("date");
        }
        if (c == LocalTime.class) {
            return JSON.objectNode().put("type", "string").put("description", "local time, ISO-8601 (HH:mm[:ss])");
        }
        if (c == boolean.class || c == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (c == double.class || c == Double.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (c == java.math.BigDecimal.class) {
            return JSON.objectNode()
                    .put("type", "number")
                    .put("description", "exact decimal; read it as a decimal, not a binary floating point");
        }
        if (c.isEnum()) {
            return enumSchema(c);
        }
        if (c == Object.class) {
            return JSON.objectNode();
        }
        if (c.isRecord()) {
            return recordSchema(c);
        }
        throw new IllegalArgumentException("No JSON Schema for " + c.getName() + "; teach EventJsonSchema its JSON");
    }

    private static ObjectNode string(String format) {
        return JSON.objectNode().put("type", "string").put("format", format);
    }

    /** The enum's JSON values, as the event serialiser writes them. */
    private static ObjectNode enumSchema(Class<?> enumType) {
        ArrayNode values = JSON.arrayNode();
        for (Object constant : enumType.getEnumConstants()) {
            values.add(EVENT_JSON.valueToTree(constant).asText());
        }
        return JSON.objectNode().put("type", "string").set("enum", values);
    }
}
