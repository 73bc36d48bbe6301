package com.pazpaz.local.bench;

import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.eventstore.EventStoreHead;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.appointment.AppointmentEncryption;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.client.ClientDetails;
import com.pazpaz.kernel.client.ClientEncryption;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.client.ClientTags;
import com.pazpaz.kernel.client.ProtectedClientField;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionEncryption;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SoapField;
import com.pazpaz.kernel.session.SoapNote;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills the event store fast, and honestly: real events of a realistic mix (a client registered with encrypted
 * details, four appointments, four notes drafted, autosaved twice and finalized, one of them amended twice),
 * encrypted through command-service's own {@link FieldCipher} and data keys and appended through Axon's
 * {@link EventStore}, a batch of clients per transaction. The command-side lookups (subscribing processors) see
 * them in that transaction, and the projectors and the Kafka relay read them like any other event. What it
 * skips is the command handlers' checks and one transaction per command, which is what makes it fast.
 * Notes are not linked to the appointments (a linked note would complete its appointment by a command).
 */
final class EventSeeder {

    /** 1 client + 4 appointments + 4 notes × 4 events + 2 amendments. */
    static final int EVENTS_PER_CLIENT = 23;

    private static final int CLIENTS_PER_BATCH = 40;
    private static final int REGISTRATIONS_PER_BATCH = 500;
    /** The seeded clients are spread over practices of this size, as a real store of many practices would be. */
    private static final int CLIENTS_PER_PRACTICE = 2_000;

    private static final Instant FIRST_APPOINTMENT = Instant.parse("2020-01-06T08:00:00Z");
    private static final Instant SESSION_DATE = Instant.parse("2024-03-04T09:00:00Z");
    private static final Logger log = LoggerFactory.getLogger(EventSeeder.class);

    private final BenchContext bench;
    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final FieldCipher cipher;
    private final DataKeys dataKeys;
    private final EventStoreHead head;
    private Actor practice;
    private int clientsInPractice = CLIENTS_PER_PRACTICE;

    EventSeeder(BenchContext bench) {
        this.bench = bench;
        ConfigurableApplicationContext commands = bench.stack.commandService();
        this.eventStore = commands.getBean(EventStore.class);
        this.transactions = commands.getBean(TransactionManager.class);
        this.cipher = commands.getBean(FieldCipher.class);
        this.dataKeys = commands.getBean(DataKeys.class);
        this.head = commands.getBean(EventStoreHead.class);
    }

    /** Events stored now: the highest global index (a rolled-back append would leave a gap; seeding has none). */
    long storedEvents() {
        return Math.max(0, head.position());
    }

    /** Appends client batches until at least {@code target} events are stored; returns the appends' rate. */
    Seeding seedUpTo(long target) throws Exception {
        long before = storedEvents();
        long start = System.nanoTime();
        long nextProgress = before + 50_000;
        while (storedEvents() < target) {
            if (clientsInPractice >= CLIENTS_PER_PRACTICE) {
                practice = bench.newPractice(
                        "Seeded " + UUID.randomUUID().toString().substring(0, 8));
                clientsInPractice = 0;
            }
            Actor author = practice;
            int first = clientsInPractice;
            transactions.executeInTransaction(() -> eventStore.publish(clientBatch(author, first)));
            clientsInPractice += CLIENTS_PER_BATCH;
            if (storedEvents() >= nextProgress) {
                log.info(
                        "Seeding: {} of {} events stored ({} events/s)",
                        storedEvents(),
                        target,
                        Math.round((storedEvents() - before) / seconds(start)));
                nextProgress += 50_000;
            }
        }
        return new Seeding(storedEvents() - before, seconds(start));
    }

    /**
     * Registers {@code count} clients in the practice, real {@code ClientRegisteredEvent}s with their own data keys,
     * {@value #REGISTRATIONS_PER_BATCH} per transaction; returns their ids. A practice of the size (10,000
     * clients) for the client list in seconds rather than the minutes the API would take.
     */
    List<String> clients(Actor owner, int count) {
        List<String> ids = new ArrayList<>();
        for (int first = 0; first < count; first += REGISTRATIONS_PER_BATCH) {
            Events events = new Events(owner);
            for (int number = first; number < Math.min(count, first + REGISTRATIONS_PER_BATCH); number++) {
                ClientId client = ClientId.of(UUID.randomUUID());
                events.add("Client", client.value(), 0, registration(owner, client, number));
                ids.add(client.toString());
            }
            transactions.executeInTransaction(() -> eventStore.publish(events.list));
        }
        return ids;
    }

