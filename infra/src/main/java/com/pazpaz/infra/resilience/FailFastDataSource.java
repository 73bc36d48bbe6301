package com.pazpaz.infra.resilience;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source in front of the pool: while the probe says PostgreSQL is away, asking for a
 * connection fails at once with {@link DatabaseUnavailableException} instead of waiting for the pool's
 * connection timeout. Everything else (unwrap to the pool, its metrics) goes to the pool.
 */
public class FailFastDataSource extends DelegatingDataSource {

    private final DatabaseAvailability availability;

    public FailFastDataSource(DataSource pool, DatabaseAvailability availability) {
        super(pool);
        this.availability = availability;
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhileUnavailable();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseWhileUnavailable();
        return super.getConnection(username, password);
    }

    private void refuseWhileUnavailable() throws DatabaseUnavailableException {
        if (!availability.isAvailable()) {
            throw new DatabaseUnavailableException(availability.problem() != null ? availability.problem() : "down");
        }
    }
}
