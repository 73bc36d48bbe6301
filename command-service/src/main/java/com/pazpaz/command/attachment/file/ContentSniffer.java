package com.pazpaz.command.attachment.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Detects a file's MIME type from its first bytes (R-ATT-2 step 7), never from its name or the client's header.
 * The four accepted types by their magic numbers; anything else is named the way libmagic (the reference's
 * detector) would name the common cases, for the error message only.
 */
final class ContentSniffer {

    static final String EMPTY = "application/x-empty";
    static final String TEXT = "text/plain";
    static final String BINARY = "application/octet-stream";

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final int TEXT_PROBE_BYTES = 8192;

    private ContentSniffer() {}

    static String detectMimeType(byte[] content) {
        if (startsWith(content, 0, PDF)) {
            return AttachmentType.PDF.mimeType();
        }
        if (startsWith(content, 0, JPEG)) {
            return AttachmentType.JPEG.mimeType();
        }
        if (startsWith(content, 0, PNG)) {
            return AttachmentType.PNG.mimeType();
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return AttachmentType.WEBP.mimeType();
        }
        if (content.length == 0) {
            return EMPTY;
        }
        return looksLikeText(content) ? TEXT : BINARY;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }

    /** No control characters other than the usual whitespace and escape; bytes above 0x7F may be UTF-8. */
    private static boolean looksLikeText(byte[] content) {
        for (int i = 0; i < Math.min(content.length, TEXT_PROBE_BYTES); i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
