package com.pazpaz.query.audit;

import com.pazpaz.kernel.audit.AuditHistoryImportedEvent;
import com.pazpaz.kernel.audit.PhiAccessRefusedEvent;
import com.pazpaz.kernel.audit.PhiAccessedEvent;
import com.pazpaz.kernel.audit.TokenMintedEvent;
import com.pazpaz.kernel.workspace.UserErasedEvent;
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
record AuditClassification(String resourceType, String action, UUID resourceId, String importedEventType) {

    private static final Map<String, String> RESOURCE_BY_PACKAGE = Map.of(
            "client",
            "Client",
            "workspace",
            "Workspace",
            "user",
            "User",
            "appointment",
            "Appointment",
            "session",
            "Session",
            "service",
            "Service",
            "location",
            "Location",
            "attachment",
            "SessionAttachment",
            "careplan",
            "PlanOfCare",
            "series",
            "Appointment");
    /** The operation of a recorded read that takes records out of the system: its row's action is EXPORT. */
    static final String EXPORT_OPERATION = "export";
    /** The action of a refused access to PHI (404 or 403 on a PHI endpoint, decision 251). */
    static final String DENIED = "DENIED";

    private static final List<String> CREATE_FACTS =
            List.of("Registered", "Created", "Scheduled", "Uploaded", "Added", "Invited");
    private static final List<String> DELETE_FACTS =
            List.of("Deleted", "Archived", "Purged", "Erased", "Removed", "Shredded");

    /** Worked out once per event type, not for every event. */
    private static final ClassValue<String> FACTS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            String name = type.getSimpleName();
            return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
        }
    };

    private static final ClassValue<AuditClassification> BY_TYPE = new ClassValue<>() {
        @Override
        protected AuditClassification computeValue(Class<?> type) {
            return new AuditClassification(resourceType(type), action(FACTS.get(type)), null, null);
        }
    };

    static AuditClassification of(EventMessage<?> event) {
        if (event.getPayload() instanceof PhiAccessedEvent read) {
            String action = read.operation().equals(EXPORT_OPERATION) ? "EXPORT" : "READ";
            return new AuditClassification(read.resourceType(), action, read.resourceId(), null);
        }
        if (event.getPayload() instanceof PhiAccessRefusedEvent refused) {
            return new AuditClassification(refused.resourceType(), DENIED, refused.resourceId(), null);
        }
        if (event.getPayload() instanceof TokenMintedEvent minted) {
            // someone may now act as this user: a sign-in on their behalf (decision 167)
            return new AuditClassification("User", "LOGIN", minted.userId().value(), null);
        }
        if (event.getPayload() instanceof UserErasedEvent erased) {
            // the user, not the practice, is what was erased: the trail keeps their id, nothing else of them
            return new AuditClassification("User", "DELETE", erased.userId().value(), null);
        }
        if (event.getPayload() instanceof AuditHistoryImportedEvent imported) {
            // another system's audit row: classified as that system recorded it (docs/import.md)
            return new AuditClassification(
                    imported.resourceType(), imported.action(), imported.resourceId(), imported.eventType());
        }
        AuditClassification byType = BY_TYPE.get(event.getPayloadType());
        return new AuditClassification(byType.resourceType, byType.action, resourceId(event), null);
    }

    /** The business fact an event type states: its simple name without "Event". */
    static String fact(Class<?> type) {
        return FACTS.get(type);
    }

    /** {@code client.create}, {@code session.update}, … as the reference names event types. */
    String eventType() {
        if (importedEventType != null) {
            return importedEventType;
        }
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
