package com.pazpaz.kernel.session;

/** Why a note was erased for good. */
public enum PurgeReason {
    /** A user asked for permanent deletion of a soft-deleted note (R-DEL-6). */
    PERMANENT_DELETE_REQUESTED,
    /** The purge job found the grace period over (R-DEL-7). */
    GRACE_PERIOD_EXPIRED
}
