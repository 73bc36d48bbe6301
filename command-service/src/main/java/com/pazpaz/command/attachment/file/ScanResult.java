package com.pazpaz.command.attachment.file;

import java.util.Objects;

/**
 * The answer of a {@link MalwareScanner}.
 *
 * @param verdict   what the scan found, or why there was none
 * @param signature the scanner's name of the malware, only for {@link Verdict#INFECTED}
 */
public record ScanResult(Verdict verdict, String signature) {

    /** The outcome of one scan. */
    public enum Verdict {
        /** Scanned and nothing found. */
        CLEAN,
        /** Scanned and malware found. */
        INFECTED,
        /** Not scanned, and that is acceptable (scanning off, or optional and unreachable). */
        NOT_SCANNED,
        /** The scan was required but could not run. */
        UNAVAILABLE
    }

    public ScanResult {
        Objects.requireNonNull(verdict);
        if ((verdict == Verdict.INFECTED) != (signature != null)) {
            throw new IllegalArgumentException("a signature comes with an INFECTED verdict, and only with it");
        }
    }

    public static ScanResult clean() {
        return new ScanResult(Verdict.CLEAN, null);
    }

    public static ScanResult infected(String signature) {
        return new ScanResult(Verdict.INFECTED, signature);
    }

    public static ScanResult notScanned() {
        return new ScanResult(Verdict.NOT_SCANNED, null);
    }

    public static ScanResult unavailable() {
        return new ScanResult(Verdict.UNAVAILABLE, null);
    }
}
