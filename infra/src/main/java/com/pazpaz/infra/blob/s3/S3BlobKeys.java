package com.pazpaz.infra.blob.s3;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The keys the S3 store accepts. Keys are chosen by the application, so a key that breaks these rules is a bug:
 * S3 would store it, but servers and tools disagree on {@code .}/{@code ..} segments and empty segments (some
 * normalise the path, some do not), so such a key could name another object than the one intended.
 */
final class S3BlobKeys {

    /** S3's limit on the UTF-8 length of a key. */
    static final int MAX_BYTES = 1024;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._\\-/]+");

    private S3BlobKeys() {}

    static String checked(String key) {
        if (key == null || key.isEmpty() || !SAFE.matcher(key).matches()) {
            throw invalid(key, "letters, digits, '.', '_', '-' and '/' only");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw invalid(key, "at most " + MAX_BYTES + " bytes");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw invalid(key, "no empty, '.' or '..' segments, no leading or trailing '/'");
            }
        }
        return key;
    }

    private static IllegalArgumentException invalid(String key, String rule) {
        String shown = key == null ? "null" : key.length() > 80 ? key.substring(0, 80) + "..." : key;
        return new IllegalArgumentException("invalid blob key '" + shown + "': " + rule);
    }
}
