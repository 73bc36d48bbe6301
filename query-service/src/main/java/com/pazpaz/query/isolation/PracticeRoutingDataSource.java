package com.pazpaz.query.isolation;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The service's one {@code DataSource}: a connection comes from the event processing's pool while
 * {@link EveryPractice} marks the thread, from the request pool otherwise. Decided when a connection is taken,
 * which for a transaction is its begin, so a transaction never mixes the two.
 */
final class PracticeRoutingDataSource extends AbstractRoutingDataSource {

    private enum Pool {
        REQUESTS,
        EVERY_PRACTICE
    }

    PracticeRoutingDataSource(DataSource requests, DataSource everyPractice) {
        setTargetDataSources(Map.of(Pool.REQUESTS, requests, Pool.EVERY_PRACTICE, everyPractice));
        setLenientFallback(false);
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return EveryPractice.active() ? Pool.EVERY_PRACTICE : Pool.REQUESTS;
    }
}
