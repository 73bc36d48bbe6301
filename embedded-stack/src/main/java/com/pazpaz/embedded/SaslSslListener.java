package com.pazpaz.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client listener that takes only SASL_SSL with SCRAM-SHA-512, in place of the plain one: for the tests of the
 * Kafka security settings (docs/configuration.md, "Kafka security"). The broker then has no plaintext client door.
 *
 * <p>The SCRAM users are written into the storage when it is formatted (a fresh data directory), as
 * {@code kafka-storage.sh format --add-scram} does, so that no unauthenticated connection is needed to create
 * them. The broker itself is user {@value #BROKER_USER} with the store password: a listener that is also the
 * inter-broker listener needs credentials of its own, even on a single node.
 *
 * @param keyStore      PKCS12 key store with the broker's key and a certificate for {@code localhost}
 * @param trustStore    PKCS12 trust store holding that certificate (the broker's own client side uses it)
 * @param storePassword password of both stores and of the key
 * @param users         SCRAM user names and their passwords (letters and digits only)
 */
public record SaslSslListener(Path keyStore, Path trustStore, String storePassword, Map<String, String> users) {

    public static final String MECHANISM = "SCRAM-SHA-512";
    public static final String BROKER_USER = "embedded-broker";

    public SaslSslListener {
        users = Map.copyOf(users);
    }

    /** The users in the format of the storage formatter's SCRAM arguments, the broker's own included. */
    List<String> scramArguments() {
        Map<String, String> all = new LinkedHashMap<>(users);
        all.put(BROKER_USER, storePassword);
        List<String> arguments = new ArrayList<>();
        all.forEach((name, password) -> arguments.add(MECHANISM + "=[name=" + name + ",password=" + password + "]"));
        return arguments;
    }

    /** The JAAS line of one SCRAM user; clients put the same line in {@code sasl.jaas.config}. */
    public static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }
}
