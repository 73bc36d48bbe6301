package com.pazpaz.command.attachment.file;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/** Small real files made in memory, with and without metadata that names a patient. */
final class TestFiles {

    /** The name the metadata of these files carries, and must never survive sanitising. */
    static final String PATIENT = "Dana Cohen";

    /** A 1x1 lossless WebP (VP8L), from Google's WebP feature-detection examples. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestFiles() {}

    static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            if (pages > 0) {
                try (PDPageContentStream contents = new PDPageContentStream(document, document.getPage(0))) {
                    contents.addRect(10, 10, 100, 50);
                    contents.fill();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF whose document information and XMP name the patient. */
    static byte[] pdfWithAuthor() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor(PATIENT);
            document.getDocumentInformation().setTitle("Intake of " + PATIENT);
            PDMetadata xmp = new PDMetadata(document);
            xmp.importXMPMetadata(
                    ("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + PATIENT + "</dc:creator></x:xmpmeta>")
                            .getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(xmp);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with EXIF (GPS position, artist), XMP and a comment right after its start marker. */
    static byte[] jpegWithMetadata() {
        byte[] jpeg = jpeg(16, 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        writeSegment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), exifWithGps()));
        writeSegment(
                out,
                0xE1,
                ("http://ns.adobe.com/xap/1.0/\0<dc:creator>" + PATIENT + "</dc:creator>")
                        .getBytes(StandardCharsets.UTF_8));
        writeSegment(out, 0xFE, ("taken at the home of " + PATIENT).getBytes(StandardCharsets.UTF_8));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG with text chunks naming the patient, a time chunk and an eXIf chunk before its data. */
    static byte[] pngWithMetadata() {
        byte[] png = png(16, 16);
        int afterHeader = 8 + 25; // signature, IHDR
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        writeChunk(out, "tEXt", ("Author\0" + PATIENT).getBytes(StandardCharsets.ISO_8859_1));
        writeChunk(out, "iTXt", ("Comment\0\0\0\0\0" + PATIENT).getBytes(StandardCharsets.UTF_8));
        writeChunk(out, "tIME", new byte[] {0x07, (byte) 0xEA, 11, 28, 4, 30, 0});
        writeChunk(out, "eXIf", exifWithGps());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A PNG header (IHDR) claiming the given size, with no pixel data behind it. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png(1, 1), 0, 8);
        writeChunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put(new byte[] {8, 2, 0, 0, 0})
                        .array());
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A grey PNG of the given size, compressed row by row, so that a picture near the pixel limit is made
     * without holding its pixels in memory.
     */
    static byte[] largeGreyPng(int width, int height) {
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[width + 1]; // filter byte "none", then grey values
            Arrays.fill(row, 1, row.length, (byte) 0x80);
            for (int y = 0; y < height; y++) {
                deflater.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png(1, 1), 0, 8);
        writeChunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put(new byte[] {8, 0, 0, 0, 0})
                        .array());
        writeChunk(out, "IDAT", pixels.toByteArray());
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The 1x1 WebP in the extended format (VP8X) with EXIF and XMP chunks naming the patient. */
    static byte[] webpWithMetadata() {
        byte[] vp8l = Arrays.copyOfRange(WEBP, 12, WEBP.length);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        writeRiffChunk(body, "VP8X", new byte[] {0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        body.writeBytes(vp8l);
        writeRiffChunk(body, "EXIF", exifWithGps());
        writeRiffChunk(body, "XMP ", ("<dc:creator>" + PATIENT + "</dc:creator>").getBytes(StandardCharsets.UTF_8));
        return riff(body.toByteArray());
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** A big-endian TIFF structure: IFD0 with the artist and a pointer to a GPS IFD with a latitude. */
    static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(128).order(ByteOrder.BIG_ENDIAN);
        byte[] artist = (PATIENT + "\0").getBytes(StandardCharsets.US_ASCII);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2); // IFD0 at 8
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(artist.length).putInt(38); // Artist
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38 + artist.length); // GPS IFD
        tiff.putInt(0);
        tiff.put(artist); // at 38
        tiff.putShort((short) 1); // GPS IFD
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put("N\0\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.putInt(0);
        return Arrays.copyOf(tiff.array(), tiff.position());
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLUE);
        graphics.fillOval(0, 0, Math.max(1, width / 2), Math.max(1, height / 2));
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static void writeSegment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >>> 8);
        out.write(payload.length + 2);
        out.writeBytes(payload);
    }

    static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void writeRiffChunk(ByteArrayOutputStream out, String fourCc, byte[] data) {
        out.writeBytes(fourCc.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(data.length)
                .array());
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }

    private static byte[] riff(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(body.length)
                .array());
        out.writeBytes(body);
        return out.toByteArray();
    }
}
