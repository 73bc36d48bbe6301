package com.pazpaz.command.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.pazpaz.command.common.PartialBody;
import com.pazpaz.kernel.session.SessionRules;
import com.pazpaz.kernel.session.SoapField;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Body of PUT, PATCH …/draft and POST …/amend: a partial update. An absent field stays as it is; a SOAP field
 * or the duration sent as {@code null} is cleared; {@code session_date} can be changed but not cleared.
 * Setters record which fields were sent, which a record cannot do.
 */
class SessionChangesRequest extends PartialBody {

    private final Map<SoapField, String> soap = new EnumMap<>(SoapField.class);

    @Size(max = SessionRules.MAX_SOAP_LENGTH)
    private String subjective;

    @Size(max = SessionRules.MAX_SOAP_LENGTH)
    private String objective;

    @Size(max = SessionRules.MAX_SOAP_LENGTH)
    private String assessment;

    @Size(max = SessionRules.MAX_SOAP_LENGTH)
    private String plan;

    private Instant sessionDate;

    @Min(0)
    @Max(SessionRules.MAX_DURATION_MINUTES)
    private Integer durationMinutes;

    @JsonProperty("subjective")
    void setSubjective(String value) {
        subjective = soap(SoapField.SUBJECTIVE, value);
    }

    @JsonProperty("objective")
    void setObjective(String value) {
        objective = soap(SoapField.OBJECTIVE, value);
    }

    @JsonProperty("assessment")
    void setAssessment(String value) {
        assessment = soap(SoapField.ASSESSMENT, value);
    }

    @JsonProperty("plan")
    void setPlan(String value) {
        plan = soap(SoapField.PLAN, value);
    }

    @JsonProperty("session_date")
    void setSessionDate(Instant value) {
        sessionDate = value;
        mark("session_date");
    }

    @JsonProperty("duration_minutes")
    void setDurationMinutes(Integer value) {
        durationMinutes = value;
        mark("duration_minutes");
    }

    private String soap(SoapField field, String value) {
        soap.put(field, value);
        return value;
    }

    /** The SOAP fields that were sent, with their new plaintext (null = clear). */
    Map<SoapField, String> soapChanges() {
        return soap;
    }

    /** A session date sent as null: the reference answered a 500 (D13), here it is 422. */
    void requireClearableNulls() {
        requireNotNull(List.of("session_date"), field -> sessionDate);
    }

    Instant sessionDate() {
        return sessionDate;
    }

    boolean durationSent() {
        return sent("duration_minutes");
    }

    Integer durationMinutes() {
        return durationMinutes;
    }
}
