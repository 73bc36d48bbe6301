package com.pazpaz.local;

/** Byte checks for the attachment tests; the files themselves are the demo practice's ({@code DemoFiles}). */
final class SampleFiles {

    private SampleFiles() {}

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
