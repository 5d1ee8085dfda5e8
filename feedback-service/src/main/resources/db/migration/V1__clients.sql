-- What this service knows of the tracker's people, projected from tracker.events:
-- enough to authorise a coach (the assignment) and to address a seeker (locale, time zone).
CREATE TABLE client (
    tenant_id     TEXT        NOT NULL,
    id            UUID        NOT NULL,
    role          TEXT        NOT NULL,
    display_name  TEXT        NOT NULL,
    email         TEXT,
    locale        TEXT        NOT NULL DEFAULT 'en',
    time_zone     TEXT        NOT NULL DEFAULT 'Europe/Oslo',
    coach_id      UUID,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX client_coach ON client (tenant_id, coach_id);
