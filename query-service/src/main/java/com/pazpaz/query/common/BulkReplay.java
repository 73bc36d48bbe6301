package com.pazpaz.query.common;

import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A rebuild's bulk replay: the first pass of a rebuild, which fills bare shadow tables from every stored event.
 * A read model that is derived from other read tables rather than from the events themselves (the search index
 * is made from the client and note rows) is cheaper built once from the finished tables than kept up batch by
 * batch: its projector skips its work while {@link #isUnderway()}, and the rebuild calls
 * {@link Derived#buildFromReplayedTables} once the pass is done (docs/decisions.md 225).
 */
public final class BulkReplay {

    private static final String MARK = BulkReplay.class.getName();

    private BulkReplay() {}

    /** Marks the unit of work of a bulk replay's batch. */
    public static void mark(UnitOfWork<?> unitOfWork) {
        unitOfWork.resources().put(MARK, Boolean.TRUE);
    }

    /** Whether the event being handled is replayed by a rebuild's bulk pass. */
    public static boolean isUnderway() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().root().resources().containsKey(MARK);
    }

    /** A read model derived from the replayed tables, built in one pass after the bulk replay. */
    public interface Derived {

        /**
         * Builds the whole read model from the replayed tables; {@code inReplayTransaction} runs a piece of the
         * work in a transaction whose unqualified table names are the shadow tables.
         */
        void buildFromReplayedTables(Consumer<Runnable> inReplayTransaction);
    }
}
