package com.pazpaz.query.search;

/**
 * What a token stands for. The kind is part of the keyed input, so a client's prefix and a note's word never
 * share a token even when they are the same letters.
 */
enum SearchKind {
    CLIENT("client|"),
    NOTE("note|");

    private final String domain;

    SearchKind(String domain) {
        this.domain = domain;
    }

    String domain() {
        return domain;
    }
}
