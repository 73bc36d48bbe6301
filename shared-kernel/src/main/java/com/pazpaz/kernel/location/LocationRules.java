package com.pazpaz.kernel.location;

/** The shape rules of a location, checked where a message is built. */
final class LocationRules {

    private LocationRules() {}

    static void requireName(String name) {
        if (name == null || name.isEmpty() || name.length() > 255) {
            throw new IllegalArgumentException("name must have 1..255 characters");
        }
    }
}
