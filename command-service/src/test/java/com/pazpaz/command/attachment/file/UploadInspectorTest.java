package com.pazpaz.command.attachment.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pazpaz.command.attachment.file.AttachmentRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** R-ATT-2 steps 5–10 in their order: the first failing check decides the reason and the message. */
class UploadInspectorTest {

    private final AtomicInteger scans = new AtomicInteger();
    private final UploadInspector inspector = new UploadInspector(content -> {
        scans.incrementAndGet();
        return ScanResult.clean();
    });

    @Test
    void acceptsARealPngJpegWebpAndPdf() {
        assertAccepted("wound.png", TestFiles.png(40, 30), "image/png", "png");
        assertAccepted("wound.jpg", TestFiles.jpeg(40, 30), "image/jpeg", "jpg");
        assertAccepted("wound.webp", TestFiles.WEBP, "image/webp", "webp");
        assertAccepted("referral.pdf", TestFiles.pdf(2), "application/pdf", "pdf");
        assertThat(scans).hasValue(4);
    }

    @Test
    void comparesTheExtensionCaseInsensitivelyAndStoresTheDetectedTypesExtension() {
        assertAccepted("WOUND.PNG", TestFiles.png(4, 4), "image/png", "png");
        assertAccepted("scan.JPEG", TestFiles.jpeg(4, 4), "image/jpeg", "jpg");
    }

    @Test
    void refusesAFileOverTenMebibytesBeforeAnythingElse() {
        byte[] tooLarge = new byte[UploadInspector.MAX_FILE_SIZE_BYTES + 1];

        assertRejected(
                "no-extension",
                tooLarge,
                Reason.TOO_LARGE,
                "File size 10485761 bytes exceeds maximum of 10485760 bytes (10 MB)");
    }

    @Test
    void acceptsExactlyTenMebibytesAsFarAsTheSizeGoes() {
        byte[] limit = Arrays.copyOf(TestFiles.png(2, 2), UploadInspector.MAX_FILE_SIZE_BYTES);

        assertThat(inspector.validate("padded.png", limit).content()).hasSize(UploadInspector.MAX_FILE_SIZE_BYTES);
    }

    @Test
    void refusesANameWithoutExtension() {
        assertRejected("wound", TestFiles.png(4, 4), Reason.UNSUPPORTED_TYPE, "File has no extension");
        assertRejected(".png", TestFiles.png(4, 4), Reason.UNSUPPORTED_TYPE, "File has no extension");
        assertRejected("wound.", TestFiles.png(4, 4), Reason.UNSUPPORTED_TYPE, "File has no extension");
        assertRejected(null, TestFiles.png(4, 4), Reason.UNSUPPORTED_TYPE, "File has no extension");
    }

    @Test
    void refusesAnExtensionOutsideTheWhitelist() {
        assertRejected(
                "wound.gif",
                TestFiles.png(4, 4),
                Reason.UNSUPPORTED_TYPE,
                "File extension .gif not allowed. Allowed types: .jpg, .jpeg, .png, .webp, .pdf");
    }

    @Test
    void refusesAPdfWhoseBytesAreText() {
        assertRejected(
                "notes.pdf",
                "patient notes".getBytes(StandardCharsets.UTF_8),
                Reason.UNSUPPORTED_TYPE,
                "File validation failed: Failed to detect file type: MIME type text/plain not allowed. "
                        + "Allowed types: image/jpeg, image/png, image/webp, application/pdf");
    }

    @Test
    void namesEmptyAndBinaryContentAsLibmagicWould() {
        assertThat(catchRejection("empty.pdf", new byte[0]).getMessage()).contains("application/x-empty");
        assertThat(catchRejection("zip.pdf", new byte[] {'P', 'K', 3, 4, 0}).getMessage())
                .contains("application/octet-stream");
    }

    @Test
    void refusesAPdfWhoseBytesAreAPng() {
        assertRejected(
                "referral.pdf",
                TestFiles.png(4, 4),
                Reason.INVALID_CONTENT,
                "File extension .pdf does not match detected MIME type image/png. Expected extensions: .png");
    }

    @Test
    void refusesAJpegNamedPng() {
        assertRejected(
                "wound.png",
                TestFiles.jpeg(4, 4),
                Reason.INVALID_CONTENT,
                "File extension .png does not match detected MIME type image/jpeg. Expected extensions: .jpg, .jpeg");
    }

    @Test
    void refusesACorruptedPng() {
        byte[] png = TestFiles.png(64, 64);
        byte[] truncated = Arrays.copyOf(png, png.length - 30);

        assertRejected(
                "wound.png",
                truncated,
                Reason.INVALID_CONTENT,
                "Invalid or corrupted image file: the image data cannot be decoded");
    }

    @Test
    void refusesAJpegWithABrokenHeader() {
        byte[] jpeg = Arrays.copyOf(TestFiles.jpeg(64, 64), 40);

        assertRejected(
                "wound.jpg",
                jpeg,
                Reason.INVALID_CONTENT,
                "Invalid or corrupted image file: the image data cannot be decoded");
    }

