package com.pazpaz.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.InstantSource;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The form of the two package-by-feature services (STYLE.md), checked on their compiled classes. It lives here
 * because local-stack is the one module that sees command-service and query-service together, so each rule has one
 * home; the kernel's own rule stays beside the kernel ({@code KernelArchitectureTest}).
 */
@AnalyzeClasses(
        packages = {"com.pazpaz.command", "com.pazpaz.query"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ServiceArchitectureTest {

    @ArchTest
    static final ArchRule commandFeaturesAreFreeOfCycles =
            slices().matching("com.pazpaz.command.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule queryFeaturesAreFreeOfCycles =
            slices().matching("com.pazpaz.query.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresUseEachOtherOnlyThroughTheirPublishedTypes = classes()
            .that(FeaturePackages.INSIDE_A_FEATURE)
            .should(FeaturePackages.USE_OTHER_FEATURES_ONLY_THROUGH_THEIR_PUBLISHED_TYPES)
            .as("a feature uses another feature only through its published types (" + FeaturePackages.PUBLISHED
                    + "); the common package is open to all");

    /** Ids and business time are decided at the edge and passed in, so aggregate tests compare events by equality. */
    @ArchTest
    static final ArchRule aggregatesReadNoClockAndDrawNoRandomness = noClasses()
            .that(FeaturePackages.AGGREGATE_OR_NESTED_IN_ONE)
            .should()
            .callMethodWhere(readsTheClockOrDrawsRandomness())
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(
                    Clock.class,
                    InstantSource.class,
                    Random.class,
                    SecureRandom.class,
                    SplittableRandom.class,
                    ThreadLocalRandom.class)
            .because("STYLE.md: an aggregate never calls UUID.randomUUID() or Instant.now(); they come with the"
                    + " command");

    private static DescribedPredicate<JavaMethodCall> readsTheClockOrDrawsRandomness() {
        return DescribedPredicate.describe(
                "reads the clock or draws randomness (java.time *.now, UUID.randomUUID, System.currentTimeMillis,"
                        + " System.nanoTime, Math.random)",
                ServiceArchitectureTest::readsTheClockOrDrawsRandomness);
    }

    private static boolean readsTheClockOrDrawsRandomness(JavaAccess<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return (owner.startsWith("java.time.") && name.equals("now"))
                || (owner.equals("java.util.UUID") && name.equals("randomUUID"))
                || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
                || (owner.equals("java.lang.Math") && name.equals("random"))
                || (owner.equals("java.lang.StrictMath") && name.equals("random"));
    }
}
