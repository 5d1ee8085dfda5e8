-- The job application log. Every table is tenant-owned: tenant_id leads each key and index, and
-- every reference carries it, so nothing can point into another tenant.
CREATE TABLE application (
    tenant_id     TEXT        NOT NULL,
    id            UUID        NOT NULL,
    seeker_id     UUID        NOT NULL,
    employer      TEXT        NOT NULL,
    position      TEXT        NOT NULL,
    ad_url        TEXT,
    location      TEXT,
    sector        TEXT CHECK (sector IN ('PUBLIC', 'PRIVATE', 'NON_PROFIT')),
    source        TEXT,
    priority      INT CHECK (priority BETWEEN 1 AND 999),
    stage         TEXT        NOT NULL,
    stage_since   TIMESTAMPTZ NOT NULL,
    applied_on    DATE,
    next_contact_on DATE,
    notes         TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, seeker_id) REFERENCES person (tenant_id, id)
);
-- The seeker's log, newest first, with a stable cursor (created_at, id).
CREATE INDEX application_seeker ON application (tenant_id, seeker_id, created_at DESC, id DESC);

CREATE TABLE stage_change (
    tenant_id       TEXT        NOT NULL,
    id              UUID        NOT NULL,
    application_id  UUID        NOT NULL,
    from_stage      TEXT,
    to_stage        TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    note            TEXT,
    reopen          BOOLEAN     NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, application_id) REFERENCES application (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX stage_change_application ON stage_change (tenant_id, application_id, at);

CREATE TABLE contact (
    tenant_id               TEXT        NOT NULL,
    id                      UUID        NOT NULL,
    application_id          UUID        NOT NULL,
    name                    TEXT        NOT NULL,
    role                    TEXT        NOT NULL,
    email                   TEXT,
    phone                   TEXT,
    preferred_contact_time  TEXT,
    created_at              TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, application_id) REFERENCES application (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_application ON contact (tenant_id, application_id);

CREATE TABLE interview (
    tenant_id             TEXT        NOT NULL,
    id                    UUID        NOT NULL,
    application_id        UUID        NOT NULL,
    round                 INT         NOT NULL CHECK (round >= 1),
    scheduled_at          TIMESTAMPTZ NOT NULL,
    format                TEXT        NOT NULL,
    panel                 UUID[]      NOT NULL DEFAULT '{}',
    completed_at          TIMESTAMPTZ,
    decision_expected_by  DATE,
    notes                 TEXT,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, application_id) REFERENCES application (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX interview_application ON interview (tenant_id, application_id, scheduled_at);

CREATE TABLE interaction (
    tenant_id       TEXT        NOT NULL,
    id              UUID        NOT NULL,
    application_id  UUID        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    channel         TEXT        NOT NULL,
    direction       TEXT        NOT NULL,
    contact_id      UUID,
    purpose         TEXT        NOT NULL,
    summary         TEXT,
    outcome         TEXT,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, application_id) REFERENCES application (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contact (tenant_id, id)
);
CREATE INDEX interaction_application ON interaction (tenant_id, application_id, at);
