package com.pazpaz.infra.security;

import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Spring MVC finds a request's handler once, in the dispatcher, and not a second time before the security
 * filters (decision 296).
 *
 * <p>When Spring MVC is present, Spring Security puts {@link HandlerMappingIntrospector#createCacheFilter()}
 * in front of its filter chain, and that filter looks up the handler of every request eagerly, so that
 * request matchers built on Spring MVC's routes ({@code MvcRequestMatcher}) and MVC-based CORS can ask for it
 * cheaply. Our chain uses neither: its matchers are path patterns ({@code PathPatternRequestMatcher}) and it
 * has no CORS configuration. The eager lookup was 14 % of a read's request thread (a walk over every route
 * with a path variable; docs/benchmarks/profile-reads.md). This replaces the introspector's bean by one whose
 * cache filter passes the request on; anything that still asks the introspector gets an uncached answer.
 */
class HandlerLookupOncePerRequest implements BeanFactoryPostProcessor {

    /** The name Spring MVC's configuration and Spring Security's wrapper both use. */
    static final String INTROSPECTOR_BEAN = "mvcHandlerMappingIntrospector";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory instanceof BeanDefinitionRegistry registry
                && registry.containsBeanDefinition(INTROSPECTOR_BEAN)) {
            registry.removeBeanDefinition(INTROSPECTOR_BEAN);
            registry.registerBeanDefinition(
                    INTROSPECTOR_BEAN, new RootBeanDefinition(IntrospectorWithoutLookAhead.class));
        }
    }

    /** The introspector of Spring MVC, without the handler lookup ahead of the dispatcher. */
    static class IntrospectorWithoutLookAhead extends HandlerMappingIntrospector {

        @Override
        public Filter createCacheFilter() {
            return (request, response, chain) -> chain.doFilter(request, response);
        }
    }
}
