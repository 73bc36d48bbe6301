package com.pazpaz.command.attachment.file;

import com.pazpaz.command.attachment.file.AttachmentRejectedException.Reason;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inspects an uploaded file before it is stored (R-ATT-2 steps 5–11). The first failing check wins; every
 * refusal is an {@link AttachmentRejectedException} whose message is the reference's problem detail.
 * Nothing here logs or reports the file's name or content.
 */
public final class UploadInspector {

    /** R-ATT-2 step 5: 10 MiB. */
    public static final int MAX_FILE_SIZE_BYTES = 10 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(UploadInspector.class);

    private final MalwareScanner scanner;

    public UploadInspector(MalwareScanner scanner) {
        this.scanner = Objects.requireNonNull(scanner);
    }

    /**
     * R-ATT-2 steps 5–10: size ≤ 10 MiB (413), extension present and whitelisted (415), MIME sniffed from the
     * bytes whitelisted (415), sniffed MIME matches the extension (422), content parses (422), malware (422), or
     * a required scanner unavailable (503).
     */
    public ValidatedFile validate(String originalFilename, byte[] content) throws AttachmentRejectedException {
        Objects.requireNonNull(content, "content");
        if (content.length > MAX_FILE_SIZE_BYTES) {
            throw new AttachmentRejectedException(
                    Reason.TOO_LARGE,
                    "File size " + content.length + " bytes exceeds maximum of " + MAX_FILE_SIZE_BYTES
                            + " bytes (10 MB)");
        }
        String extension = FileNames.extensionOf(originalFilename).toLowerCase(Locale.ROOT);
        if (extension.isEmpty()) {
            throw new AttachmentRejectedException(Reason.UNSUPPORTED_TYPE, "File has no extension");
        }
        AttachmentType claimed = AttachmentType.ofExtension(extension)
                .orElseThrow(() -> new AttachmentRejectedException(
                        Reason.UNSUPPORTED_TYPE,
                        "File extension " + extension + " not allowed. Allowed types: "
                                + AttachmentType.allowedExtensions()));
        AttachmentType detected = detectType(content);
        if (detected != claimed) {
            throw new AttachmentRejectedException(
                    Reason.INVALID_CONTENT,
                    "File extension " + extension
                            + " does not match detected MIME type " + detected.mimeType() + ". Expected extensions: "
                            + String.join(", ", detected.uploadExtensions()));
        }
        if (detected.isImage()) {
            ImageContentCheck.check(detected, content);
        } else {
            PdfContentCheck.check(content);
        }
        scanForMalware(content);
        return new ValidatedFile(originalFilename, detected.mimeType(), detected.storageExtension(), content);
    }

    /**
     * R-ATT-2 step 11: strips metadata without re-encoding (EXIF/XMP/text chunks of images; the PDF document
     * information and XMP) and makes the display name safe (R-ATT-4). The result still passes {@link #validate}.
     */
    public InspectedFile sanitize(ValidatedFile file) throws AttachmentRejectedException {
        AttachmentType type = AttachmentType.ofMimeType(file.mimeType())
                .orElseThrow(() -> new IllegalArgumentException("not a validated file type: " + file.mimeType()));
        byte[] stripped;
        try {
            stripped = MetadataStripper.strip(type, file.content());
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "Metadata of an upload ({}) could not be removed: {}",
                    type.mimeType(),
                    e.getClass().getSimpleName());
            throw new AttachmentRejectedException(Reason.INVALID_CONTENT, "File sanitization failed");
        }
        return new InspectedFile(
                FileNames.sanitize(file.originalFilename()), type.mimeType(), type.storageExtension(), stripped);
    }

    private static AttachmentType detectType(byte[] content) {
        String mimeType = ContentSniffer.detectMimeType(content);
        return AttachmentType.ofMimeType(mimeType)
                .orElseThrow(() -> new AttachmentRejectedException(
                        Reason.UNSUPPORTED_TYPE,
                        "File validation failed: Failed to detect file type: MIME type " + mimeType
                                + " not allowed. Allowed types: " + AttachmentType.allowedMimeTypes()));
    }

    private void scanForMalware(byte[] content) {
        ScanResult result = scanner.scan(content);
        switch (result.verdict()) {
            case INFECTED ->
                throw new AttachmentRejectedException(Reason.MALWARE, "Malware detected: " + result.signature());
            case UNAVAILABLE ->
                throw new AttachmentRejectedException(
                        Reason.SCANNER_UNAVAILABLE,
                        "Malware scanner unavailable. Upload rejected for security. "
                                + "Please try again later or contact support if issue persists.");
            case CLEAN, NOT_SCANNED -> {
                // accepted
            }
            default -> throw new IllegalStateException("unknown verdict " + result.verdict());
        }
    }
}
