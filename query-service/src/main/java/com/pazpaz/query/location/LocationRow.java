package com.pazpaz.query.location;

import com.pazpaz.kernel.location.LocationCreatedEvent;
import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.InsertableRow;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of {@code locations} (schema.md §2.5); the type is stored upper-case as documented. */
@Entity
@Table(name = "locations")
class LocationRow extends InsertableRow {

    /** How the projection writes and reads the table; deleting a location unlinks its appointments. */
    static final RowTable<LocationRow> TABLE = new RowTable<>(
            "locations",
            List.of(
                    TableColumn.uuid("id", r -> r.id),
                    TableColumn.uuid("workspace_id", r -> r.workspaceId),
                    TableColumn.text("name", r -> r.name),
                    TableColumn.name("location_type", r -> r.locationType),
                    TableColumn.text("address", r -> r.address),
                    TableColumn.text("details", r -> r.details),
                    TableColumn.bool("is_active", r -> r.isActive),
                    TableColumn.instant("created_at", r -> r.createdAt),
                    TableColumn.instant("updated_at", r -> r.updatedAt)),
            LocationRow::read,
            LocationRowEvolution::changes,
            LocationRowEvolution::apply,
            List.of("UPDATE appointments SET location_id = NULL WHERE location_id = ?"));

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

    protected LocationRow() {}

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

    private static LocationRow read(ResultSet rs) throws SQLException {
        LocationRow row = new LocationRow();
        row.id = Columns.uuid(rs, 1);
        row.workspaceId = Columns.uuid(rs, 2);
        row.name = rs.getString(3);
        row.locationType = LocationType.valueOf(rs.getString(4));
        row.address = rs.getString(5);
        row.details = rs.getString(6);
        row.isActive = rs.getBoolean(7);
        row.createdAt = Columns.instant(rs, 8);
        row.updatedAt = Columns.instant(rs, 9);
        return row;
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
        return new LocationView(id, workspaceId, name, locationType, address, details, isActive, createdAt, updatedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
