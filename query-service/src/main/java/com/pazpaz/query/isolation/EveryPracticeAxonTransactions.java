package com.pazpaz.query.isolation;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon's transactions in query-service are the event processing's: the projectors' batches with their token, the
 * rebuild's batches and the event store's reads. Each runs marked {@link EveryPractice} from its begin (when its
 * connection is taken) to its end, so the projectors, and what they call in a transaction of its own (the search
 * keys), write every practice's rows. A transaction that joins a request's keeps the request's connection.
 */
final class EveryPracticeAxonTransactions implements TransactionManager {

    private final TransactionManager delegate;

    EveryPracticeAxonTransactions(TransactionManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public Transaction startTransaction() {
        EveryPractice.enter();
        Transaction transaction;
        try {
            transaction = delegate.startTransaction();
        } catch (RuntimeException | Error e) {
            EveryPractice.leave();
            throw e;
        }
        return new Transaction() {
            /** A failed commit may be followed by a rollback: the mark is taken off once. */
            private boolean ended;

            @Override
            public void commit() {
                try {
                    transaction.commit();
                } finally {
                    end();
                }
            }

            @Override
            public void rollback() {
                try {
                    transaction.rollback();
                } finally {
                    end();
                }
            }

            private void end() {
                if (!ended) {
                    ended = true;
                    EveryPractice.leave();
                }
            }
        };
    }
}
