package com.pazpaz.query.session;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The filters of the note list (behaviour.md §1.8 S3), always within the caller's workspace. */
record SessionFilter(UUID workspaceId, UUID clientId, UUID appointmentId, Boolean isDraft, boolean includeDeleted) {

    /** The filters beside the workspace as SQL over the {@code sessions} columns; {@link #arguments()} fill it. */
    String condition() {
        List<String> conditions = new ArrayList<>();
        if (clientId != null) {
            conditions.add("client_id = ?");
        }
        if (appointmentId != null) {
            conditions.add("appointment_id = ?");
        }
        if (isDraft != null) {
            conditions.add("is_draft = ?");
        }
        if (!includeDeleted) {
            conditions.add("deleted_at IS NULL");
        }
        return String.join(" AND ", conditions);
    }

    /** The values of {@link #condition()}'s parameters, in order. */
    List<Object> arguments() {
        List<Object> arguments = new ArrayList<>();
        if (clientId != null) {
            arguments.add(clientId);
        }
        if (appointmentId != null) {
            arguments.add(appointmentId);
        }
        if (isDraft != null) {
            arguments.add(isDraft);
        }
        return arguments;
    }
}
