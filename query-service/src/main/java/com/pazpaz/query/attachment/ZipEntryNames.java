package com.pazpaz.query.attachment;

import java.util.HashSet;
import java.util.Set;

/** R-ATT-9: each file under its display name; a repeated name becomes {@code name (2).ext}, {@code name (3).ext}. */
final class ZipEntryNames {

    private final Set<String> used = new HashSet<>();

    String unique(String name) {
        if (used.add(name)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            String candidate = base + " (" + n + ")" + extension;
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }
}
