package com.pazpaz.infra.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents the error responses that the shared web conventions give every API operation, so that a new
 * endpoint has them without writing a line: 401 and 403 (security), 404 (a path naming a record), 422 (any
 * input), 409 (a concurrent change to the record a command writes), 412 (a stale {@code If-Match}), 500, and 503
 * (the store cannot be reached; {@code Retry-After}).
 * A response an endpoint declares itself is kept as it is.
 */
class StandardProblemResponses implements OpenApiCustomizer {

    private static final Set<PathItem.HttpMethod> COMMAND_METHODS = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() != null) {
            ProblemSchemas.addTo(openApi.getComponents());
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        addIfAbsent(
                responses,
                401,
                ProblemSchemas.problemResponse(401, "No valid Bearer token", "Authentication required"));
        addIfAbsent(
                responses,
                403,
                ProblemSchemas.problemResponse(
                        403,
                        "The caller's role may not do this (a platform administrator acts in no workspace)",
                        "You are not allowed to do this"));
        if (path.contains("{")) {
            addIfAbsent(
                    responses,
                    404,
                    ProblemSchemas.problemResponse(
                            404,
                            "No such record in the caller's workspace (another practice's record looks the same)",
                            "Resource not found"));
        }
        if (hasInput(operation)) {
            addIfAbsent(responses, 422, ProblemSchemas.validationResponse());
        }
        if (COMMAND_METHODS.contains(method)) {
            addIfAbsent(
                    responses,
                    409,
                    ProblemSchemas.problemResponse(
                            409,
                            "The record was changed by another request at the same moment, or a rule forbids the change",
                            "The record was changed by another request at the same moment; try again"));
        }
        if (hasHeader(operation, "If-Match")) {
            addIfAbsent(
                    responses,
                    412,
                    ProblemSchemas.problemResponse(
                            412,
                            "The record has changed since the version sent in If-Match; nothing was changed",
                            "The record has changed since the version in If-Match (now version 3); read it again"));
        }
        addIfAbsent(
                responses,
                500,
                ProblemSchemas.problemResponse(
                        500,
                        "Unexpected failure",
                        "Internal error; quote the X-Correlation-Id header when reporting it"));
        addIfAbsent(
                responses,
                503,
                ProblemSchemas.problemResponse(
                        503,
                        "The data store cannot be reached (type .../problems/store-unavailable) or, for a command,"
                                + " no turn to execute it came in time (type .../problems/busy); nothing was changed;"
                                + " send it again after the Retry-After seconds",
                        "The data store cannot be reached right now; nothing was changed. Try again in 2 seconds"));
    }

    static boolean hasInput(Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
    }

    static boolean hasHeader(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null
                && parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }

    static void addIfAbsent(ApiResponses responses, int status, ApiResponse response) {
        responses.putIfAbsent(Integer.toString(status), response);
    }
}
