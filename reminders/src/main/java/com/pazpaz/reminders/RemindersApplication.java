package com.pazpaz.reminders;

import com.pazpaz.infra.apidocs.ApiDocsConfiguration;
import com.pazpaz.infra.security.SecurityConfiguration;
import com.pazpaz.infra.web.WebConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Keeps the reminder queue from the topic and sends the due reminders by e-mail (docs/reminders.md). */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(RemindersProperties.class)
@Import({SecurityConfiguration.class, WebConfiguration.class, ApiDocsConfiguration.class})
public class RemindersApplication {

    /** Its own configuration file name, so that it can share a JVM with the other services on the local stack. */
    public static final String CONFIG_NAME = "reminders";

    /**
     * On the local stack the services' JPA is on the classpath too; the reminders use plain JDBC and must not start
     * an entity manager of their own (seconds of start-up for nothing).
     */
    private static final List<String> JPA_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
            "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration");

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        TreeSet<String> excluded = axonAutoConfigurations();
        excluded.addAll(JPA_AUTO_CONFIGURATIONS);
        return new SpringApplicationBuilder(RemindersApplication.class)
                .properties(
                        "spring.config.name=" + CONFIG_NAME,
                        "spring.autoconfigure.exclude=" + String.join(",", excluded));
    }

    /**
     * Axon is on the classpath (through infra, and beside the other services on the local stack), but this consumer
     * has no event store and no aggregates: it must not start any of Axon's auto-configuration.
     */
    private static TreeSet<String> axonAutoConfigurations() {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> files = RemindersApplication.class
                    .getClassLoader()
                    .getResources("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
            while (files.hasMoreElements()) {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    reader.lines()
                            .map(String::trim)
                            .filter(line -> line.startsWith("org.axonframework"))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
