package com.pazpaz.command.attachment.file;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** R-ATT-2 step 9 for PDFs: the document parses, has 1..1000 pages, and its first page can be read. */
final class PdfContentCheck {

    static final int MAX_PAGES = 1000;
    /** Decoded bytes of the first page read to prove it readable; a compression bomb is not read to its end. */
    private static final int FIRST_PAGE_PROBE_BYTES = 16 * 1024 * 1024;

    private PdfContentCheck() {}

    static void check(byte[] content) {
        // the parser's own messages may quote bytes of the file: never pass them on
        try (PDDocument document = Loader.loadPDF(content)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw invalid("PDF has no pages");
            }
            if (pages > MAX_PAGES) {
                throw invalid("PDF has too many pages (" + pages + "). Maximum " + MAX_PAGES + " pages");
            }
            readFirstPage(document);
        } catch (AttachmentRejectedException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw invalid("Invalid or corrupted PDF file: the document is password-protected");
        } catch (IOException | RuntimeException e) {
            throw invalid("Invalid or corrupted PDF file: the document cannot be parsed");
        }
    }

    private static void readFirstPage(PDDocument document) {
        try {
            PDPage first = document.getPage(0);
            first.getMediaBox();
            try (InputStream contents = first.getContents()) {
                byte[] buffer = new byte[8192];
                long read = 0;
                for (int n; read < FIRST_PAGE_PROBE_BYTES && (n = contents.read(buffer)) != -1; ) {
                    read += n;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw invalid("Cannot read PDF pages: the first page cannot be parsed");
        }
    }

    private static AttachmentRejectedException invalid(String message) {
        return new AttachmentRejectedException(AttachmentRejectedException.Reason.INVALID_CONTENT, message);
    }
}