    /**
     * {@code count} finalized notes in the practice, four per client (client {@code n}'s notes say "Visit n."), in
     * transactions of {@value #CLIENTS_PER_BATCH} clients: a practice of the note-search benchmark's size.
     */
    void notes(Actor owner, int count) {
        for (int first = 0; first * 4 < count; first += CLIENTS_PER_BATCH) {
            Events events = new Events(owner);
            for (int number = first; number < first + CLIENTS_PER_BATCH && number * 4 < count; number++) {
                ClientId client = ClientId.of(UUID.randomUUID());
                events.add("Client", client.value(), 0, registration(owner, client, number));
                for (int k = 0; k < 4 && number * 4 + k < count; k++) {
                    events.addNote(client, SessionId.of(UUID.randomUUID()), number, 0);
                }
            }
            transactions.executeInTransaction(() -> eventStore.publish(events.list));
        }
    }

    /** A finalized note of a new client of the practice with {@code amendments} amendments; returns its id. */
    String noteWithAmendments(Actor owner, int amendments) {
        ClientId client = ClientId.of(UUID.randomUUID());
        SessionId note = SessionId.of(UUID.randomUUID());
        transactions.executeInTransaction(() -> {
            Events events = new Events(owner);
            events.add("Client", client.value(), 0, registration(owner, client, 0));
            events.addNote(client, note, 0, amendments);
            eventStore.publish(events.list);
        });
        return note.toString();
    }

    private List<GenericDomainEventMessage<?>> clientBatch(Actor author, int firstClient) {
        Events events = new Events(author);
        for (int i = 0; i < CLIENTS_PER_BATCH; i++) {
            int number = firstClient + i;
            ClientId client = ClientId.of(UUID.randomUUID());
            events.add("Client", client.value(), 0, registration(author, client, number));
            for (int k = 0; k < 4; k++) {
                AppointmentId appointment = AppointmentId.of(UUID.randomUUID());
                Instant start = FIRST_APPOINTMENT.plus(Duration.ofHours(4L * number + k));
                events.add(
                        "Appointment",
                        appointment.value(),
                        0,
                        new AppointmentScheduledEvent(
                                appointment,
                                author.workspaceId(),
                                client,
                                start,
                                start.plus(Duration.ofMinutes(50)),
                                LocationType.CLINIC,
                                null,
                                encrypt(
                                        "Bring the exercise sheet.",
                                        AppointmentEncryption.TABLE,
                                        appointment.value(),
                                        AppointmentEncryption.NOTES_COLUMN,
                                        AppointmentEncryption.keyOwner(client)),
                                Instant.now(),
                                null));
            }
            for (int k = 0; k < 4; k++) {
                events.addNote(client, SessionId.of(UUID.randomUUID()), number, k == 0 ? 2 : 0);
            }
        }
        return events.list;
    }

    private ClientRegisteredEvent registration(Actor author, ClientId client, int number) {
        dataKeys.createFor(client.value(), null);
        Map<ProtectedClientField, EncryptedValue> fields = new EnumMap<>(ProtectedClientField.class);
        Map.of(
                        ProtectedClientField.FIRST_NAME,
                        "Seeded" + number,
                        ProtectedClientField.LAST_NAME,
                        "Client",
                        ProtectedClientField.EMAIL,
                        "seeded" + number + "@example.org",
                        ProtectedClientField.PHONE,
                        "+972500000000",
                        ProtectedClientField.MEDICAL_HISTORY,
                        "History of lower back pain. ".repeat(10),
                        ProtectedClientField.TAGS,
                        ClientTags.toPlaintext(List.of("seeded")))
                .forEach((field, text) -> fields.put(
                        field,
                        encrypt(
                                text,
                                ClientEncryption.TABLE,
                                client.value(),
                                field.column(),
                                ClientEncryption.keyOwner(client))));
        return new ClientRegisteredEvent(
                client, author.workspaceId(), ClientDetails.of(fields, true), true, Instant.now());
    }

    private EncryptedValue encrypt(String text, String table, UUID row, String column, UUID keyOwner) {
        return cipher.encrypt(text, new FieldBinding(table, row, column, keyOwner));
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }

    /** What one seeding step appended, and in how long (the batched append rate). */
    record Seeding(long events, double seconds) {

        double perSecond() {
            return events / seconds;
        }
    }

    /** The events of one transaction, each with the metadata a request would have given it. */
    private final class Events {

