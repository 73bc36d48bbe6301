package com.pazpaz.importer;

import com.pazpaz.command.appointment.AppointmentFieldCipher;
import com.pazpaz.command.attachment.AttachmentImports;
import com.pazpaz.command.client.ClientFieldEncryptor;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.command.session.SessionFieldEncryptor;
import com.pazpaz.command.workspace.StaffCipher;
import com.pazpaz.infra.crypto.ReferenceCiphertextDecoder;
import com.pazpaz.infra.schema.SchemaOwner;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Imports a reference PazPaz database into this system (docs/import.md), in the order the foreign keys need:
 * practices, users, services, locations, clients, appointments, session notes with their history, attachments, and
 * last the reference's own audit trail. It runs inside a
 * command-service (its beans send the commands), so every rule and this system's encryption apply.
 */
public final class ReferenceImporter {

    private final ApplicationContext commandService;
    private final JdbcTemplate reference;
    private final ReferenceCiphertextDecoder decoder;
    private final ReferenceObjects attachmentObjects;

    /** Without the reference's attachment objects: every attachment is reported as skipped. */
    public ReferenceImporter(ApplicationContext commandService, DataSource reference, ReferenceKeys keys) {
        this(commandService, reference, keys, (ReferenceObjects) null);
    }

    /**
     * @param attachmentDirectory the reference's bucket copied to a directory (object keys as paths), or null
     */
    public ReferenceImporter(
            ApplicationContext commandService, DataSource reference, ReferenceKeys keys, Path attachmentDirectory) {
        this(
                commandService,
                reference,
                keys,
                attachmentDirectory == null ? null : ReferenceObjects.directory(attachmentDirectory));
    }

    /**
     * @param commandService    a running command-service's context
     * @param reference         the reference database (read only)
     * @param keys              the reference's encryption keys
     * @param attachmentObjects where the reference's attachment objects are read (its bucket, or a copy of it), or
     *                          null when there are none to read; the caller closes it
     */
    public ReferenceImporter(
            ApplicationContext commandService,
            DataSource reference,
            ReferenceKeys keys,
            ReferenceObjects attachmentObjects) {
        this.commandService = commandService;
        this.reference = new JdbcTemplate(reference);
        this.decoder = keys.decoder();
        this.attachmentObjects = attachmentObjects;
    }

    /** Imports what an earlier run has not; safe to run again after a crash or a finished run. */
    public ImportReport run() {
        ImportLedger ledger =
                new ImportLedger(commandService.getBean(DataSource.class), commandService.getBean(SchemaOwner.class));
        ledger.open();
        ImportReport report = new ImportReport();
        ImportSteps steps = new ImportSteps(
                commandService.getBean(RecordCommandGateway.class),
                new UnboundEvents(
                        commandService.getBean(EventStore.class),
                        commandService.getBean(PlatformTransactionManager.class)),
                ledger,
                report);
        ImportedPractices practices = new ImportedPractices(report);
        new PracticeImport(reference, steps, practices, commandService.getBean(StaffCipher.class)).importAll();
        new ClientImport(reference, steps, decoder, commandService.getBean(ClientFieldEncryptor.class), practices)
                .importAll();
        new AppointmentImport(reference, steps, commandService.getBean(AppointmentFieldCipher.class), practices)
                .importAll();
        new SessionImport(reference, steps, decoder, commandService.getBean(SessionFieldEncryptor.class), practices)
                .importAll();
        new AttachmentImport(
                        reference, steps, attachmentObjects, commandService.getBean(AttachmentImports.class), practices)
                .importAll();
        new AuditImport(reference, steps, practices).importAll();
        // last: a closed practice is imported whole first (decision 274)
        new PracticeDeactivation(reference, steps, practices).importAll();
        return report;
    }
}
