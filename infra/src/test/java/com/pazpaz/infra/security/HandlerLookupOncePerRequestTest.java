package com.pazpaz.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/** The filter Spring Security puts before its chain passes the request on without a handler lookup (decision 296). */
class HandlerLookupOncePerRequestTest {

    @Test
    void theIntrospectorsCacheFilterPassesTheRequestOnUntouched() throws Exception {
        GenericWebApplicationContext beans = new GenericWebApplicationContext(new MockServletContext());
        beans.registerBeanDefinition(
                HandlerLookupOncePerRequest.INTROSPECTOR_BEAN,
                new RootBeanDefinition(HandlerMappingIntrospector.class));
        beans.addBeanFactoryPostProcessor(new HandlerLookupOncePerRequest());
        beans.refresh();

        HandlerMappingIntrospector introspector =
                beans.getBean(HandlerLookupOncePerRequest.INTROSPECTOR_BEAN, HandlerMappingIntrospector.class);
        Filter cacheFilter = introspector.createCacheFilter();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/clients/42");
        List<String> attributesSeenByTheChain = new ArrayList<>();
        cacheFilter.doFilter(request, new MockHttpServletResponse(), (passed, response) -> {
            assertThat(passed).isSameAs(request);
            attributesSeenByTheChain.addAll(Collections.list(passed.getAttributeNames()));
        });

        assertThat(attributesSeenByTheChain)
                .as("no handler looked up and cached for the filters behind it")
                .isEmpty();
    }

    @Test
    void leavesAContextWithoutSpringMvcAlone() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

        new HandlerLookupOncePerRequest().postProcessBeanFactory(beans);

        assertThat(beans.containsBeanDefinition(HandlerLookupOncePerRequest.INTROSPECTOR_BEAN))
                .isFalse();
    }
}
