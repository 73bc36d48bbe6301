package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.access.PhiRoute;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one mechanism cannot be forgotten (docs/audit.md, "One mechanism"): every handler under {@code /api/v1} of
 * query-service that reads and every handler of command-service is either marked {@code @PhiEndpoint} (its
 * refusals are recorded and, on the query side, {@code PhiReadGuard} makes sure its reads are) or belongs to a
 * controller named here as free of PHI, with the reason. A new controller is neither until its author decides.
 */
class PhiEndpointCoverageTest {

    private static final Map<String, String> FREE_OF_PHI = Map.ofEntries(
            Map.entry("ReportController", "counts and sums per period, owner only; no client is named"),
            Map.entry("EventChainController", "hashes and counts of the event chain"),
            Map.entry("SearchKeyController", "the state of a key rotation job"),
            Map.entry("StorageQueryController", "bytes used and the quota"),
            Map.entry("StorageQuotaController", "the quota"),
            Map.entry("AvailableHoursQueryController", "the practice's opening hours"),
            Map.entry("AvailableHoursController", "the practice's opening hours"),
            Map.entry("UserQueryController", "the practice's staff, not its clients"),
            Map.entry(
                    "UserCommandController",
                    "the practice's staff, not its clients (their names are encrypted; an erasure is its own event)"),
            Map.entry("LocationQueryController", "the practice's rooms and addresses"),
            Map.entry("LocationCommandController", "the practice's rooms and addresses"),
            Map.entry("ServiceQueryController", "the practice's price list"),
            Map.entry("ServiceCommandController", "the practice's price list"),
            Map.entry("ReadModelRebuildController", "an administrator's job"),
            Map.entry("KafkaRefeedController", "an administrator's job"),
            Map.entry(
                    "ErasureReapplicationController",
                    "an administrator re-shreds erased clients after a restore; ids only"),
            Map.entry("DeadLetterController", "positions, event types and failure classes; never event data"),
            Map.entry("KeyRotationController", "an administrator's job on master keys"),
            Map.entry("WorkspaceCommandController", "an administrator opens and closes practices"),
            Map.entry("WorkspaceQueryController", "the practice's name and whether it is open"),
            Map.entry("DevTokenController", "tokens, audited on their own (TokenMintedEvent)"),
            Map.entry("AuditEventsController", "the list and one row hold ids and counts; the export is marked"));

    @Test
    void everyReadOfQueryServiceAndEveryCommandIsMarkedOrNamedFreeOfPhi() {
        List<String> undecided = new ArrayList<>();
        handlers("com.pazpaz.query", true, undecided);
        handlers("com.pazpaz.command", false, undecided);
        assertThat(undecided)
                .as("handlers neither @PhiEndpoint nor named free of PHI in this test")
                .isEmpty();
    }

    @Test
    void theReadsOfClientsNotesAppointmentsPlansAndAttachmentsAreMarked() {
        Set<String> marked = marked("com.pazpaz.query");
        assertThat(marked)
                .contains(
                        "ClientQueryController.get",
                        "ClientSearchController.search",
                        "AppointmentQueryController.list",
                        "SessionQueryController.get",
                        "CarePlanQueryController.get",
                        "AttachmentQueryController.listOfSession",
                        "AuditEventsController.export");
    }

    private static void handlers(String basePackage, boolean readsOnly, List<String> undecided) {
        for (Class<?> controller : controllers(basePackage)) {
            if (FREE_OF_PHI.containsKey(controller.getSimpleName())) {
                continue;
            }
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null
                        || !path(controller, mapping).startsWith("/api/v1")
                        || readsOnly && !Arrays.asList(mapping.method()).contains(RequestMethod.GET)) {
                    continue;
                }
                if (PhiRoute.resourceType(controller, method).isEmpty()) {
                    undecided.add(controller.getSimpleName() + "." + method.getName());
                }
            }
        }
    }

    private static Set<String> marked(String basePackage) {
        return controllers(basePackage).stream()
                .flatMap(controller -> Arrays.stream(controller.getDeclaredMethods())
                        .filter(method -> AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class))
                        .filter(method ->
                                PhiRoute.resourceType(controller, method).isPresent())
                        .map(method -> controller.getSimpleName() + "." + method.getName()))
                .collect(Collectors.toSet());
    }

    private static String path(Class<?> controller, RequestMapping method) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
        String prefix = type == null || type.path().length == 0 ? "" : type.path()[0];
        return prefix + (method.path().length == 0 ? "" : method.path()[0]);
    }

    private static List<Class<?>> controllers(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            found.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        assertThat(found).as("controllers under " + basePackage).isNotEmpty();
        return found;
    }
}
