package com.pazpaz.command.attachment.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Strips a WebP's EXIF and XMP chunks, clears their flags in the extended header (VP8X) and writes the RIFF
 * size anew. Image, alpha, animation and ICC chunks are copied as is; anything after the RIFF payload goes.
 */
final class WebpMetadata {

    private static final int HEADER_LENGTH = 12;
    private static final int CHUNK_HEADER_LENGTH = 8;
    private static final Set<String> METADATA_CHUNKS = Set.of("EXIF", "XMP ");
    private static final int VP8X_EXIF_FLAG = 0x08;
    private static final int VP8X_XMP_FLAG = 0x04;

    private WebpMetadata() {}

    static byte[] strip(byte[] webp) throws IOException {
        if (webp.length < HEADER_LENGTH) {
            throw new IOException("not a WebP");
        }
        long payloadEnd = CHUNK_HEADER_LENGTH + (readLittleEndianInt(webp, 4) & 0xFFFFFFFFL);
        if (payloadEnd > webp.length) {
            throw new IOException("truncated RIFF");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(webp.length);
        body.write(webp, 8, 4); // "WEBP"
        int vp8xFlagsAt = -1;
        int position = HEADER_LENGTH;
        while (position + CHUNK_HEADER_LENGTH <= payloadEnd) {
            String fourCc = new String(webp, position, 4, StandardCharsets.US_ASCII);
            long size = readLittleEndianInt(webp, position + 4) & 0xFFFFFFFFL;
            long end = position + CHUNK_HEADER_LENGTH + size + (size & 1); // chunks are padded to even sizes
            if (end > payloadEnd) {
                throw new IOException("truncated chunk");
            }
            if (!METADATA_CHUNKS.contains(fourCc)) {
                if (fourCc.equals("VP8X")) {
                    vp8xFlagsAt = body.size() + CHUNK_HEADER_LENGTH;
                }
                body.write(webp, position, (int) (end - position));
            }
            position = (int) end;
        }
        byte[] stripped = body.toByteArray();
        if (vp8xFlagsAt >= 0) {
            stripped[vp8xFlagsAt] &= (byte) ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(stripped.length + CHUNK_HEADER_LENGTH);
        out.write(webp, 0, 4); // "RIFF"
        writeLittleEndianInt(out, stripped.length);
        out.write(stripped);
        return out.toByteArray();
    }

    private static int readLittleEndianInt(byte[] data, int offset) {
        return data[offset] & 0xFF
                | (data[offset + 1] & 0xFF) << 8
                | (data[offset + 2] & 0xFF) << 16
                | (data[offset + 3] & 0xFF) << 24;
    }

    private static void writeLittleEndianInt(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >>> 8);
        out.write(value >>> 16);
        out.write(value >>> 24);
    }
}
