package com.pazpaz.query.audit;

import com.pazpaz.kernel.audit.PhiAccessedEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * How an event appears in the audit trail: resource type, action, resource id. Derived by convention so that
 * every new event is audited without being listed here: the resource type from the event's package in the
 * shared kernel, the action from the business fact its name states, the id from its aggregate.
 */
record AuditClassification(String resourceType, String action, UUID resourceId) {

    private static final Map<String, String> RESOURCE_BY_PACKAGE = Map.of(
            "client", "Client", "workspace", "Workspace", "user", "User", "appointment", "Appointment",
            "session", "Session", "service", "Service", "location", "Location", "attachment", "SessionAttachment");
    private static final List<String> CREATE_FACTS =
            List.of("Registered", "Created", "Scheduled", "Uploaded", "Added", "Invited");
    private static final List<String> DELETE_FACTS =
            List.of("Deleted", "Archived", "Purged", "Erased", "Removed", "Shredded");

    static AuditClassification of(EventMessage<?> event) {
        if (event.getPayload() instanceof PhiAccessedEvent read) {
            return new AuditClassification(read.resourceType(), "READ", read.resourceId());
        }
        Class<?> type = event.getPayloadType();
        String resource = resourceType(type);
        String fact = type.getSimpleName().replaceAll("Event$", "");
        return new AuditClassification(resource, action(fact), resourceId(event));
    }

    /** {@code client.create}, {@code session.update}, … as the reference names event types. */
    String eventType() {
        return resourceType.toLowerCase() + "." + action.toLowerCase();
    }

    private static String resourceType(Class<?> type) {
        String[] packages = type.getPackageName().split("\\.");
        return RESOURCE_BY_PACKAGE.getOrDefault(packages[packages.length - 1], "Workspace");
    }

    private static String action(String fact) {
        if (CREATE_FACTS.stream().anyMatch(fact::endsWith)) {
            return "CREATE";
        }
        return DELETE_FACTS.stream().anyMatch(fact::endsWith) ? "DELETE" : "UPDATE";
    }

    private static UUID resourceId(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            try {
                return UUID.fromString(domainEvent.getAggregateIdentifier());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
