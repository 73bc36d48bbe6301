package com.pazpaz.query;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Feature packages of query-service may use each other's public parts, but never in a cycle. */
@AnalyzeClasses(packages = "com.pazpaz.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("com.pazpaz.query.(*)..").should().beFreeOfCycles();
}
