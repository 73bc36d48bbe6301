package com.pazpaz.query.attachment;

import com.pazpaz.infra.blob.BlobStore;
import com.pazpaz.kernel.common.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A file's contents: read from the blob store and decrypted with the key of its note or client. */
@Component
class AttachmentContents {

    private static final Logger log = LoggerFactory.getLogger(AttachmentContents.class);

    private final BlobStore blobs;
    private final AttachmentReader reader;

    AttachmentContents(BlobStore blobs, AttachmentReader reader) {
        this.blobs = blobs;
        this.reader = reader;
    }

    byte[] decrypted(AttachmentRow row) {
        byte[] stored = blobs.get(row.blobKey()).orElseThrow(() -> {
            log.error("The blob of attachment {} is missing from the blob store", row.getId());
            return new RecordNotFoundException("Attachment not found");
        });
        return reader.decryptContent(row, stored);
    }
}
