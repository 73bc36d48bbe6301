package com.pazpaz.infra.crypto;

/** Told whether each key look-up was served from the key cache; the metrics hook implements it. */
public interface KeyCacheListener {

    KeyCacheListener NONE = new KeyCacheListener() {
        @Override
        public void hit() {
            // no metrics wanted
        }

        @Override
        public void miss() {
            // no metrics wanted
        }
    };

    void hit();

    void miss();
}
