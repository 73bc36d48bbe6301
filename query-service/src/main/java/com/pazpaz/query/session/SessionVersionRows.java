package com.pazpaz.query.session;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionVersionRows extends JpaRepository<SessionVersionRow, UUID> {

    List<SessionVersionRow> findBySessionIdOrderByVersionNumberDesc(UUID sessionId);
}
