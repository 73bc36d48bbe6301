package com.pazpaz.infra.resilience;

import java.sql.SQLTransientConnectionException;

/** Refused without trying: the database probe says PostgreSQL is unreachable. Carries no data. */
public class DatabaseUnavailableException extends SQLTransientConnectionException {

    public DatabaseUnavailableException(String reason) {
        super("The database is unavailable (" + reason + "); not waiting for the connection pool", "08001");
    }
}
