package com.pazpaz.infra.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;

/** The RFC 9457 problem bodies every error response of the API has, as OpenAPI schemas and responses. */
public final class ProblemSchemas {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String PROBLEM = "Problem";
    static final String VALIDATION_PROBLEM = "ValidationProblem";

    private ProblemSchemas() {}

    static void addTo(Components components) {
        components.addSchemas(PROBLEM, problem());
        components.addSchemas(
                VALIDATION_PROBLEM,
                problem()
                        .description(
                                "A request that failed validation; each offending field is listed, never its value")
                        .addProperty(
                                "errors",
                                new ArraySchema()
                                        .items(new ObjectSchema()
                                                .addProperty("field", new StringSchema().example("last_name"))
                                                .addProperty(
                                                        "message", new StringSchema().example("must not be null")))));
    }

    /** A problem response with this description and an example detail. */
    public static ApiResponse problemResponse(int status, String description, String exampleDetail) {
        return response(
                PROBLEM, status, description, Map.of("type", "about:blank", "status", status, "detail", exampleDetail));
    }

    /** The 422 response listing the invalid fields. */
    public static ApiResponse validationResponse() {
        return response(
                VALIDATION_PROBLEM,
                422,
                "The request is malformed or fails validation",
                Map.of(
                        "type",
                        "about:blank",
                        "status",
                        422,
                        "detail",
                        "Validation failed",
                        "errors",
                        List.of(Map.of("field", "last_name", "message", "must not be null"))));
    }

    private static ApiResponse response(String schema, int status, String description, Object example) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                MEDIA_TYPE,
                                new MediaType()
                                        .schema(new Schema<>().$ref("#/components/schemas/" + schema))
                                        .example(example)));
    }

    private static ObjectSchema problem() {
        ObjectSchema schema = new ObjectSchema();
        schema.description("RFC 9457 problem details; quote the X-Correlation-Id response header when reporting one");
        schema.addProperty("type", new StringSchema().example("about:blank"));
        schema.addProperty("title", new StringSchema().example("Not Found"));
        schema.addProperty("status", new IntegerSchema().example(404));
        schema.addProperty("detail", new StringSchema().example("Resource not found"));
        schema.addProperty("instance", new StringSchema().example("/api/v1/clients/5f0c…"));
        return schema;
    }
}
