package com.pazpaz.command.workspace;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenIssuer;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local stack only: a platform administrator mints a token for any user, so scripts can act as anyone.
 * The route does not exist outside the {@code local} profile; production tokens come from the identity provider.
 * Every minted token is recorded in the user's audit trail first ({@link MintedTokenAudit}, decision 167).
 */
@RestController
@Profile("local")
@RequestMapping("/api/v1/dev/tokens")
class DevTokenController {

    private final UserDirectory users;
    private final TokenIssuer tokens;
    private final MintedTokenAudit audit;

    DevTokenController(UserDirectory users, TokenIssuer tokens, MintedTokenAudit audit) {
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
    }

    @PostMapping
    Map<String, String> mint(Actor actor, @Valid @RequestBody TokenRequest request) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("Only a platform administrator mints tokens");
        }
        UserDirectory.UserAccount account = users.find(UserId.of(request.userId()))
                .filter(UserDirectory.UserAccount::active)
                .orElseThrow(RecordNotFoundException::new);
        TokenIssuer.IssuedToken minted =
                tokens.mint(new Actor(account.userId(), account.workspaceId(), account.role()));
        audit.record(actor, account, minted);
        return Map.of("token", minted.token());
    }

    record TokenRequest(@NotNull UUID userId) {}
}
