package com.pazpaz.command.attachment.file;

/** How uploads are scanned for malware (R-ATT-2 step 10). */
enum ScanMode {
    /** Every upload is scanned; if clamd cannot be reached the upload is refused with 503 (production). */
    REQUIRED,
    /** Every upload is scanned if clamd can be reached; otherwise it is accepted with a warning in the log. */
    OPTIONAL,
    /** No scanning (the local stack and tests); said once in the log at start. */
    OFF
}
