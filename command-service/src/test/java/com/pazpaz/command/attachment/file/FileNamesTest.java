package com.pazpaz.command.attachment.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R-ATT-4 (the display name of an upload) and R-ATT-6 steps 1–5 (the name of a rename). */
class FileNamesTest {

    @ParameterizedTest(name = "\"{0}\" is stored as \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ../../etc/passwd.jpg          | passwd.jpg
            wound photo.JPG               | wound_photo.jpg
            wound<photo>?.jpg             | wound_photo.jpg
            C:\\Users\\dana\\scan.pdf     | scan.pdf
            '  many   spaces  .pdf'       | many_spaces.pdf
            report.final.PDF              | report_final.pdf
            -dash-.png                    | -dash-.png
            ___x___.webp                  | x.webp
            ???.png                       | attachment.png
            .png                          | png
            'צילום פצע.jpg'               | 'צילום_פצע.jpg'
            """)
    void sanitizesUploadNames(String original, String stored) {
        assertThat(FileNames.sanitize(original)).isEqualTo(stored);
    }

    @Test
    void namesAnUploadWithoutUsableNameAttachment() {
        assertThat(FileNames.sanitize("")).isEqualTo("attachment");
        assertThat(FileNames.sanitize(null)).isEqualTo("attachment");
        assertThat(FileNames.sanitize("../")).isEqualTo("attachment");
    }

    @Test
    void shortensTheBaseSoThatTheWholeNameFitsIn255Characters() {
        String stored = FileNames.sanitize("a".repeat(300) + ".PDF");

        assertThat(stored).hasSize(255).endsWith("a.pdf");
    }

    @Test
    void countsCharactersNotUtf16UnitsWhenShortening() {
        String scriptA = "\uD835\uDC9C"; // a letter outside the BMP: two UTF-16 units, one character
        String stored = FileNames.sanitize(scriptA.repeat(300) + ".png");

        assertThat(stored).isEqualTo(scriptA.repeat(251) + ".png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "\u00A0"})
    void refusesAnEmptyNewName(String requested) {
        assertBadRequest(requested, "Filename cannot be empty");
    }

    @Test
    void refusesNoNewNameAtAll() {
        assertBadRequest(null, "Filename cannot be empty");
    }

    @Test
    void refusesANewNameOver255CharactersAfterTrimming() {
        assertBadRequest("a".repeat(256), "Filename too long (max 255 characters)");
        assertThat(FileNames.forRename("  " + "a".repeat(251) + ".jpg  ", "wound.jpg"))
                .hasSize(255);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a\\b", "a:b", "a*b", "a?b", "a\"b", "a<b", "a>b", "a|b", "../../secret"})
    void refusesFilesystemCharacters(String requested) {
        assertBadRequest(
                requested,
                "Filename contains invalid characters. "
                        + "The following characters are not allowed: / \\ : * ? \" < > |");
    }

    @ParameterizedTest(name = "\"{0}\" for \"{1}\" becomes \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '  My Photo  '  | wound.jpg     | My Photo.jpg
            Document        | intake.pdf    | Document.pdf
            Scan.JPG        | wound.jpg     | Scan.JPG
            x.png           | wound.jpg     | x.png.jpg
            wound.jpeg      | photo.JPEG    | wound.jpeg
            notes           | no-extension  | notes
            """)
    void keepsOrAppendsTheCurrentExtension(String requested, String current, String stored) {
        assertThat(FileNames.forRename(requested, current)).isEqualTo(stored);
    }

    @Test
    void refusesANameThatTheAppendedExtensionMakesTooLong() {
        assertBadRequest(
                "a".repeat(252), "wound.jpg", "Filename too long. Maximum 251 characters (excluding .jpg extension)");
        assertThat(FileNames.forRename("a".repeat(251), "wound.jpg")).hasSize(255);
    }

    @Test
    void allowsRenamingToTheCurrentName() {
        assertThat(FileNames.forRename("wound_photo.jpg", "wound_photo.jpg")).isEqualTo("wound_photo.jpg");
    }

    private static void assertBadRequest(String requested, String message) {
        assertBadRequest(requested, "wound.jpg", message);
    }

    private static void assertBadRequest(String requested, String current, String message) {
        BusinessRuleViolation violation =
                catchThrowableOfType(() -> FileNames.forRename(requested, current), BusinessRuleViolation.class);
        assertThat(violation).as("violation for %s", requested).isNotNull();
        assertThat(violation.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(violation).hasMessage(message);
    }
}
