package com.pazpaz.command.attachment.file;

/**
 * A validated file ready to store: metadata stripped and the display name made safe.
 *
 * @param displayName the name shown to users (R-ATT-4)
 * @param mimeType    the detected type
 * @param extension   the storage extension of the detected type (R-ATT-3): jpg, png, webp or pdf
 * @param content     the bytes to store; their length is the stored {@code file_size_bytes}
 */
public record InspectedFile(String displayName, String mimeType, String extension, byte[] content) {}
