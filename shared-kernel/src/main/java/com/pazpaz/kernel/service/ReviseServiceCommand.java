package com.pazpaz.kernel.service;

import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A partial update of a service. A null {@code name}, {@code defaultDurationMinutes} or {@code active} means
 * "unchanged"; the description is changed only when {@code descriptionSent} (null then clears it), the price only
 * when {@code priceSent} (price and currency together; both null then removes the price).
 */
public record ReviseServiceCommand(
        @TargetAggregateIdentifier ServiceId serviceId,
        WorkspaceId workspaceId,
        String name,
        boolean descriptionSent,
        String description,
        Integer defaultDurationMinutes,
        Boolean active,
        boolean priceSent,
        BigDecimal price,
        String currency,
        Instant revisedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public ReviseServiceCommand {
        Objects.requireNonNull(serviceId, "service id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(revisedAt, "revised at");
        if (name != null) {
            ServiceRules.requireName(name);
        }
        if (defaultDurationMinutes != null) {
            ServiceRules.requireDuration(defaultDurationMinutes);
        }
        if (priceSent) {
            ServicePrice.require(price, currency);
            price = ServicePrice.recorded(price);
        } else if (price != null || currency != null) {
            throw new IllegalArgumentException("a price is only given when it is sent");
        }
    }
}
