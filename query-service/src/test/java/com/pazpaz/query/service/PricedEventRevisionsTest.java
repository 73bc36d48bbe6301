package com.pazpaz.query.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pazpaz.infra.eventstore.EventSerialization;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.kernel.service.ServiceCreatedEvent;
import com.pazpaz.kernel.service.ServicePriceChangedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * Events stored before prices (revision 1 of {@code ServiceCreatedEvent} and {@code AppointmentScheduledEvent})
 * still read, as a service without a price and an appointment without a service; a price survives the store's
 * JSON exactly, with its two decimals.
 */
class PricedEventRevisionsTest {

    private static final JacksonSerializer SERIALIZER = EventSerialization.serializer();
    private static final ServiceId SERVICE = ServiceId.of(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");

    @Test
    void aServiceStoredWithoutPriceFieldsReadsAsAServiceWithoutAPrice() throws Exception {
        ServiceCreatedEvent stored = readAsRevision1(
                new ServiceCreatedEvent(
                        SERVICE, WORKSPACE, "Massage", null, 60, true, T0, new BigDecimal("80.00"), "EUR"),
                "price",
                "currency");

        assertThat(stored.price()).isNull();
        assertThat(stored.currency()).isNull();
        assertThat(stored.name()).isEqualTo("Massage");
        ServiceView view = ServiceRowEvolution.apply(null, stored).view();
        assertThat(view.price()).isNull();
        assertThat(view.currency()).isNull();
    }

    @Test
    void anAppointmentStoredWithoutAServiceReadsAsNone() throws Exception {
        AppointmentScheduledEvent stored = readAsRevision1(
                new AppointmentScheduledEvent(
                        AppointmentId.of(UUID.randomUUID()),
                        WORKSPACE,
                        ClientId.of(UUID.randomUUID()),
                        T0,
                        T0.plusSeconds(3600),
                        LocationType.CLINIC,
                        null,
                        null,
                        T0,
                        SERVICE),
                "serviceId");

        assertThat(stored.serviceId()).isNull();
        assertThat(stored.scheduledStart()).isEqualTo(T0);
    }

    @Test
    void aPriceKeepsItsTwoDecimalsThroughTheStoreAndTheFold() {
        ServicePriceChangedEvent changed =
                new ServicePriceChangedEvent(SERVICE, WORKSPACE, new BigDecimal("95.50"), "ILS", T0);
        SerializedObject<String> json = SERIALIZER.serialize(changed, String.class);
        ServicePriceChangedEvent read = SERIALIZER.deserialize(json);
        assertThat(read).isEqualTo(changed);

        ServiceRow row = ServiceRowEvolution.apply(
                ServiceRowEvolution.apply(
                        null, new ServiceCreatedEvent(SERVICE, WORKSPACE, "Massage", null, 60, true, T0, null, null)),
                read);
        assertThat(row.price()).isEqualByComparingTo("95.50").hasScaleOf(2);
        assertThat(row.currency()).isEqualTo("ILS");
    }

    /** The event as a revision-1 record of it was stored: the same JSON without the fields revision 2 added. */
    private static <T> T readAsRevision1(T event, String... addedFields) throws Exception {
        ObjectNode json = (ObjectNode) EventSerialization.objectMapper().valueToTree(event);
        for (String field : addedFields) {
            json.remove(field);
        }
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(
                json.toString(), String.class, event.getClass().getName(), "1"));
    }
}
