package com.pazpaz.command.attachment.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Strips a PDF's document information dictionary (author, title, subject, keywords, creator, producer, dates)
 * and its XMP metadata, of the document and of each page, then saves the document anew: a full save writes only
 * the objects still referenced, so older revisions of the metadata do not survive either.
 */
final class PdfMetadata {

    private PdfMetadata() {}

    static byte[] strip(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            document.getDocumentCatalog().setMetadata(null);
            for (PDPage page : document.getPages()) {
                page.setMetadata(null);
            }
            // an owner-password-only document opens without a password; saving it again would need its keys
            document.setAllSecurityToBeRemoved(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }
}
