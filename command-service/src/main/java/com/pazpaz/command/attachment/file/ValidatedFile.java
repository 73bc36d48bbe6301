package com.pazpaz.command.attachment.file;

/** PLACEHOLDER until branch att-file lands. */
public record ValidatedFile(String originalFilename, String mimeType, String extension, byte[] content) {
}
