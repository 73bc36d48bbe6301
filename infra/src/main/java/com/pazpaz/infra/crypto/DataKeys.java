package com.pazpaz.infra.crypto;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Creating and destroying data keys: what an aggregate's edge code calls. A key owner is the record whose
 * values one key encrypts (a client; a session note that may be destroyed on its own). Values are then
 * encrypted with {@code FieldCipher} and a {@link FieldBinding} whose {@code keyOwner} is that owner.
 */
public interface DataKeys {

    /**
     * Creates the owner's data key, wrapped under the current master key, unless it has one (then nothing
     * changes). {@code parent} (nullable) is the record the owner belongs to: destroying the parent destroys
     * the owner's key too (a client and its notes).
     *
     * @return the label stored in front of every value the key encrypts
     * @throws KeyDestroyedException when the owner or the parent was erased: nothing new may be written for it
     */
    String createFor(UUID owner, UUID parent);

    /**
     * Creates the data key of an owner whose id was just made at the edge (a client being registered, a note
     * being created), so that it cannot have a key yet: no look-up first. Joins the caller's transaction, so
     * the key commits with the command's events or not at all. The parent's key must be live, as for
     * {@link #createFor}.
     *
     * @return the label stored in front of every value the key encrypts
     */
    String createForNewOwner(UUID owner, UUID parent);

    /**
     * Destroys the owner's data key and those of every owner whose parent it is (crypto-shredding). Joins the
     * caller's transaction. Destroying destroyed keys changes nothing.
     *
     * @return how many keys were destroyed now
     */
    int destroy(UUID owner);

    /**
     * Which of these owners' keys are destroyed, read from the vault itself (never from the cache), so that a
     * reader can tell an erasure committed elsewhere at once. One query, whatever the number of owners.
     */
    Set<UUID> destroyedAmong(Collection<UUID> owners);

    /**
     * Drops every cached key, so that an erasure committed elsewhere is seen now rather than when the cache's
     * entries expire ({@code pazpaz.encryption.key-cache-ttl}).
     */
    void forgetCachedKeys();
}
