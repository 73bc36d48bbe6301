package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Decision 171's cap: at most 4 bulk zips are written at once per query-service instance. Four slow callers that
 * read the answer's head and then nothing hold four zips open (each zip is larger than what the sockets buffer,
 * so its writer waits for them); the fifth caller is refused with 503, {@code Retry-After} and a problem body,
 * and once the slow callers hang up a zip answers again.
 */
class BulkZipConcurrencyTest {

    /** Noise does not compress: two files of this many pixels make a zip of ~10 MB, beyond the sockets' buffers. */
    private static final int SIDE = 1300;

    @Test
    void aFifthConcurrentZipIsRefusedWith503AndRetryAfterUntilASlowCallerLetsGo() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Zip Cap " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(owner);
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Zip", "last_name", "Cap"))
                .id();
        List<String> files = new ArrayList<>();
        long uploadedAt = 0;
        for (int seed = 1; seed <= 2; seed++) {
            Api.Response uploaded = commands.upload(
                    "/api/v1/clients/" + client + "/attachments", "scan-" + seed + ".png", noisePng(seed));
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            files.add(uploaded.id());
            uploadedAt = uploaded.position();
        }
        String path = "/api/v1/clients/" + client + "/attachments/download-multiple";
        String body = "{\"attachment_ids\":[\"" + String.join("\",\"", files) + "\"]}";
        Api.Binary first = StackFixture.queries(owner)
                .withHeader("X-Consistency-Position", Long.toString(uploadedAt))
                .fetch("POST", path, Map.of("attachment_ids", files));
        assertThat(first.status())
                .as("the files are projected: " + first.text())
                .isEqualTo(200);

        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket caller = slowCaller(owner, path, body);
                slow.add(caller);
                assertThat(statusLine(caller.getInputStream()))
                        .as("slow caller %d", i + 1)
                        .contains(" 200 ");
            }
            Api.Binary fifth = StackFixture.queries(owner).fetch("POST", path, Map.of("attachment_ids", files));
            assertThat(fifth.status()).isEqualTo(503);
            assertThat(fifth.header("Retry-After")).isEqualTo("5");
            assertThat(fifth.header("Content-Type")).startsWith("application/problem+json");
        } finally {
            for (Socket caller : slow) {
                caller.close();
            }
        }
        awaitZipAnswers(owner, path, files);
    }

    /** Asks for the zip until it answers 200 (the slow callers' writers notice the hang-up on their next write). */
    private static void awaitZipAnswers(Actor owner, String path, List<String> files) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        Api.Binary zip = StackFixture.queries(owner).fetch("POST", path, Map.of("attachment_ids", files));
        while (zip.status() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            zip = StackFixture.queries(owner).fetch("POST", path, Map.of("attachment_ids", files));
        }
        assertThat(zip.status()).as(zip.text()).isEqualTo(200);
        assertThat(zip.body().length)
                .as("the zip is larger than the sockets buffer")
                .isGreaterThan(8_000_000);
    }

    /** Sends the request on a socket with a small receive buffer, and reads nothing yet. */
    private static Socket slowCaller(Actor owner, String path, String body) throws IOException {
        URI base = URI.create(StackFixture.stack().queryBaseUrl());
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.setSoTimeout(30_000);
        socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                        + "\r\nAuthorization: Bearer " + StackFixture.tokenFor(owner)
                        + "\r\nContent-Type: application/json\r\nAccept: application/zip\r\nContent-Length: "
                        + json.length
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(json);
        out.flush();
        return socket;
    }

    /** The answer's first line, read byte by byte so that nothing of the body is consumed beyond it. */
    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        return line.toString();
    }

    private static byte[] noisePng(int seed) throws IOException {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
