package com.pazpaz.command.common;

import com.pazpaz.infra.eventstore.AppendedEvents;
import com.pazpaz.infra.eventstore.RecordPositions;
import com.pazpaz.infra.eventstore.RecordPositions.RecordPosition;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.infra.messaging.RequestMetadataSource;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.TypedId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a command about one record and answers with the record's version and the global event position
 * afterwards. A command that changed nothing answers with the record's current version and position.
 *
 * <p>One transaction and one commit per command: whatever the edge writes for the command (a new data key) and
 * everything Axon writes (the events, the command-side lookups of the same unit of work) commit together, and
 * the answer is taken from the append itself ({@link AppendedEvents}), so no query follows the commit.
 */
@Component
public class RecordCommandGateway {

    private final CommandGateway commandGateway;
    private final RecordPositions positions;
    private final TransactionTemplate transaction;
    private final RecordOwners owners;
    private final RequestMetadataSource request;
    private final RecordLocks locks = new RecordLocks();

    RecordCommandGateway(
            CommandGateway commandGateway,
            RecordPositions positions,
            RecordOwners owners,
            RequestMetadataSource request,
            PlatformTransactionManager transactionManager) {
        this.commandGateway = commandGateway;
        this.positions = positions;
        this.owners = owners;
        this.request = request;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public CommandResponse send(Object command, TypedId recordId) {
        return send(recordId, () -> command);
    }

    /**
     * Builds the command inside the command's transaction and sends it: what {@code commandBuilder} writes (a
     * data key for the record's values) commits with the events, or not at all.
     */
    public CommandResponse send(TypedId recordId, Supplier<Object> commandBuilder) {
        String id = recordId.toString();
        try (AppendedEvents appended = AppendedEvents.capture()) {
            RecordPosition position = locks.whileHolding(
                    id,
                    () -> transaction.execute(status -> {
                        try {
                            commandGateway.sendAndWait(commandBuilder.get());
                        } catch (ConflictingAggregateVersionException e) {
                            throw notFoundUnlessOwned(e, recordId);
                        } catch (RuntimeException e) {
                            throw ruleViolationIn(e);
                        }
                        return appended.positionOf(id).orElse(null);
                    }));
            if (position == null) {
                // nothing appended for the record itself: its current version, and a position that covers
                // whatever else the request appended
                RecordPosition current = positions.latest(id).orElseThrow(RecordNotFoundException::new);
                position = new RecordPosition(current.version(), Math.max(current.position(), appended.lastPosition()));
            }
            return new CommandResponse(recordId.value(), position.version(), position.position());
        }
    }

    /**
     * Axon compares an If-Match version while loading the aggregate, before the aggregate's own workspace check:
     * another practice's record must still be "not found", never a 412 that names its real version.
     */
    private RuntimeException notFoundUnlessOwned(ConflictingAggregateVersionException conflict, TypedId recordId) {
        String caller = request.currentRequestMetadata().get(MetadataKeys.WORKSPACE_ID);
        // a platform administrator belongs to no practice: there is no wall to keep
        if (caller != null && !owners.ownedBy(WorkspaceId.of(caller), recordId)) {
            return new RecordNotFoundException();
        }
        return conflict;
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
