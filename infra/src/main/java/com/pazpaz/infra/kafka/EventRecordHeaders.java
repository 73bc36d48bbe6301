package com.pazpaz.infra.kafka;

import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.contract.EventTypes;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.apache.kafka.common.header.Headers;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * The headers of a published event record: CloudEvents 1.0, Kafka protocol binding, binary mode
 * (docs/consumers.md, docs/contract/asyncapi.yaml). The record's value is the event's JSON (the CloudEvents
 * {@code data}); these headers are its attributes. Nothing here names a Java class: the type comes from
 * {@link EventTypes}. This is the one class that writes them.
 */
public final class EventRecordHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    /** The event's unique id: consumers drop records whose id they have already seen. */
    public static final String ID = "ce_id";

    public static final String SOURCE = "ce_source";
    /** {@code pazpaz.<context>.<event>.v<major>}. */
    public static final String TYPE = "ce_type";
    /** The record the event is about (its aggregate id). */
    public static final String SUBJECT = "ce_subject";

    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension: the workspace (practice) the event belongs to; also the record key. */
    public static final String WORKSPACE_ID = "ce_workspaceid";
    /** Extension: the event's global position in the event store (increasing, not gap-free). */
    public static final String POSITION = "ce_position";
    /** Extension: the event's sequence number within its subject (0, 1, 2, … without gaps). */
    public static final String SUBJECT_SEQUENCE = "ce_subjectsequence";
    /** Extension: the acting user. */
    public static final String USER_ID = "ce_userid";
    /** Extension: the request that caused the event. */
    public static final String CORRELATION_ID = "ce_correlationid";
    /** Extension: the message that directly caused the event. */
    public static final String CAUSATION_ID = "ce_causationid";

    static final String SPEC_VERSION_VALUE = "1.0";
    static final String SOURCE_VALUE = "/pazpaz/core";
    static final String JSON = "application/json";

    private EventRecordHeaders() {}

    /** Writes the attributes of this event, published under this workspace key at this position. */
    static void write(Headers headers, EventMessage<?> event, String workspaceId, OptionalLong position) {
        Class<?> payloadType = event.getPayloadType();
        String type = EventTypes.typeOf(payloadType)
                .orElseThrow(() -> new IllegalStateException(
                        "Event " + payloadType.getSimpleName() + " has no published type; add it to EventTypes"));
        add(headers, SPEC_VERSION, SPEC_VERSION_VALUE);
        add(headers, ID, event.getIdentifier());
        add(headers, SOURCE, SOURCE_VALUE);
        add(headers, TYPE, type);
        add(headers, TIME, event.getTimestamp().toString());
        add(headers, CONTENT_TYPE, JSON);
        add(headers, WORKSPACE_ID, workspaceId);
        if (event instanceof DomainEventMessage<?> domainEvent) {
            add(headers, SUBJECT, domainEvent.getAggregateIdentifier());
            add(headers, SUBJECT_SEQUENCE, Long.toString(domainEvent.getSequenceNumber()));
        }
        position.ifPresent(stored -> add(headers, POSITION, Long.toString(stored)));
        add(headers, USER_ID, event.getMetaData().get(MetadataKeys.USER_ID));
        add(headers, CORRELATION_ID, event.getMetaData().get(MetadataKeys.CORRELATION_ID));
        add(headers, CAUSATION_ID, event.getMetaData().get(MetadataKeys.CAUSATION_ID));
    }

    private static void add(Headers headers, String name, Object value) {
        if (value != null) {
            headers.add(name, value.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
