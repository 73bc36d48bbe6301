package com.pazpaz.infra.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blobs as files: stored whole, never overwritten, never outside the store's directory. */
class FileSystemBlobStoreTest {

    @TempDir
    Path root;

    @Test
    void aStoredBlobReadsBackAndIsRemovedOnDelete() {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        store.put("workspaces/w/clients/c/attachments/a.pdf", new byte[] {1, 2, 3});
        assertThat(store.get("workspaces/w/clients/c/attachments/a.pdf")).contains(new byte[] {1, 2, 3});
        store.delete("workspaces/w/clients/c/attachments/a.pdf");
        assertThat(store.get("workspaces/w/clients/c/attachments/a.pdf")).isEmpty();
        store.delete("workspaces/w/clients/c/attachments/a.pdf");
    }

    @Test
    void aKeyIsNeverWrittenTwiceAndNoTemporaryFileIsLeft() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        store.put("k/a.png", new byte[] {1});
        assertThatThrownBy(() -> store.put("k/a.png", new byte[] {2})).isInstanceOf(BlobStoreException.class);
        assertThat(store.get("k/a.png")).contains(new byte[] {1});
        try (var files = Files.list(root.resolve("k"))) {
            assertThat(files).containsExactly(root.resolve("k/a.png"));
        }
    }

    @Test
    void aKeyThatClimbsOutOfTheStoreIsRefused() {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        assertThatThrownBy(() -> store.put("../escape.png", new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get("a/../../escape.png")).isInstanceOf(IllegalArgumentException.class);
    }
}
