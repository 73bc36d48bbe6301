package com.pazpaz.infra.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads the client events stored before tags were encrypted (revision 1) as revision 2: their plaintext
 * {@code details.tags} array becomes {@code details.legacyTags}, and {@code details.tags} (now one ciphertext) is
 * null. The stored rows stay as they are (the store refuses UPDATE), so those tags stay plaintext there
 * (docs/encryption.md, decision 261).
 */
final class ClientTagsUpcaster extends SingleEventUpcaster {

    private static final String BEFORE = "1";
    private static final String AFTER = "2";
    private static final Set<String> TYPES =
            Set.of(ClientRegisteredEvent.class.getName(), ClientDetailsRevisedEvent.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPES.contains(event.getType().getName())
                && BEFORE.equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(
                new SimpleSerializedType(event.getType().getName(), AFTER),
                JsonNode.class,
                ClientTagsUpcaster::moveTags);
    }

    /** Both fields present, as revision 2 writes them: the relay publishes this JSON as it is (decision 282). */
    private static JsonNode moveTags(JsonNode event) {
        if (event.get("details") instanceof ObjectNode details) {
            JsonNode tags = details.remove("tags");
            details.putNull("tags");
            if (tags == null || tags.isNull()) {
                details.putNull("legacyTags");
            } else {
                details.set("legacyTags", tags);
            }
        }
        return event;
    }
}
