package com.pazpaz.query.workspace;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkspaceRows extends JpaRepository<WorkspaceRow, UUID> {}
