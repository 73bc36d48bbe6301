package com.pazpaz.query.service;

import com.pazpaz.kernel.service.ServiceCreatedEvent;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.InsertableRow;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of {@code services} (schema.md §2.4). */
@Entity
@Table(name = "services")
public class ServiceRow extends InsertableRow {

    /** How the projection writes and reads the table; deleting a service unlinks its appointments. */
    public static final RowTable<ServiceRow> TABLE = new RowTable<>(
            "services",
            List.of(
                    TableColumn.uuid("id", r -> r.id),
                    TableColumn.uuid("workspace_id", r -> r.workspaceId),
                    TableColumn.text("name", r -> r.name),
                    TableColumn.text("description", r -> r.description),
                    TableColumn.int4("default_duration_minutes", r -> r.defaultDurationMinutes),
                    TableColumn.bool("is_active", r -> r.isActive),
                    TableColumn.instant("created_at", r -> r.createdAt),
                    TableColumn.instant("updated_at", r -> r.updatedAt),
                    TableColumn.decimal("price", r -> r.price),
                    TableColumn.text("currency", r -> r.currency)),
            ServiceRow::read,
            ServiceRowEvolution::changes,
            ServiceRowEvolution::apply,
            List.of("UPDATE appointments SET service_id = NULL WHERE service_id = ?"));

    @Id
    private UUID id;

    private UUID workspaceId;
    private String name;
    private String description;
    private int defaultDurationMinutes;
    private boolean isActive;
    private Instant createdAt;
    private Instant updatedAt;
    private BigDecimal price;
    private String currency;

    protected ServiceRow() {}

    ServiceRow(ServiceCreatedEvent event) {
        id = event.serviceId().value();
        workspaceId = event.workspaceId().value();
        name = event.name();
        description = event.description();
        defaultDurationMinutes = event.defaultDurationMinutes();
        isActive = event.active();
        createdAt = event.createdAt();
        updatedAt = event.createdAt();
        price = event.price();
        currency = event.currency();
    }

    private static ServiceRow read(ResultSet rs) throws SQLException {
        ServiceRow row = new ServiceRow();
        row.id = Columns.uuid(rs, 1);
        row.workspaceId = Columns.uuid(rs, 2);
        row.name = rs.getString(3);
        row.description = rs.getString(4);
        row.defaultDurationMinutes = rs.getInt(5);
        row.isActive = rs.getBoolean(6);
        row.createdAt = Columns.instant(rs, 7);
        row.updatedAt = Columns.instant(rs, 8);
        row.price = rs.getBigDecimal(9);
        row.currency = rs.getString(10);
        return row;
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

    void reprice(BigDecimal newPrice, String newCurrency, Instant at) {
        price = newPrice;
        currency = newCurrency;
        updatedAt = at;
    }

    /** The price in force, or null when the service has none. */
    public BigDecimal price() {
        return price;
    }

    /** The ISO 4217 code of {@link #price()}, null with it. */
    public String currency() {
        return currency;
    }

    void setActive(boolean active, Instant at) {
        isActive = active;
        updatedAt = at;
    }

    ServiceView view() {
        return new ServiceView(
                id,
                workspaceId,
                name,
                description,
                defaultDurationMinutes,
                isActive,
                createdAt,
                updatedAt,
                price,
                currency);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
