package com.pazpaz.command.session;

import com.pazpaz.kernel.session.SessionRules;
import com.pazpaz.kernel.session.SoapField;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** Body of {@code POST /api/v1/sessions} (behaviour.md §1.8 S1); {@code is_draft} and unknown fields are ignored. */
record NewSessionRequest(
        @NotNull UUID clientId,
        UUID appointmentId,
        @NotNull Instant sessionDate,
        @Size(max = SessionRules.MAX_SOAP_LENGTH) String subjective,
        @Size(max = SessionRules.MAX_SOAP_LENGTH) String objective,
        @Size(max = SessionRules.MAX_SOAP_LENGTH) String assessment,
        @Size(max = SessionRules.MAX_SOAP_LENGTH) String plan,
        @Min(0) @Max(SessionRules.MAX_DURATION_MINUTES) Integer durationMinutes) {

    Map<SoapField, String> soap() {
        Map<SoapField, String> values = new EnumMap<>(SoapField.class);
        values.put(SoapField.SUBJECTIVE, subjective);
        values.put(SoapField.OBJECTIVE, objective);
        values.put(SoapField.ASSESSMENT, assessment);
        values.put(SoapField.PLAN, plan);
        return values;
    }
}
