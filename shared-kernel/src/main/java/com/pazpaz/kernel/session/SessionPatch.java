package com.pazpaz.kernel.session;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fields a save or an amendment sent. A SOAP field mapped to {@code null} is cleared; an absent one is
 * left alone. {@code sessionDate == null} means "unchanged" (it can never be cleared); the duration is
 * changed, possibly to {@code null}, only when {@code durationSent}.
 */
public record SessionPatch(
        Map<SoapField, EncryptedValue> soap, Instant sessionDate, boolean durationSent, Integer durationMinutes) {

    public static final SessionPatch NONE = new SessionPatch(Map.of(), null, false, null);

    public SessionPatch {
        EnumMap<SoapField, EncryptedValue> copy = new EnumMap<>(SoapField.class);
        copy.putAll(soap);
        soap = Collections.unmodifiableMap(copy);
        if (durationMinutes != null && (durationMinutes < 0 || durationMinutes > SessionRules.MAX_DURATION_MINUTES)) {
            throw new IllegalArgumentException("duration_minutes must be 0.." + SessionRules.MAX_DURATION_MINUTES);
        }
    }

    /** Only SOAP changes (autosave of text, the amend endpoint). */
    public static SessionPatch ofSoap(Map<SoapField, EncryptedValue> soap) {
        return new SessionPatch(soap, null, false, null);
    }

    public boolean isEmpty() {
        return soap.isEmpty() && sessionDate == null && !durationSent;
    }
}
