-- The read tables, exactly as shared/spec/schema.md documents them (columns, types, nullability, defaults,
-- keys, foreign keys with their ON DELETE rules, indexes, partial ones included). Projectors fill them from
-- the event store; any of them can be rebuilt by replaying the events.
-- Deliberate difference: the bytea columns hold this system's ciphertext layout (docs/encryption.md), and the
-- text column clients.notes holds base64 of that layout, since therapists' free-text notes are PHI.

CREATE TABLE workspaces (
    id                  UUID                     NOT NULL,
    name                VARCHAR(255)             NOT NULL,
    is_active           BOOLEAN                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    storage_used_bytes  BIGINT                   NOT NULL DEFAULT 0,
    storage_quota_bytes BIGINT                   NOT NULL DEFAULT 10737418240,
    CONSTRAINT workspaces_pkey PRIMARY KEY (id)
);
COMMENT ON TABLE workspaces IS 'Therapist account context for multi-tenant data isolation';
CREATE INDEX ix_workspaces_id ON workspaces (id);
CREATE INDEX ix_workspaces_storage_quota ON workspaces (storage_used_bytes, storage_quota_bytes);

CREATE TABLE users (
    id           UUID                     NOT NULL,
    workspace_id UUID                     NOT NULL,
    email        VARCHAR(255)             NOT NULL,
    full_name    VARCHAR(255)             NOT NULL,
    role         VARCHAR(50)              NOT NULL,
    is_active    BOOLEAN                  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT uq_users_workspace_email UNIQUE (workspace_id, email),
    CONSTRAINT users_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE
);
COMMENT ON TABLE users IS 'Users within workspaces with role-based access';
CREATE INDEX ix_users_id ON users (id);
CREATE INDEX ix_users_workspace_id ON users (workspace_id);

CREATE TABLE clients (
    id                      UUID                     NOT NULL,
    workspace_id            UUID                     NOT NULL,
    consent_status          BOOLEAN                  NOT NULL,
    notes                   TEXT,
    tags                    VARCHAR(100)[],
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    is_active               BOOLEAN                  NOT NULL DEFAULT true,
    first_name              BYTEA                    NOT NULL,
    last_name               BYTEA                    NOT NULL,
    email                   BYTEA,
    phone                   BYTEA,
    address                 BYTEA,
    medical_history         BYTEA,
    emergency_contact_name  BYTEA,
    emergency_contact_phone BYTEA,
    date_of_birth           BYTEA,
    CONSTRAINT clients_pkey PRIMARY KEY (id),
    CONSTRAINT clients_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE
);
COMMENT ON TABLE clients IS 'Clients with encrypted PII/PHI fields (HIPAA §164.312(a)(2)(iv))';
CREATE INDEX ix_clients_id ON clients (id);
CREATE INDEX ix_clients_workspace_id ON clients (workspace_id);
CREATE INDEX ix_clients_workspace_updated ON clients (workspace_id, updated_at);
CREATE INDEX ix_clients_workspace_active ON clients (workspace_id, is_active) WHERE is_active = true;

CREATE TABLE services (
    id                       UUID                     NOT NULL,
    workspace_id             UUID                     NOT NULL,
    name                     VARCHAR(255)             NOT NULL,
    description              TEXT,
    default_duration_minutes INTEGER                  NOT NULL,
    is_active                BOOLEAN                  NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT services_pkey PRIMARY KEY (id),
    CONSTRAINT services_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE
);
COMMENT ON TABLE services IS 'Services with default durations for quick scheduling';
CREATE INDEX ix_services_id ON services (id);
CREATE INDEX ix_services_workspace_id ON services (workspace_id);
CREATE UNIQUE INDEX uq_services_workspace_name ON services (workspace_id, name);
CREATE INDEX ix_services_workspace_active ON services (workspace_id, is_active) WHERE is_active = true;

CREATE TABLE locations (
    id            UUID                     NOT NULL,
    workspace_id  UUID                     NOT NULL,
    name          VARCHAR(255)             NOT NULL,
    location_type VARCHAR(50)              NOT NULL,
    address       TEXT,
    details       TEXT,
    is_active     BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT locations_pkey PRIMARY KEY (id),
    CONSTRAINT locations_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE
);
COMMENT ON TABLE locations IS 'Saved locations for appointment scheduling';
CREATE INDEX ix_locations_id ON locations (id);
CREATE INDEX ix_locations_workspace_id ON locations (workspace_id);
CREATE UNIQUE INDEX uq_locations_workspace_name ON locations (workspace_id, name);
CREATE INDEX ix_locations_workspace_active ON locations (workspace_id, is_active) WHERE is_active = true;
CREATE INDEX ix_locations_workspace_type ON locations (workspace_id, location_type);

