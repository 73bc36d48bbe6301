package com.pazpaz.query;

import com.pazpaz.infra.apidocs.ApiDocsConfiguration;
import com.pazpaz.infra.blob.BlobStoreConfiguration;
import com.pazpaz.infra.crypto.CryptoConfiguration;
import com.pazpaz.infra.eventstore.EventStoreConfiguration;
import com.pazpaz.infra.jobs.JobsConfiguration;
import com.pazpaz.infra.messaging.MessagingConfiguration;
import com.pazpaz.infra.observability.ObservabilityConfiguration;
import com.pazpaz.infra.resilience.ResilienceConfiguration;
import com.pazpaz.infra.security.SecurityConfiguration;
import com.pazpaz.infra.web.WebConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** Projects the event store into the documented read tables and answers queries from them. */
@SpringBootApplication
@Import({
    ResilienceConfiguration.class,
    EventStoreConfiguration.class,
    MessagingConfiguration.class,
    CryptoConfiguration.class,
    BlobStoreConfiguration.class,
    SecurityConfiguration.class,
    WebConfiguration.class,
    ObservabilityConfiguration.class,
    ApiDocsConfiguration.class,
    JobsConfiguration.class
})
public class QueryServiceApplication {

    /** Its own configuration file name, so that it can share a JVM with command-service on the local stack. */
    public static final String CONFIG_NAME = "query-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
