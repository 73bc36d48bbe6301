package com.pazpaz.infra.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A broker key store with a fresh self-signed certificate for {@code localhost} and a trust store holding that
 * certificate, both PKCS12, made with the JDK's own keytool (what an operator would run, and no extra library).
 *
 * @param keyStore   the broker's key and certificate
 * @param trustStore what clients put in {@code ssl.truststore.location}
 */
record SelfSignedKeyStores(Path keyStore, Path trustStore) {

    private static final String ALIAS = "broker";

    static SelfSignedKeyStores create(Path directory, String password) {
        Path keyStore = directory.resolve("broker-keystore.p12");
        Path certificate = directory.resolve("broker.pem");
        Path trustStore = directory.resolve("truststore.p12");
        // the SAN lets clients keep Kafka's default host name check (ssl.endpoint.identification.algorithm=https)
        keytool(
                "-genkeypair",
                "-alias",
                ALIAS,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-validity",
                "1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                password);
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                ALIAS,
                "-file",
                certificate.toString(),
                "-keystore",
                keyStore.toString(),
                "-storepass",
                password);
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                ALIAS,
                "-file",
                certificate.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                trustStore.toString(),
                "-storepass",
                password);
        return new SelfSignedKeyStores(keyStore, trustStore);
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
