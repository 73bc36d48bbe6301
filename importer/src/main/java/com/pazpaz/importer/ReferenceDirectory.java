package com.pazpaz.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The reference's attachment objects copied out of its bucket into a directory, with their keys as paths. */
final class ReferenceDirectory implements ReferenceObjects {

    private final Path directory;

    ReferenceDirectory(Path directory) {
        this.directory =
                Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    /** The object's contents, or empty when the directory has no such file (or the key would leave it). */
    @Override
    public Optional<byte[]> read(String key) {
        Path file = directory.resolve(key).normalize();
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the object " + key + " cannot be read", e);
        }
    }

    @Override
    public String where() {
        return "the attachment directory";
    }
}
