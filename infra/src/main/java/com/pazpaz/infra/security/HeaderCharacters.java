package com.pazpaz.infra.security;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The firewall's rule for header names and values, as Spring Security's {@code StrictHttpFirewall} states it (every
 * character assigned and not a control character; a tab is allowed in a value), checked without a regular
 * expression for the common case. The firewall's own pattern walks a union of character predicates per character:
 * on a request carrying a bearer token it was 15 % of a command's request thread (decision 290,
 * docs/benchmarks/profile-commands.md). Printable ASCII is decided by a range check; a string with any other
 * character is handed to the firewall's pattern, so the rule stays exactly Spring Security's.
 */
final class HeaderCharacters implements Predicate<String> {

    /** Spring Security's patterns, copied so that a string outside printable ASCII is judged exactly as before. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private final boolean tabAllowed;
    private final Pattern pattern;

    private HeaderCharacters(boolean tabAllowed, Pattern pattern) {
        this.tabAllowed = tabAllowed;
        this.pattern = pattern;
    }

    static HeaderCharacters names() {
        return new HeaderCharacters(false, NAME);
    }

    static HeaderCharacters values() {
        return new HeaderCharacters(true, VALUE);
    }

    @Override
    public boolean test(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue; // printable ASCII: assigned, not a control character
            }
            if (c == '\t' && tabAllowed) {
                continue;
            }
            if (c < 0x80) {
                return false; // an ASCII control character
            }
            return pattern.matcher(text).matches();
        }
        return true;
    }
}
