package com.pazpaz.command.attachment.file;

import java.util.Objects;

/**
 * An uploaded file was refused. The message is the reference's problem detail and never holds the file's
 * content or name; the reason decides the HTTP status.
 */
public final class AttachmentRejectedException extends RuntimeException {

    /** Why the file was refused, with the status the web layer answers. */
    public enum Reason {
        /** 413 Content Too Large. */
        TOO_LARGE,
        /** 415 Unsupported Media Type. */
        UNSUPPORTED_TYPE,
        /** 422 Unprocessable Content: a type mismatch, content that does not parse, metadata that cannot go. */
        INVALID_CONTENT,
        /** 422 Unprocessable Content (the reference answered 500, D12). */
        MALWARE,
        /** 503 Service Unavailable: the malware scan is required and could not run. */
        SCANNER_UNAVAILABLE
    }

    private final Reason reason;

    AttachmentRejectedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
