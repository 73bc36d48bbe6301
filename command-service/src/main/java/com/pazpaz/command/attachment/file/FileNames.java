package com.pazpaz.command.attachment.file;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Display names of attachments: the name stored for an upload (R-ATT-4) and for a rename (R-ATT-6 steps 1–5).
 * Lengths count Unicode code points, as the reference (Python) does.
 */
public final class FileNames {

    static final int MAX_LENGTH = 255;
    static final String FALLBACK_BASE = "attachment";

    /** Python's {@code [^\w\s\-]} on str patterns is Unicode-aware: Hebrew letters are word characters. */
    private static final Pattern UNSAFE = Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern UNDERSCORES_AND_SPACES = Pattern.compile("[_\\s]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
    private static final Pattern FORBIDDEN_IN_RENAME = Pattern.compile("[/\\\\:*?\"<>|]");
    private static final String FORBIDDEN_MESSAGE =
            "Filename contains invalid characters. " + "The following characters are not allowed: / \\ : * ? \" < > |";

    private FileNames() {}

    /**
     * R-ATT-4: the last path component, the extension lower-cased, every character other than letters, digits,
     * underscore, whitespace and hyphen replaced by "_", runs of "_" and whitespace collapsed to one "_", edges
     * trimmed, "attachment" if nothing is left, and the base shortened so that the whole is at most 255.
     */
    public static String sanitize(String originalFilename) {
        String name = lastComponent(originalFilename == null ? "" : originalFilename);
        String extension = extensionOf(name);
        String base = name.substring(0, name.length() - extension.length());
        base = UNSAFE.matcher(base).replaceAll("_");
        base = UNDERSCORES_AND_SPACES.matcher(base).replaceAll("_");
        base = strip(EDGE_UNDERSCORES.matcher(base).replaceAll(""));
        if (base.isEmpty()) {
            base = FALLBACK_BASE;
        }
        int room = Math.max(1, MAX_LENGTH - length(extension));
        if (length(base) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room));
        }
        return base + extension.toLowerCase(Locale.ROOT);
    }

    /**
     * R-ATT-6 steps 1–5: the name to store when an attachment currently named {@code currentName} is renamed
     * to {@code requested}. The duplicate check (step 6) needs the client's other attachments and is the
     * caller's.
     *
     * @throws BusinessRuleViolation of kind BAD_REQUEST with the reference's message
     */
    public static String forRename(String requested, String currentName) {
        String trimmed = strip(requested == null ? "" : requested);
        if (trimmed.isEmpty()) {
            throw badRequest("Filename cannot be empty");
        }
        if (length(trimmed) > MAX_LENGTH) {
            throw badRequest("Filename too long (max " + MAX_LENGTH + " characters)");
        }
        if (FORBIDDEN_IN_RENAME.matcher(trimmed).find()) {
            throw badRequest(FORBIDDEN_MESSAGE);
        }
        String extension = extensionOf(lastComponent(currentName == null ? "" : currentName))
                .toLowerCase(Locale.ROOT);
        String named = trimmed.toLowerCase(Locale.ROOT).endsWith(extension) ? trimmed : trimmed + extension;
        if (length(named) > MAX_LENGTH) {
            throw badRequest("Filename too long. Maximum " + (MAX_LENGTH - length(extension))
                    + " characters (excluding " + extension + " extension)");
        }
        return named;
    }

    /**
     * The extension with its dot as Python's {@code PurePath.suffix} finds it: from the last dot of the last
     * component, unless that dot starts the name (".profile") or ends it ("photo."); otherwise "".
     */
    static String extensionOf(String filename) {
        String name = lastComponent(filename == null ? "" : filename);
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot) : "";
    }

    /** The part after the last "/" or "\" (browsers on Windows may send a whole path), ignoring trailing ones. */
    private static String lastComponent(String path) {
        int end = path.length();
        while (end > 0 && isSeparator(path.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !isSeparator(path.charAt(start - 1))) {
            start--;
        }
        return path.substring(start, end);
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '\\';
    }

    /** Trims what Python's {@code str.strip()} trims: every Unicode space, including no-break spaces. */
    private static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (end > start && isSpace(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static BusinessRuleViolation badRequest(String message) {
        return new BusinessRuleViolation(Kind.BAD_REQUEST, message);
    }
}
