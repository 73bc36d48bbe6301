package com.pazpaz.kernel.session;

import java.time.Duration;

/** Constants of the session rules (behaviour.md Appendix B). */
public final class SessionRules {

    /** How long a soft-deleted note can be restored; after it, the purge job erases it (R-DEL-1, R-DEL-7). */
    public static final Duration SOFT_DELETE_GRACE_PERIOD = Duration.ofDays(30);

    public static final int MAX_SOAP_LENGTH = 5000;
    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_DURATION_MINUTES = 480;

    private SessionRules() {}
}
