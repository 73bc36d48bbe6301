package com.pazpaz.kernel.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event of the kernel has a published type, language-neutral, versioned and its own. */
class EventTypesTest {

    /** {@code pazpaz.<context>.<event>.v<major>}: lowercase words, no Java name. */
    private static final String TYPE_PATTERN = "pazpaz\\.[a-z]+(_[a-z]+)*\\.[a-z]+(_[a-z]+)*\\.v[1-9][0-9]*";

    @Test
    void everyEventClassHasAType() {
        List<Class<?>> events = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.pazpaz.kernel")
                        .stream()
                        .filter(c -> c.getSimpleName().endsWith("Event") && !c.isNestedClass())
                        .map(JavaClass::reflect)
                        .toList();
        assertThat(events).hasSizeGreaterThan(40);
        assertThat(events)
                .allSatisfy(event ->
                        assertThat(EventTypes.typeOf(event)).as(event.getName()).isPresent());
        assertThat(EventTypes.all().keySet()).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void typesAreUniqueAndLanguageNeutral() {
        assertThat(new HashSet<>(EventTypes.all().values()))
                .hasSameSizeAs(EventTypes.all().values());
        assertThat(EventTypes.all().values())
                .allSatisfy(type -> assertThat(type).matches(TYPE_PATTERN));
    }
}
