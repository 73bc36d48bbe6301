package com.pazpaz.infra.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps every dispatched command with the request's metadata. The one place where metadata is taken from a
 * request, so no endpoint can forget it.
 */
public class RequestMetadataDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final RequestMetadataSource source;

    public RequestMetadataDispatchInterceptor(RequestMetadataSource source) {
        this.source = source;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, String> metadata = source.currentRequestMetadata();
            if (metadata.isEmpty()) {
                metadata = BoundMetadata.current();
            }
            return metadata.isEmpty() ? command : command.andMetaData(metadata);
        };
    }
}
