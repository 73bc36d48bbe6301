package com.pazpaz.command.common;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stored first answers of requests sent with an {@code Idempotency-Key} (decision 181). */
class IdempotentAnswers {

    static final Duration TIME_TO_LIVE = Duration.ofHours(24);
    private static final String LIVE = "created_at > now() - make_interval(secs => " + TIME_TO_LIVE.toSeconds() + ")";

    private final JdbcTemplate jdbc;

    IdempotentAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for a request now being served; false when the key already has a live row. */
    boolean claim(UUID userId, String key, String path) {
        jdbc.update(
                "DELETE FROM command_model.idempotent_answers WHERE user_id = ? AND idempotency_key = ? AND NOT "
                        + LIVE,
                userId,
                key);
        return jdbc.update("""
                INSERT INTO command_model.idempotent_answers (user_id, idempotency_key, request_path, status)
                VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING""", userId, key, path) == 1;
    }

    Optional<Answer> find(UUID userId, String key) {
        List<Answer> answers = jdbc.query(
                "SELECT request_path, status, location, etag, body"
                        + " FROM command_model.idempotent_answers WHERE user_id = ? AND idempotency_key = ? AND "
                        + LIVE,
                (rs, n) -> new Answer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                userId,
                key);
        return answers.stream().findFirst();
    }

    void complete(UUID userId, String key, Answer answer) {
        jdbc.update("""
                UPDATE command_model.idempotent_answers SET status = ?, location = ?, etag = ?, body = ?
                 WHERE user_id = ? AND idempotency_key = ?""", answer.status(), answer.location(), answer.etag(), answer.body(), userId, key);
    }

    /** A request that failed leaves no answer behind: its retry is served afresh. */
    void release(UUID userId, String key) {
        jdbc.update(
                "DELETE FROM command_model.idempotent_answers WHERE user_id = ? AND idempotency_key = ?", userId, key);
    }

    void forgetExpired() {
        jdbc.update("DELETE FROM command_model.idempotent_answers WHERE NOT " + LIVE);
    }

    /** An answer as first given; status 0 while the first request is still being served. */
    record Answer(String path, int status, String location, String etag, String body) {

        boolean inProgress() {
            return status == 0;
        }
    }
}
