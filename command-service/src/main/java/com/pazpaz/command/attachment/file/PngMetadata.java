package com.pazpaz.command.attachment.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Strips a PNG's text chunks (tEXt, zTXt, iTXt: author, comments, software), its timestamp (tIME) and its EXIF
 * (eXIf). Every other chunk is copied as is; anything after IEND goes.
 */
final class PngMetadata {

    private static final int SIGNATURE_LENGTH = 8;
    private static final Set<String> METADATA_CHUNKS = Set.of("tEXt", "zTXt", "iTXt", "tIME", "eXIf");

    private PngMetadata() {}

    static byte[] strip(byte[] png) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, Math.min(SIGNATURE_LENGTH, png.length));
        int position = SIGNATURE_LENGTH;
        while (position + 12 <= png.length) {
            long length = readInt(png, position) & 0xFFFFFFFFL;
            String type = new String(png, position + 4, 4, StandardCharsets.US_ASCII);
            long end = position + 12 + length;
            if (end > png.length) {
                throw new IOException("truncated chunk");
            }
            if (!METADATA_CHUNKS.contains(type)) {
                out.write(png, position, (int) (end - position));
            }
            position = (int) end;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new IOException("no IEND chunk");
    }

    private static int readInt(byte[] data, int offset) {
        return (data[offset] & 0xFF) << 24
                | (data[offset + 1] & 0xFF) << 16
                | (data[offset + 2] & 0xFF) << 8
                | data[offset + 3] & 0xFF;
    }
}
