package com.pazpaz.command.common;

import com.pazpaz.infra.eventstore.RecordPositions;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.infra.messaging.RequestMetadataSource;
import com.pazpaz.infra.eventstore.RecordPositions.RecordPosition;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.TypedId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command about one record and answers with the record's version and the global event position
 * afterwards. A command that changed nothing answers with the record's current version and position.
 */
@Component
public class RecordCommandGateway {

    private final CommandGateway commandGateway;
    private final RecordPositions positions;
    private final RequestMetadataSource requestMetadata;

    RecordCommandGateway(CommandGateway commandGateway, RecordPositions positions,
                         RequestMetadataSource requestMetadata) {
        this.commandGateway = commandGateway;
        this.positions = positions;
        this.requestMetadata = requestMetadata;
    }

    public CommandResponse send(Object command, TypedId recordId) {
        try {
            commandGateway.sendAndWait(command);
        } catch (RuntimeException e) {
            throw ruleViolationIn(e);
        }
        String correlationId = requestMetadata.currentRequestMetadata().get(MetadataKeys.CORRELATION_ID);
        RecordPosition position = positions.latest(recordId.toString(), correlationId)
                .orElseThrow(RecordNotFoundException::new);
        return new CommandResponse(recordId.value(), position.version(), position.position());
    }

    /**
     * A set check that fails in a command-side lookup handler (a name taken, a slot taken by a concurrent
     * request) reaches us wrapped by the event processor; the rule it broke is what the caller must see.
     */
    private static RuntimeException ruleViolationIn(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessRuleViolation violation) {
                return violation;
            }
        }
        return failure;
    }
}