        private final List<GenericDomainEventMessage<?>> list = new ArrayList<>();
        private final Actor author;
        private final Map<String, String> metadata;

        Events(Actor author) {
            this.author = author;
            String request = UUID.randomUUID().toString();
            metadata = Map.of(
                    MetadataKeys.WORKSPACE_ID,
                    author.workspaceId().toString(),
                    MetadataKeys.USER_ID,
                    author.userId().toString(),
                    MetadataKeys.CORRELATION_ID,
                    request,
                    MetadataKeys.CAUSATION_ID,
                    request,
                    MetadataKeys.IP_ADDRESS,
                    "127.0.0.1",
                    MetadataKeys.USER_AGENT,
                    "pazpaz-bench-seeder");
        }

        void add(String aggregateType, UUID aggregate, long sequence, Object payload) {
            list.add(new GenericDomainEventMessage<>(aggregateType, aggregate.toString(), sequence, payload, metadata));
        }

        /** Draft, two autosaves, finalize, then the amendments, as {@code Session} would apply them. */
        void addNote(ClientId client, SessionId note, int number, int amendments) {
            dataKeys.createFor(note.value(), client.value());
            Instant date = SESSION_DATE.plus(Duration.ofMinutes(number));
            SoapNote soap = soap(note, "Visit " + number + ".");
            add(
                    "Session",
                    note.value(),
                    0,
                    new SessionDraftCreatedEvent(
                            note, author.workspaceId(), client, null, author.userId(), soap, date, 50, Instant.now()));
            for (int save = 1; save <= 2; save++) {
                soap = soap(note, "Visit " + number + ", autosave " + save + ".");
                add(
                        "Session",
                        note.value(),
                        save,
                        new SessionDraftSavedEvent(
                                note, author.workspaceId(), author.userId(), soap, date, 50, Instant.now()));
            }
            add(
                    "Session",
                    note.value(),
                    3,
                    new SessionFinalizedEvent(
                            note,
                            author.workspaceId(),
                            author.userId(),
                            Instant.now(),
                            UUID.randomUUID(),
                            1,
                            forVersion(note, UUID.randomUUID(), soap)));
            for (int i = 0; i < amendments; i++) {
                UUID version = UUID.randomUUID();
                SoapNote previous = forVersion(note, version, soap);
                soap = soap(note, "Visit " + number + ", amendment " + (i + 1) + ".");
                add(
                        "Session",
                        note.value(),
                        4L + i,
                        new SessionAmendedEvent(
                                note,
                                author.workspaceId(),
                                author.userId(),
                                Instant.now(),
                                version,
                                i + 2,
                                previous,
                                encrypt(
                                        "Correction " + (i + 1),
                                        SessionEncryption.VERSIONS_TABLE,
                                        version,
                                        SessionEncryption.AMENDMENT_REASON_COLUMN,
                                        note.value()),
                                soap,
                                date,
                                50,
                                i + 1));
            }
        }

        /** The note's text for its {@code sessions} row: about 350 bytes of subjective, and the other three. */
        private SoapNote soap(SessionId note, String visit) {
            Map<SoapField, EncryptedValue> fields = new EnumMap<>(SoapField.class);
            Map.of(
                            SoapField.SUBJECTIVE,
                            visit + " " + Seeder.soapText(0),
                            SoapField.OBJECTIVE,
                            "Range of motion limited.",
                            SoapField.ASSESSMENT,
                            "Improving.",
                            SoapField.PLAN,
                            "Continue weekly.")
                    .forEach((field, text) -> fields.put(
                            field,
                            encrypt(
                                    text,
                                    SessionEncryption.SESSIONS_TABLE,
                                    note.value(),
                                    field.column(),
                                    note.value())));
            return SoapNote.of(fields);
        }

        /** The same text sealed for a version row, as {@code SnapshotSealer} does. */
        private SoapNote forVersion(SessionId note, UUID version, SoapNote current) {
            Map<SoapField, EncryptedValue> fields = new EnumMap<>(SoapField.class);
            current.fields()
                    .forEach((field, value) -> fields.put(
                            field,
                            encrypt(
                                    cipher.decrypt(
                                            value,
                                            new FieldBinding(
                                                    SessionEncryption.SESSIONS_TABLE,
                                                    note.value(),
                                                    field.column(),
                                                    note.value())),
                                    SessionEncryption.VERSIONS_TABLE,
                                    version,
                                    field.column(),
                                    note.value())));
            return SoapNote.of(fields);
        }
    }
}
