package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.importer.ImportReport;
import com.pazpaz.importer.ReferenceObjects;
import com.pazpaz.infra.blob.BlobStoreException;
import com.pazpaz.infra.blob.BlobStoreProperties;
import com.pazpaz.infra.blob.s3.S3MockAccess;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The importer reads the reference's attachment objects straight from its S3 bucket (docs/import.md, decision
 * 211): a real S3-compatible server (infra's S3Mock) holds the reference practice's objects under the reference's
 * keys, the import is configured as an operator configures it ({@code PAZPAZ_IMPORT_REFERENCE_S3_*}), and the files
 * read back through this system's API byte for byte; the object the bucket lacks is reported as skipped.
 */
class ReferenceImportFromBucketTest {

    private static ReferencePractice practice;
    private static String bucket;
    private static ImportReport report;
    private static Api reads;

    @BeforeAll
    static void importAPracticeWhoseObjectsAreInItsBucket() throws Exception {
        practice = ReferencePractice.create();
        bucket = "reference-" + practice.workspace;
        try (S3Client s3 = S3MockAccess.client()) {
            s3.createBucket(request -> request.bucket(bucket));
            try (var files = Files.walk(practice.bucket)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String key = practice.bucket.relativize(file).toString().replace('\\', '/');
                    s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromFile(file));
                }
            }
        }
        // from here on only the bucket holds the objects
        practice.deleteBucket();
        try (ReferenceObjects objects = ReferenceAttachmentSource.open(settingsOf(bucket))) {
            report = practice.importer(objects).run();
        }
        long position =
                Long.parseLong(StackFixture.single("SELECT max(global_index) FROM event_store.domain_event_entry"));
        Actor owner = new Actor(UserId.of(practice.owner), WorkspaceId.of(practice.workspace), Role.OWNER);
        reads = StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(position));
    }

    /** The settings an operator gives for the reference's bucket on this S3 server. */
    private static Map<String, String> settingsOf(String bucketName) throws Exception {
        BlobStoreProperties.S3 server = S3MockAccess.bucket(bucketName);
        return Map.of(
                "PAZPAZ_IMPORT_REFERENCE_S3_BUCKET", bucketName,
                "PAZPAZ_IMPORT_REFERENCE_S3_ENDPOINT", server.endpoint().toString(),
                "PAZPAZ_IMPORT_REFERENCE_S3_REGION", server.region(),
                "PAZPAZ_IMPORT_REFERENCE_S3_PATH_STYLE_ACCESS", "true",
                "PAZPAZ_IMPORT_REFERENCE_S3_ACCESS_KEY", server.accessKey(),
                "PAZPAZ_IMPORT_REFERENCE_S3_SECRET_KEY", server.secretKey());
    }

    @Test
    void theFilesComeOverFromTheBucketByteForByte() {
        assertThat(report.imported()).containsEntry("session_attachments", 3L);
        assertThat(download("/api/v1/sessions/" + practice.amendedNote + "/attachments/" + practice.notePhoto))
                .isEqualTo(practice.photo);
        assertThat(download("/api/v1/clients/" + practice.dana + "/attachments/" + practice.intakeForm))
                .isEqualTo(practice.form);
        JsonNode storage = reads.get("/api/v1/workspaces/" + practice.workspace + "/storage")
                .json();
        assertThat(storage.get("used_bytes").asLong()).isEqualTo(practice.photo.length + practice.form.length);
    }

    @Test
    void anObjectTheBucketLacksIsReportedAsSkipped() {
        assertThat(report.skipped())
                .extracting(ImportReport.Skipped::referenceId)
                .containsExactlyInAnyOrder(practice.overlappingVisit, practice.overQuotaScan, practice.lostObject);
        assertThat(reasonFor(practice.lostObject))
                .startsWith("uploaded: its object workspaces/" + practice.workspace + "/clients/" + practice.yossi)
                .endsWith(" is not in the bucket " + bucket);
        assertThat(reasonFor(practice.overQuotaScan)).startsWith("uploaded: Workspace storage quota exceeded");
    }

    @Test
    void aBucketThatCannotBeReadStopsTheImportBeforeItStarts() throws Exception {
        String secret = S3MockAccess.bucket("any").secretKey();
        assertThatThrownBy(() -> ReferenceAttachmentSource.open(settingsOf("no-such-reference-bucket")))
                .isInstanceOf(BlobStoreException.class)
                .hasMessageContaining("'no-such-reference-bucket'")
                .hasMessageContaining("does not exist")
                .hasMessageNotContaining(secret);
    }

    private static String reasonFor(UUID referenceId) {
        return report.skipped().stream()
                .filter(row -> row.referenceId().equals(referenceId))
                .findFirst()
                .orElseThrow()
                .reason();
    }

    private static byte[] download(String attachment) {
        JsonNode link = reads.get(attachment + "/download").json();
        Api.Binary file = reads.fetch("GET", link.get("download_url").asText(), null);
        assertThat(file.status()).isEqualTo(200);
        return file.body();
    }
}
