package com.pazpaz.command.attachment.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans uploads with a ClamAV daemon through its INSTREAM command over TCP: the bytes are streamed in chunks,
 * never written to disk. An unreachable or failing clamd refuses the upload in {@code required} mode and lets it
 * pass with a warning in {@code optional} mode.
 */
final class ClamAvScanner implements MalwareScanner {

    private static final Logger log = LoggerFactory.getLogger(ClamAvScanner.class);
    private static final byte[] INSTREAM = "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK_BYTES = 64 * 1024;
    private static final int MAX_REPLY_BYTES = 1024;
    private static final String CLEAN_REPLY = "stream: OK";
    private static final String REPLY_PREFIX = "stream: ";
    private static final String FOUND_SUFFIX = " FOUND";

    private final MalwareScanProperties properties;

    ClamAvScanner(MalwareScanProperties properties) {
        if (properties.mode() == ScanMode.OFF) {
            throw new IllegalArgumentException("a ClamAV scanner is for modes required and optional");
        }
        this.properties = properties;
    }

    @Override
    public ScanResult scan(byte[] content) {
        String reply;
        try {
            reply = instream(content);
        } catch (IOException e) {
            return notScanned("clamd at " + properties.host() + ":" + properties.port() + " cannot be used ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (reply.equals(CLEAN_REPLY)) {
            return ScanResult.clean();
        }
        if (reply.startsWith(REPLY_PREFIX) && reply.endsWith(FOUND_SUFFIX)) {
            String signature =
                    signatureName(reply.substring(REPLY_PREFIX.length(), reply.length() - FOUND_SUFFIX.length()));
            log.warn("Malware found in an upload ({} bytes), refused: {}", content.length, signature);
            return ScanResult.infected(signature);
        }
        return notScanned("clamd answered with an error");
    }

    private ScanResult notScanned(String why) {
        if (properties.mode() == ScanMode.REQUIRED) {
            log.error("Malware scan failed, upload refused: {}", why);
            return ScanResult.unavailable();
        }
        log.warn("Malware scan skipped, upload accepted unscanned (mode optional): {}", why);
        return ScanResult.notScanned();
    }

    private String instream(byte[] content) throws IOException {
        int timeoutMillis =
                (int) Math.min(Integer.MAX_VALUE, properties.timeout().toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(properties.host(), properties.port()), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(INSTREAM);
            for (int offset = 0; offset < content.length; offset += CHUNK_BYTES) {
                int length = Math.min(CHUNK_BYTES, content.length - offset);
                out.write(bigEndian(length));
                out.write(content, offset, length);
            }
            out.write(bigEndian(0));
            out.flush();
            return readReply(socket.getInputStream());
        }
    }

    /** clamd answers one line ended by NUL (z-commands) and closes the connection. */
    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0 && reply.size() < MAX_REPLY_BYTES; b = in.read()) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }

    private static byte[] bigEndian(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    /** A signature name is ours to show; keep only the characters ClamAV uses in them. */
    private static String signatureName(String raw) {
        String name = raw.replaceAll("[^A-Za-z0-9._:-]", "_");
        return name.isEmpty() ? "unknown" : name;
    }
}
