package com.pazpaz.command.attachment.file;

/**
 * A file that passed {@link UploadInspector#validate}: its type was detected from the bytes.
 *
 * @param originalFilename the name the client sent, untouched (never log it)
 * @param mimeType         the detected type: image/jpeg, image/png, image/webp or application/pdf
 * @param extension        the storage extension of the detected type (R-ATT-3): jpg, png, webp or pdf
 * @param content          the bytes as uploaded
 */
public record ValidatedFile(String originalFilename, String mimeType, String extension, byte[] content) {}
