package com.pazpaz.importer;

import com.pazpaz.command.appointment.AppointmentFieldCipher;
import com.pazpaz.command.client.ClientFieldEncryptor;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.command.session.SessionFieldEncryptor;
import com.pazpaz.infra.crypto.ReferenceCiphertextDecoder;
import com.pazpaz.infra.schema.SchemaOwner;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports a reference PazPaz database into this system (docs/import.md), in the order the foreign keys need:
 * practices, users, services, locations, clients, appointments, session notes with their history. It runs inside a
 * command-service (its beans send the commands), so every rule and this system's encryption apply.
 */
public final class ReferenceImporter {

    private final ApplicationContext commandService;
    private final JdbcTemplate reference;
    private final ReferenceCiphertextDecoder decoder;

    /**
     * @param commandService a running command-service's context
     * @param reference      the reference database (read only)
     * @param keys           the reference's encryption keys
     */
    public ReferenceImporter(ApplicationContext commandService, DataSource reference, ReferenceKeys keys) {
        this.commandService = commandService;
        this.reference = new JdbcTemplate(reference);
        this.decoder = keys.decoder();
    }

    /** Imports what an earlier run has not; safe to run again after a crash or a finished run. */
    public ImportReport run() {
        ImportLedger ledger = new ImportLedger(commandService.getBean(DataSource.class),
                commandService.getBean(SchemaOwner.class));
        ledger.open();
        ImportReport report = new ImportReport();
        ImportSteps steps = new ImportSteps(commandService.getBean(RecordCommandGateway.class), ledger, report);
        ImportedPractices practices = new ImportedPractices(report);
        new PracticeImport(reference, steps, practices).importAll();
        new ClientImport(reference, steps, decoder, commandService.getBean(ClientFieldEncryptor.class),
                practices).importAll();
        new AppointmentImport(reference, steps, commandService.getBean(AppointmentFieldCipher.class),
                practices).importAll();
        new SessionImport(reference, steps, decoder, commandService.getBean(SessionFieldEncryptor.class),
                practices).importAll();
        return report;
    }
}
