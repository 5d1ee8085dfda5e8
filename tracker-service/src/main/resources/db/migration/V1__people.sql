-- The tenant's people as the platform knows them. The id is the Keycloak user id (token subject).
-- tenant_id leads every key, and references carry it, so a row can never point into another tenant.
CREATE TABLE person (
    tenant_id   TEXT        NOT NULL,
    id          UUID        NOT NULL,
    role        TEXT        NOT NULL CHECK (role IN ('SEEKER', 'COACH', 'TENANT_ADMIN')),
    username    TEXT        NOT NULL,
    first_name  TEXT        NOT NULL,
    last_name   TEXT        NOT NULL,
    email       TEXT        NOT NULL,
    locale      TEXT        NOT NULL DEFAULT 'en',
    time_zone   TEXT        NOT NULL DEFAULT 'Europe/Oslo',
    coach_id    UUID,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, coach_id) REFERENCES person (tenant_id, id)
);
CREATE UNIQUE INDEX person_username ON person (tenant_id, username);
CREATE INDEX person_coach ON person (tenant_id, coach_id);