CREATE TABLE appointments (
    id               UUID                     NOT NULL,
    workspace_id     UUID                     NOT NULL,
    client_id        UUID                     NOT NULL,
    scheduled_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    scheduled_end    TIMESTAMP WITH TIME ZONE NOT NULL,
    location_type    VARCHAR(50)              NOT NULL,
    location_details TEXT,
    status           VARCHAR(50)              NOT NULL,
    notes            TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    service_id       UUID,
    location_id      UUID,
    edited_at        TIMESTAMP WITH TIME ZONE,
    edit_count       INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT appointments_pkey PRIMARY KEY (id),
    CONSTRAINT appointments_workspace_id_fkey FOREIGN KEY (workspace_id)
        REFERENCES workspaces (id) ON DELETE CASCADE,
    CONSTRAINT appointments_client_id_fkey FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
    CONSTRAINT fk_appointments_service_id_services FOREIGN KEY (service_id)
        REFERENCES services (id) ON DELETE SET NULL,
    CONSTRAINT fk_appointments_location_id_locations FOREIGN KEY (location_id)
        REFERENCES locations (id) ON DELETE SET NULL
);
COMMENT ON TABLE appointments IS
    'Appointments with time-range indexes optimized for conflict detection (<150ms p95 target)';
CREATE INDEX ix_appointments_id ON appointments (id);
CREATE INDEX ix_appointments_client_id ON appointments (client_id);
CREATE INDEX ix_appointments_workspace_id ON appointments (workspace_id);
CREATE INDEX ix_appointments_workspace_time_range ON appointments (workspace_id, scheduled_start, scheduled_end);
CREATE INDEX ix_appointments_workspace_client_time ON appointments (workspace_id, client_id, scheduled_start);
CREATE INDEX ix_appointments_workspace_status ON appointments (workspace_id, status);
CREATE INDEX ix_appointments_service_id ON appointments (service_id);
CREATE INDEX ix_appointments_location_id ON appointments (location_id);

CREATE TABLE audit_events (
    id            UUID                     NOT NULL DEFAULT gen_random_uuid(),
    workspace_id  UUID                     NOT NULL,
    user_id       UUID,
    event_type    VARCHAR(100)             NOT NULL,
    resource_type VARCHAR(50),
    resource_id   UUID,
    action        VARCHAR(20)              NOT NULL,
    ip_address    VARCHAR(45),
    user_agent    TEXT,
    metadata      JSONB,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT audit_events_pkey PRIMARY KEY (id),
    CONSTRAINT audit_events_workspace_id_fkey FOREIGN KEY (workspace_id)
        REFERENCES workspaces (id) ON DELETE CASCADE,
    CONSTRAINT audit_events_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
);
COMMENT ON TABLE audit_events IS 'Immutable audit trail for HIPAA compliance and security monitoring';
CREATE INDEX ix_audit_events_workspace_created ON audit_events (workspace_id, created_at DESC);
CREATE INDEX ix_audit_events_workspace_user ON audit_events (workspace_id, user_id, created_at DESC);
CREATE INDEX ix_audit_events_workspace_event_type ON audit_events (workspace_id, event_type, created_at DESC);
CREATE INDEX ix_audit_events_resource ON audit_events (resource_type, resource_id, created_at DESC);
CREATE INDEX ix_audit_events_phi_access ON audit_events (workspace_id, resource_type, created_at DESC)
    WHERE action = 'READ' AND resource_type IN ('Client', 'Session', 'PlanOfCare');

CREATE FUNCTION prevent_audit_event_modification() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'Audit events are immutable and cannot be updated';
    END IF;
    RAISE EXCEPTION 'Audit events are immutable and cannot be deleted';
END;
$$;
CREATE TRIGGER prevent_audit_event_update
    BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION prevent_audit_event_modification();
CREATE TRIGGER prevent_audit_event_delete
    BEFORE DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION prevent_audit_event_modification();

