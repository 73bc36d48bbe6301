package com.pazpaz.kernel.careplan;

/** Where a plan stands: a draft changes freely; an active plan only by revision; the last two are final. */
public enum CarePlanStatus {
    DRAFT,
    ACTIVE,
    COMPLETED,
    DISCONTINUED;

    public boolean isClosed() {
        return this == COMPLETED || this == DISCONTINUED;
    }
}
