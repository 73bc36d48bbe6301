package com.pazpaz.local;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;

/**
 * What a feature package of a service is, and which of its types other features may use. A feature is a package
 * right below a service's root ({@code com.pazpaz.command.session}, sub-packages included); {@code common} is the
 * shared toolbox, not a feature. Its published types are the public ones in its top-level package, except the
 * ones only the framework calls: the aggregate and the controllers. (A lookup that is also an event handler, such
 * as {@code AppointmentCalendar}, is published: its handlers are package-private.) Sub-packages such as
 * {@code attachment.file} are the feature's own, whatever their classes' visibility.
 */
final class FeaturePackages {

    static final String PUBLISHED =
            "public types of the feature's top-level package that are not an aggregate or a controller";

    private static final List<String> SERVICE_ROOTS = List.of("com.pazpaz.command", "com.pazpaz.query");
    private static final String SHARED_PACKAGE = "common";
    private static final String AGGREGATE = "org.axonframework.spring.stereotype.Aggregate";
    /** Types only the framework calls: another feature has no business with them even when they are public. */
    private static final List<String> FRAMEWORK_ENTRY_POINTS =
            List.of(AGGREGATE, "org.springframework.stereotype.Controller");

    static final DescribedPredicate<JavaClass> INSIDE_A_FEATURE = DescribedPredicate.describe(
            "are inside a feature package", type -> featureOf(type).isPresent());

    static final DescribedPredicate<JavaClass> AGGREGATE_OR_NESTED_IN_ONE =
            DescribedPredicate.describe("are aggregates or nested in one", FeaturePackages::isAggregateOrNestedInOne);

    static final ArchCondition<JavaClass> USE_OTHER_FEATURES_ONLY_THROUGH_THEIR_PUBLISHED_TYPES =
            new ArchCondition<>("use other features only through their published types") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Feature own = featureOf(origin).orElseThrow();
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        featureOf(target)
                                .filter(other ->
                                        !other.equals(own) && !other.name().equals(SHARED_PACKAGE))
                                .filter(other -> !isPublished(target, other))
                                .ifPresent(other -> events.add(SimpleConditionEvent.violated(
                                        dependency,
                                        dependency.getDescription() + ", which is internal to feature "
                                                + other.name())));
                    }
                }
            };

    private FeaturePackages() {}

    /** A feature: its service's root package and its own name below it. */
    record Feature(String root, String name) {
        String packageName() {
            return root + "." + name;
        }
    }

    static Optional<Feature> featureOf(JavaClass type) {
        String packageName = type.getPackageName();
        return SERVICE_ROOTS.stream()
                .filter(root -> packageName.startsWith(root + "."))
                .findFirst()
                .map(root -> new Feature(
                        root, packageName.substring(root.length() + 1).split("\\.")[0]));
    }

    private static boolean isPublished(JavaClass type, Feature feature) {
        return type.getPackageName().equals(feature.packageName())
                && isPublicAllTheWayOut(type)
                && FRAMEWORK_ENTRY_POINTS.stream().noneMatch(type::isMetaAnnotatedWith)
                && FRAMEWORK_ENTRY_POINTS.stream().noneMatch(type::isAnnotatedWith);
    }

    private static boolean isPublicAllTheWayOut(JavaClass type) {
        Optional<JavaClass> enclosing = type.getEnclosingClass();
        return type.getModifiers().contains(JavaModifier.PUBLIC)
                && enclosing.map(FeaturePackages::isPublicAllTheWayOut).orElse(true);
    }

    private static boolean isAggregateOrNestedInOne(JavaClass type) {
        return type.isAnnotatedWith(AGGREGATE)
                || type.getEnclosingClass()
                        .map(FeaturePackages::isAggregateOrNestedInOne)
                        .orElse(false);
    }
}
