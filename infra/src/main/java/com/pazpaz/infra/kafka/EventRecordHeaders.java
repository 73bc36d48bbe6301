package com.pazpaz.infra.kafka;

/** Header names of a published event record (docs/event-catalogue.md, "Kafka"). */
public final class EventRecordHeaders {

    /** The event's unique id: consumers drop records whose id they have already seen. */
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TYPE = "event_type";
    public static final String EVENT_REVISION = "event_revision";
    public static final String AGGREGATE_ID = "aggregate_id";
    public static final String AGGREGATE_SEQUENCE = "aggregate_sequence";
    public static final String GLOBAL_POSITION = "global_position";
    public static final String OCCURRED_AT = "occurred_at";

    private EventRecordHeaders() {
    }
}
