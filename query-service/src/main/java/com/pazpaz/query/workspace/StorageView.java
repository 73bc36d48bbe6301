package com.pazpaz.query.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A practice's storage as behaviour.md §1.3 answers it. */
record StorageView(
        long usedBytes,
        long quotaBytes,
        long remainingBytes,
        double usagePercentage,
        boolean isQuotaExceeded,
        double usedMb,
        double quotaMb,
        double remainingMb) {

    private static final double BYTES_PER_MB = 1024 * 1024;

    /** Remaining may be negative (a quota lowered below usage); the percentage is unrounded, 0 for a 0 quota. */
    static StorageView of(long used, long quota) {
        long remaining = quota - used;
        double percentage = quota == 0 ? 0 : used * 100.0 / quota;
        return new StorageView(used, quota, remaining, percentage, used >= quota, mb(used), mb(quota), mb(remaining));
    }

    private static double mb(long bytes) {
        return BigDecimal.valueOf(bytes / BYTES_PER_MB)
                .setScale(2, RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
