package com.pazpaz.infra.messaging;

import java.util.List;

/** Names of the metadata entries every event carries (docs/event-catalogue.md). */
public final class MetadataKeys {

    public static final String WORKSPACE_ID = "workspaceId";
    public static final String USER_ID = "userId";
    /** The id shared by everything one request caused; echoed to the caller in {@code X-Correlation-Id}. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message (command) that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";

    public static final String IP_ADDRESS = "ipAddress";
    public static final String USER_AGENT = "userAgent";

    /**
     * On events appended by the importer (docs/import.md): where the record came from ({@code reference}) and
     * the reference's own time of the act, which the event's timestamp (the time of the import) does not keep.
     */
    public static final String IMPORTED_FROM = "importedFrom";

    public static final String ORIGINAL_TIME = "originalTime";

    /** The request entries, copied unchanged from a command to the events it causes. */
    static final List<String> REQUEST_KEYS =
            List.of(WORKSPACE_ID, USER_ID, CORRELATION_ID, IP_ADDRESS, USER_AGENT, IMPORTED_FROM, ORIGINAL_TIME);

    private MetadataKeys() {}
}