CREATE TABLE sessions (
    id                     UUID                     NOT NULL DEFAULT gen_random_uuid(),
    workspace_id           UUID                     NOT NULL,
    client_id              UUID                     NOT NULL,
    appointment_id         UUID,
    created_by_user_id     UUID,
    subjective             BYTEA,
    objective              BYTEA,
    assessment             BYTEA,
    plan                   BYTEA,
    session_date           TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes       INTEGER,
    is_draft               BOOLEAN                  NOT NULL DEFAULT false,
    draft_last_saved_at    TIMESTAMP WITH TIME ZONE,
    finalized_at           TIMESTAMP WITH TIME ZONE,
    version                INTEGER                  NOT NULL DEFAULT 1,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at             TIMESTAMP WITH TIME ZONE,
    amended_at             TIMESTAMP WITH TIME ZONE,
    amendment_count        INTEGER                  NOT NULL DEFAULT 0,
    deleted_reason         TEXT,
    deleted_by_user_id     UUID,
    permanent_delete_after TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sessions_pkey PRIMARY KEY (id),
    CONSTRAINT ck_sessions_finalized_not_draft CHECK ((finalized_at IS NULL) OR (is_draft = false)),
    CONSTRAINT sessions_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE,
    CONSTRAINT sessions_client_id_fkey FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
    CONSTRAINT sessions_appointment_id_fkey FOREIGN KEY (appointment_id)
        REFERENCES appointments (id) ON DELETE SET NULL,
    CONSTRAINT sessions_created_by_user_id_fkey FOREIGN KEY (created_by_user_id)
        REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT sessions_deleted_by_user_id_fkey FOREIGN KEY (deleted_by_user_id)
        REFERENCES users (id) ON DELETE SET NULL
);
COMMENT ON TABLE sessions IS 'SOAP notes sessions with encrypted PHI (subjective, objective, assessment, plan)';
CREATE INDEX ix_sessions_workspace_client_date ON sessions (workspace_id, client_id, session_date DESC);
CREATE INDEX ix_sessions_workspace_draft ON sessions (workspace_id, is_draft, draft_last_saved_at DESC)
    WHERE is_draft = true;
CREATE INDEX ix_sessions_appointment ON sessions (appointment_id) WHERE appointment_id IS NOT NULL;
CREATE INDEX ix_sessions_workspace_active ON sessions (workspace_id, session_date DESC) WHERE deleted_at IS NULL;
CREATE INDEX ix_sessions_permanent_delete_after ON sessions (permanent_delete_after)
    WHERE permanent_delete_after IS NOT NULL;

CREATE TABLE session_attachments (
    id                  UUID                     NOT NULL DEFAULT gen_random_uuid(),
    session_id          UUID,
    workspace_id        UUID                     NOT NULL,
    uploaded_by_user_id UUID,
    file_name           VARCHAR(255)             NOT NULL,
    file_type           VARCHAR(100)             NOT NULL,
    file_size_bytes     INTEGER                  NOT NULL,
    s3_key              TEXT                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    client_id           UUID                     NOT NULL,
    CONSTRAINT session_attachments_pkey PRIMARY KEY (id),
    CONSTRAINT session_attachments_session_id_fkey FOREIGN KEY (session_id)
        REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT session_attachments_workspace_id_fkey FOREIGN KEY (workspace_id)
        REFERENCES workspaces (id) ON DELETE CASCADE,
    CONSTRAINT session_attachments_uploaded_by_user_id_fkey FOREIGN KEY (uploaded_by_user_id)
        REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT session_attachments_client_id_fkey FOREIGN KEY (client_id)
        REFERENCES clients (id) ON DELETE CASCADE
);
COMMENT ON TABLE session_attachments IS 'File attachments for SOAP notes sessions (S3/MinIO references)';
CREATE INDEX ix_session_attachments_session ON session_attachments (session_id, created_at DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX ix_session_attachments_workspace ON session_attachments (workspace_id);
CREATE INDEX ix_session_attachments_client_created ON session_attachments (client_id, created_at);
CREATE INDEX ix_session_attachments_workspace_client ON session_attachments (workspace_id, client_id);
CREATE INDEX ix_session_attachments_client_id ON session_attachments (client_id);

CREATE TABLE session_versions (
    id                 UUID                     NOT NULL DEFAULT gen_random_uuid(),
    session_id         UUID                     NOT NULL,
    created_by_user_id UUID                     NOT NULL,
    version_number     INTEGER                  NOT NULL,
    subjective         BYTEA,
    objective          BYTEA,
    assessment         BYTEA,
    plan               BYTEA,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT session_versions_pkey PRIMARY KEY (id),
    CONSTRAINT uq_session_version_number UNIQUE (session_id, version_number),
    CONSTRAINT session_versions_session_id_fkey FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT session_versions_created_by_user_id_fkey FOREIGN KEY (created_by_user_id)
        REFERENCES users (id) ON DELETE SET NULL
);
COMMENT ON TABLE session_versions IS
    'Version history for session notes - tracks amendments with encrypted PHI snapshots';
CREATE INDEX ix_session_versions_session_version ON session_versions (session_id, version_number);
