package com.pazpaz.command.attachment.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strips a JPEG's metadata segments: every APPn (EXIF with GPS and camera serials, XMP, IPTC, thumbnails) and
 * comments, except JFIF (APP0), the ICC colour profile (APP2) and Adobe's colour-transform flag (APP14), which
 * decoders need to show the right colours. Image data is copied untouched; anything after the end marker goes.
 */
final class JpegMetadata {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int COM = 0xFE;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;

    private JpegMetadata() {}

    static byte[] strip(byte[] jpeg) throws IOException {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != SOI) {
            throw new IOException("not a JPEG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
        int position = 2;
        while (position < jpeg.length) {
            if ((jpeg[position] & 0xFF) != 0xFF) {
                throw new IOException("marker expected");
            }
            while (position < jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
                position++; // fill bytes before a marker
            }
            if (position >= jpeg.length) {
                break;
            }
            int marker = jpeg[position++] & 0xFF;
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return out.toByteArray();
            }
            if (isStandalone(marker)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            int end = segmentEnd(jpeg, position);
            if (keeps(marker, jpeg, position + 2)) {
                out.write(0xFF);
                out.write(marker);
                out.write(jpeg, position, end - position);
            }
            position = end;
            if (marker == SOS) {
                int dataEnd = entropyCodedEnd(jpeg, position);
                out.write(jpeg, position, dataEnd - position);
                position = dataEnd;
            }
        }
        return out.toByteArray(); // no end marker: the decoder accepted the truncated image, so keep it as is
    }

    private static boolean isStandalone(int marker) {
        return marker == 0x01 || marker >= 0xD0 && marker <= 0xD7;
    }

    private static int segmentEnd(byte[] jpeg, int lengthAt) throws IOException {
        if (lengthAt + 2 > jpeg.length) {
            throw new IOException("truncated segment");
        }
        int length = (jpeg[lengthAt] & 0xFF) << 8 | jpeg[lengthAt + 1] & 0xFF;
        if (length < 2 || lengthAt + length > jpeg.length) {
            throw new IOException("bad segment length");
        }
        return lengthAt + length;
    }

    private static boolean keeps(int marker, byte[] jpeg, int payloadAt) {
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > APP15) {
            return true;
        }
        return marker == APP0 && startsWith(jpeg, payloadAt, "JFIF\0")
                || marker == APP2 && startsWith(jpeg, payloadAt, "ICC_PROFILE\0")
                || marker == APP14 && startsWith(jpeg, payloadAt, "Adobe");
    }

    /** Scan data runs until a marker other than a stuffed 0xFF00 or a restart marker. */
    private static int entropyCodedEnd(byte[] jpeg, int start) {
        int position = start;
        while (position + 1 < jpeg.length) {
            if ((jpeg[position] & 0xFF) == 0xFF) {
                int next = jpeg[position + 1] & 0xFF;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
                    return position;
                }
                position += 2;
            } else {
                position++;
            }
        }
        return jpeg.length;
    }

    private static boolean startsWith(byte[] data, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        if (offset + expected.length > data.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (data[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
