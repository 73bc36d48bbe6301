package com.pazpaz.kernel.service;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A practice started offering a service. Service names, descriptions and prices are practice data, not PHI.
 * Revision 2 adds {@code price} (two decimals) and {@code currency} (ISO 4217), both null when the service has no
 * price ({@link ServicePrice}); events of revision 1 have neither and read as a service without a price.
 */
@Revision("2")
public record ServiceCreatedEvent(
        ServiceId serviceId,
        WorkspaceId workspaceId,
        String name,
        String description,
        int defaultDurationMinutes,
        boolean active,
        Instant createdAt,
        BigDecimal price,
        String currency)
        implements WorkspaceScoped {}
