package com.pazpaz.local.bench.peer;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data repository of the peer's read model. */
interface PeerClientRows extends JpaRepository<PeerClientRow, UUID> {}
