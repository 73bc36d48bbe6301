package com.pazpaz.infra.messaging;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Tells Axon which metadata a message passes on to the messages its handling causes: the request entries
 * unchanged, and its own id as their causation id.
 */
public class RequestCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : MetadataKeys.REQUEST_KEYS) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.putIfAbsent(MetadataKeys.CORRELATION_ID, message.getIdentifier());
        data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
