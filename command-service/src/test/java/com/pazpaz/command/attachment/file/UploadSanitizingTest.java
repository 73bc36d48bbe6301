package com.pazpaz.command.attachment.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pazpaz.command.attachment.file.AttachmentRejectedException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** R-ATT-2 step 11: metadata is really gone, pixels are untouched, and the result still passes validation. */
class UploadSanitizingTest {

    private final UploadInspector inspector = new UploadInspector(content -> ScanResult.clean());

    @Test
    void removesExifWithGpsXmpAndCommentsFromAJpegWithoutReEncodingIt() throws IOException {
        byte[] original = TestFiles.jpegWithMetadata();

        InspectedFile file = sanitized("wound photo.JPG", original);

        assertThat(TestFiles.contains(file.content(), "Exif")).isFalse();
        assertThat(TestFiles.contains(file.content(), TestFiles.PATIENT)).isFalse();
        assertThat(TestFiles.contains(file.content(), "JFIF")).isTrue();
        assertThat(file.content()).isEqualTo(TestFiles.jpeg(16, 16));
        assertSamePixels(original, file.content());
    }

    @Test
    void removesTextTimeAndExifChunksFromAPng() throws IOException {
        byte[] original = TestFiles.pngWithMetadata();

        InspectedFile file = sanitized("wound.png", original);

        assertThat(TestFiles.contains(file.content(), TestFiles.PATIENT)).isFalse();
        assertThat(TestFiles.contains(file.content(), "tIME")).isFalse();
        assertThat(TestFiles.contains(file.content(), "eXIf")).isFalse();
        assertThat(file.content()).isEqualTo(TestFiles.png(16, 16));
        assertSamePixels(original, file.content());
    }

    @Test
    void removesExifAndXmpChunksFromAWebpAndClearsTheirFlags() {
        InspectedFile file = sanitized("wound.webp", TestFiles.webpWithMetadata());

        byte[] content = file.content();
        assertThat(TestFiles.contains(content, TestFiles.PATIENT)).isFalse();
        assertThat(TestFiles.contains(content, "EXIF")).isFalse();
        assertThat(TestFiles.contains(content, "XMP ")).isFalse();
        assertThat(content[20] & 0x0C).as("EXIF and XMP flags of VP8X").isZero();
        assertThat(readLittleEndianInt(content, 4)).isEqualTo(content.length - 8);
    }

    @Test
    void leavesAPlainWebpAsItIs() {
        assertThat(sanitized("wound.webp", TestFiles.WEBP).content()).isEqualTo(TestFiles.WEBP);
    }

    @Test
    void removesTheDocumentInformationAndXmpOfAPdf() throws IOException {
        InspectedFile file = sanitized("intake.pdf", TestFiles.pdfWithAuthor());

        assertThat(TestFiles.contains(file.content(), TestFiles.PATIENT)).isFalse();
        try (PDDocument document = Loader.loadPDF(file.content())) {
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentInformation().getTitle()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void dropsDataHiddenAfterTheEndOfAnImage() {
        byte[] polyglot = TestFiles.concat(TestFiles.jpeg(8, 8), "<?php system($_GET['c']); ?>".getBytes());

        assertThat(sanitized("wound.jpg", polyglot).content()).isEqualTo(TestFiles.jpeg(8, 8));
    }

    @Test
    void describesTheStoredFileByTheDetectedType() {
        InspectedFile file = sanitized("../../etc/Scan.JPEG", TestFiles.jpeg(4, 4));

        assertThat(file.displayName()).isEqualTo("Scan.jpeg");
        assertThat(file.mimeType()).isEqualTo("image/jpeg");
        assertThat(file.extension()).isEqualTo("jpg");
    }

    @Test
    void refusesAFileWhoseMetadataCannotBeRemoved() {
        ValidatedFile notReallyAPng = new ValidatedFile("x.png", "image/png", "png", new byte[] {1, 2, 3});

        AttachmentRejectedException rejection =
                catchThrowableOfType(() -> inspector.sanitize(notReallyAPng), AttachmentRejectedException.class);

        assertThat(rejection.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(rejection).hasMessage("File sanitization failed");
    }

    /** Sanitises a validated upload and checks that the result still passes validation. */
    private InspectedFile sanitized(String name, byte[] content) {
        InspectedFile file = inspector.sanitize(inspector.validate(name, content));
        ValidatedFile again = inspector.validate(file.displayName(), file.content());
        assertThat(again.mimeType()).isEqualTo(file.mimeType());
        return file;
    }

    private static void assertSamePixels(byte[] original, byte[] stripped) throws IOException {
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(stripped));
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
            }
        }
    }

    private static int readLittleEndianInt(byte[] data, int offset) {
        return data[offset] & 0xFF
                | (data[offset + 1] & 0xFF) << 8
                | (data[offset + 2] & 0xFF) << 16
                | (data[offset + 3] & 0xFF) << 24;
    }
}
