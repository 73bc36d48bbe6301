package com.pazpaz.infra.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseFailuresTest {

    @Test
    void theProbesRefusalAndThePoolsTimeoutAreOutagesWhereverTheyAreWrapped() {
        assertThat(DatabaseFailures.isUnavailable(new CannotGetJdbcConnectionException(
                        "no connection", new DatabaseUnavailableException("down"))))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException(
                        "wrapped", new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
                .isTrue();
    }

    @Test
    void connectionClassAndShutdownSqlStatesAreOutages() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("I/O error", "08006")))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
    }

    @Test
    void aRollbackOnAConnectionTheOutageClosedIsAnOutage() {
        TransactionSystemException closed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(DatabaseFailures.isUnavailable(closed)).isTrue();
        TransactionSystemException afterOutage =
                new TransactionSystemException("JDBC rollback failed", new SQLException("rollback refused", "25P02"));
        afterOutage.initApplicationException(new RuntimeException(new SQLException("broken pipe", "08006")));
        assertThat(DatabaseFailures.isUnavailable(afterOutage)).isTrue();
    }

    @Test
    void constraintViolationsSerializationFailuresAndBugsAreNot() {
        assertThat(DatabaseFailures.isUnavailable(
                        new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new TransactionSystemException(
                        "Could not commit", new SQLException("could not serialize access", "40001"))))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new NullPointerException())).isFalse();
    }
}
