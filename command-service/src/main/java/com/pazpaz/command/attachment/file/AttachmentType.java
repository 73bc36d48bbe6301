package com.pazpaz.command.attachment.file;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The accepted file types (R-ATT-1) with their upload extensions and storage extension (R-ATT-3). */
enum AttachmentType {
    JPEG("image/jpeg", "jpg", List.of(".jpg", ".jpeg")),
    PNG("image/png", "png", List.of(".png")),
    WEBP("image/webp", "webp", List.of(".webp")),
    PDF("application/pdf", "pdf", List.of(".pdf"));

    private final String mimeType;
    private final String storageExtension;
    private final List<String> uploadExtensions;

    AttachmentType(String mimeType, String storageExtension, List<String> uploadExtensions) {
        this.mimeType = mimeType;
        this.storageExtension = storageExtension;
        this.uploadExtensions = uploadExtensions;
    }

    String mimeType() {
        return mimeType;
    }

    String storageExtension() {
        return storageExtension;
    }

    List<String> uploadExtensions() {
        return uploadExtensions;
    }

    boolean isImage() {
        return this != PDF;
    }

    /** The type an extension such as ".JPG" stands for, compared case-insensitively. */
    static Optional<AttachmentType> ofExtension(String extension) {
        String lowerCase = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.uploadExtensions.contains(lowerCase))
                .findFirst();
    }

    static Optional<AttachmentType> ofMimeType(String mimeType) {
        return Arrays.stream(values())
                .filter(type -> type.mimeType.equals(mimeType))
                .findFirst();
    }

    /** ".jpg, .jpeg, .png, .webp, .pdf", as in the reference's messages. */
    static String allowedExtensions() {
        return Arrays.stream(values())
                .flatMap(type -> type.uploadExtensions.stream())
                .collect(Collectors.joining(", "));
    }

    static String allowedMimeTypes() {
        return Arrays.stream(values()).map(AttachmentType::mimeType).collect(Collectors.joining(", "));
    }
}
