package com.pazpaz.query.workspace;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRows extends JpaRepository<UserRow, UUID> {
}
