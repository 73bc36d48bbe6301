package com.pazpaz.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

/**
 * Every stored byte string that may hold one record's ciphertext (event payloads, the read table's row, Kafka
 * record values), and a check whether any of them decrypts to a marker under a set of keys. Decryption is
 * AES-CTR from the GCM nonce, which ignores tag and associated data: a key opens a value here even if the
 * value was moved to another row, so "no key opens it" is the strongest claim there is.
 */
final class StoredCiphertexts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NONCE = 12;
    private static final int TAG = 16;

    private final List<byte[]> values = new ArrayList<>();

    int size() {
        return values.size();
    }

    /** Every base64 string in the event payloads of this record. */
    StoredCiphertexts addEvents(Connection db, UUID recordId) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(
                "SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")) {
            statement.setString(1, recordId.toString());
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                addJson(rows.getString(1));
            }
        }
        return this;
    }

    /** Every bytea column, and the base64 in every text column, of one row. */
    StoredCiphertexts addRow(Connection db, String table, UUID id) throws Exception {
        try (PreparedStatement statement = db.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            statement.setObject(1, id);
            ResultSet row = statement.executeQuery();
            while (row.next()) {
                for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                    Object value = row.getObject(c);
                    if (value instanceof byte[] bytes) {
                        values.add(bytes);
                    } else if (value instanceof String text) {
                        addBase64(text);
                    }
                }
            }
        }
        return this;
    }

    /** Every base64 string in these JSON documents (Kafka record values). */
    StoredCiphertexts addJsonDocuments(Collection<String> documents) throws Exception {
        for (String document : documents) {
            addJson(document);
        }
        return this;
    }

    /** Whether any stored value, under any of the keys, decrypts to text containing the marker. */
    boolean anyDecryptsTo(String marker, Collection<SecretKey> keys) throws Exception {
        byte[] wanted = marker.getBytes(StandardCharsets.UTF_8);
        for (byte[] value : values) {
            for (int offset : nonceOffsets(value)) {
                for (SecretKey key : keys) {
                    if (contains(ctrDecrypt(key, value, offset), wanted)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void addJson(String json) throws Exception {
        walk(JSON.readTree(json));
    }

    private void walk(JsonNode node) {
        if (node.isTextual()) {
            addBase64(node.asText());
        }
        node.forEach(this::walk);
    }

    private void addBase64(String text) {
        if (text.length() < 40) {
            return;
        }
        try {
            values.add(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException notBase64) {
            values.add(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The nonce starts at 0 (no label) or right after a colon within the first 10 bytes. */
    private static List<Integer> nonceOffsets(byte[] value) {
        List<Integer> offsets = new ArrayList<>(List.of(0));
        for (int i = 0; i < Math.min(10, value.length); i++) {
            if (value[i] == ':') {
                offsets.add(i + 1);
            }
        }
        return offsets.stream().filter(o -> value.length - o >= NONCE + TAG).toList();
    }

    private static byte[] ctrDecrypt(SecretKey key, byte[] value, int offset) throws Exception {
        byte[] counter = new byte[16];
        System.arraycopy(value, offset, counter, 0, NONCE);
        counter[15] = 2; // GCM encrypts the first block with counter 2 (counter 1 masks the tag)
        Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(counter));
        return cipher.doFinal(value, offset + NONCE, value.length - offset - NONCE - TAG);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
