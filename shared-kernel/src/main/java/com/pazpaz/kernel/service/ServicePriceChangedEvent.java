package com.pazpaz.kernel.service;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A service's price was set, changed or removed: the price now in force (two decimals) and its ISO 4217 currency,
 * both null when the service no longer has a price ({@link ServicePrice}). Appointments completed before keep the
 * price they completed at.
 */
@Revision("1")
public record ServicePriceChangedEvent(
        ServiceId serviceId, WorkspaceId workspaceId, BigDecimal price, String currency, Instant changedAt)
        implements WorkspaceScoped {}
