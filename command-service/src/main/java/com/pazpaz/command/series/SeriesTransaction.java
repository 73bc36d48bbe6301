package com.pazpaz.command.series;

import com.pazpaz.infra.eventstore.AppendedEvents;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the commands of one series change (the series' own and one per occurrence) in one transaction: they all
 * commit, with every calendar slot they claim, or none does. A slot taken concurrently fails the whole change.
 */
@Component
class SeriesTransaction {

    private final CommandGateway commandGateway;
    private final TransactionTemplate transaction;

    SeriesTransaction(CommandGateway commandGateway, PlatformTransactionManager transactionManager) {
        this.commandGateway = commandGateway;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The global position of the last event appended; every command is sent in order, in one transaction. */
    long sendAll(List<Object> commands) {
        try (AppendedEvents appended = AppendedEvents.capture()) {
            transaction.executeWithoutResult(status -> commands.forEach(this::send));
            return appended.lastPosition();
        }
    }

    private void send(Object command) {
        try {
            commandGateway.sendAndWait(command);
        } catch (RuntimeException failure) {
            // a rule broken in a command-side handler (a slot claimed concurrently) arrives wrapped
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof BusinessRuleViolation violation) {
                    throw violation;
                }
            }
            throw failure;
        }
    }
}
