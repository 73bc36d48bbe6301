package com.pazpaz.command.attachment;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import java.util.Locale;

/** The reference's limits on stored files (R-ATT-2, R-QUO-2, R-QUO-5) and the messages that refuse them. */
final class StorageLimits {

    static final long MAX_SESSION_TOTAL = 50L * 1024 * 1024;
    static final long MAX_CLIENT_TOTAL = 100L * 1024 * 1024;
    private static final double MEGABYTE = 1024 * 1024;

    private StorageLimits() {}

    /** A note's files may total 50 MiB, checked with the raw size of the new file (R-ATT-2 step 4). */
    static void requireRoomInSession(long currentTotal, long newBytes) {
        if (currentTotal + newBytes > MAX_SESSION_TOTAL) {
            throw new BusinessRuleViolation(
                    Kind.TOO_LARGE,
                    "Total attachments size (%d bytes) would exceed".formatted(currentTotal + newBytes)
                            + " maximum of 52428800 bytes (50 MB)");
        }
    }

    /** All of a client's files, its notes' included, may total 100 MiB (behaviour.md §1.10). */
    static void requireRoomForClient(long currentTotal, long newBytes) {
        if (currentTotal + newBytes > MAX_CLIENT_TOTAL) {
            throw new BusinessRuleViolation(
                    Kind.TOO_LARGE,
                    String.format(
                            Locale.ROOT,
                            "Total client attachments would exceed 100 MB limit. Current: %.2f MB, New file: %.2f MB",
                            currentTotal / MEGABYTE,
                            newBytes / MEGABYTE));
        }
    }

    /** R-QUO-2: reaching the quota exactly is allowed; past it, only empty files still fit. */
    static void requireQuota(long usedBytes, long quotaBytes, long newBytes) {
        if (usedBytes + newBytes > quotaBytes) {
            throw new BusinessRuleViolation(
                    Kind.INSUFFICIENT_STORAGE,
                    String.format(
                            Locale.ROOT,
                            "Workspace storage quota exceeded. Current usage: %.2f MB, Quota: %.2f MB, New file: %.2f MB."
                                    + " Projected usage (%.2f MB) exceeds quota. Delete files or ask for a larger quota.",
                            usedBytes / MEGABYTE,
                            quotaBytes / MEGABYTE,
                            newBytes / MEGABYTE,
                            (usedBytes + newBytes) / MEGABYTE));
        }
    }
}
