package com.pazpaz.command.attachment.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pazpaz.command.attachment.file.AttachmentRejectedException.Reason;
import com.pazpaz.command.attachment.file.ScanResult.Verdict;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The clamd INSTREAM client against a clamd-speaking server inside the test, in each mode. */
class ClamAvScannerTest {

    private final FakeClamd clamd = new FakeClamd();

    ClamAvScannerTest() throws IOException {}

    @AfterEach
    void stopClamd() throws IOException {
        clamd.close();
    }

    @Test
    void streamsTheWholeFileInChunksAndReportsItClean() {
        byte[] content = new byte[200_000];
        new Random(7).nextBytes(content);

        ScanResult result = scanner(ScanMode.REQUIRED, clamd.port()).scan(content);

        assertThat(result).isEqualTo(ScanResult.clean());
        assertThat(clamd.lastStream()).isEqualTo(content);
    }

    @Test
    void reportsTheSignatureOfMalware() {
        ScanResult result = scanner(ScanMode.REQUIRED, clamd.port()).scan(eicar());

        assertThat(result).isEqualTo(ScanResult.infected("Eicar-Test-Signature"));
    }

    @Test
    void refusesAnInfectedUploadThroughTheInspector() {
        UploadInspector inspector = new UploadInspector(scanner(ScanMode.REQUIRED, clamd.port()));
        byte[] infectedPng = TestFiles.concat(TestFiles.png(4, 4), eicar());

        AttachmentRejectedException rejection = catchThrowableOfType(
                () -> inspector.validate("wound.png", infectedPng), AttachmentRejectedException.class);

        assertThat(rejection.reason()).isEqualTo(Reason.MALWARE);
        assertThat(rejection).hasMessage("Malware detected: Eicar-Test-Signature");
    }

    @Test
    void keepsOnlyHarmlessCharactersOfASignature() {
        clamd.replyWith("stream: Win.Test<script> FOUND");

        assertThat(scanner(ScanMode.REQUIRED, clamd.port()).scan(new byte[] {1}).signature())
                .isEqualTo("Win.Test_script_");
    }

    @Test
    void anUnreachableScannerRefusesTheUploadWhenScanningIsRequired() throws IOException {
        UploadInspector inspector = new UploadInspector(scanner(ScanMode.REQUIRED, closedPort()));

        AttachmentRejectedException rejection = catchThrowableOfType(
                () -> inspector.validate("wound.png", TestFiles.png(4, 4)), AttachmentRejectedException.class);

        assertThat(rejection.reason()).isEqualTo(Reason.SCANNER_UNAVAILABLE);
    }

    @Test
    void anUnreachableScannerLetsTheUploadPassWhenScanningIsOptional() throws IOException {
        UploadInspector inspector = new UploadInspector(scanner(ScanMode.OPTIONAL, closedPort()));

        assertThat(inspector.validate("wound.png", TestFiles.png(4, 4)).mimeType())
                .isEqualTo("image/png");
    }

    @Test
    void anErrorAnswerCountsAsNoScan() {
        clamd.replyWith("INSTREAM size limit exceeded. ERROR");

        assertThat(scanner(ScanMode.REQUIRED, clamd.port()).scan(new byte[] {1}).verdict())
                .isEqualTo(Verdict.UNAVAILABLE);
        assertThat(scanner(ScanMode.OPTIONAL, clamd.port()).scan(new byte[] {1}).verdict())
                .isEqualTo(Verdict.NOT_SCANNED);
    }

    @Test
    void aScannerThatDoesNotAnswerInTimeCountsAsUnavailable() {
        clamd.neverReply();
        ClamAvScanner scanner = new ClamAvScanner(
                new MalwareScanProperties(ScanMode.REQUIRED, "127.0.0.1", clamd.port(), Duration.ofMillis(300)));

        assertThat(scanner.scan(new byte[] {1}).verdict()).isEqualTo(Verdict.UNAVAILABLE);
    }

    private static ClamAvScanner scanner(ScanMode mode, int port) {
        return new ClamAvScanner(new MalwareScanProperties(mode, "127.0.0.1", port, Duration.ofSeconds(5)));
    }

    private static byte[] eicar() {
        return FakeClamd.EICAR.getBytes(StandardCharsets.US_ASCII);
    }

    /** A port nothing listens on: bound once, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
