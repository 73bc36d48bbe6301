package com.pazpaz.command.attachment.file;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A tiny clamd speaking INSTREAM on a local port: it answers {@code stream: Eicar-Test-Signature FOUND} when the
 * stream holds the EICAR test string, {@code stream: OK} otherwise, or a reply set by the test.
 */
final class FakeClamd implements AutoCloseable {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private final ServerSocket server;
    private final Thread acceptor;
    private final AtomicReference<byte[]> lastStream = new AtomicReference<>();
    private volatile String fixedReply;
    private volatile boolean silent;

    FakeClamd() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "fake-clamd");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Answers this to every scan instead of judging the content. */
    void replyWith(String reply) {
        fixedReply = reply;
    }

    /** Reads the stream but never answers. */
    void neverReply() {
        silent = true;
    }

    byte[] lastStream() {
        return lastStream.get();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                answer(socket);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void answer(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] command = new byte[10];
        in.readFully(command);
        if (!new String(command, StandardCharsets.US_ASCII).equals("zINSTREAM\0")) {
            throw new IOException("unexpected command");
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int length = in.readInt(); length > 0; length = in.readInt()) {
            stream.write(in.readNBytes(length));
        }
        lastStream.set(stream.toByteArray());
        if (silent) {
            in.read(); // until the client gives up
            return;
        }
        boolean infected = TestFiles.contains(stream.toByteArray(), EICAR);
        String reply = fixedReply != null ? fixedReply : infected ? "stream: Eicar-Test-Signature FOUND" : "stream: OK";
        OutputStream out = socket.getOutputStream();
        out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
