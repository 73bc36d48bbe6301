package com.pazpaz.kernel;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.serialization.Revision;

/**
 * The published language stays a plain contract: the JDK, and of the frameworks only the annotations it needs.
 * An allow-list, so a new framework type fails here first: Axon's message annotations (routing a command to its
 * aggregate, the event's revision for upcasting) and Jackson's two for single-value types (a typed id is written as
 * its bare value). No Spring, JPA, Hibernate, Axon runtime or Jackson databind.
 */
@AnalyzeClasses(packages = "com.pazpaz.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheJdkAndTheMessageAnnotations = classes()
            .should()
            .onlyDependOnClassesThat(resideInAnyPackage("java..", "com.pazpaz.kernel..")
                    .or(belongToAnyOf(
                            Revision.class,
                            TargetAggregateIdentifier.class,
                            TargetAggregateVersion.class,
                            JsonCreator.class,
                            JsonValue.class)));

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("com.pazpaz.kernel.(*)..").should().beFreeOfCycles();
}
