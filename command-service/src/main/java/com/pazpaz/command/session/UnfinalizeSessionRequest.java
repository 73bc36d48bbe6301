package com.pazpaz.command.session;

import com.pazpaz.kernel.session.SessionRules;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/sessions/{id}/unfinalize}: why the note goes back to being a draft (required). */
record UnfinalizeSessionRequest(
        @Size(max = SessionRules.MAX_REASON_LENGTH) String reason) {}
