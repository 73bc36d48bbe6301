package com.pazpaz.query.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps PII and PHI out of audit metadata (behaviour.md R-AUD-14): drops every key whose name contains a
 * sensitive word, and every string value that does; lists, numbers and booleans are kept.
 */
final class AuditMetadataSanitizer {

    private static final List<String> SENSITIVE = List.of(
            "password",
            "ssn",
            "social_security",
            "date_of_birth",
            "dob",
            "email",
            "phone",
            "address",
            "medical_history",
            "emergency_contact",
            "first_name",
            "last_name",
            "name",
            "notes",
            "subjective",
            "objective",
            "assessment",
            "plan");

    private AuditMetadataSanitizer() {}

    static Map<String, Object> sanitize(Map<String, ?> metadata) {
        Map<String, Object> clean = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (isSensitive(key)) {
                return;
            }
            Object kept = keep(value);
            if (kept != null) {
                clean.put(key, kept);
            }
        });
        return clean;
    }

    @SuppressWarnings("unchecked")
    private static Object keep(Object value) {
        if (value instanceof Map<?, ?> nested) {
            Map<String, Object> clean = sanitize((Map<String, ?>) nested);
            return clean.isEmpty() ? null : clean;
        }
        if (value instanceof String text && isSensitive(text)) {
            return null;
        }
        return value;
    }

    private static boolean isSensitive(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return SENSITIVE.stream().anyMatch(lower::contains);
    }
}
