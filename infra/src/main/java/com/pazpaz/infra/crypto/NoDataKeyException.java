package com.pazpaz.infra.crypto;

import java.util.UUID;

/** A key owner has no data key yet; the record either does not exist or predates per-client keys. */
public class NoDataKeyException extends RuntimeException {

    public NoDataKeyException(UUID owner) {
        super("No data key for key owner " + owner);
    }
}
