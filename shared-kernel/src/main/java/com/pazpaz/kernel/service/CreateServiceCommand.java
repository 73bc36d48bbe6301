package com.pazpaz.kernel.service;

import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a service to the caller's workspace; the caller has checked that the name is free. {@code price} and
 * {@code currency} are both null for a service without a price.
 */
public record CreateServiceCommand(
        @TargetAggregateIdentifier ServiceId serviceId,
        WorkspaceId workspaceId,
        String name,
        String description,
        int defaultDurationMinutes,
        boolean active,
        Instant createdAt,
        BigDecimal price,
        String currency) {

    public CreateServiceCommand {
        Objects.requireNonNull(serviceId, "service id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(createdAt, "created at");
        ServiceRules.requireName(name);
        ServiceRules.requireDuration(defaultDurationMinutes);
        ServicePrice.require(price, currency);
        price = ServicePrice.recorded(price);
    }
}
