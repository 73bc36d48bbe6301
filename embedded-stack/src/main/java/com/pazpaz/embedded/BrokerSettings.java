package com.pazpaz.embedded;

import java.nio.file.Path;
import java.util.Properties;

/** The configuration of the single-node, combined broker+controller KRaft server. */
final class BrokerSettings {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private BrokerSettings() {}

    static Properties of(Path logDirectory, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(NODE_ID));
        // A static voter set (kraft.version 0): the controller address is read from this config on every start,
        // not from the metadata log, so a restart on a different free port is fine.
        p.setProperty("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.setProperty(
                "listeners",
                "PLAINTEXT://localhost:" + clientPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDirectory.toString());

        // One node: every internal topic can only have one replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        // The defaults (50 partitions each) make the first consumer group / transaction wait seconds for
        // partition creation; a single node gains nothing from them.
        p.setProperty("offsets.topic.num.partitions", "1");
        p.setProperty("transaction.state.log.num.partitions", "1");

        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        // No waiting for more members: tests and the local stack have one consumer per group.
        p.setProperty("group.initial.rebalance.delay.ms", "0");

        // After an unclean stop (kill -9) the restarted controller keeps the dead broker's session alive for the
        // session timeout and rejects the new registration until then; with the 9 s default plus the broker's
        // retry back-off (0.1, 0.2, 0.4 ... s) such a restart took ~15 s, with 3 s it takes ~5 s.
        // Heartbeats never leave the JVM, so a shorter session is safe enough.
        p.setProperty("broker.session.timeout.ms", "3000");
        p.setProperty("broker.heartbeat.interval.ms", "750");

        // The broker shares a small machine with the application: fewer threads, and a 4 MB instead of a 128 MB
        // heap buffer for the log cleaner (it only compacts __consumer_offsets and the like here).
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        p.setProperty("background.threads", "2");
        p.setProperty("num.replica.fetchers", "1");
        p.setProperty("log.cleaner.threads", "1");
        p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
        return p;
    }

    /**
     * The same server with its client listener taking only SASL_SSL (SCRAM over TLS); it is also the inter-broker
     * listener. The controller listener stays plaintext on localhost: only the broker's own threads use it.
     */
    static Properties withSaslSsl(Path logDirectory, int clientPort, int controllerPort, SaslSslListener listener) {
        Properties p = of(logDirectory, clientPort, controllerPort);
        p.setProperty(
                "listeners",
                "SASL_SSL://localhost:" + clientPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "SASL_SSL://localhost:" + clientPort);
        p.setProperty("inter.broker.listener.name", "SASL_SSL");
        p.setProperty("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
        p.setProperty("sasl.enabled.mechanisms", SaslSslListener.MECHANISM);
        p.setProperty("sasl.mechanism.inter.broker.protocol", SaslSslListener.MECHANISM);
        p.setProperty(
                "listener.name.sasl_ssl." + SaslSslListener.MECHANISM.toLowerCase() + ".sasl.jaas.config",
                SaslSslListener.jaasConfig(SaslSslListener.BROKER_USER, listener.storePassword()));
        p.setProperty("ssl.keystore.type", "PKCS12");
        p.setProperty("ssl.keystore.location", listener.keyStore().toString());
        p.setProperty("ssl.keystore.password", listener.storePassword());
        p.setProperty("ssl.key.password", listener.storePassword());
        p.setProperty("ssl.truststore.type", "PKCS12");
        p.setProperty("ssl.truststore.location", listener.trustStore().toString());
        p.setProperty("ssl.truststore.password", listener.storePassword());
        return p;
    }
}
