package com.pazpaz.local;

import com.pazpaz.importer.ImportReport;
import com.pazpaz.importer.ReferenceImporter;
import com.pazpaz.importer.ReferenceKeys;
import com.pazpaz.importer.ReferenceObjects;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Imports a reference PazPaz database when the local stack starts with {@code PAZPAZ_IMPORT_REFERENCE_URL} set
 * (docs/import.md): its user and password, the reference's master key and version keys from the environment
 * ({@code PAZPAZ_IMPORT_REFERENCE_MASTER_KEY}, {@code PAZPAZ_IMPORT_REFERENCE_KEY_V1}, …, base64), and where its
 * attachment objects are read (optional: {@link ReferenceAttachmentSource}). Safe to leave set: a later start
 * imports only what is not imported yet.
 */
final class ReferenceImportOnStart {

    private static final Logger log = LoggerFactory.getLogger(ReferenceImportOnStart.class);
    private static final String PREFIX = "PAZPAZ_IMPORT_REFERENCE_";
    private static final String VERSION_KEY = PREFIX + "KEY_";

    private ReferenceImportOnStart() {}

    static void runIfAsked(Map<String, String> environment, LocalStack stack) {
        String url = environment.get(PREFIX + "URL");
        if (url == null || url.isBlank()) {
            return;
        }
        String masterKey = environment.get(PREFIX + "MASTER_KEY");
        if (masterKey == null) {
            throw new IllegalStateException(PREFIX + "MASTER_KEY is required to import " + url);
        }
        Map<String, String> versionKeys = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(VERSION_KEY)) {
                versionKeys.put(name.substring(VERSION_KEY.length()).toLowerCase(java.util.Locale.ROOT), value);
            }
        });
        DriverManagerDataSource reference = new DriverManagerDataSource(
                url, environment.get(PREFIX + "USER"), environment.get(PREFIX + "PASSWORD"));
        ReferenceKeys keys = ReferenceKeys.ofBase64(masterKey, versionKeys);
        try (ReferenceObjects attachments = ReferenceAttachmentSource.open(environment)) {
            ImportReport report = new ReferenceImporter(stack.commandService(), reference, keys, attachments).run();
            log.info("Reference import finished: {}", report);
        }
    }
}
