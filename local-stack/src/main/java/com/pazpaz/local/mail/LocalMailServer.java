package com.pazpaz.local.mail;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real SMTP server for the local stack (GreenMail) that accepts every message, and writes each one it receives,
 * as it was sent, to {@code <data>/mailbox/<millis>-<n>.eml}: a file any mail program or {@code cat} opens. Those
 * files are the e-mails themselves, so they hold what a client would read (first name, time): they live in the
 * local stack's data directory only, never in a production deployment, which sends through its own relay.
 */
public final class LocalMailServer implements AutoCloseable {

    /** The mailbox folder inside the data directory. */
    public static final String MAILBOX = "mailbox";

    private final GreenMail greenMail;
    private final Path mailbox;
    private final AtomicLong written = new AtomicLong();

    private LocalMailServer(int port, Path mailbox) {
        this.mailbox = mailbox;
        ServerSetup smtp = new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP);
        greenMail = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
        greenMail.start();
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler deliverAsUsual = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            write(message.getMessage());
            return deliverAsUsual.handle(message, recipient);
        });
    }

    /** Starts the server on {@code port} (0 = any free port), writing into {@code dataDirectory}/mailbox. */
    public static LocalMailServer start(int port, Path dataDirectory) {
        Path mailbox = dataDirectory.resolve(MAILBOX);
        try {
            Files.createDirectories(mailbox);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the mailbox folder " + mailbox, e);
        }
        return new LocalMailServer(port, mailbox);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public Path mailbox() {
        return mailbox;
    }

    /** Every message received since the server started, for the tests. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Written whole under a temporary name first, so a reader of the folder never sees half a message. */
    private void write(MimeMessage message) throws MessagingException {
        String name = String.format("%d-%05d.eml", System.currentTimeMillis(), written.incrementAndGet());
        Path partial = mailbox.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("Cannot write the message into the mailbox folder", e);
        }
        try {
            Files.move(partial, mailbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MessagingException("Cannot write the message into the mailbox folder", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
