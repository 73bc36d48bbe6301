package com.pazpaz.infra.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Data keys from the key vault, unwrapped with the master key version each is wrapped under, and kept in a
 * small cache for a short time: a destroyed key stops working on every service within the cache's time to
 * live at the latest. Labels that are not data-key labels name the static keys of configuration (values
 * written before per-client keys), readable but never written with.
 */
public class VaultKeyRing implements KeyRing, DataKeys {

    private final KeyVault vault;
    private final MasterKeyProvider masterKeys;
    private final Map<String, SecretKey> staticKeys;
    private final Cache<Long, CachedKey> keysById;
    private final Cache<UUID, Long> idsByOwner;

    private final KeyCacheListener cacheListener;

    VaultKeyRing(
            KeyVault vault,
            MasterKeyProvider masterKeys,
            Map<String, SecretKey> staticKeys,
            Duration cacheTtl,
            long cacheSize) {
        this(vault, masterKeys, staticKeys, cacheTtl, cacheSize, KeyCacheListener.NONE);
    }

    VaultKeyRing(
            KeyVault vault,
            MasterKeyProvider masterKeys,
            Map<String, SecretKey> staticKeys,
            Duration cacheTtl,
            long cacheSize,
            KeyCacheListener cacheListener) {
        this.cacheListener = cacheListener;
        this.vault = vault;
        this.masterKeys = masterKeys;
        this.staticKeys = Map.copyOf(staticKeys);
        this.keysById = Caffeine.newBuilder()
                .expireAfterWrite(cacheTtl)
                .maximumSize(cacheSize)
                .build();
        this.idsByOwner = Caffeine.newBuilder()
                .expireAfterWrite(cacheTtl)
                .maximumSize(cacheSize)
                .build();
    }

    /** Number of unwrapped keys held in memory now. */
    long cachedKeys() {
        return keysById.estimatedSize();
    }

    @Override
    public LabelledKey currentKeyFor(UUID keyOwner) {
        Long id = idsByOwner.get(
                keyOwner, owner -> vault.findByOwner(owner).map(this::remember).orElse(null));
        if (id == null) {
            throw new NoDataKeyException(keyOwner);
        }
        String label = DataKeyLabel.of(id);
        return new LabelledKey(label, keyByLabel(label).orElseThrow(() -> new NoDataKeyException(keyOwner)));
    }

    @Override
    public Optional<SecretKey> keyByLabel(String label) {
        OptionalLong id = DataKeyLabel.idOf(label);
        if (id.isEmpty()) {
            return Optional.ofNullable(staticKeys.get(label));
        }
        CachedKey cached = keysById.getIfPresent(id.getAsLong());
        if (cached != null) {
            cacheListener.hit();
        } else {
            cacheListener.miss();
            cached = keysById.get(
                    id.getAsLong(), key -> vault.findById(key).map(this::unwrap).orElse(null));
        }
        if (cached == null) {
            return Optional.empty();
        }
        if (cached.key() == null) {
            throw new KeyDestroyedException(label);
        }
        return Optional.of(cached.key());
    }

    @Override
    public void prefetch(Collection<String> labels) {
        Set<Long> missing = new HashSet<>();
        for (String label : labels) {
            DataKeyLabel.idOf(label).ifPresent(id -> {
                if (keysById.getIfPresent(id) == null) {
                    missing.add(id);
                }
            });
        }
        if (missing.isEmpty()) {
            return;
        }
        for (StoredDataKey stored : vault.findByIds(missing)) {
            keysById.put(stored.id(), unwrap(stored));
        }
    }

    @Override
    public String createFor(UUID owner, UUID parent) {
        Optional<StoredDataKey> existing = vault.findByOwner(owner);
        if (existing.isPresent()) {
            return labelOfLive(existing.get());
        }
        return createForNewOwner(owner, parent);
    }

    @Override
    public String createForNewOwner(UUID owner, UUID parent) {
        if (parent != null) {
            vault.findByOwner(parent).ifPresent(VaultKeyRing::labelOfLive);
        }
        long id = vault.nextId();
        SecretKey key = Gcm.randomKey();
        MasterKey master = masterKeys.current();
        StoredDataKey stored =
                new StoredDataKey(id, owner, parent, master.version(), KeyWrapper.wrap(master, id, owner, key));
        if (!vault.insertIfAbsent(stored)) {
            return labelOfLive(vault.findByOwner(owner).orElseThrow(() -> new NoDataKeyException(owner)));
        }
        keysById.put(id, new CachedKey(owner, key));
        idsByOwner.put(owner, id);
        forgetIfRolledBack(owner, id);
        return stored.label();
    }

    /** A key cached for the values of a command whose transaction then rolls back must not outlive it. */
    private void forgetIfRolledBack(UUID owner, long id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    keysById.invalidate(id);
                    idsByOwner.invalidate(owner);
                }
            }
        });
    }

    @Override
    public int destroy(UUID owner) {
        List<Long> destroyed = vault.destroy(owner);
        keysById.invalidateAll(destroyed);
        idsByOwner.invalidate(owner);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a reader may cache the still-committed key until this transaction commits
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetCachedKeys();
                }
            });
        }
        return destroyed.size();
    }

    @Override
    public Set<UUID> destroyedAmong(Collection<UUID> owners) {
        return vault.destroyedOwners(owners);
    }

    @Override
    public void forgetCachedKeys() {
        keysById.invalidateAll();
        idsByOwner.invalidateAll();
    }

    private static String labelOfLive(StoredDataKey key) {
        if (key.destroyed()) {
            throw new KeyDestroyedException(key.label());
        }
        return key.label();
    }

    private long remember(StoredDataKey stored) {
        keysById.put(stored.id(), unwrap(stored));
        return stored.id();
    }

    private CachedKey unwrap(StoredDataKey stored) {
        if (stored.destroyed()) {
            return new CachedKey(stored.owner(), null);
        }
        MasterKey master = masterKeys
                .version(stored.masterVersion())
                .orElseThrow(() -> new IllegalStateException("Master key version " + stored.masterVersion()
                        + " of data key " + stored.label() + " is not configured"));
        return new CachedKey(stored.owner(), KeyWrapper.unwrap(master, stored.id(), stored.owner(), stored.wrapped()));
    }

    /** An unwrapped data key, or a destroyed one ({@code key == null}), which stays destroyed. */
    private record CachedKey(UUID owner, SecretKey key) {

        @Override
        public String toString() {
            return "CachedKey[" + owner + (key == null ? ", destroyed]" : "]");
        }
    }
}
