package com.pazpaz.command.series;

import com.pazpaz.infra.eventstore.AppendedEvents;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import java.sql.SQLException;
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

    private static final String DEADLOCK = "40P01";

    private final CommandGateway commandGateway;
    private final TransactionTemplate transaction;

    SeriesTransaction(CommandGateway commandGateway, PlatformTransactionManager transactionManager) {
        this.commandGateway = commandGateway;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The global position of the last event appended; every command is sent in order, in one transaction. */
    long sendAll(List<Object> commands) {
        try (AppendedEvents appended = AppendedEvents.capture()) {
            transaction.executeWithoutResult(status -> commands.forEach(commandGateway::sendAndWait));
            return appended.lastPosition();
        } catch (RuntimeException failure) {
            throw ruleViolationIn(failure);
        }
    }

    /**
     * A rule broken in a command-side handler (a slot claimed concurrently) arrives wrapped; two series claiming
     * overlapping slots in a different order can also deadlock, and PostgreSQL then aborts one of them: for the
     * caller that is the same answer, the time was taken concurrently.
     */
    private static RuntimeException ruleViolationIn(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessRuleViolation violation) {
                return violation;
            }
            if (cause instanceof SQLException sql && DEADLOCK.equals(sql.getSQLState())) {
                return new BusinessRuleViolation(Kind.CONFLICT, "A concurrent booking took part of this time");
            }
        }
        return failure;
    }
}
