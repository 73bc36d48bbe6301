package com.pazpaz.command;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Feature packages of command-service may use each other's public parts, but never in a cycle. */
@AnalyzeClasses(packages = "com.pazpaz.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("com.pazpaz.command.(*)..").should().beFreeOfCycles();
}
