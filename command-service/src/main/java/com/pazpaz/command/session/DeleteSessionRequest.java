package com.pazpaz.command.session;

import com.pazpaz.kernel.session.SessionRules;
import jakarta.validation.constraints.Size;

/** Optional body of {@code DELETE /api/v1/sessions/{id}}: why the note is deleted. */
record DeleteSessionRequest(
        @Size(max = SessionRules.MAX_REASON_LENGTH) String reason) {}
