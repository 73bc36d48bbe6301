package com.pazpaz.query.location;

import com.pazpaz.kernel.location.LocationCreatedEvent;
import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.query.common.InsertableRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code locations} (schema.md §2.5); the type is stored upper-case as documented. */
@Entity
@Table(name = "locations")
class LocationRow extends InsertableRow {

    @Id
    private UUID id;
    private UUID workspaceId;
    private String name;
    @Enumerated(EnumType.STRING)
    private LocationType locationType;
    private String address;
    private String details;
    private boolean isActive;
    private Instant createdAt;
    private Instant updatedAt;

    protected LocationRow() {
    }

    LocationRow(LocationCreatedEvent event) {
        id = event.locationId().value();
        workspaceId = event.workspaceId().value();
        name = event.name();
        locationType = event.locationType();
        address = event.address();
        details = event.details();
        isActive = event.active();
        createdAt = event.createdAt();
        updatedAt = event.createdAt();
    }

    void rename(String newName, Instant at) {
        name = newName;
        updatedAt = at;
    }

    void revise(LocationType newType, String newAddress, String newDetails, Instant at) {
        locationType = newType;
        address = newAddress;
        details = newDetails;
        updatedAt = at;
    }

    void setActive(boolean active, Instant at) {
        isActive = active;
        updatedAt = at;
    }

    LocationView view() {
        return new LocationView(id, workspaceId, name, locationType, address, details, isActive, createdAt,
                updatedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
