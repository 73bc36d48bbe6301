package com.pazpaz.command;

import com.pazpaz.infra.admission.AdmissionConfiguration;
import com.pazpaz.infra.apidocs.ApiDocsConfiguration;
import com.pazpaz.infra.blob.BlobStoreConfiguration;
import com.pazpaz.infra.crypto.CryptoConfiguration;
import com.pazpaz.infra.eventstore.EventStoreConfiguration;
import com.pazpaz.infra.eventstore.chain.EventChainerConfiguration;
import com.pazpaz.infra.jobs.JobsConfiguration;
import com.pazpaz.infra.kafka.KafkaPublisherConfiguration;
import com.pazpaz.infra.messaging.MessagingConfiguration;
import com.pazpaz.infra.observability.ObservabilityConfiguration;
import com.pazpaz.infra.resilience.ResilienceConfiguration;
import com.pazpaz.infra.security.SecurityConfiguration;
import com.pazpaz.infra.web.WebConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** Decides commands with event-sourced aggregates and relays the stored events to Kafka. */
@SpringBootApplication
@Import({
    ResilienceConfiguration.class,
    EventStoreConfiguration.class,
    EventChainerConfiguration.class,
    MessagingConfiguration.class,
    CryptoConfiguration.class,
    BlobStoreConfiguration.class,
    SecurityConfiguration.class,
    WebConfiguration.class,
    KafkaPublisherConfiguration.class,
    ObservabilityConfiguration.class,
    ApiDocsConfiguration.class,
    JobsConfiguration.class,
    AdmissionConfiguration.class
})
public class CommandServiceApplication {

    /** Its own configuration file name, so that it can share a JVM with query-service on the local stack. */
    public static final String CONFIG_NAME = "command-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
