package com.pazpaz.kernel.service;

/** The shape rules of a service (R-SVC-2), checked where a message is built. */
final class ServiceRules {

    private ServiceRules() {}

    static void requireName(String name) {
        if (name == null || name.isEmpty() || name.length() > 255) {
            throw new IllegalArgumentException("name must have 1..255 characters");
        }
    }

    static void requireDuration(int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("default_duration_minutes must be greater than 0");
        }
    }
}
