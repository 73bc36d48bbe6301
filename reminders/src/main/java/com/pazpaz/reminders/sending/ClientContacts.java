package com.pazpaz.reminders.sending;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.JwtProperties;
import com.pazpaz.infra.security.TokenIssuer;
import com.pazpaz.infra.web.CorrelationIdFilter;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.reminders.RemindersProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads a client's name and e-mail from PazPaz Core at send time, through query-service's client endpoint: that
 * read is recorded in the audit trail (a {@code pazpaz.audit.phi_accessed.v1} event naming the reminders
 * service's user and, as correlation id, the reminder's appointment), so every disclosure by e-mail is an audited
 * access. The answer is held in memory for the one e-mail and never stored.
 */
@Component
public class ClientContacts {

    /** What a reminder needs of its client; in memory only. */
    public record Contact(String firstName, String email) {}

    /** The read failed; {@code reason} is safe to record (no PHI), {@code retryable} whether to try again. */
    public static final class ContactUnavailable extends Exception {
        private final String reason;
        private final boolean retryable;

        ContactUnavailable(String reason, boolean retryable) {
            super(reason);
            this.reason = reason;
            this.retryable = retryable;
        }

        public String reason() {
            return reason;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final TokenIssuer tokens;
    private final RemindersProperties properties;

    /**
     * Its own issuer on the wall clock, not on the application's {@code Clock}: query-service checks the token's
     * times against its own clock, while the reminders' "now" may be moved (a test, a replay of a day).
     */
    ClientContacts(JwtProperties jwt, RemindersProperties properties) {
        this.tokens =
                new TokenIssuer(jwt.hmacSecret(), jwt.issuer(), jwt.audience(), jwt.tokenLifetime(), Clock.systemUTC());
        this.properties = properties;
    }

    public Contact read(UUID workspaceId, UUID clientId, UUID appointmentId) throws ContactUnavailable {
        String token = tokens.issue(new Actor(
                UserId.of(properties.serviceUserId().toString()),
                WorkspaceId.of(workspaceId.toString()),
                Role.ASSISTANT));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(properties.queryServiceBaseUrl() + "/api/v1/clients/" + clientId))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header(CorrelationIdFilter.HEADER, appointmentId.toString())
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ContactUnavailable("client_read_failed: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContactUnavailable("client_read_interrupted", true);
        }
        if (response.statusCode() == 404) {
            // the read side may not have the client yet; after the last attempt the reminder is failed
            throw new ContactUnavailable("client_not_found", true);
        }
        if (response.statusCode() != 200) {
            throw new ContactUnavailable("client_read_failed: HTTP " + response.statusCode(), true);
        }
        try {
            JsonNode client = json.readTree(response.body());
            return new Contact(text(client, "first_name"), text(client, "email"));
        } catch (IOException e) {
            throw new ContactUnavailable("client_read_unreadable", false);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
