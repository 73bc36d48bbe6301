package com.pazpaz.infra.apidocs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.security.Actor;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document of a service ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}), generated
 * from its controllers: Bearer JWT security, snake_case schemas like the JSON on the wire, and the standard
 * problem responses on every operation.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {

    private static final String BEARER = "bearer-jwt";

    static {
        // the caller comes from the token, never from the request: not a parameter of the API
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI apiDocument(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info()
                        .title("PazPaz " + service)
                        .version("v1")
                        .description("Event-sourced practice management API; docs/api.md states the conventions"))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Schemas named as the API's ObjectMapper names properties (snake_case), not as the Java fields are. */
    @Bean
    ModelResolver apiModelResolver(ObjectMapper objectMapper) {
        return new ModelResolver(objectMapper);
    }

    @Bean
    OpenApiCustomizer standardProblemResponses() {
        return new StandardProblemResponses();
    }

    /** Tags by feature ("Clients", "Sessions"), the same in both services' documents (docs/decisions.md 164). */
    @Bean
    OpenApiCustomizer featureTags() {
        return new FeatureTags();
    }
}
