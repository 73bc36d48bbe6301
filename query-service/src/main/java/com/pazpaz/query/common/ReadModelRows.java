package com.pazpaz.query.common;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the projectors write through: the rows of the current batch of events, folded in memory and written when
 * the batch commits, one multi-row statement per table (docs/decisions.md). The rows an event batch changes are
 * read in one query per table, the first time the batch needs one of them. Deletes and other ordered statements
 * first write what is pending, so the tables always see the events' order where it matters.
 */
@Component
public class ReadModelRows {

    private static final String BATCH = ReadModelRows.class.getName() + ".batch";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    ReadModelRows(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Folds the event into the row it concerns; fails if it concerns a row that does not exist. */
    public <R> void apply(RowTable<R> table, Object event) {
        batch().apply(table, event);
    }

    /** The row as this batch has folded it so far (what is written when it commits), or null if there is none. */
    public <R> R find(RowTable<R> table, UUID id) {
        return batch().find(table, id);
    }

    /** Inserts or replaces a row (by id) that no event folds into, such as a note's version. */
    public <R> void put(RowTable<R> table, R row) {
        batch().put(table, row);
    }

    /** Deletes the row if it exists, with the table's ON DELETE actions. */
    public void delete(RowTable<?> table, UUID id) {
        batch().delete(table, id);
    }

    /** Runs a statement in event order (after everything pending); rows read before are read again after. */
    public void execute(String sql, Object... arguments) {
        batch().execute(sql, arguments);
    }

    /** Adds a row to an insert-only table; written after the batch's other rows, in the order appended. */
    public <R> void append(BatchStatement<R> statement, R row) {
        batch().append(statement, row);
    }

    /** Writes what is pending now, for a uniqueness that a later event of the same batch may rely on. */
    public void flush() {
        batch().flush();
    }

    /**
     * Forgets what the current batch holds and has not written, after the caller rolled its transaction back to a
     * savepoint (one event's changes undone: docs/decisions.md 118); rows are read again when needed.
     */
    public void discard() {
        batch().discard();
        entityManager.clear();
    }

    private ProjectionBatch batch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            ProjectionBatch batch = new ProjectionBatch(jdbc, entityManager::flush, payloads(root));
            root.onPrepareCommit(uow -> batch.flush());
            return batch;
        });
    }

    private static List<Object> payloads(UnitOfWork<?> root) {
        if (root instanceof BatchingUnitOfWork<?> batch) {
            return batch.getMessages().stream()
                    .map(Message::getPayload)
                    .map(Object.class::cast)
                    .toList();
        }
        Message<?> message = root.getMessage();
        return message instanceof EventMessage<?> event ? List.of(event.getPayload()) : List.of();
    }
}
