package com.pazpaz.local;

import com.pazpaz.local.demo.DemoFiles;

/** Real, small files of the accepted types for the attachment tests: the demo practice's own (DemoFiles). */
final class SampleFiles {

    private SampleFiles() {
    }

    /** A PNG of the given size; {@code seed} varies its pixels so that files differ. */
    static byte[] png(int width, int height, int seed) {
        return DemoFiles.png(width, height, seed);
    }

    /** A one-page PDF whose page shows {@code text} in an uncompressed content stream. */
    static byte[] pdf(String text) {
        return DemoFiles.pdf(text);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
