package com.pazpaz.query.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.SecretKey;

/**
 * The tokens of one search key: HMAC-SHA256 (RFC 2104) of the kind and the normalised word, cut to
 * {@value #TOKEN_BYTES} bytes. Equal words give equal tokens under one key, which is what makes the look-up an
 * index scan; without the key a token says nothing about its word.
 *
 * <p>The HMAC is computed from two SHA-256 states made once per key, the inner one after {@code key ⊕ ipad} and
 * the outer one after {@code key ⊕ opad}, each cloned per token: a token then costs two SHA-256 blocks instead of
 * the four that {@code javax.crypto.Mac} spends re-hashing the padded key each time. A client has dozens of
 * prefixes, so this is a third of a rebuild's CPU (docs/benchmarks/profile-commands.md). The output is the
 * standard HMAC, bit for bit ({@code BlindIndexTest} compares it with {@code Mac}). Not thread-safe; make one per
 * use.
 */
final class BlindIndex {

    static final int TOKEN_BYTES = 12;
    private static final int BLOCK_BYTES = 64;

    private final MessageDigest inner;
    private final MessageDigest outer;

    BlindIndex(SecretKey searchKey) {
        byte[] key = searchKey.getEncoded();
        if (key.length > BLOCK_BYTES) {
            throw new IllegalArgumentException("a search key is at most " + BLOCK_BYTES + " bytes");
        }
        byte[] innerPad = new byte[BLOCK_BYTES];
        byte[] outerPad = new byte[BLOCK_BYTES];
        for (int i = 0; i < BLOCK_BYTES; i++) {
            byte keyByte = i < key.length ? key[i] : 0;
            innerPad[i] = (byte) (keyByte ^ 0x36);
            outerPad[i] = (byte) (keyByte ^ 0x5c);
        }
        inner = sha256();
        inner.update(innerPad);
        outer = sha256();
        outer.update(outerPad);
        Arrays.fill(key, (byte) 0);
        Arrays.fill(innerPad, (byte) 0);
        Arrays.fill(outerPad, (byte) 0);
    }

    byte[] token(SearchKind kind, String word) {
        MessageDigest innerHash = copy(inner);
        innerHash.update((kind.domain() + word).getBytes(StandardCharsets.UTF_8));
        MessageDigest outerHash = copy(outer);
        outerHash.update(innerHash.digest());
        return Arrays.copyOf(outerHash.digest(), TOKEN_BYTES);
    }

    /** The distinct tokens of these words, as a set of {@link Token}s (byte arrays compare by identity). */
    Set<Token> tokens(SearchKind kind, Set<String> words) {
        Set<Token> tokens = new LinkedHashSet<>();
        words.forEach(word -> tokens.add(new Token(token(kind, word))));
        return tokens;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static MessageDigest copy(MessageDigest state) {
        try {
            return (MessageDigest) state.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 state cannot be copied", e);
        }
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
