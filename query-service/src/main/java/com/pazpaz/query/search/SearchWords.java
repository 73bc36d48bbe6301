package com.pazpaz.query.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes the words of the blind index, the same for what is indexed and what is searched: lower case,
 * accents removed (NFD, combining marks stripped, a few letters NFD does not decompose folded by hand), split on
 * anything that is neither letter nor digit. A word is at least {@value #MIN_LENGTH} characters and is cut at
 * {@value #MAX_LENGTH}, so every token stands for at most that many characters.
 */
public final class SearchWords {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 16;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_DIGITS = Pattern.compile("\\D+");

    private SearchWords() {}

    /** The distinct words of the text, in order of appearance. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : SEPARATORS.split(normalise(text))) {
            if (word.codePointCount(0, word.length()) >= MIN_LENGTH) {
                words.add(cut(word, MAX_LENGTH));
            }
        }
        return words;
    }

    /** Every prefix of every word from {@value #MIN_LENGTH} characters on: what "dan" must find in "Daniël". */
    public static Set<String> prefixes(String text) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String word : words(text)) {
            int length = word.codePointCount(0, word.length());
            for (int n = MIN_LENGTH; n <= length; n++) {
                prefixes.add(cut(word, n));
            }
        }
        return prefixes;
    }

    /** A phone number's digits as one word too, so "0541234567" finds "054-123 4567". */
    public static Set<String> phonePrefixes(String phone) {
        Set<String> prefixes = prefixes(phone);
        if (phone != null) {
            prefixes.addAll(prefixes(NOT_DIGITS.matcher(phone).replaceAll("")));
        }
        return prefixes;
    }

    static String normalise(String text) {
        String folded = text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace('ø', 'o')
                .replace('ł', 'l')
                .replace('đ', 'd')
                .replace('ı', 'i');
        return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    }

    private static String cut(String word, int codePoints) {
        int end = word.offsetByCodePoints(0, Math.min(codePoints, word.codePointCount(0, word.length())));
        return word.substring(0, end);
    }
}
