package com.pazpaz.kernel.client;

import java.util.ArrayList;
import java.util.List;

/**
 * The plaintext a client's tags are encrypted as ({@link ProtectedClientField#TAGS}): one JSON array of strings, so
 * the whole list is one ciphertext under the client's key and erasure shreds it with the other fields. Written by
 * hand: the published kernel carries no JSON library.
 */
public final class ClientTags {

    private ClientTags() {}

    /** The list as a JSON array of strings, e.g. {@code ["vip","new"]}. */
    public static String toPlaintext(List<String> tags) {
        StringBuilder json = new StringBuilder("[");
        for (String tag : tags) {
            if (json.length() > 1) {
                json.append(',');
            }
            appendQuoted(json, tag);
        }
        return json.append(']').toString();
    }

    /**
     * The list a JSON array of strings holds.
     *
     * @throws IllegalArgumentException when the text is not such an array (a message that quotes none of it)
     */
    public static List<String> fromPlaintext(String json) {
        return new Reader(json).array();
    }

    private static void appendQuoted(StringBuilder json, String tag) {
        json.append('"');
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    /** Reads exactly one array of strings, whitespace allowed between tokens as JSON allows. */
    private static final class Reader {

        private final String json;
        private int at;

        Reader(String json) {
            this.json = json;
        }

        List<String> array() {
            List<String> tags = new ArrayList<>();
            expect('[');
            if (!skip(']')) {
                do {
                    tags.add(string());
                } while (skip(','));
                expect(']');
            }
            if (peek() != -1) {
                throw malformed();
            }
            return List.copyOf(tags);
        }

        private String string() {
            expect('"');
            StringBuilder tag = new StringBuilder();
            while (true) {
                if (at >= json.length()) {
                    throw malformed();
                }
                char c = json.charAt(at++);
                if (c == '"') {
                    return tag.toString();
                }
                tag.append(c == '\\' ? escaped() : c);
            }
        }

        private char escaped() {
            if (at >= json.length()) {
                throw malformed();
            }
            char c = json.charAt(at++);
            return switch (c) {
                case '"', '\\', '/' -> c;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> unicode();
                default -> throw malformed();
            };
        }

        private char unicode() {
            if (at + 4 > json.length()) {
                throw malformed();
            }
            try {
                char c = (char) Integer.parseInt(json.substring(at, at + 4), 16);
                at += 4;
                return c;
            } catch (NumberFormatException e) {
                throw malformed();
            }
        }

        private void expect(char c) {
            if (next() != c) {
                throw malformed();
            }
        }

        private boolean skip(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        /** The next character that is not whitespace, consumed; -1 at the end. */
        private int next() {
            int c = peek();
            if (c != -1) {
                at++;
            }
            return c;
        }

        private int peek() {
            while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
                at++;
            }
            return at < json.length() ? json.charAt(at) : -1;
        }

        private IllegalArgumentException malformed() {
            // never the text itself: it is a client's plaintext
            return new IllegalArgumentException("Not a JSON array of strings (at character " + at + ")");
        }
    }
}
