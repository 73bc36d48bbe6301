package com.pazpaz.command.attachment.file;

/** PLACEHOLDER until branch att-file lands. */
public final class AttachmentRejectedException extends RuntimeException {

    public enum Reason { TOO_LARGE, UNSUPPORTED_TYPE, INVALID_CONTENT, MALWARE, SCANNER_UNAVAILABLE }

    private final Reason reason;

    public AttachmentRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
