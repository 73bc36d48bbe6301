package com.pazpaz.command.attachment.file;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** PLACEHOLDER until branch att-file lands: only the size and extension checks. */
@Component
public final class UploadInspector {

    public ValidatedFile validate(String originalFilename, byte[] content) {
        if (content.length > 10 * 1024 * 1024) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.TOO_LARGE,
                    "File size " + content.length + " bytes exceeds maximum of 10485760 bytes (10 MB)");
        }
        String name = originalFilename == null ? "" : originalFilename;
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String mime = switch (ext) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "webp" -> "image/webp";
            default -> throw new AttachmentRejectedException(AttachmentRejectedException.Reason.UNSUPPORTED_TYPE,
                    "File extension not allowed");
        };
        return new ValidatedFile(name, mime, ext.equals("jpeg") ? "jpg" : ext, content);
    }

    public InspectedFile sanitize(ValidatedFile file) {
        return new InspectedFile(FileNames.sanitize(file.originalFilename()), file.mimeType(), file.extension(),
                file.content());
    }
}
