package com.pazpaz.command.attachment.file;

/** PLACEHOLDER until branch att-file lands. */
public final class FileNames {

    private FileNames() {
    }

    public static String sanitize(String originalFilename) {
        String base = originalFilename.replaceAll(".*[/\\\\]", "");
        return base.isBlank() ? "attachment" : base;
    }

    public static String forRename(String requested, String currentName) {
        String trimmed = requested.trim();
        int dot = currentName.lastIndexOf('.');
        String ext = dot < 0 ? "" : currentName.substring(dot);
        return trimmed.toLowerCase().endsWith(ext.toLowerCase()) ? trimmed : trimmed + ext;
    }
}
