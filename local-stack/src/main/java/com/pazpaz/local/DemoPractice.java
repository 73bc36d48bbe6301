package com.pazpaz.local;

import com.pazpaz.command.workspace.StaffCipher;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenIssuer;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.CreateWorkspaceCommand;
import com.pazpaz.kernel.workspace.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The demo practice of the local stack: created once (its ids kept in {@code <data>/demo.properties}), and on
 * every start fresh tokens for its owner and for the platform administrator in the data directory.
 */
public final class DemoPractice {

    static final String OWNER_TOKEN_FILE = "demo-owner.token";
    static final String ADMIN_TOKEN_FILE = "platform-admin.token";
    private static final String IDS_FILE = "demo.properties";

    private DemoPractice() {}

    /** Makes sure the demo practice exists and writes both token files; returns the owner's actor. */
    public static Actor ensure(LocalStack stack) {
        Path data = stack.dataDirectory();
        Path idsFile = data.resolve(IDS_FILE);
        Actor admin = new Actor(UserId.of(stack.secrets().platformAdminId()), null, Role.PLATFORM_ADMIN);
        Actor owner = Files.exists(idsFile) ? readOwner(idsFile) : create(stack, admin, idsFile);
        TokenIssuer tokens = stack.commandService().getBean(TokenIssuer.class);
        writePrivate(data.resolve(OWNER_TOKEN_FILE), tokens.issue(owner));
        writePrivate(data.resolve(ADMIN_TOKEN_FILE), tokens.issue(admin));
        return owner;
    }

    private static Actor create(LocalStack stack, Actor admin, Path idsFile) {
        WorkspaceId workspaceId = WorkspaceId.of(UUID.randomUUID());
        UserId ownerId = UserId.of(UUID.randomUUID());
        // no request, hence no command transaction: a failure here leaves at most an unused key behind
        StaffCipher.Sealed owner = stack.commandService()
                .getBean(StaffCipher.class)
                .sealForNewUser(ownerId, "owner@demo.pazpaz.local", "Demo Owner");
        CreateWorkspaceCommand command = new CreateWorkspaceCommand(
                workspaceId, "Demo Practice", ownerId, owner.email(), owner.fullName(), Instant.now());
        stack.commandService()
                .getBean(CommandGateway.class)
                .sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(Map.of(
                                MetadataKeys.USER_ID, admin.userId().toString(),
                                MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString(),
                                MetadataKeys.USER_AGENT, "pazpaz-local-stack")));
        Properties ids = new Properties();
        ids.setProperty("workspace.id", workspaceId.toString());
        ids.setProperty("owner.id", ownerId.toString());
        try (var writer = Files.newBufferedWriter(idsFile)) {
            ids.store(writer, "Demo practice of the local stack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Actor(ownerId, workspaceId, Role.OWNER);
    }

    private static Actor readOwner(Path idsFile) {
        Properties ids = new Properties();
        try (var reader = Files.newBufferedReader(idsFile)) {
            ids.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Actor(
                UserId.of(ids.getProperty("owner.id")), WorkspaceId.of(ids.getProperty("workspace.id")), Role.OWNER);
    }

    private static void writePrivate(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(
                    file,
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
