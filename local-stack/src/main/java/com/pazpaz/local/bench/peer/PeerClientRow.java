package com.pazpaz.local.bench.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The peer's read model: one row per client, written by JPA. */
@Entity
@Table(name = "peer_clients")
class PeerClientRow {

    @Id
    private UUID id;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;

    @Column(length = 4000)
    private String medicalHistory;

    protected PeerClientRow() {
        // for JPA
    }

    PeerClientRow(PeerClientRegisteredEvent event) {
        this.id = event.clientId();
        this.firstName = event.firstName();
        this.lastName = event.lastName();
        this.email = event.email();
        this.phone = event.phone();
        this.medicalHistory = event.medicalHistory();
    }
}
