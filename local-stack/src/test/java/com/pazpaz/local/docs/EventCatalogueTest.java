package com.pazpaz.local.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.kafka.EventRecordHeaders;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.contract.EventTypes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * docs/event-catalogue.md lists every event of the shared kernel: its meaning (from its Javadoc), its
 * revision, its fields and which of them are ciphertext, plus the metadata and Kafka headers every event
 * carries. It is generated from the code and must match it.
 */
class EventCatalogueTest {

    private static final String DOCUMENT = "event-catalogue.md";

    @Test
    void everyEventIsARevisedWorkspaceScopedRecord() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> event : events()) {
            if (!event.isRecord()) {
                problems.add(event.getName() + " is not a record");
            }
            if (!event.isAnnotationPresent(Revision.class)) {
                problems.add(event.getName() + " has no @Revision");
            }
            if (!WorkspaceScoped.class.isAssignableFrom(event)) {
                problems.add(event.getName() + " does not implement WorkspaceScoped");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theEventCatalogueMatchesTheEvents() throws Exception {
        StringBuilder doc = new StringBuilder("""
                # Event catalogue

                Generated from the event records of `shared-kernel` by `EventCatalogueTest`; do not edit by hand.
                Events are stored as JSON in `event_store.domain_event_entry` (field names as below) and published
                to Kafka with the same JSON. **Encrypted** fields hold base64 of the ciphertext layout of
                [encryption.md](encryption.md), never plaintext. Changing an event's fields means a new
                `@Revision` and an upcaster for the stored older revisions.
                """);
        EventFields fields = new EventFields();
        String previousPackage = "";
        for (Class<?> event : events()) {
            String feature =
                    event.getPackageName().substring(event.getPackageName().lastIndexOf('.') + 1);
            if (!feature.equals(previousPackage)) {
                doc.append("\n## ").append(feature).append('\n');
                previousPackage = feature;
            }
            Revision revision = event.getAnnotation(Revision.class);
            doc.append("\n### ")
                    .append(event.getSimpleName())
                    .append("\n\n")
                    .append(EventJavadoc.summaryOf(event, GeneratedDocument.projectRoot()))
                    .append("\n\n")
                    .append("Type `")
                    .append(event.getName())
                    .append("`, revision ")
                    .append(revision == null ? "none" : "`" + revision.value() + "`")
                    .append("; published on Kafka as `")
                    .append(EventTypes.typeOf(event).orElse("(none)"))
                    .append("` ([schema](contract/schemas/")
                    .append(EventTypes.typeOf(event).orElse("none"))
                    .append(".json)).\n\n")
                    .append("| field | type | encrypted |\n|---|---|---|\n");
            fields.of(event)
                    .forEach(field -> doc.append("| `")
                            .append(field.path())
                            .append("` | ")
                            .append(field.type())
                            .append(" | ")
                            .append(field.encrypted() ? "**yes**" : "no")
                            .append(" |\n"));
        }
        doc.append("\n## Metadata of every event\n\n")
                .append("Set from the request that caused the event (`MetadataKeys`); `importedFrom` and "
                        + "`originalTime` only on events the importer appended (docs/import.md). PHI never goes here."
                        + "\n\n");
        constants(MetadataKeys.class)
                .forEach(key -> doc.append("* `").append(key).append("`\n"));
        doc.append("\n## Kafka\n\nTopic `pazpaz.events` (`pazpaz.kafka.topic`), key: the workspace id. Value: the "
                + "event JSON. CloudEvents 1.0 headers, binary mode (`EventRecordHeaders`; see "
                + "[consumers.md](consumers.md) and [contract/asyncapi.yaml](contract/asyncapi.yaml)):\n\n");
        constants(EventRecordHeaders.class)
                .forEach(key -> doc.append("* `").append(key).append("`\n"));
        GeneratedDocument.check(DOCUMENT, doc.toString(), getClass().getSimpleName());
    }

    /** Every class in the kernel whose name ends in Event, by package then name. */
    static List<Class<?>> events() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*Event")));
        List<Class<?>> events = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.pazpaz.kernel")) {
            events.add(ClassUtils.forName(candidate.getBeanClassName(), EventCatalogueTest.class.getClassLoader()));
        }
        events.sort(Comparator.comparing((Class<?> c) -> c.getPackageName()).thenComparing(Class::getSimpleName));
        return events;
    }

    private static List<String> constants(Class<?> holder) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}
