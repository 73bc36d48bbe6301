package com.pazpaz.query.common;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reads each caller may still make in the current minute, reserved from the count every query-service instance
 * shares (decision 300 on decision 179). A read takes one of its caller's reserved reads in memory; only when they
 * are used up does the instance reserve more, in one upsert that adds them to the shared count. So a caller's busy
 * minute costs a handful of statements instead of one per read, and the limit stays exact across instances: the
 * shared count is the sum of every reservation, and no reservation is granted beyond the limit.
 *
 * <p>A reservation starts at one read and doubles with each one of the same minute, up to {@link #MOST_AT_ONCE} and to
 * an eighth of what is left of the caller's limit; near the limit every read is counted alone again. What another
 * instance reserved and did not use is lost with the minute, so a caller whose reads are spread over many instances
 * can be refused a little before the limit, never after it. The minute is the database's: a reservation says how
 * long its minute still lasts, and a refused caller is refused in memory until then.
 */
final class ReadAllowances {

    /** The most reads one reservation takes: bounds what a minute's end or another instance can strand. */
    static final int MOST_AT_ONCE = 64;

    private static final String RESERVE_SQL = """
            INSERT INTO rate_limits.request_windows AS w (subject, window_start, requests)
            VALUES (?, date_trunc('minute', now()), ?)
            ON CONFLICT (subject, window_start) DO UPDATE SET requests = w.requests + EXCLUDED.requests
            RETURNING w.requests,
                      extract(epoch FROM date_trunc('minute', now()) + interval '1 minute' - now()) AS seconds_left""";
    private static final String FORGET_SQL =
            "DELETE FROM rate_limits.request_windows WHERE window_start < date_trunc('minute', now())";
    /** Every so many reservations, the counts of past minutes are deleted and expired allowances forgotten. */
    private static final long FORGET_EVERY = 1_000;

    private final JdbcTemplate jdbc;
    private final long limit;
    private final LongSupplier nanoTime;
    private final Map<String, Allowance> allowances = new ConcurrentHashMap<>();
    private final AtomicInteger reservations = new AtomicInteger();

    ReadAllowances(JdbcTemplate jdbc, long limit, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    /** Takes one read for the caller: empty if it may read, else the seconds until its minute ends. */
    OptionalLong take(String subject) {
        long arrived = nanoTime.getAsLong();
        Allowance allowance = allowances.computeIfAbsent(subject, ignored -> new Allowance(arrived));
        if (allowance.takeOne(arrived)) {
            return OptionalLong.empty();
        }
        synchronized (allowance) {
            long now = nanoTime.getAsLong();
            // another reader of the same caller may have reserved while this one waited for the lock
            if (allowance.takeOne(now)) {
                return OptionalLong.empty();
            }
            if (allowance.refusedUntil(now)) {
                return OptionalLong.of(allowance.secondsLeft(now));
            }
            reserve(subject, allowance, now);
            return allowance.takeOne(now) ? OptionalLong.empty() : OptionalLong.of(allowance.secondsLeft(now));
        }
    }

    private void reserve(String subject, Allowance allowance, long now) {
        int asked = allowance.nextReservation(now, limit);
        Reservation reserved = jdbc.queryForObject(
                RESERVE_SQL, (row, index) -> new Reservation(row.getLong(1), row.getDouble(2)), subject, asked);
        if (reserved == null) {
            throw new IllegalStateException("The read count returned no row");
        }
        // the count before this reservation is exact (the upsert adds atomically), so is what is left of the limit
        long before = reserved.countNow() - asked;
        int granted = (int) Math.max(0, Math.min(asked, limit - before));
        long minuteEnds = now + (long) (Math.max(reserved.secondsLeft(), 0) * TimeUnit.SECONDS.toNanos(1));
        allowance.granted(granted, asked, reserved.countNow(), minuteEnds);
        if (reservations.incrementAndGet() % FORGET_EVERY == 0) {
            jdbc.update(FORGET_SQL);
            allowances.values().removeIf(stale -> stale.expired(now));
        }
    }

    /** How many reservations this instance has made: each is one statement (for the tests). */
    int reservationsMade() {
        return reservations.get();
    }

    private record Reservation(long countNow, double secondsLeft) {}

    /** One caller's reserved reads in this instance; reserving and refusing under its own lock. */
    private static final class Allowance {
        private final AtomicInteger left = new AtomicInteger();
        private volatile long minuteEnds;
        private volatile boolean refused;
        // guarded by this
        private int lastAsked;
        private long countKnown;

        /** A new caller's allowance: nothing reserved, its minute already over. */
        Allowance(long now) {
            this.minuteEnds = now;
        }

        boolean takeOne(long now) {
            return !refused && now - minuteEnds < 0 && left.getAndDecrement() > 0;
        }

        boolean refusedUntil(long now) {
            return refused && now - minuteEnds < 0;
        }

        boolean expired(long now) {
            return now - minuteEnds >= 0;
        }

        long secondsLeft(long now) {
            return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(minuteEnds - now) + 1);
        }

        int nextReservation(long now, long limit) {
            if (expired(now)) {
                lastAsked = 0;
                countKnown = 0;
            }
            long doubled = Math.max(1, 2L * lastAsked);
            long eighthOfWhatIsLeft = Math.max(1, (limit - countKnown) / 8);
            return (int) Math.min(MOST_AT_ONCE, Math.min(doubled, eighthOfWhatIsLeft));
        }

        void granted(int granted, int asked, long countNow, long minuteEnds) {
            this.lastAsked = asked;
            this.countKnown = countNow;
            left.set(granted);
            refused = granted == 0;
            this.minuteEnds = minuteEnds;
        }
    }
}
