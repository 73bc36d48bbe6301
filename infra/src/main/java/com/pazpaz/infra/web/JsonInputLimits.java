package com.pazpaz.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;

/**
 * What a JSON request body may hold (issue 13, decision 177). PostgreSQL cannot store a NUL character in text,
 * so a NUL in any string is refused while reading (422, naming the field) instead of failing at the database
 * (500). Nesting depth and string length are bounded by Jackson's own stream constraints; the body's size by
 * {@link RequestBodySizeFilter}, which also bounds how long an array can be.
 */
public final class JsonInputLimits {

    /** Largest JSON body accepted: far above any note (4 SOAP fields of 50,000 characters) plus headers. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    static final int MAX_NESTING_DEPTH = 32;

    private JsonInputLimits() {}

    static Jackson2ObjectMapperBuilderCustomizer customizer() {
        SimpleModule noNul = new SimpleModule("no-nul-in-text");
        noNul.addDeserializer(String.class, new NoNulStringDeserializer());
        return builder -> builder.modulesToInstall(noNul)
                .postConfigurer(mapper -> mapper.getFactory()
                        .setStreamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_NESTING_DEPTH)
                                .maxStringLength(MAX_BODY_BYTES)
                                .build()));
    }

    /** Jackson's string reading, refusing the one character no text column can hold. */
    static final class NoNulStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                // the value is not echoed: it may be PHI
                throw InvalidFormatException.from(parser, "Text must not contain a NUL character", null, String.class);
            }
            return text;
        }
    }
}
