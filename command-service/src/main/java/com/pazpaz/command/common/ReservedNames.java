package com.pazpaz.command.common;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.ids.TypedId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.Locale;

/**
 * The names one kind of record keeps unique per practice (R-SVC-1, D5), in {@link NameReservations}. A feature's
 * subclass holds the lookup's event handlers (Axon finds them on the concrete class of its processing group) and
 * passes each event's facts here, so the 409 a taken name answers is the same on create, on rename and in a race.
 *
 * @param <I> the id of the kind's records
 */
public abstract class ReservedNames<I extends TypedId> {

    private final String kind;
    private final String noun;
    private final NameReservations reservations;

    /** @param noun how a refusal names the kind ("Service"); in capitals it is the kind's key in the table */
    protected ReservedNames(NameReservations reservations, String noun) {
        this.kind = noun.toUpperCase(Locale.ROOT);
        this.noun = noun;
        this.reservations = reservations;
    }

    /**
     * Refuses (409) a name that another record of this kind holds in the practice, before the command is sent.
     *
     * @param except the record being renamed, which may keep its own name; null for a new record
     */
    public void requireFree(WorkspaceId workspaceId, String name, I except) {
        if (reservations.isTaken(kind, workspaceId, name, except)) {
            throw taken(name);
        }
    }

    /** Whether the record holds a name in the practice. */
    protected boolean holds(WorkspaceId workspaceId, I recordId) {
        return reservations.holds(kind, workspaceId, recordId);
    }

    protected void reserve(WorkspaceId workspaceId, String name, I recordId) {
        reservations.reserve(kind, workspaceId, name, recordId, taken(name));
    }

    protected void rename(String name, I recordId) {
        reservations.rename(kind, name, recordId, taken(name));
    }

    protected void release(I recordId) {
        reservations.release(kind, recordId);
    }

    private BusinessRuleViolation taken(String name) {
        return new BusinessRuleViolation(
                BusinessRuleViolation.Kind.CONFLICT, noun + " with name '" + name + "' already exists");
    }
}
