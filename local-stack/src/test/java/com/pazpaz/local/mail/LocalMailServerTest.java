package com.pazpaz.local.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The local stack's SMTP server takes mail over real SMTP and leaves each message in the data directory's mailbox. */
class LocalMailServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aMessageSentOverSmtpArrivesAsAnEmlFileInTheMailbox() throws Exception {
        try (LocalMailServer server = LocalMailServer.start(0, dataDirectory)) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("localhost");
            sender.setPort(server.port());
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom("reminders@pazpaz.local");
            mail.setTo("client@clients.test");
            mail.setSubject("Your appointment tomorrow");
            mail.setText("See you at 09:00.");
            sender.send(mail);

            assertThat(server.received()).hasSize(1);
            List<Path> files;
            try (Stream<Path> listed = Files.list(dataDirectory.resolve(LocalMailServer.MAILBOX))) {
                files = listed.toList();
            }
            assertThat(files).singleElement().satisfies(file -> {
                assertThat(file.getFileName().toString()).endsWith(".eml");
                assertThat(Files.readString(file))
                        .contains("Subject: Your appointment tomorrow", "To: client@clients.test", "See you at 09:00.");
            });
        }
    }
}
