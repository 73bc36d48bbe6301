package com.pazpaz.command.common;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires {@link ExpectedVersion} into the web layer: the argument resolver, and the API document, which shows
 * it as the optional {@code If-Match} header it is read from (the standard 412 answer follows from that).
 */
@Configuration(proxyBeanMethods = false)
class ExpectedVersionConfiguration implements WebMvcConfigurer {

    static {
        // not a request body or query object: the header below documents it
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedVersion.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ExpectedVersionResolver());
    }

    @Bean
    OperationCustomizer ifMatchHeader() {
        return (operation, handlerMethod) -> {
            boolean takesVersion = Arrays.stream(handlerMethod.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == ExpectedVersion.class);
            if (takesVersion) {
                operation.addParametersItem(new HeaderParameter()
                        .name(ExpectedVersion.HEADER)
                        .required(false)
                        .description("The record version the change is based on (412 when it is stale)")
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }
}
