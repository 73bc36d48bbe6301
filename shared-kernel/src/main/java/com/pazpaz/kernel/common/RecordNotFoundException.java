package com.pazpaz.kernel.common;

/**
 * The record does not exist for the caller. Deliberately the same for "absent" and "belongs to another
 * workspace", so that a caller can never learn that another practice's record exists.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException() {
        super("Resource not found");
    }

    public RecordNotFoundException(String message) {
        super(message);
    }
}
