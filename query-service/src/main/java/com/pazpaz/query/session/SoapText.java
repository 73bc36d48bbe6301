package com.pazpaz.query.session;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The four SOAP fields in plaintext, as answered to an authorised reader. */
record SoapText(String subjective, String objective, String assessment, String plan) {

    /** The non-empty fields joined by single spaces, so a search phrase may span a field boundary (§1.8). */
    String joined() {
        return Stream.of(subjective, objective, assessment, plan)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }
}
