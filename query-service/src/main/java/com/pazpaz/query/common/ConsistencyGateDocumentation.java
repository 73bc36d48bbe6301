package com.pazpaz.query.common;

import com.pazpaz.infra.apidocs.ProblemSchemas;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents what {@link ConsistencyGate} adds to every query: the optional {@code X-Consistency-Position}
 * header, 422 when it is malformed, and 504 when the read model does not reach it in time.
 */
class ConsistencyGateDocumentation implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/") && item.getGet() != null) {
                document(item.getGet());
            }
        });
    }

    private static void document(Operation operation) {
        operation.addParametersItem(new Parameter()
                .in("header")
                .name(ConsistencyGate.HEADER)
                .required(false)
                .description("Answer only once the read model has applied this event position (from a command "
                        + "response); 504 after pazpaz.consistency.max-wait")
                .schema(new IntegerSchema()
                        .format("int64")
                        .minimum(java.math.BigDecimal.ZERO)
                        .example(42)));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.putIfAbsent("422", ProblemSchemas.validationResponse());
        responses.putIfAbsent(
                "504",
                ProblemSchemas.problemResponse(
                        504,
                        "The read model has not reached X-Consistency-Position within the wait; retry shortly",
                        "The read model has not reached position 42 yet; retry shortly"));
    }
}
