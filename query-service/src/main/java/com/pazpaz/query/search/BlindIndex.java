package com.pazpaz.query.search;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens of one search key: HMAC-SHA256 of the kind and the normalised word, cut to {@value #TOKEN_BYTES}
 * bytes. Equal words give equal tokens under one key, which is what makes the look-up an index scan; without the
 * key a token says nothing about its word. Not thread-safe (one {@link Mac}); make one per use.
 */
final class BlindIndex {

    static final int TOKEN_BYTES = 12;

    private final Mac mac;

    BlindIndex(SecretKey searchKey) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(searchKey.getEncoded(), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    byte[] token(SearchKind kind, String word) {
        byte[] full = mac.doFinal((kind.domain() + word).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(full, TOKEN_BYTES);
    }

    /** The distinct tokens of these words, as a set of {@link Token}s (byte arrays compare by identity). */
    Set<Token> tokens(SearchKind kind, Set<String> words) {
        Set<Token> tokens = new LinkedHashSet<>();
        words.forEach(word -> tokens.add(new Token(token(kind, word))));
        return tokens;
    }

    /** A token's bytes with value equality. */
    record Token(byte[] bytes) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Token token && Arrays.equals(bytes, token.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Token";
        }
    }
}
