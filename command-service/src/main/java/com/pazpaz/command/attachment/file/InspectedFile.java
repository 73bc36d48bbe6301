package com.pazpaz.command.attachment.file;

/** PLACEHOLDER until branch att-file lands. */
public record InspectedFile(String displayName, String mimeType, String extension, byte[] content) {
}
