package com.pazpaz.query.session;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionVersionRows extends JpaRepository<SessionVersionRow, UUID> {

    List<SessionVersionRow> findBySessionIdOrderByVersionNumberDesc(UUID sessionId);

    /** A JPQL delete, so that pending inserts of the same batch are flushed first. */
    @Modifying
    @Query("DELETE FROM SessionVersionRow v WHERE v.sessionId = :sessionId")
    void deleteBySession(@Param("sessionId") UUID sessionId);
}
