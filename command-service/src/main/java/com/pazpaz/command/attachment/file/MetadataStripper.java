package com.pazpaz.command.attachment.file;

import java.io.IOException;

/**
 * R-ATT-2 step 11: removes metadata without re-encoding, so images lose no quality and the stored file is the
 * uploaded picture byte for byte, minus the segments or chunks that carry metadata.
 */
final class MetadataStripper {

    private MetadataStripper() {}

    static byte[] strip(AttachmentType type, byte[] content) throws IOException {
        return switch (type) {
            case JPEG -> JpegMetadata.strip(content);
            case PNG -> PngMetadata.strip(content);
            case WEBP -> WebpMetadata.strip(content);
            case PDF -> PdfMetadata.strip(content);
        };
    }
}
