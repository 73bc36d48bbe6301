package com.pazpaz.infra.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureTagsTest {

    @Test
    void theInnermostSegmentNamingAFeatureIsTheTag() {
        assertThat(FeatureTags.featureOf("/api/v1/clients")).isEqualTo("Clients");
        assertThat(FeatureTags.featureOf("/api/v1/clients/{clientId}")).isEqualTo("Clients");
        assertThat(FeatureTags.featureOf("/api/v1/clients/{clientId}/attachments/{attachmentId}/download"))
                .isEqualTo("Attachments");
        assertThat(FeatureTags.featureOf("/api/v1/clients/{clientId}/care-plans"))
                .isEqualTo("Care plans");
        assertThat(FeatureTags.featureOf("/api/v1/sessions/{sessionId}/amend")).isEqualTo("Sessions");
        assertThat(FeatureTags.featureOf("/api/v1/admin/key-rotations")).isEqualTo("Administration");
    }

    @Test
    void aSegmentNotListedIsItsOwnTag() {
        assertThat(FeatureTags.featureOf("/api/v1/invoices/{id}")).isEqualTo("Invoices");
        assertThat(FeatureTags.featureOf("/api/v1/waiting-list")).isEqualTo("Waiting list");
    }
}
