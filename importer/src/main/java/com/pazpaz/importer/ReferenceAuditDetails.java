package com.pazpaz.importer;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What of a reference audit row's metadata may come across. The reference writes free text into it: the search
 * text of a note search (R-AUD-6), deletion reasons (R-AUD-9..11), query parameters (R-AUD-4); its sanitiser drops
 * only keys that look like PII. So only values that cannot hold PHI are kept: flags, numbers, ids, times, lists of
 * ids, request paths made of ids and fixed words, and the words of a fixed vocabulary under the keys the reference
 * writes them. Everything else is dropped, and its key (never its value) is listed under {@code dropped_keys}.
 */
final class ReferenceAuditDetails {

    static final String DROPPED_KEYS = "dropped_keys";

    /** Keys whose values the reference takes from a fixed set of words, never from what a user typed. */
    private static final Set<String> VOCABULARY_KEYS = Set.of(
            "method",
            "action",
            "operation",
            "purge_reason",
            "session_note_action",
            "appointment_status",
            "location_type");

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]{1,40}");
    /** A request path of the API: fixed segments and ids, e.g. {@code /api/v1/sessions/<id>/finalize}. */
    private static final Pattern PATH = Pattern.compile("(/([a-z][a-z0-9-]{0,40}|[0-9a-fA-F-]{36}))+");

    private ReferenceAuditDetails() {}

    static Map<String, Object> of(Map<String, Object> metadata) {
        Map<String, Object> kept = new TreeMap<>();
        List<String> dropped = new ArrayList<>();
        metadata.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            if (safe(key, value)) {
                kept.put(key, value);
            } else {
                dropped.add(key);
            }
        });
        if (!dropped.isEmpty()) {
            dropped.sort(null);
            kept.put(DROPPED_KEYS, List.copyOf(dropped));
        }
        return kept;
    }

    private static boolean safe(String key, Object value) {
        if (!WORD.matcher(key).matches()) {
            return false;
        }
        if (value instanceof Boolean || value instanceof Number) {
            return true;
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(item -> item instanceof String text && isUuid(text));
        }
        if (value instanceof String text) {
            return isUuid(text)
                    || isTime(text)
                    || (key.equals("path") && PATH.matcher(text).matches())
                    || (VOCABULARY_KEYS.contains(key) && WORD.matcher(text).matches());
        }
        return false;
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
