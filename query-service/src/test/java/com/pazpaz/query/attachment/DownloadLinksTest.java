package com.pazpaz.query.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signed links: what was issued verifies, anything altered or signed by another secret does not, and expiry. */
class DownloadLinksTest {

    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);
    private static final Instant NOW = Instant.parse("2026-03-03T09:00:00Z");
    private static final DownloadLink LINK = new DownloadLink(
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), false, NOW.plus(Duration.ofMinutes(15)));

    private final DownloadLinks links =
            new DownloadLinks(new DownloadLinkProperties(SECRET), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anIssuedLinkVerifiesToWhatItGrants() {
        assertThat(links.verify(links.issue(LINK))).contains(LINK);
        assertThat(links.expired(LINK)).isFalse();
    }

    @Test
    void anAlteredGrantOrSignatureIsRefused() {
        String token = links.issue(LINK);
        String otherGrant = links.issue(
                new DownloadLink(UUID.randomUUID(), LINK.workspaceId(), LINK.userId(), false, LINK.expiresAt()));
        String swapped = otherGrant.substring(0, otherGrant.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(links.verify(swapped)).isEmpty();
        assertThat(links.verify(token + "x")).isEmpty();
        assertThat(links.verify("garbage")).isEmpty();
        assertThat(links.verify("")).isEmpty();
    }

    @Test
    void aLinkOfAnotherSecretIsRefused() {
        byte[] other = new byte[32];
        other[0] = 1;
        DownloadLinks elsewhere = new DownloadLinks(
                new DownloadLinkProperties(Base64.getEncoder().encodeToString(other)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(links.verify(elsewhere.issue(LINK))).isEmpty();
    }

    @Test
    void aLinkExpiresAtItsExpiry() {
        DownloadLinks later =
                new DownloadLinks(new DownloadLinkProperties(SECRET), Clock.fixed(LINK.expiresAt(), ZoneOffset.UTC));
        assertThat(later.verify(links.issue(LINK))).isPresent();
        assertThat(later.expired(LINK)).isTrue();
    }
}
