package com.pazpaz.command.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.pazpaz.kernel.session.SessionRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/sessions/{id}/amend}: the changes plus the reason, required (decisions.md). */
class AmendSessionRequest extends SessionChangesRequest {

    @NotBlank
    @Size(max = SessionRules.MAX_REASON_LENGTH)
    private String reason;

    @JsonProperty("reason")
    void setReason(String value) {
        reason = value;
    }

    String reason() {
        return reason;
    }
}
