package com.pazpaz.query.service;

import com.pazpaz.kernel.service.ServiceCreatedEvent;
import com.pazpaz.query.common.InsertableRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code services} (schema.md §2.4). */
@Entity
@Table(name = "services")
class ServiceRow extends InsertableRow {

    @Id
    private UUID id;
    private UUID workspaceId;
    private String name;
    private String description;
    private int defaultDurationMinutes;
    private boolean isActive;
    private Instant createdAt;
    private Instant updatedAt;

    protected ServiceRow() {
    }

    ServiceRow(ServiceCreatedEvent event) {
        id = event.serviceId().value();
        workspaceId = event.workspaceId().value();
        name = event.name();
        description = event.description();
        defaultDurationMinutes = event.defaultDurationMinutes();
        isActive = event.active();
        createdAt = event.createdAt();
        updatedAt = event.createdAt();
    }

    void rename(String newName, Instant at) {
        name = newName;
        updatedAt = at;
    }

    void revise(String newDescription, int newDuration, Instant at) {
        description = newDescription;
        defaultDurationMinutes = newDuration;
        updatedAt = at;
    }

    void setActive(boolean active, Instant at) {
        isActive = active;
        updatedAt = at;
    }

    ServiceView view() {
        return new ServiceView(id, workspaceId, name, description, defaultDurationMinutes, isActive, createdAt,
                updatedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
