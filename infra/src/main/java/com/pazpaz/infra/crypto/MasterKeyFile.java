package com.pazpaz.infra.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Master keys in a properties file readable by its owner only ({@code current=<n>}, {@code v<n>=<base64>}): the
 * local stack's key service. Created with one random version on first use; a rotation appends a new version.
 * Every service reading the file notices another one's change by the file's modification time.
 */
public class MasterKeyFile implements MasterKeyProvider {

    private final Path file;
    private MasterKeyVersions versions;
    private FileTime loadedAt;

    public MasterKeyFile(Path file) {
        this.file = file;
        synchronized (this) {
            if (!Files.exists(file)) {
                write(
                        Map.of(
                                1,
                                Base64.getEncoder()
                                        .encodeToString(Gcm.randomKey().getEncoded())),
                        1);
            }
            load();
        }
    }

    @Override
    public synchronized MasterKey current() {
        reloadIfChanged();
        return versions.current();
    }

    @Override
    public synchronized Optional<MasterKey> version(int version) {
        reloadIfChanged();
        return versions.version(version);
    }

    @Override
    public synchronized SortedSet<Integer> versions() {
        reloadIfChanged();
        return versions.versions();
    }

    @Override
    public synchronized boolean createNextVersion() {
        reloadIfChanged();
        Map<Integer, String> keys = encoded();
        int next = versions.versions().last() + 1;
        keys.put(next, Base64.getEncoder().encodeToString(Gcm.randomKey().getEncoded()));
        write(keys, next);
        load();
        return true;
    }

    @Override
    public synchronized boolean retire(int version) {
        reloadIfChanged();
        if (version == versions.currentVersion()) {
            throw new IllegalStateException("The current master key version cannot be retired");
        }
        Map<Integer, String> keys = encoded();
        keys.remove(version);
        write(keys, versions.currentVersion());
        load();
        return true;
    }

    private Map<Integer, String> encoded() {
        Map<Integer, String> keys = new TreeMap<>();
        versions.keys().forEach((v, key) -> keys.put(v, Base64.getEncoder().encodeToString(key.getEncoded())));
        return keys;
    }

    private void reloadIfChanged() {
        try {
            if (!Files.getLastModifiedTime(file).equals(loadedAt)) {
                load();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read master key file " + file, e);
        }
    }

    private void load() {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            loadedAt = Files.getLastModifiedTime(file);
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read master key file " + file, e);
        }
        Map<Integer, String> keys = new TreeMap<>();
        properties.stringPropertyNames().stream()
                .filter(name -> name.matches("v[0-9]+"))
                .forEach(name -> keys.put(Integer.parseInt(name.substring(1)), properties.getProperty(name)));
        String current = properties.getProperty("current");
        versions = MasterKeyVersions.decode(keys, current == null ? null : Integer.valueOf(current.trim()));
    }

    /** Writes a new file beside the old one, owner-only from birth, then moves it over atomically. */
    private void write(Map<Integer, String> keys, int current) {
        Properties properties = new Properties();
        properties.setProperty("current", Integer.toString(current));
        keys.forEach((version, base64) -> properties.setProperty("v" + version, base64));
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temporary);
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (var writer = Files.newBufferedWriter(temporary)) {
                properties.store(writer, "PazPaz master keys - keep private; losing them loses every record");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write master key file " + file, e);
        }
    }
}
