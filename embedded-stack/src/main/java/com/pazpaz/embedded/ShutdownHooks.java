package com.pazpaz.embedded;

/** Registers and removes JVM shutdown hooks without tripping over a JVM that is already exiting. */
final class ShutdownHooks {

    private ShutdownHooks() {}

    static Thread register(String name, Runnable action) {
        Thread hook = new Thread(action, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Removes the hook unless it is the calling thread or the JVM is already shutting down (then it runs anyway). */
    static void unregister(Thread hook) {
        if (Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException jvmAlreadyExiting) {
            // Nothing to do: removing hooks is not allowed once shutdown has begun.
        }
    }
}