    @Test
    void refusesTooManyPixelsFromTheHeaderAloneBeforeDecoding() {
        assertRejected(
                "huge.png",
                TestFiles.pngHeaderOnly(10_000, 10_000),
                Reason.INVALID_CONTENT,
                "Image resolution too large (10000x10000). Maximum 50000000 pixels");
        assertRejected(
                "huge.png",
                TestFiles.pngHeaderOnly(65_535, 65_535),
                Reason.INVALID_CONTENT,
                "Image resolution too large (65535x65535). Maximum 50000000 pixels");
    }

    @Test
    void decodesAnImageJustUnderThePixelLimit() {
        byte[] nearLimit = TestFiles.largeGreyPng(7_000, 7_000);

        assertThat(inspector.validate("scan.png", nearLimit).mimeType()).isEqualTo("image/png");
    }

    @Test
    void refusesAnImageJustOverThePixelLimit() {
        assertThat(catchRejection("scan.png", TestFiles.largeGreyPng(7_072, 7_071))
                        .getMessage())
                .isEqualTo("Image resolution too large (7072x7071). Maximum 50000000 pixels");
    }

    @Test
    void refusesAnImageWithNoPixels() {
        // the JDK's decoder already refuses a zero width in the header, before our own dimension check
        assertThat(catchRejection("empty.png", TestFiles.pngHeaderOnly(0, 10)).reason())
                .isEqualTo(Reason.INVALID_CONTENT);
    }

    @Test
    void refusesACorruptedPdf() {
        byte[] garbage = "%PDF-1.7\nthis is not a document".getBytes(StandardCharsets.US_ASCII);

        assertRejected(
                "referral.pdf",
                garbage,
                Reason.INVALID_CONTENT,
                "Invalid or corrupted PDF file: the document cannot be parsed");
    }

    @Test
    void refusesAPdfWithoutPages() {
        assertRejected("empty.pdf", TestFiles.pdf(0), Reason.INVALID_CONTENT, "PDF has no pages");
    }

    @Test
    void refusesAPdfOverAThousandPages() {
        assertRejected(
                "book.pdf",
                TestFiles.pdf(1001),
                Reason.INVALID_CONTENT,
                "PDF has too many pages (1001). Maximum 1000 pages");
    }

    @Test
    void scansOnlyFilesThatPassedEveryOtherCheck() {
        catchRejection("wound.png", TestFiles.jpeg(4, 4));

        assertThat(scans).hasValue(0);
    }

    @Test
    void refusesMalwareWithTheScannersSignature() {
        AttachmentRejectedException rejection = rejectionWhenTheScanSays(ScanResult.infected("Eicar-Test-Signature"));

        assertThat(rejection.reason()).isEqualTo(Reason.MALWARE);
        assertThat(rejection).hasMessage("Malware detected: Eicar-Test-Signature");
    }

    @Test
    void refusesWhenARequiredScanCannotRun() {
        AttachmentRejectedException rejection = rejectionWhenTheScanSays(ScanResult.unavailable());

        assertThat(rejection.reason()).isEqualTo(Reason.SCANNER_UNAVAILABLE);
        assertThat(rejection).hasMessageStartingWith("Malware scanner unavailable. Upload rejected for security.");
    }

    @Test
    void acceptsAFileThatWasNotScannedWhenScanningIsNotRequired() {
        UploadInspector unscanned = new UploadInspector(content -> ScanResult.notScanned());

        assertThat(unscanned.validate("wound.png", TestFiles.png(4, 4)).mimeType())
                .isEqualTo("image/png");
    }

    private static AttachmentRejectedException rejectionWhenTheScanSays(ScanResult result) {
        UploadInspector scanning = new UploadInspector(content -> result);
        return catchThrowableOfType(
                () -> scanning.validate("wound.png", TestFiles.png(4, 4)), AttachmentRejectedException.class);
    }

    private void assertAccepted(String name, byte[] content, String mimeType, String extension) {
        ValidatedFile file = inspector.validate(name, content);
        assertThat(file.originalFilename()).isEqualTo(name);
        assertThat(file.mimeType()).isEqualTo(mimeType);
        assertThat(file.extension()).isEqualTo(extension);
        assertThat(file.content()).isSameAs(content);
    }

    private void assertRejected(String name, byte[] content, Reason reason, String message) {
        AttachmentRejectedException rejection = catchRejection(name, content);
        assertThat(rejection.reason()).isEqualTo(reason);
        assertThat(rejection).hasMessage(message);
    }

    private AttachmentRejectedException catchRejection(String name, byte[] content) {
        AttachmentRejectedException rejection =
                catchThrowableOfType(() -> inspector.validate(name, content), AttachmentRejectedException.class);
        assertThat(rejection).as("rejection of %s", name).isNotNull();
        return rejection;
    }
}
