package com.pazpaz.command.common;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.TypedId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A record about one client that the caller may act on (a note, a plan of care): its id, the caller's workspace and
 * the client whose key encrypts its text.
 *
 * @param <I> the record's id
 */
public record ClientRecord<I extends TypedId>(I id, WorkspaceId workspace, ClientId client) {

    /**
     * The record in the caller's workspace, found before anything is encrypted or checked; 404 for a record that
     * does not exist there.
     *
     * @param clientOf the feature's lookup: the record's client in a workspace, empty where it is not
     */
    public static <I extends TypedId> ClientRecord<I> find(
            Actor actor, I id, BiFunction<I, WorkspaceId, Optional<ClientId>> clientOf) {
        WorkspaceId workspace = actor.requireWorkspace();
        ClientId client = clientOf.apply(id, workspace).orElseThrow(RecordNotFoundException::new);
        return new ClientRecord<>(id, workspace, client);
    }
}
